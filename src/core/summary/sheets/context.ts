import type { SummaryLabels } from "../labels";
import type { SummaryLink } from "../model";
import type { CollectedTasks, TaskRecord } from "../tasks";
import type { Lang } from "../../lang";

/** What every sheet builder reads. */
export interface SummaryContext extends CollectedTasks {
  L: SummaryLabels;
  lang: Lang;
  asOf: string;
  dueSoonDays: number;
  /** Title line with the as-of date. */
  asOfLine: string;
  /** The plan's own title lines (read from above its table), between our title and the as-of line. */
  planTitle: string[];
  /** The text of a task's status cell in the source, when the host can tell (else null). */
  statusText: (task: TaskRecord) => string | null;
}

export function linkTo(ctx: SummaryContext, t: TaskRecord): SummaryLink {
  return { sheet: t.sheet, address: t.address, text: ctx.L.linkText(t.sheet, t.item.row, ctx.sheets.length > 1) };
}

export function unitNames(ctx: SummaryContext, keys: readonly string[]): string | null {
  return keys.length === 0 ? null : keys.map((k) => ctx.canon.name(k)).join("; ");
}

/** "Quá hạn 12 ngày", "Sắp đến hạn (còn 3 ngày)", ...: the task's standing on asOf. */
export function standing(ctx: SummaryContext, t: TaskRecord): string {
  const L = ctx.L;
  switch (t.item.status) {
    case "overdue":
      return t.daysLate !== null ? L.overdueDays(t.daysLate) : L.statusLabel.overdue;
    case "due_soon":
      if (t.daysLate === null) return L.statusLabel.due_soon;
      return t.daysLate === 0 ? L.dueToday : L.dueInDays(-t.daysLate);
    default:
      return L.statusLabel[t.item.status];
  }
}
