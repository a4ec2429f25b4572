import { addCounts, addStatus, countCells, countColumns, emptyCounts, type Counts } from "../counts";
import type { SummaryRow, SummarySheet } from "../model";
import type { SummaryContext } from "./context";
import type { TaskItem } from "../../report";
import { fold } from "../../text";

/** Words of a deadline narrower than a year: a month, quarter, half, week, day or a d/m date. */
const NARROWER = /thang|quy|tuan|ngay|dau nam|cuoi nam|\d{1,2}\s*[/.-]\s*\d{1,2}/;

/**
 * The year of a whole-year deadline ("Năm 2025", "Trong năm 2025", "2025"), else null: a period
 * due on 31 December whose words name nothing narrower than the year.
 */
export function wholeYearOf(deadline: TaskItem["deadline"]): number | null {
  if (deadline.kind !== "period" || !deadline.due || !deadline.due.endsWith("-12-31") || !deadline.text) return null;
  return NARROWER.test(fold(deadline.text)) ? null : Number(deadline.due.slice(0, 4));
}

export type PeriodGrain = "month" | "quarter";

/** Month when the due dates span at most 12 months, else quarter. */
export function choosePeriodGrain(dues: readonly string[]): PeriodGrain {
  let min = Infinity;
  let max = -Infinity;
  for (const d of dues) {
    const m = Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1;
    if (m < min) min = m;
    if (m > max) max = m;
  }
  return dues.length === 0 || max - min < 12 ? "month" : "quarter";
}

/**
 * "Theo thời hạn": one row per month (or quarter) of the due date, in time order — a whole-year
 * deadline has its own row "Cả năm 2025" after that year's months, not December — then one row
 * for the tasks with no due date; the same count columns as the unit sheet. The grain (months
 * unless the due dates span more than 12 months) ignores whole-year deadlines and is said on the sheet.
 */
export function buildByPeriod(ctx: SummaryContext, grain?: PeriodGrain): SummarySheet {
  const { L } = ctx;
  const dues = ctx.tasks
    .filter((t) => wholeYearOf(t.item.deadline) === null)
    .map((t) => t.item.deadline.due)
    .filter((d): d is string => d !== null);
  const g = grain ?? choosePeriodGrain(dues);
  const byPeriod = new Map<number, Counts>();
  const noDue = emptyCounts();
  for (const t of ctx.tasks) {
    const due = t.item.deadline.due;
    if (due === null) {
      addStatus(noDue, t.item.status);
      continue;
    }
    const y = Number(due.slice(0, 4));
    const m = Number(due.slice(5, 7));
    // Whole year: period 99 of its year, after its months (or quarters).
    const p =
      wholeYearOf(t.item.deadline) !== null ? y * 100 + 99 : g === "month" ? y * 100 + m : y * 100 + Math.ceil(m / 3);
    let c = byPeriod.get(p);
    if (!c) byPeriod.set(p, (c = emptyCounts()));
    addStatus(c, t.item.status);
  }
  const total = emptyCounts();
  const rows: SummaryRow[] = [];
  for (const p of [...byPeriod.keys()].sort((a, b) => a - b)) {
    const c = byPeriod.get(p)!;
    addCounts(total, c);
    const y = Math.floor(p / 100);
    const n = p % 100;
    const label = n === 99 ? L.wholeYear(y) : g === "month" ? L.month(n, y) : L.quarter(n, y);
    rows.push({ cells: [rows.length + 1, label, ...countCells(c)] });
  }
  if (noDue.total > 0) {
    addCounts(total, noDue);
    rows.push({ cells: [rows.length + 1, L.noDue, ...countCells(noDue)] });
  }
  return {
    kind: "by_period",
    name: L.sheetByPeriod,
    title: [L.titleByPeriod, ...ctx.planTitle, ctx.asOfLine],
    columns: [
      { key: "stt", header: L.stt, kind: "number", width: 6 },
      { key: "period", header: L.period, kind: "text", width: 26, wrap: true },
      ...countColumns(L, L.tasksDue),
    ],
    rows,
    total: [null, L.totalRow, ...countCells(total)],
    notes: [L.notesPeriod(g), ...L.notesCounts(ctx.dueSoonDays, true).slice(0, 2)],
    chart: null,
  };
}
