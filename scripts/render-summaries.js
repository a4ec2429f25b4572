/**
 * Renders the summary sheets, the issue sheet and one per-unit sheet of three fixtures to PNG in
 * docs/ (shown in the README), the way a user would print them:
 *   kehoach check --out --per-unit  →  a workbook of only those sheets (exceljs)  →
 *   LibreOffice (soffice --headless --convert-to pdf)  →  pdftoppm (first page of each sheet).
 * Needs Debian's libreoffice-calc and poppler-utils, and the built CLI (npm run build:cli).
 *   node scripts/render-summaries.js
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");

const ROOT = path.resolve(__dirname, "..");
const DOCS = path.join(ROOT, "docs");
const FIXTURES = [
  ["kh-607-bqlkkt-2025", "test/fixtures"],
  ["kh-34-krongpa-2020", "test/fixtures"],
  ["kh-pccc-tcvn3-2025", "test/fixtures-extra"],
];
const SHEETS = [
  ["Theo đơn vị", "theo-don-vi"],
  ["Quá hạn và sắp đến hạn", "qua-han"],
  ["Theo thời hạn", "theo-thoi-han"],
  ["Theo lĩnh vực", "theo-linh-vuc"],
  ["Lỗi cần sửa", "loi-can-sua"],
];

async function main() {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-render-"));
  const books = [];
  for (const [name, dir] of FIXTURES) {
    const input = path.join(ROOT, dir, `${name}.xlsx`);
    const asOf = JSON.parse(fs.readFileSync(path.join(ROOT, dir, `${name}.expected.json`), "utf8")).asOf;
    const checked = path.join(tmp, `${name}.checked.xlsx`);
    execFileSync(process.execPath, [path.join(ROOT, "bin", "kehoach.js"), "check", input, "--as-of", asOf, "--out", checked, "--per-unit", "--exit-zero"], { stdio: "ignore" });
    const source = new ExcelJS.Workbook();
    await source.xlsx.readFile(checked);
    const unitSheet = source.worksheets.find((ws) => /^NHIỆM VỤ CỦA /.test(String(ws.getCell(1, 1).value ?? "")));
    const wanted = [...SHEETS, ...(unitSheet ? [[unitSheet.name, "don-vi"]] : [])];
    for (const [sheet, slug] of wanted) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(checked);
      for (const ws of wb.worksheets.slice()) if (ws.name !== sheet) wb.removeWorksheet(ws.id);
      if (wb.worksheets.length !== 1) continue;
      wb.worksheets[0].state = "visible";
      const file = path.join(tmp, `${name}--${slug}.xlsx`);
      await wb.xlsx.writeFile(file);
      books.push(file);
    }
  }
  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", tmp, ...books], { stdio: "ignore" });
  for (const book of books) {
    const pdf = book.replace(/\.xlsx$/, ".pdf");
    const out = path.join(DOCS, path.basename(book, ".xlsx"));
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", pdf, out]);
    console.log(path.relative(ROOT, `${out}.png`));
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
