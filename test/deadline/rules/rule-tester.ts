/**
 * ESLint-style tests for the deadline grammar's rules, one file per rule:
 * - `valid`: the rule reads exactly `reads` (folded words, as `kehoach deadline --explain` prints
 *   them) somewhere in `text`, and the whole cell reads as `result` when given;
 * - `invalid`: the rule reads nothing in `text` (another rule, or none, reads it).
 */
import { explainDeadline, RULES } from "../../../src/core/deadline";

export interface ValidCase {
  text: string;
  planYear?: number;
  reads: string;
  result?: [string, string | null];
}

export type InvalidCase = string | { text: string; planYear?: number };

export function testRule(name: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`deadline rule "${name}"`, () => {
    it("is in the grammar", () => {
      expect(RULES.map((r) => r.name)).toContain(name);
    });
    it.each(cases.valid.map((c) => [c.text, c] as const))("reads %j", (_text, c) => {
      const e = explainDeadline(c.text, c.planYear ?? 2025);
      expect(e.matches.filter((m) => m.rule === name).map((m) => m.words)).toContain(c.reads);
      if (c.result !== undefined) expect([e.result.kind, e.result.due]).toEqual(c.result);
    });
    it.each(cases.invalid.map((c) => (typeof c === "string" ? { text: c } : c)).map((c) => [c.text, c] as const))(
      "does not read %j",
      (_text, c) => {
        const e = explainDeadline(c.text, c.planYear ?? 2025);
        expect(e.matches.filter((m) => m.rule === name)).toEqual([]);
      },
    );
  });
}
