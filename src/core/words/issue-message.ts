import type { Issue, IssueCode } from "../report";
import type { Lang } from "../lang";
import { ISSUE_MESSAGES_EN } from "./index";

/**
 * An issue's message in the user's language, with its details. The engine writes each message in
 * Vietnamese from its rule's template (core/validate/rules); the English keeps what that message
 * names (the date, the number, the cell, the units, the text that was not understood): each
 * template's details are read back by the pattern below, and the generic English wording
 * (ISSUE_MESSAGES_EN) is used only when a message does not have its template's shape.
 * test/core/words/issue-message.test.ts runs every rule's template through this.
 */
type English = (m: RegExpExecArray) => string;

/** "15/08/2025" -> "2025-08-15" (the CLI's English dates are ISO); anything else unchanged. */
function isoDay(dmy: string): string {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(dmy);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : dmy;
}

const DETAILED: Partial<Record<IssueCode, Array<[RegExp, English]>>> = {
  missing_task: [
    [/^Dòng số (.+?) chưa có nội dung/, (m) => `Row numbered ${m[1]} has no task: write the task or remove the number`],
  ],
  missing_lead: [
    [
      /không có cột đơn vị chủ trì/,
      () => "No lead unit: the table has no lead-unit column; add one and name the unit in charge of this task",
    ],
  ],
  unparsed_deadline: [
    [
      /^Không đọc được thời gian hoàn thành "([\s\S]*)"; /,
      (m) => `Deadline "${m[1]}" not understood: write a day/month/year, a month/year, a quarter or a year`,
    ],
  ],
  invalid_date: [
    [/^Ngày "([\s\S]*)" không tồn tại/, (m) => `The date "${m[1]}" does not exist: check the day and month`],
  ],
  deadline_outside_plan_year: [
    [
      /^Thời hạn (\S+) nằm ngoài năm kế hoạch \(([^)]*)\)/,
      (m) => `Due date ${isoDay(m[1])} is outside the plan year (${m[2]}): check the year`,
    ],
  ],
  duplicate_stt: [[/^Số thứ tự (.+?) bị trùng/, (m) => `Number ${m[1]} is used twice in this section: renumber`]],
  stt_sequence: [
    [/^Số thứ tự (.+?) không liền sau (.+?); /, (m) => `Number ${m[1]} does not follow ${m[2]}: check the numbering`],
  ],
  cell_error: [
    [/^Ô (\S+) chứa lỗi (.+?); /, (m) => `Cell ${m[1]} holds the Excel error ${m[2]}: fix the formula or the value`],
  ],
  multiple_leads: [
    [
      /^Có (\d+) đơn vị chủ trì \(([\s\S]*)\); nên/,
      (m) => `${m[1]} lead units (${m[2]}): keep one in charge, the others support`,
    ],
  ],
  legacy_encoding: [
    [
      /cũ \(([^)]+)\)/,
      (m) =>
        `The sheet's text is in an old Vietnamese font encoding (${m[1]}): convert it to Unicode (Times New Roman, Arial)`,
    ],
  ],
};

/** The issue's message: the engine's own in Vietnamese; in English with the same details. */
export function issueMessageIn(issue: Pick<Issue, "code" | "message">, lang: Lang): string {
  if (lang === "vi") return issue.message;
  for (const [pattern, english] of DETAILED[issue.code] ?? []) {
    const m = pattern.exec(issue.message);
    if (m) return english(m);
  }
  return ISSUE_MESSAGES_EN[issue.code];
}
