/**
 * ESLint-style tests for the validation rules, one file per issue code (test/core/validate/rules):
 * each case is a small sheet checked by the real engine (checkSheet):
 * - `valid`: the rule raises nothing on it;
 * - `invalid`: the rule raises exactly `at` (row+column, e.g. "3C"; "-" for a whole-row or sheet
 *   issue), with a message containing `message` when given.
 * The sheet's header is HEAD (A STT, B Nội dung, C Đơn vị chủ trì, D Thời hạn, E Sản phẩm, F Tình hình),
 * so the first data row is row 2, unless the case gives its own rows from row 1 (`raw`).
 */
import { checkSheet, type CellValue, type IssueCode } from "../../../src/core";
import { RULES } from "../../../src/core/validate";
import { sheet, OPTS } from "../helpers";

export const HEAD = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Sản phẩm", "Tình hình thực hiện"];

type Fields = Partial<Record<"task" | "lead" | "deadline" | "output" | "status", CellValue>>;

/** A task row: STT, then "Việc", "Văn phòng", "Năm 2025", "Báo cáo", no status, unless given. */
export function row(stt: CellValue, f: Fields = {}): CellValue[] {
  const pick = (k: keyof Fields, d: CellValue) => (k in f ? (f[k] ?? null) : d);
  return [stt, pick("task", "Việc"), pick("lead", "Văn phòng"), pick("deadline", "Năm 2025"), pick("output", "Báo cáo"), pick("status", null)];
}

export interface Case {
  rows: CellValue[][];
  /** The rows are the whole sheet (title and header included); HEAD is not added. */
  raw?: boolean;
  fonts?: (string | null)[][];
}
export interface InvalidCase extends Case {
  at: string[];
  message?: string;
}

function issuesOf(code: IssueCode, c: Case) {
  const rows = c.raw ? c.rows : [HEAD, ...c.rows];
  return checkSheet(sheet(rows, { fonts: c.fonts }), OPTS).issues.filter((i) => i.code === code);
}

export function testIssueRule(code: IssueCode, cases: { valid: Case[]; invalid: InvalidCase[] }): void {
  describe(`validation rule ${code}`, () => {
    const rule = RULES.find((r) => r.code === code);
    it("is in the rule list, with a severity and a message", () => {
      expect(rule).toBeDefined();
      expect(["error", "warning", "info"]).toContain(rule!.severity);
      expect(typeof rule!.message).toBe("function");
    });
    it.each(cases.valid.map((c, i) => [i + 1, c] as const))("valid %d raises nothing", (_, c) => {
      expect(issuesOf(code, c)).toEqual([]);
    });
    it.each(cases.invalid.map((c, i) => [i + 1, c.at.join(" "), c] as const))("invalid %d raises it at %s", (_, __, c) => {
      const got = issuesOf(code, c);
      expect(got.map((i) => `${i.row ?? ""}${i.column ?? "-"}`)).toEqual(c.at);
      for (const i of got) expect(i.severity).toBe(rule!.severity);
      if (c.message !== undefined) expect(got[0].message).toContain(c.message);
    });
  });
}
