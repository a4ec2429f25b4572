import type { HistoryCheck } from "../../history/schema";
import type { HistoryDiff } from "../../history/diff";
import { taskFromTuple } from "../../history/schema";
import { addStatus, emptyCounts } from "../counts";
import { isoToDmy } from "../../dates";
import { LABELS } from "../labels";
import { MULTI_LABELS } from "../labels-multi";
import type { SummaryRow, SummarySheet } from "../model";
import { cellText } from "../text";
import type { Lang } from "../../lang";

/**
 * "Thay đổi": what changed since the previous check, one row per change, grouped by kind
 * (newly overdue, still overdue — most days late first —, newly done, deadline moved, added,
 * removed). A task can appear twice (newly overdue and its deadline moved).
 */
export function buildChanges(diff: HistoryDiff, lang: Lang): SummarySheet {
  const L = LABELS[lang];
  const M = MULTI_LABELS[lang];
  const rows: SummaryRow[] = diff.changes.map((c, i) => ({
    cells: [
      i + 1,
      M.changeLabel[c.kind],
      c.task.sheet,
      c.task.section,
      c.task.stt,
      cellText(c.task.label),
      cellText(c.task.lead),
      c.before ? c.before.due : null,
      c.kind === "removed" ? null : c.task.due,
      c.daysLate !== null && c.daysLate > 0 ? c.daysLate : null,
      c.before ? L.statusLabel[c.before.status] : null,
      c.kind === "removed" ? null : L.statusLabel[c.task.status],
    ],
  }));
  return {
    kind: "changes",
    name: M.sheetChanges,
    title: [M.titleChanges, M.changesLine(isoToDmy(diff.fromAsOf), isoToDmy(diff.toAsOf))],
    columns: [
      { key: "stt", header: L.stt, kind: "number", width: 6 },
      { key: "change", header: M.change, kind: "text", width: 16, wrap: true },
      { key: "sheet", header: M.sheet, kind: "text", width: 14, wrap: true },
      { key: "section", header: M.section, kind: "text", width: 7 },
      { key: "task_stt", header: M.taskStt, kind: "text", width: 8 },
      { key: "task", header: L.task, kind: "text", width: 44, wrap: true },
      { key: "lead", header: L.lead, kind: "text", width: 20, wrap: true },
      { key: "due_before", header: M.dueBefore, kind: "date", width: 12 },
      { key: "due_now", header: M.dueNow, kind: "date", width: 12 },
      { key: "days_overdue", header: L.daysOverdue, kind: "number", width: 10 },
      { key: "status_before", header: M.statusBefore, kind: "text", width: 16, wrap: true },
      { key: "status_now", header: M.statusNow, kind: "text", width: 16, wrap: true },
    ],
    rows,
    total: null,
    notes: rows.length === 0 ? [M.notesChangesNone] : [M.notesChanges],
    chart: null,
  };
}

/** "Diễn biến": one row per recorded check (oldest first) with its counts, and a chart of them. */
export function buildTrend(checks: readonly HistoryCheck[], lang: Lang): SummarySheet {
  const L = LABELS[lang];
  const M = MULTI_LABELS[lang];
  const rows: SummaryRow[] = checks.map((check, i) => {
    const c = emptyCounts();
    for (const t of check.tasks) addStatus(c, taskFromTuple(t).status);
    return { cells: [i + 1, isoToDmy(check.asOf), c.total, c.done, c.overdue, c.dueSoon, c.noDeadline] };
  });
  return {
    kind: "trend",
    name: M.sheetTrend,
    title: [M.titleTrend],
    columns: [
      { key: "stt", header: L.stt, kind: "number", width: 6 },
      { key: "check", header: M.checkDate, kind: "text", width: 14 },
      { key: "total", header: L.total, kind: "number", width: 11 },
      { key: "done", header: L.done, kind: "number", width: 11 },
      { key: "overdue", header: L.overdue, kind: "number", width: 13 },
      { key: "due_soon", header: L.dueSoon, kind: "number", width: 11 },
      { key: "no_deadline", header: L.noDeadline, kind: "number", width: 14 },
    ],
    rows,
    total: null,
    notes: [],
    chart:
      rows.length > 1
        ? { kind: "bar", title: M.trendChartTitle, categoryColumn: "check", seriesColumns: ["done", "overdue"] }
        : null,
  };
}
