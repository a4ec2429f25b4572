/**
 * Odd sheet shapes the engine must read without slowing down (used by shapes.test.ts for what it
 * finds and by `npx tsx test/heldout/shapes-timing.ts` for how long it takes): wide sheets, a long
 * title block, a merge over the whole table, very long cell texts.
 */
import type { CellValue, Merge, SheetSnapshot } from "../../src/core";

const HEADER = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn hoàn thành", "Sản phẩm"];
const DEADLINES = ["Quý III/2025", "Trước ngày 15/10/2025", "Thường xuyên", "Tháng 12/2025", "Theo quy định"];
const LEADS = ["Văn phòng", "Phòng Nội vụ chủ trì, phối hợp các phòng thực hiện", "Phòng Tư pháp; Công an huyện"];

function snapshot(name: string, values: CellValue[][], merges: Merge[] = []): SheetSnapshot {
  const width = Math.max(...values.map((r) => r.length));
  const rows = values.map((r) => [...r, ...new Array<CellValue>(width - r.length).fill(null)]);
  return {
    name,
    index: 0,
    origin: { row: 1, col: 1 },
    values: rows,
    text: rows.map((r) => r.map((v) => (v === null ? "" : String(v)))),
    numberFormats: null,
    fonts: null,
    merges,
  };
}

function taskRow(i: number, extra: number): CellValue[] {
  const row: CellValue[] = [
    String(i + 1),
    `Thực hiện nhiệm vụ số ${i + 1} theo kế hoạch`,
    LEADS[i % LEADS.length],
    i % 2 ? "Các phòng chuyên môn" : null,
    DEADLINES[i % DEADLINES.length],
    "Báo cáo",
  ];
  for (let k = 0; k < extra; k++) row.push(k % 10 === 0 ? `x${k}` : null);
  return row;
}

/** A plan 200 columns wide: the six plan columns, then 194 columns of monthly marks. */
export function wideSheet(tasks: number, width = 200): SheetSnapshot {
  const extra = width - HEADER.length;
  const header: CellValue[] = [...HEADER];
  for (let k = 0; k < extra; k++) header.push(`Tuần ${k + 1}`);
  const values: CellValue[][] = [["KẾ HOẠCH NĂM 2025"], header];
  for (let i = 0; i < tasks; i++) values.push(taskRow(i, extra));
  return snapshot("Rộng", values);
}

/** Thirty rows of title prose above the table. */
export function longTitleSheet(tasks: number): SheetSnapshot {
  const values: CellValue[][] = [];
  for (let r = 0; r < 30; r++)
    values.push([
      r === 3
        ? "KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM 2025"
        : `${r + 1}. Nội dung thực hiện, thời gian hoàn thành và trách nhiệm của các đơn vị được quy định tại mục ${r + 1} của Kế hoạch này; các đơn vị chủ trì, phối hợp thực hiện nghiêm túc.`,
    ]);
  values.push(HEADER);
  for (let i = 0; i < tasks; i++) values.push(taskRow(i, 0));
  const merges: Merge[] = [];
  for (let r = 1; r <= 30; r++) merges.push({ top: r, left: 1, bottom: r, right: 6 });
  return snapshot("Tiêu đề dài", values, merges);
}

/** A merge over the whole table (a note column merged down all its rows, and one across the title). */
export function bigMergeSheet(tasks: number): SheetSnapshot {
  const values: CellValue[][] = [["KẾ HOẠCH NĂM 2025"], [...HEADER, "Ghi chú"]];
  for (let i = 0; i < tasks; i++) values.push([...taskRow(i, 0), i === 0 ? "Áp dụng cho mọi nhiệm vụ" : null]);
  const merges: Merge[] = [
    { top: 1, left: 1, bottom: 1, right: 7 },
    { top: 3, left: 7, bottom: 2 + tasks, right: 7 },
  ];
  return snapshot("Gộp ô", values, merges);
}

/** Cells of very long text: tasks, responsibility prose, deadlines and notes of `chars` characters. */
export function longTextSheet(tasks: number, chars: number): SheetSnapshot {
  const long = (seed: string): string => {
    let s = "";
    while (s.length < chars) s += seed;
    return s.slice(0, chars);
  };
  const task = long("Rà soát, cập nhật, hoàn thiện quy trình nội bộ trong giải quyết thủ tục hành chính; ");
  const lead = long("Phòng Nội vụ, Văn phòng, ");
  const dl = long("Thực hiện thường xuyên   và   báo cáo   ");
  const values: CellValue[][] = [["KẾ HOẠCH NĂM 2025"], HEADER];
  for (let i = 0; i < tasks; i++) values.push([String(i + 1), task + i, lead + i, null, dl + i, long("Báo cáo. ")]);
  return snapshot("Chữ dài", values);
}
