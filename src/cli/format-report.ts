import type { Issue, PlanReport, Severity, SheetReport, Status, TaskItem } from "../core/report";
import {
  inline,
  issueCounts,
  issueMessageIn,
  SECTION_WORD,
  SEVERITY_WORDS,
  STATUS_WORDS,
  taskLabel,
} from "../core/words";
import { daysBetween } from "../core";
import type { Lang } from "../core";

/**
 * The readable report: issues one a line like a linter, then counts by status per sheet.
 *   ke-hoach.xlsx:Phụ lục!C23  lỗi  missing_lead  Thiếu đơn vị chủ trì
 * Pure: report in, text out.
 */

const SEVERITY: Record<Lang, Record<Severity, string>> = {
  vi: {
    error: inline(SEVERITY_WORDS.vi.error),
    warning: inline(SEVERITY_WORDS.vi.warning),
    info: inline(SEVERITY_WORDS.vi.info),
  },
  en: { error: "error", warning: "warning", info: "info" },
};

const STATUS_ORDER: readonly Status[] = ["overdue", "due_soon", "open", "no_deadline", "done"];
/** The shared status words (core/words), as written inside a line. */
const STATUS: Record<Lang, Record<Status, string>> = {
  vi: Object.fromEntries(STATUS_ORDER.map((st) => [st, inline(STATUS_WORDS.vi[st])])) as Record<Status, string>,
  en: Object.fromEntries(STATUS_ORDER.map((st) => [st, inline(STATUS_WORDS.en[st])])) as Record<Status, string>,
};

const T = {
  vi: {
    tasks: "nhiệm vụ",
    sections: inline(SECTION_WORD.vi),
    notPlan: "không có bảng kế hoạch",
    noIssues: "Không có lỗi, cảnh báo nào.",
    issues: (counts: Record<Severity, number>) => `${issueCounts(counts, "vi")}.`,
    asOf: (d: string, days: number) => `Xét ngày ${d}, sắp đến hạn: trong ${days} ngày.`,
    noSheets: "Sổ tính không có trang tính nào để kiểm tra.",
  },
  en: {
    tasks: "tasks",
    sections: "sections",
    notPlan: "no plan table",
    noIssues: "No errors or warnings.",
    issues: (counts: Record<Severity, number>) => `${issueCounts(counts, "en")}.`,
    asOf: (d: string, days: number) => `Judged on ${d}; due soon: within ${days} days.`,
    noSheets: "The workbook has no sheet to check.",
  },
};

export function severityWord(severity: Severity, lang: Lang): string {
  return SEVERITY[lang][severity];
}

export function issueMessage(issue: Issue, lang: Lang): string {
  return issueMessageIn(issue, lang);
}

/** Where an issue is: "Sheet!C23", "Sheet!23:23" for a whole row, "Sheet" for the sheet. */
export function issueLocation(sheet: string, issue: Pick<Issue, "row" | "column">): string {
  if (issue.row === null) return sheet;
  if (issue.column === null) return `${sheet}!${issue.row}:${issue.row}`;
  return `${sheet}!${issue.column}${issue.row}`;
}

/** One line, whatever the cell quoted held: its line breaks and runs of spaces become one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

export function issueLine(fileLabel: string, sheet: string, issue: Issue, lang: Lang): string {
  const where = oneLine(`${fileLabel}:${issueLocation(sheet, issue)}`);
  return `${where}  ${severityWord(issue.severity, lang)}  ${issue.code}  ${oneLine(issueMessage(issue, lang))}`;
}

export function statusCounts(sheet: SheetReport): Record<Status, number> {
  const counts: Record<Status, number> = { overdue: 0, due_soon: 0, open: 0, no_deadline: 0, done: 0 };
  for (const item of sheet.items) if (item.type === "task") counts[item.status]++;
  return counts;
}

function displayDate(iso: string, lang: Lang): string {
  if (lang === "en") return iso;
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** Characters of a task's text shown in a list line. */
const TASK_CHARS = 90;

function shortText(text: string | null): string {
  const t = (text ?? "").replace(/\s+/g, " ").trim();
  return t.length > TASK_CHARS ? `${t.slice(0, TASK_CHARS - 1)}…` : t;
}

const LIST = {
  vi: {
    heading: (status: "overdue" | "due_soon", n: number) => `  ${STATUS_WORDS.vi[status]} (${n}):`,
    noLead: "(chưa có đơn vị chủ trì)",
    due: (d: string) => `hạn ${d}`,
    late: (n: number) => `quá ${n} ngày`,
    left: (n: number) => (n === 0 ? "đến hạn hôm nay" : `còn ${n} ngày`),
  },
  en: {
    heading: (status: "overdue" | "due_soon", n: number) => `  ${STATUS_WORDS.en[status]} (${n}):`,
    noLead: "(no lead unit)",
    due: (d: string) => `due ${d}`,
    late: (n: number) => `${n} day${n === 1 ? "" : "s"} late`,
    left: (n: number) => (n === 0 ? "due today" : `${n} day${n === 1 ? "" : "s"} left`),
  },
};

/**
 * The overdue and the due-soon tasks of a sheet, one a line, ready to send:
 *   "    Mục II, nhiệm vụ 3 · Tổ chức hội nghị … · Phòng Tư pháp · hạn 15/08/2025 · quá 61 ngày · Phụ lục!B23"
 * The multi-line text of a cell is put on one line.
 */
export function taskLines(sheet: SheetReport, asOf: string, lang: Lang): string[] {
  const l = LIST[lang];
  const taskColumn = sheet.table?.columns.task ?? sheet.table?.columns.stt ?? "A";
  const lines: string[] = [];
  for (const status of ["overdue", "due_soon"] as const) {
    const tasks = sheet.items.filter((i): i is TaskItem => i.type === "task" && i.status === status);
    if (tasks.length === 0) continue;
    lines.push(l.heading(status, tasks.length));
    for (const t of tasks) {
      const parts = [taskLabel(t, lang), shortText(t.task)];
      parts.push(t.lead.length > 0 ? t.lead.join("; ").replace(/\s+/g, " ") : l.noLead);
      if (t.deadline.due) {
        parts.push(l.due(displayDate(t.deadline.due, lang)));
        const days = daysBetween(t.deadline.due, asOf);
        parts.push(status === "overdue" ? l.late(days) : l.left(-days));
      } else if (t.deadline.text) parts.push(shortText(t.deadline.text));
      parts.push(`${sheet.sheet}!${taskColumn}${t.row}`);
      lines.push(`    ${parts.filter((p) => p !== "").join(" · ")}`);
    }
  }
  return lines;
}

/** True when some sheet of the workbook holds a plan table. */
export function hasPlan(report: PlanReport): boolean {
  return report.sheets.some((s) => s.recognized);
}

/** A workbook without a plan table, in one line: which sheets were looked at and why none is a plan. */
export function noPlanLine(report: PlanReport, lang: Lang, fileLabel: string = report.file): string {
  const n = report.sheets.length;
  if (lang === "en") {
    const names = report.sheets.map((s) => `"${oneLine(s.sheet)}"`).join(", ");
    return n === 0
      ? `${fileLabel}: no plan table: the workbook has no sheet to check`
      : `${fileLabel}: no plan table found in ${n} sheet${n === 1 ? "" : "s"} (${names})`;
  }
  const why = report.sheets.map((s) => `"${oneLine(s.sheet)}": ${oneLine(s.reason ?? T.vi.notPlan)}`).join("; ");
  return n === 0
    ? `${fileLabel}: không có bảng kế hoạch: tệp không có trang tính nào để kiểm tra`
    : `${fileLabel}: không tìm thấy bảng kế hoạch nào trong ${n} trang tính (${why})`;
}

export function formatReport(report: PlanReport, lang: Lang, fileLabel: string = report.file): string {
  const t = T[lang];
  if (!hasPlan(report)) return noPlanLine(report, lang, fileLabel) + "\n";
  const lines: string[] = [];
  let total = 0;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const sheet of report.sheets) {
    for (const issue of sheet.issues) {
      lines.push(issueLine(fileLabel, sheet.sheet, issue, lang));
      total++;
      bySeverity[issue.severity]++;
    }
  }
  if (lines.length > 0) lines.push("");

  if (report.sheets.length === 0) lines.push(t.noSheets);
  for (const sheet of report.sheets) {
    if (!sheet.recognized) {
      const reason = lang === "vi" && sheet.reason ? ` (${sheet.reason})` : "";
      lines.push(`${sheet.sheet}: ${t.notPlan}${reason}`);
      continue;
    }
    const tasks = sheet.items.filter((i) => i.type === "task").length;
    const sections = sheet.items.length - tasks;
    lines.push(`${sheet.sheet}: ${tasks} ${t.tasks}, ${sections} ${t.sections}`);
    const counts = statusCounts(sheet);
    lines.push("  " + STATUS_ORDER.map((s) => `${STATUS[lang][s]} ${counts[s]}`).join(" · "));
    for (const line of taskLines(sheet, report.asOf, lang)) lines.push(line); // no spread: a plan may have 1,000,000 rows
  }
  lines.push("");
  if (total === 0) lines.push(t.noIssues);
  else lines.push(t.issues(bySeverity));
  lines.push(t.asOf(displayDate(report.asOf, lang), report.dueSoonDays));
  return lines.join("\n") + "\n";
}

/** True when the report holds an error-severity issue (exit code 1). */
export function hasErrors(report: PlanReport): boolean {
  return report.sheets.some((s) => s.issues.some((i) => i.severity === "error"));
}
