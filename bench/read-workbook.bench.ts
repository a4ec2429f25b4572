/**
 * readWorkbook (exceljs -> SheetSnapshot[]) on the fixtures and on synthetic plans of 1,000,
 * 10,000 and 50,000 task rows (8 columns: text, numbers, date cells, percentages), compared with
 * exceljs's own load of the same bytes (the floor: what is left is snapshot building).
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../src/file";

async function syntheticPlan(rows: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRow(["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm", "Tình hình", "Ghi chú"]);
  for (let i = 1; i <= rows; i++) {
    const due = i % 5 === 0 ? new Date(Date.UTC(2025, i % 12, 1 + (i % 27))) : `Trước ngày ${1 + (i % 27)}/${1 + (i % 12)}/2025`;
    const r = ws.addRow([i, `Nhiệm vụ số ${i}`, "Văn phòng", "Các phòng", due, "Báo cáo", i % 3 === 0 ? 0.5 : "Đang thực hiện", ""]);
    r.getCell(5).numFmt = "dd/mm/yyyy";
    if (i % 3 === 0) r.getCell(7).numFmt = "0%";
    r.font = { name: "Times New Roman" };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function median(times: number, fn: () => Promise<unknown>): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    await fn();
    t.push(performance.now() - t0);
  }
  t.sort((a, b) => a - b);
  return t[Math.floor(t.length / 2)];
}

export async function run(): Promise<void> {
  const fixtures = join(__dirname, "..", "test", "fixtures");
  for (const f of ["kh-607-bqlkkt-2025", "kh-34-krongpa-2020", "kh-rui-ro-2025", "kh-khong-dau"]) {
    const bytes = readFileSync(join(fixtures, `${f}.xlsx`));
    await readWorkbook(bytes, f);
    console.log(`${f.padEnd(22)} readWorkbook ${(await median(9, () => readWorkbook(bytes, f))).toFixed(1)} ms (median of 9)`);
  }
  for (const rows of [1000, 10000, 50000]) {
    const bytes = await syntheticPlan(rows);
    const runs = rows >= 50000 ? 3 : 5;
    const load = await median(runs, () => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer));
    const read = await median(runs, () => readWorkbook(bytes, "bench.xlsx"));
    console.log(
      `${String(rows).padStart(6)} rows (${(bytes.length / 1e6).toFixed(1)} MB): readWorkbook ${read.toFixed(0)} ms, ` +
        `exceljs load alone ${load.toFixed(0)} ms, snapshot building ≈ ${Math.max(0, read - load).toFixed(0)} ms`
    );
  }
}
