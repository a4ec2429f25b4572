import type { IssueCode } from "../../../src/core/report";
import { RULES } from "../../../src/core/validate";
import { ISSUE_MESSAGES_EN, issueMessageIn } from "../../../src/core/words";

/** Each rule's Vietnamese template with sample details, and the details the English must keep. */
const CASES: Array<[IssueCode, unknown[], string[]]> = [
  ["missing_task", ["7"], ["7"]],
  ["missing_lead", [true], ["no lead-unit column"]],
  ["unparsed_deadline", ['Sau khi có ý kiến "chỉ đạo"\ncủa UBND'], ['Sau khi có ý kiến "chỉ đạo"\ncủa UBND']],
  ["invalid_date", ["31/02/2025"], ["31/02/2025"]],
  ["deadline_outside_plan_year", ["15/08/2026", 2025, 2025], ["2026-08-15", "(2025)"]],
  ["deadline_outside_plan_year", ["01/03/2027", 2025, 2026], ["2027-03-01", "(2025-2026)"]],
  ["duplicate_stt", ["3"], ["Number 3 "]],
  ["stt_sequence", ["5", "3"], ["Number 5 does not follow 3"]],
  ["cell_error", ["E12", "#REF!"], ["Cell E12", "#REF!"]],
  [
    "multiple_leads",
    [["Phòng Tư pháp", "Phòng Nội vụ (chủ trì)"]],
    ["2 lead units", "Phòng Tư pháp; Phòng Nội vụ (chủ trì)"],
  ],
  ["legacy_encoding", ["TCVN3"], ["TCVN3"]],
];

describe("issueMessageIn: the English keeps the details the Vietnamese message names", () => {
  test.each(CASES)("%s %p", (code, args, details) => {
    const rule = RULES.find((r) => r.code === code)!;
    const vi = (rule.message as (...a: unknown[]) => string)(...args);
    expect(issueMessageIn({ code, message: vi }, "vi")).toBe(vi);
    const en = issueMessageIn({ code, message: vi }, "en");
    expect(en).not.toBe(ISSUE_MESSAGES_EN[code]);
    for (const d of details) expect(en).toContain(d);
    expect(en).not.toMatch(/Thời hạn|Số thứ tự|chứa lỗi|nằm ngoài|không tồn tại/);
  });

  test("a message of another shape falls back to the code's generic English", () => {
    expect(issueMessageIn({ code: "cell_error", message: "lạ" }, "en")).toBe(ISSUE_MESSAGES_EN.cell_error);
    expect(issueMessageIn({ code: "missing_deadline", message: "Thiếu thời gian hoàn thành" }, "en")).toBe(
      ISSUE_MESSAGES_EN.missing_deadline,
    );
  });
});
