import type { SummaryRow, SummarySheet } from "../model";
import { toSheetName } from "../sheet-name";
import { cellText } from "../text";
import type { TaskRecord } from "../tasks";
import { sortUnitKeys } from "./by-unit";
import { linkTo, standing, unitNames, type SummaryContext } from "./context";
import { reminderLines, type ReminderTask } from "../reminder";
import { taskLabel } from "../../words";

/**
 * One sheet per lead unit (what gets sent to each unit, "giao việc" / "đôn đốc"): every task the
 * unit leads (first lead or not) or supports, in plan order; under it, the reminder to copy
 * about the overdue and due-soon tasks it leads (reminder.ts). A unit that only ever supports gets no sheet. Units in the
 * order of the unit sheet (the organisation's list, then most tasks led first).
 */
export function buildPerUnit(ctx: SummaryContext): SummarySheet[] {
  const { L } = ctx;
  const tasksOf = new Map<string, TaskRecord[]>();
  const ledCount = new Map<string, number>();
  for (const t of ctx.tasks) {
    for (const k of t.leadKeys) ledCount.set(k, (ledCount.get(k) ?? 0) + 1);
    for (const k of new Set([...t.leadKeys, ...t.supportKeys])) {
      let list = tasksOf.get(k);
      if (!list) tasksOf.set(k, (list = []));
      list.push(t);
    }
  }
  const unitKeys = sortUnitKeys(ctx, [...ledCount.keys()], (k) => ledCount.get(k) ?? 0);
  const sheets: SummarySheet[] = [];
  for (const key of unitKeys) {
    const unit = ctx.canon.name(key);
    const rows: SummaryRow[] = [];
    const chase: ReminderTask[] = [];
    for (const t of tasksOf.get(key) ?? []) {
      const leads = t.leadKeys.includes(key);
      if (leads && (t.item.status === "overdue" || t.item.status === "due_soon"))
        chase.push({
          label: taskLabel(t.item, ctx.lang),
          task: t.item.task,
          due: t.item.deadline.due,
          overdue: t.item.status === "overdue",
        });
      const others = [...t.leadKeys, ...t.supportKeys].filter((k, i, a) => k !== key && a.indexOf(k) === i);
      rows.push({
        cells: [
          rows.length + 1,
          cellText(t.item.task),
          leads ? L.roleLead : L.roleSupport,
          unitNames(ctx, others),
          cellText(t.item.deadline.text),
          t.item.deadline.due,
          standing(ctx, t),
          t.item.status === "overdue" ? t.daysLate : null,
          linkTo(ctx, t),
        ],
      });
    }
    if (rows.length === 0) continue;
    sheets.push({
      kind: "unit",
      name: toSheetName(unit, L.noUnit),
      unit,
      title: [L.titleUnit(unit), ...ctx.planTitle, ctx.asOfLine],
      columns: [
        { key: "stt", header: L.stt, kind: "number", width: 6 },
        { key: "task", header: L.task, kind: "text", width: 50, wrap: true },
        { key: "role", header: L.role, kind: "text", width: 10 },
        { key: "others", header: L.otherUnits, kind: "text", width: 26, wrap: true },
        { key: "deadline", header: L.deadlineText, kind: "text", width: 18, wrap: true },
        { key: "due", header: L.due, kind: "date", width: 12 },
        { key: "status", header: L.status, kind: "text", width: 20, wrap: true },
        { key: "days_overdue", header: L.daysOverdue, kind: "number", width: 10 },
        { key: "source", header: L.source, kind: "link", width: 16 },
      ],
      rows,
      total: null,
      // The reminder to copy into a letter to the unit, then how the sheet is made.
      notes: [...reminderLines(unit, chase, ctx.asOf, ctx.lang), L.notesUnit],
      chart: null,
    });
  }
  return sheets;
}
