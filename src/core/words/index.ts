import type { IssueCode, Severity, Status } from "../report";
import type { Lang } from "../lang";

/**
 * One name for each status, severity and the section, in every place a user reads them: the CLI,
 * the task pane, the summary sheets, the ribbon's notices. Capitalised as a label ("Chưa đến hạn");
 * `inline` gives the form used inside a sentence ("3 chưa đến hạn").
 *
 * "open" (not done, due later) is "Chưa đến hạn", never "Đang thực hiện": that says the work is
 * under way, which the plan does not tell. Issues are "lỗi" / "cảnh báo" / "thông tin" by their
 * severity; "mục" means a section of the plan and nothing else.
 */

export const STATUS_WORDS: Record<Lang, Record<Status, string>> = {
  vi: {
    overdue: "Quá hạn",
    due_soon: "Sắp đến hạn",
    open: "Chưa đến hạn",
    no_deadline: "Thường xuyên / không có hạn",
    done: "Đã hoàn thành",
  },
  en: {
    overdue: "Overdue",
    due_soon: "Due soon",
    open: "Not yet due",
    no_deadline: "Ongoing / no deadline",
    done: "Done",
  },
};

export const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  vi: { error: "Lỗi", warning: "Cảnh báo", info: "Thông tin" },
  en: { error: "Error", warning: "Warning", info: "Information" },
};

/** The plural of a severity in English counts ("3 errors"); Vietnamese has no plural. */
const SEVERITY_PLURAL_EN: Record<Severity, string> = { error: "errors", warning: "warnings", info: "information" };

export const SECTION_WORD: Record<Lang, string> = { vi: "Mục", en: "Section" };

/** The word as written inside a sentence: first letter lower case ("Chưa đến hạn" → "chưa đến hạn"). */
export function inline(word: string): string {
  return word.charAt(0).toLocaleLowerCase("vi") + word.slice(1);
}

export function severityWord(severity: Severity, lang: Lang = "vi"): string {
  return SEVERITY_WORDS[lang][severity];
}

/** "3 lỗi", "1 cảnh báo"; "3 errors", "1 warning". */
export function severityCount(n: number, severity: Severity, lang: Lang = "vi"): string {
  if (lang === "en") return `${n} ${n === 1 ? inline(SEVERITY_WORDS.en[severity]) : SEVERITY_PLURAL_EN[severity]}`;
  return `${n} ${inline(SEVERITY_WORDS.vi[severity])}`;
}

/** "3 lỗi, 5 cảnh báo" (zero counts left out; "" when all are zero). */
export function issueCounts(counts: Partial<Record<Severity, number>>, lang: Lang = "vi"): string {
  return (["error", "warning", "info"] as const)
    .filter((s) => (counts[s] ?? 0) > 0)
    .map((s) => severityCount(counts[s]!, s, lang))
    .join(", ");
}

/**
 * A task named as people name it: by its section and number ("Mục II, nhiệm vụ 3"); without a
 * section "Nhiệm vụ 3"; without a number, by its row ("Mục II, dòng 18").
 */
export function taskLabel(
  task: { stt: string | null; section: string | null; row: number },
  lang: Lang = "vi",
): string {
  const vi = lang === "vi";
  const section = task.section ? `${SECTION_WORD[lang]} ${task.section}` : null;
  const own = task.stt ? `${vi ? "nhiệm vụ" : "task"} ${task.stt}` : `${vi ? "dòng" : "row"} ${task.row}`;
  if (!section) return own.charAt(0).toLocaleUpperCase("vi") + own.slice(1);
  return `${section}, ${own}`;
}

/** English wording of each issue (the engine's messages are Vietnamese): the CLI, the issue sheet. */
export const ISSUE_MESSAGES_EN: Record<IssueCode, string> = {
  missing_task: "Numbered row without a task: write the task or remove the number",
  missing_lead: "No lead unit: name the unit in charge",
  missing_deadline: "No deadline: write when the task is due",
  missing_output: "No output: write what the task must produce",
  unparsed_deadline: "Deadline not understood: write a date, month, quarter or period",
  invalid_date: "This date does not exist: correct it",
  deadline_outside_plan_year: "Due date outside the plan year: check the year",
  duplicate_stt: "Number used twice in this section: renumber",
  stt_sequence: "Number out of sequence: check the numbering",
  cell_error: "The cell holds an Excel error: fix the formula or the value",
  multiple_leads: "Several lead units: keep one in charge, move the others to support",
  legacy_encoding: "Text in an old font encoding (TCVN3/VNI): convert it to Unicode",
};

export { issueMessageIn } from "./issue-message";
