import { addCounts, addStatus, countCells, countColumns, emptyCounts, type Counts } from "../counts";
import type { SummaryRow, SummarySheet } from "../model";
import type { TaskRecord } from "../tasks";
import type { SummaryContext } from "./context";

/** The key of the row for tasks with no lead unit ("(Chưa xác định)"). */
export const NO_UNIT = "\u0000none";

/**
 * Units of the organisation's list first, in its order; then the others by `weight` (largest
 * first), then by name.
 */
export function sortUnitKeys(ctx: SummaryContext, keys: string[], weight: (key: string) => number): string[] {
  const { canon } = ctx;
  return keys.slice().sort((a, b) => {
    const ia = canon.listIndex(a);
    const ib = canon.listIndex(b);
    if (ia !== undefined || ib !== undefined) return (ia ?? Infinity) - (ib ?? Infinity);
    const d = weight(b) - weight(a);
    return d !== 0 ? d : canon.name(a).localeCompare(canon.name(b), "vi");
  });
}

/**
 * Each task counted once, under its first lead unit (NO_UNIT when it has none); the keys in the
 * unit sheet's order (the organisation's list, then most tasks first), NO_UNIT last. `each` sees
 * every task with its key (a consolidation notes the files a unit appears in).
 */
export function countByFirstLead(
  ctx: SummaryContext,
  each?: (task: TaskRecord, key: string) => void,
): { keys: string[]; byKey: Map<string, Counts> } {
  const byKey = new Map<string, Counts>();
  for (const k of ctx.canon.listedKeys()) byKey.set(k, emptyCounts());
  for (const t of ctx.tasks) {
    const k = t.leadKeys[0] ?? NO_UNIT;
    let c = byKey.get(k);
    if (!c) byKey.set(k, (c = emptyCounts()));
    addStatus(c, t.item.status);
    each?.(t, k);
  }
  const keys = sortUnitKeys(
    ctx,
    [...byKey.keys()].filter((k) => k !== NO_UNIT),
    (k) => byKey.get(k)?.total ?? 0,
  );
  if (byKey.has(NO_UNIT)) keys.push(NO_UNIT);
  return { keys, byKey };
}

/**
 * "Theo đơn vị": one row per lead unit. A task counts once, under its first lead unit (or under
 * "(Chưa xác định)" when it has none), so the total row equals the report's status counts.
 * Units of the organisation's list come first, in its order (also those with no task), then the
 * others by number of tasks (most first), then by name.
 */
export function buildByUnit(ctx: SummaryContext): SummarySheet {
  const { L, canon } = ctx;
  const { keys, byKey } = countByFirstLead(ctx);
  const total = emptyCounts();
  const rows: SummaryRow[] = keys.map((k, i) => {
    const c = byKey.get(k)!;
    addCounts(total, c);
    return { cells: [i + 1, k === NO_UNIT ? L.noUnit : canon.name(k), ...countCells(c)] };
  });
  return {
    kind: "by_unit",
    name: L.sheetByUnit,
    title: [L.titleByUnit, ...ctx.planTitle, ctx.asOfLine],
    columns: [
      { key: "stt", header: L.stt, kind: "number", width: 6 },
      { key: "unit", header: L.unit, kind: "text", width: 36, wrap: true },
      ...countColumns(L),
    ],
    rows,
    total: [null, L.totalRow, ...countCells(total)],
    notes: L.notesCounts(ctx.dueSoonDays),
    chart: { kind: "bar", title: L.chartTitle, categoryColumn: "unit", seriesColumns: ["done", "overdue"] },
  };
}
