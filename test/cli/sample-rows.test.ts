import ExcelJS from "exceljs";
import * as path from "path";
import { estimateLines, rowHeightFor } from "../../src/core/summary";

/** The bundled sample plan's rows are tall enough for their wrapped text (Excel does not refit them). */
test("every wrapped row of samples/ke-hoach-mau.xlsx has the height its text needs", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(__dirname, "..", "..", "samples", "ke-hoach-mau.xlsx"));
  const ws = wb.worksheets[0];
  const widths = [1, 2, 3, 4, 5, 6, 7].map((c) => ws.getColumn(c).width ?? 9);
  let checked = 0;
  for (let r = 10; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const a = row.getCell(1).value;
    if (a === null || (typeof a === "string" && /^(Nơi nhận|-)/.test(a))) continue;
    const merged = row.getCell(2).isMerged && row.getCell(3).isMerged;
    let lines = 1;
    for (let c = 1; c <= 7; c++) {
      const cell = row.getCell(c);
      if (typeof cell.value !== "string" || (merged && c > 2)) continue;
      const width = merged && c === 2 ? widths.slice(1).reduce((x, y) => x + y, 0) : widths[c - 1];
      lines = Math.max(lines, estimateLines(cell.value, width, { bold: Boolean(cell.font?.bold) }));
    }
    expect({ row: r, height: row.height }).toEqual({ row: r, height: expect.any(Number) });
    expect(row.height).toBeGreaterThanOrEqual(rowHeightFor(lines));
    checked++;
  }
  expect(checked).toBeGreaterThan(30);
});
