import type { PlanReport, TaskItem } from "../report";
import { fold } from "../text";
import {
  MAX_CHECKS,
  MAX_HISTORY_CHARS,
  TASK_KEY_CHARS,
  TASK_LABEL_CHARS,
  taskToTuple,
  type History,
  type HistoryCheck,
  type HistoryTask,
} from "./schema";

function shorten(s: string, n: number): string {
  return s.length <= n ? s : s.slice(0, n - 1) + "…";
}

/** The tasks of a report as the history keeps them (every recognized sheet, in order). */
export function historyTasks(report: PlanReport): HistoryTask[] {
  const out: HistoryTask[] = [];
  for (const sheet of report.sheets) {
    if (!sheet.recognized) continue;
    for (const item of sheet.items) {
      if (item.type !== "task") continue;
      const t = item as TaskItem;
      const text = (t.task ?? "").replace(/\s+/g, " ").trim();
      out.push({
        sheet: sheet.sheet,
        section: t.section,
        stt: t.stt,
        key: fold(text).slice(0, TASK_KEY_CHARS),
        label: shorten(text, TASK_LABEL_CHARS),
        lead: t.lead.length > 0 ? t.lead[0] : null,
        status: t.status,
        due: t.deadline.due,
        row: t.row,
      });
    }
  }
  return out;
}

/** The record of one check. */
export function checkRecord(report: PlanReport): HistoryCheck {
  return { asOf: report.asOf, tasks: historyTasks(report).map(taskToTuple) };
}

/**
 * The history with this check added: a check on the same as-of day as the last one replaces it
 * (re-running a check is not a new check); then the oldest checks are dropped beyond MAX_CHECKS
 * or MAX_HISTORY_CHARS (the newest two are always kept).
 */
export function recordCheck(history: History, report: PlanReport): History {
  const record = checkRecord(report);
  const checks = history.checks.slice();
  if (checks.length > 0 && checks[checks.length - 1].asOf === record.asOf) checks.pop();
  checks.push(record);
  while (checks.length > MAX_CHECKS) checks.shift();
  let size = JSON.stringify(checks).length;
  while (checks.length > 2 && size > MAX_HISTORY_CHARS) {
    size -= JSON.stringify(checks[0]).length + 1;
    checks.shift();
  }
  return { version: history.version, checks };
}
