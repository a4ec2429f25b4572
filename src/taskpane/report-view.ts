import { columnIndex, columnLetter } from "../core";
import type { Issue, PlanReport, PlanTable, Severity, SheetReport, Status, TaskItem } from "../core/report";
import { STATUSES } from "../core/report";

/** Pure helpers that turn a plan report into what the pane shows. */

export const STATUS_ORDER: readonly Status[] = ["overdue", "due_soon", "open", "no_deadline", "done"];
export const SEVERITY_ORDER: readonly Severity[] = ["error", "warning", "info"];

export function tasksOf(sheet: SheetReport): TaskItem[] {
  return sheet.items.filter((i): i is TaskItem => i.type === "task");
}

/** Tasks and issues over every sheet of a report. */
export function taskCount(report: PlanReport): number {
  return report.sheets.reduce((n, s) => n + tasksOf(s).length, 0);
}

export function issueCount(report: PlanReport): number {
  return report.sheets.reduce((n, s) => n + s.issues.length, 0);
}

export function issueCountsBySeverity(report: PlanReport): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const s of report.sheets) for (const i of s.issues) counts[i.severity] += 1;
  return counts;
}

export function sectionCount(sheet: SheetReport): number {
  return sheet.items.filter((i) => i.type === "section").length;
}

export function countStatuses(sheet: SheetReport): Record<Status, number> {
  const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
  for (const t of tasksOf(sheet)) counts[t.status] += 1;
  return counts;
}

export interface IssueGroup {
  severity: Severity;
  issues: Issue[];
}

/** Issues grouped by severity (errors first), each group in report order; empty groups left out. */
export function groupIssues(sheet: SheetReport): IssueGroup[] {
  return SEVERITY_ORDER.map((severity) => ({
    severity,
    issues: sheet.issues.filter((i) => i.severity === severity),
  })).filter((g) => g.issues.length > 0);
}

export interface TaskGroup {
  status: Status;
  tasks: TaskItem[];
}

/** Space-insensitive, case-insensitive key of a unit name, for the unit filter. */
function unitKey(name: string): string {
  return name.replace(/\s+/g, " ").trim().toLocaleLowerCase("vi");
}

/** The lead units of a sheet's tasks (each once, as first written), in Vietnamese order. */
export function leadUnits(sheet: SheetReport): string[] {
  const seen = new Map<string, string>();
  for (const t of tasksOf(sheet))
    for (const l of t.lead) if (l.trim() && !seen.has(unitKey(l))) seen.set(unitKey(l), l.replace(/\s+/g, " ").trim());
  return [...seen.values()].sort((a, b) => a.localeCompare(b, "vi"));
}

/**
 * The task lists the pane shows: overdue and due soon (the tasks to chase), or only the tasks of
 * the status chosen; only the tasks one of whose leads is `unit` when one is chosen.
 */
export function taskGroups(sheet: SheetReport, status: Status | null, unit: string | null): TaskGroup[] {
  const statuses: Status[] = status ? [status] : ["overdue", "due_soon"];
  const key = unit ? unitKey(unit) : null;
  const tasks = tasksOf(sheet).filter((t) => key === null || t.lead.some((l) => unitKey(l) === key));
  return statuses.map((st) => ({ status: st, tasks: tasks.filter((t) => t.status === st) }));
}

/** Whole days from one ISO day to another (positive when `to` is later). */
export function daysFrom(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** The cell an issue points at: its own column, or the row's first role column for a whole-row issue. */
export function issueAddress(issue: Issue, table: PlanTable | null): string | null {
  if (issue.row === null) return null;
  const column = issue.column ?? firstColumn(table);
  return `${column}${issue.row}`;
}

/** The task cell of a task row (or its first column when the table has no task column). */
export function taskAddress(task: TaskItem, table: PlanTable | null): string {
  return `${table?.columns.task ?? firstColumn(table)}${task.row}`;
}

function firstColumn(table: PlanTable | null): string {
  if (!table) return "A";
  const letters = Object.values(table.columns).filter((c): c is string => c !== null);
  return letters.sort(compareColumns)[0] ?? "A";
}

export function compareColumns(a: string, b: string): number {
  return columnIndex(a) - columnIndex(b);
}

/** Column letters a role may be moved to: A up to three past the rightmost role column (at least H). */
export function columnChoices(table: PlanTable): string[] {
  const used = Object.values(table.columns).filter((c): c is string => c !== null);
  const last = Math.max(8, ...used.map((c) => columnIndex(c) + 3));
  return Array.from({ length: last }, (_, i) => columnLetter(i + 1));
}

/** The sheet to show first: the first recognized one, else the first one. */
export function defaultSheet(report: PlanReport): string | null {
  return (report.sheets.find((s) => s.recognized) ?? report.sheets[0])?.sheet ?? null;
}

export function findSheet(report: PlanReport, name: string | null): SheetReport | null {
  return report.sheets.find((s) => s.sheet === name) ?? null;
}

/** "6–7" style text for a list of header rows. */
export function rowsText(rows: number[]): string {
  if (rows.length === 0) return "–";
  const sorted = [...rows].sort((a, b) => a - b);
  const contiguous = sorted.every((r, i) => i === 0 || r === sorted[i - 1] + 1);
  return contiguous && sorted.length > 1 ? `${sorted[0]}–${sorted[sorted.length - 1]}` : sorted.join(", ");
}

/** YYYY-MM-DD → dd/mm/yyyy, as Vietnamese offices write dates. */
export function displayDate(iso: string | null): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}
