import { addCounts, addStatus, countCells, countColumns, emptyCounts, type Counts } from "../counts";
import type { SummaryRow, SummarySheet } from "../model";
import type { SummaryContext } from "./context";

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
 * "Theo thời hạn": one row per month (or quarter) of the due date, in time order, then one row
 * for the tasks with no due date; the same count columns as the unit sheet.
 */
export function buildByPeriod(ctx: SummaryContext, grain?: PeriodGrain): SummarySheet {
  const { L } = ctx;
  const dues = ctx.tasks.map((t) => t.item.deadline.due).filter((d): d is string => d !== null);
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
    const p = g === "month" ? y * 100 + m : y * 100 + Math.ceil(m / 3);
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
    rows.push({ cells: [rows.length + 1, g === "month" ? L.month(n, y) : L.quarter(n, y), ...countCells(c)] });
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
    notes: [L.notesPeriod, ...L.notesCounts(ctx.dueSoonDays, true).slice(0, 2)],
    chart: null,
  };
}
