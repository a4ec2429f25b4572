/**
 * Summary generation for 50,000 tasks: buildSummary + planHighlights (pure core), and
 * writeCheckedWorkbook on a 50,000-row workbook (exceljs: load, highlight, summary sheets, write).
 * Run alone: npx tsx bench/run.ts summary
 */
import ExcelJS from "exceljs";
import { performance } from "perf_hooks";
import { planHighlights } from "../src/core/highlight";
import type { PlanReport, Status } from "../src/core/report";
import { buildSummary } from "../src/core/summary";
import { writeCheckedWorkbook } from "../src/file/write-checked";

const UNITS = [
  "Văn phòng",
  "Phòng Nội vụ",
  "Phòng Tư pháp",
  "Phòng Tài chính - Kế hoạch",
  "Phòng Văn hóa - Thông tin",
  "Trung tâm Văn hóa Thông tin và Thể thao",
  "UBND các xã, thị trấn",
  "Thanh tra huyện",
];
const VARIANTS = (u: string, i: number) =>
  i % 7 === 0 ? u.toLowerCase() : i % 11 === 0 ? u.normalize("NFD").replace(/[\u0300-\u036f]/g, "") : u;
const STATUSES: Status[] = ["open", "open", "no_deadline", "done", "overdue", "due_soon", "open", "done"];

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A one-sheet report with `n` tasks in sections of 50 (each heading a level-1 section every 500). */
export function syntheticReport(n: number): PlanReport {
  const items: PlanReport["sheets"][number]["items"] = [];
  const issues: PlanReport["sheets"][number]["issues"] = [];
  let row = 6;
  for (let i = 0; i < n; i++) {
    if (i % 500 === 0)
      items.push({ row: row++, type: "section", stt: `A${i / 500}`, level: 1, title: `Phần ${i / 500 + 1}` });
    if (i % 50 === 0)
      items.push({ row: row++, type: "section", stt: `S${i / 50}`, level: 2, title: `Lĩnh vực ${i / 50 + 1}` });
    const status = STATUSES[(i * 7 + Math.floor(i / 3)) % STATUSES.length];
    const month = 1 + (i % 12);
    const due =
      status === "no_deadline"
        ? null
        : status === "overdue"
          ? `2025-${pad(1 + (i % 9))}-15`
          : status === "due_soon"
            ? "2025-10-18"
            : `2025-${pad(month)}-28`;
    const lead = [VARIANTS(UNITS[i % UNITS.length], i)];
    if (i % 5 === 0) lead.push(UNITS[(i + 3) % UNITS.length]);
    items.push({
      row,
      type: "task",
      stt: String(i + 1),
      section: `S${Math.floor(i / 50)}`,
      task:
        i % 97 === 0
          ? `=Nhiệm vụ số ${i + 1}`
          : `Nhiệm vụ số ${i + 1}: triển khai, theo dõi và báo cáo kết quả thực hiện`,
      lead: i % 250 === 0 ? [] : lead,
      support: [UNITS[(i + 1) % UNITS.length]],
      output: "Báo cáo",
      deadline: {
        text: due ? `Trước ngày ${due.slice(8)}/${due.slice(5, 7)}/2025` : "Thường xuyên",
        kind: due ? "date" : "recurring",
        due,
      },
      status,
    });
    if (i % 250 === 0)
      issues.push({ row, column: "C", code: "missing_lead", severity: "error", message: "Thiếu đơn vị chủ trì" });
    row++;
  }
  return {
    format: 1,
    file: "bench.xlsx",
    asOf: "2025-10-15",
    dueSoonDays: 7,
    sheets: [
      {
        sheet: "Phụ lục",
        recognized: true,
        reason: null,
        planYear: 2025,
        table: {
          headerRows: [5],
          firstRow: 6,
          lastRow: row - 1,
          columns: {
            stt: "A",
            task: "B",
            lead: "C",
            support: "D",
            deadline: "E",
            output: "F",
            status: "G",
            note: null,
          },
        },
        items,
        issues,
      },
    ],
  };
}

/** The workbook the report describes. */
async function syntheticWorkbook(report: PlanReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.getCell("A1").value = "KẾ HOẠCH THỰC HIỆN NĂM 2025";
  ws.getRow(5).values = [
    "STT",
    "Nội dung công việc",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn",
    "Sản phẩm",
    "Tình hình thực hiện",
  ];
  for (const it of report.sheets[0].items) {
    const r = ws.getRow(it.row);
    if (it.type === "section") r.values = [it.stt, it.title];
    else
      r.values = [
        it.stt,
        it.task,
        it.lead.join("; "),
        it.support.join("; "),
        it.deadline.text,
        it.output,
        it.status === "done" ? "Đã hoàn thành" : "Đang thực hiện",
      ];
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function time<T>(label: string, f: () => Promise<T> | T, repeat = 1): Promise<T> {
  let result!: T;
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    result = await f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(58)} ${times[Math.floor(times.length / 2)].toFixed(0).padStart(7)} ms${repeat > 1 ? ` (median of ${repeat})` : ""}`,
  );
  return result;
}

export async function run(): Promise<void> {
  const n = 50_000;
  const report = syntheticReport(n);
  const model = await time(`buildSummary, ${n} tasks`, () => buildSummary(report), 5);
  console.log(`  sheets: ${model.sheets.map((s) => `${s.name} (${s.rows.length} rows)`).join(", ")}`);
  const withUnits = await time(
    `buildSummary + one sheet per unit, ${n} tasks`,
    () => buildSummary(report, { perUnitSheets: true }),
    5,
  );
  console.log(
    `  ${withUnits.sheets.length} sheets, ${withUnits.sheets.reduce((a, s) => a + s.rows.length, 0)} rows in all`,
  );
  const plan = await time(`planHighlights, ${n} tasks`, () => planHighlights(report), 5);
  const ranges = plan.sheets.reduce((a, s) => a + s.rows.length + s.invalid.length, 0);
  console.log(
    `  ${ranges} ranges to draw (${plan.sheets[0].rows.length} row ranges, ${plan.sheets[0].invalid.length} invalid-cell ranges)`,
  );

  const input = await syntheticWorkbook(report);
  console.log(`input workbook: ${n} task rows, ${(input.length / 1e6).toFixed(1)} MB`);
  await time("exceljs load + write, nothing else (baseline)", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(input as unknown as ArrayBuffer);
    return wb.xlsx.writeBuffer();
  });
  const out = await time(`writeCheckedWorkbook, ${n} rows`, () => writeCheckedWorkbook(input, report));
  console.log(`  output ${(out.length / 1e6).toFixed(1)} MB`);
  const out2 = await time(`writeCheckedWorkbook, ${n} rows, one sheet per unit`, () =>
    writeCheckedWorkbook(input, report, { perUnitSheets: true }),
  );
  console.log(`  output ${(out2.length / 1e6).toFixed(1)} MB`);
  await time(`writeCheckedWorkbook again on its own output (re-generate)`, () => writeCheckedWorkbook(out, report));
  const mem = process.memoryUsage();
  console.log(`heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB, rss ${(mem.rss / 1e6).toFixed(0)} MB`);
}
