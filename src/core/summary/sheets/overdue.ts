import type { SummaryRow, SummarySheet } from "../model";
import { cellText } from "../text";
import type { TaskRecord } from "../tasks";
import { linkTo, standing, unitNames, type SummaryContext } from "./context";

/**
 * "Quá hạn và sắp đến hạn": every overdue task (most days late first), then every task due
 * soon (nearest due date first); ties keep the plan's order. Each task appears once.
 */
export function buildOverdue(ctx: SummaryContext): SummarySheet {
  const { L } = ctx;
  const overdue = ctx.tasks.filter((t) => t.item.status === "overdue");
  const soon = ctx.tasks.filter((t) => t.item.status === "due_soon");
  const late = (t: TaskRecord) => t.daysLate ?? 0;
  overdue.sort((a, b) => late(b) - late(a)); // Array.prototype.sort is stable.
  soon.sort((a, b) => late(b) - late(a));
  const rows: SummaryRow[] = [...overdue, ...soon].map((t, i) => ({
    cells: [
      i + 1,
      cellText(t.item.task),
      unitNames(ctx, t.leadKeys) ?? L.noUnit,
      unitNames(ctx, t.supportKeys),
      cellText(t.item.deadline.text),
      t.item.deadline.due,
      t.item.status === "overdue" ? t.daysLate : null,
      cellText(ctx.statusText(t)) ?? standing(ctx, t),
      linkTo(ctx, t),
    ],
  }));
  return {
    kind: "overdue",
    name: L.sheetOverdue,
    title: [L.titleOverdue, ...ctx.planTitle, ctx.asOfLine],
    columns: [
      { key: "stt", header: L.stt, kind: "number", width: 6 },
      { key: "task", header: L.task, kind: "text", width: 48, wrap: true },
      { key: "lead", header: L.lead, kind: "text", width: 22, wrap: true },
      { key: "support", header: L.support, kind: "text", width: 22, wrap: true },
      { key: "deadline", header: L.deadlineText, kind: "text", width: 16, wrap: true },
      { key: "due", header: L.due, kind: "date", width: 12 },
      { key: "days_overdue", header: L.daysOverdue, kind: "number", width: 10 },
      { key: "progress", header: L.progress, kind: "text", width: 20, wrap: true },
      { key: "source", header: L.source, kind: "link", width: 13 },
    ],
    rows,
    total: null,
    notes: rows.length === 0 ? [L.notesOverdueEmpty] : [],
    chart: null,
  };
}
