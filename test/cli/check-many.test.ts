import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { planReportSchema, type PlanReport } from "../../src/core/report";
import { main, memoryIo } from "../../src/cli";
import { expandInputs } from "../../src/cli/inputs";

const ROOT = path.join(__dirname, "..", "..");
const FIXTURES = path.join(ROOT, "test", "fixtures");
const NAMES = ["kh-607-bqlkkt-2025", "kh-34-krongpa-2020", "kh-rui-ro-2025", "kh-khong-dau"];
const tmp = mkdtempSync(path.join(tmpdir(), "kehoach-many-"));
const folder = path.join(tmp, "nhan-ve");
mkdirSync(path.join(folder, "xa"), { recursive: true });
for (const n of NAMES.slice(0, 2)) copyFileSync(path.join(FIXTURES, `${n}.xlsx`), path.join(folder, `${n}.xlsx`));
for (const n of NAMES.slice(2)) copyFileSync(path.join(FIXTURES, `${n}.xlsx`), path.join(folder, "xa", `${n}.xlsx`));
writeFileSync(path.join(folder, "hong.xlsx"), "not a workbook");
writeFileSync(path.join(folder, "~$kh-607-bqlkkt-2025.xlsx"), "Excel's lock file");
writeFileSync(path.join(folder, "ghi-chu.txt"), "not a plan");

async function run(argv: string[], cwd = tmp) {
  const io = memoryIo("2025-10-15", cwd);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

async function sheetRows(file: string, name: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe("kehoach check over a folder", () => {
  test("the folder's workbooks (subfolders too), in name order; lock files and other files left out", async () => {
    const files = await expandInputs(["nhan-ve"], tmp);
    expect(files.map((f) => f.name)).toEqual([
      "nhan-ve/hong.xlsx",
      "nhan-ve/kh-34-krongpa-2020.xlsx",
      "nhan-ve/kh-607-bqlkkt-2025.xlsx",
      "nhan-ve/xa/kh-khong-dau.xlsx",
      "nhan-ve/xa/kh-rui-ro-2025.xlsx",
    ]);
  });

  // One run over the folder serves the tests below (reading four workbooks is the cost).
  let folderRun: { code: number; out: string; err: string };
  beforeAll(async () => {
    folderRun = await run(["check", "nhan-ve", "--json", "--summary", "tong-hop.xlsx"]);
  });

  test("one report per file (--json: an array), the unreadable one named; exit code the worst (2)", () => {
    expect(folderRun.code).toBe(2);
    const reports: PlanReport[] = JSON.parse(folderRun.out).map((x: unknown) => planReportSchema.parse(x));
    expect(reports.map((x) => x.file).sort()).toEqual(NAMES.map((n) => `${n}.xlsx`).sort());
    expect(folderRun.err).toMatch(/hong\.xlsx/);
  });

  test("--summary writes the consolidated workbook; 'Theo tệp' totals equal each file's report", async () => {
    expect(folderRun.err).toMatch(/Đã ghi bảng tổng hợp 4 tệp: tong-hop\.xlsx/);
    const rows = await sheetRows(path.join(tmp, "tong-hop.xlsx"), "Theo tệp");
    const header = rows.findIndex((row) => row[0] === "STT");
    const data = rows.slice(header + 1, header + 1 + NAMES.length);
    expect(data).toHaveLength(NAMES.length);
    for (const row of data) {
      const name = path.basename(String(row[1]), ".xlsx");
      const expected = planReportSchema.parse(
        JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8")),
      );
      const tasks = expected.sheets.flatMap((s) => s.items.filter((i) => i.type === "task"));
      expect(row[4]).toBe(tasks.length);
    }
    const unreadable = await sheetRows(path.join(tmp, "tong-hop.xlsx"), "Tệp không đọc được");
    expect(unreadable.some((row) => row[1] === "nhan-ve/hong.xlsx")).toBe(true);
  });

  test("several files named, without the broken one: exit 1 when some file has errors", async () => {
    const r = await run(["check", "nhan-ve/kh-607-bqlkkt-2025.xlsx", "nhan-ve/xa/kh-rui-ro-2025.xlsx"]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^nhan-ve\/kh-607-bqlkkt-2025\.xlsx:Phụ lục!/m);
    expect(r.out).toMatch(/^nhan-ve\/xa\/kh-rui-ro-2025\.xlsx:KH rủi ro 2025!/m);
  });

  test("a folder with no workbook in it: exit 2 and a message", async () => {
    mkdirSync(path.join(tmp, "rong"), { recursive: true });
    const r = await run(["check", "rong"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không tìm thấy tệp Excel/);
  });

  test("--out with several files is refused with a clear message", async () => {
    const r = await run(["check", "nhan-ve", "--out", "x.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--summary/);
  });

  test("the built command runs the files on worker threads and gives the same reports", () => {
    const bin = path.join(ROOT, "bin", "kehoach.js");
    const args = [bin, "check", folder, "--as-of", "2025-10-15", "--json"];
    const r = spawnSync(process.execPath, args, { encoding: "utf8", cwd: tmp });
    expect(r.status).toBe(2);
    const viaWorkers: PlanReport[] = JSON.parse(r.stdout);
    const one = spawnSync(
      process.execPath,
      [bin, "check", path.join(folder, "kh-607-bqlkkt-2025.xlsx"), "--as-of", "2025-10-15", "--json"],
      { encoding: "utf8", cwd: tmp },
    );
    expect(viaWorkers.find((x) => x.file === "kh-607-bqlkkt-2025.xlsx")).toEqual(JSON.parse(one.stdout));
  });
});

describe("kehoach diff", () => {
  test("two checked copies a month apart: newly overdue and still overdue, from the history in the file", async () => {
    const src = path.join(FIXTURES, "kh-607-bqlkkt-2025.xlsx");
    const io1 = memoryIo("2025-10-15", tmp);
    expect(await main(["check", src, "--out", "lan1.xlsx", "--exit-zero"], io1)).toBe(0);
    const io2 = memoryIo("2025-11-20", tmp);
    expect(await main(["check", "lan1.xlsx", "--out", "lan2.xlsx", "--exit-zero"], io2)).toBe(0);
    const r = await run(["diff", "lan2.xlsx"]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Lần kiểm tra trước: ngày 15\/10\/2025; lần này: ngày 20\/11\/2025/);
    expect(r.out).toMatch(/^Mới quá hạn \(\d+\):/m);
    expect(r.out).toMatch(/^Vẫn quá hạn \(\d+\):/m);
    const json = await run(["diff", "lan2.xlsx", "--json"]);
    expect(JSON.parse(json.out).matched).toBe(63);
  });

  test("a file with one recorded check says what to do; exit 2", async () => {
    const r = await run(["diff", "lan1.xlsx"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/chưa ghi đủ hai lần kiểm tra/);
  });
});
