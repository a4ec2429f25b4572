/**
 * Validation: the issues of a checked sheet. One rule per issue code in rules/ (code, severity,
 * message, check); `validate` runs them all, keeps one issue per row and code, and sorts them by row,
 * then column (whole-row first), then code, with the sheet-wide legacy_encoding first.
 */
import type { Issue, Role } from "../report";
import { columnIndex, columnLetter } from "../a1";
import type { RowFacts } from "../plan/items";
import type { RuleContext, ValidateContext } from "./rule";
import { RULES, SEVERITY } from "./rules";

export type { ValidateContext, Rule, RuleContext, Finding } from "./rule";
export { RULES, SEVERITY };

export function validate(facts: RowFacts[], ctx: ValidateContext): Issue[] {
  const letters = new Map<Role, string | null>();
  const rc: RuleContext = {
    ...ctx,
    col(role) {
      let l = letters.get(role);
      if (l === undefined) {
        const c = ctx.cols[role];
        l = c === null ? null : columnLetter(c);
        letters.set(role, l);
      }
      return l;
    },
  };
  const sheetWide: Issue[] = [];
  const rows: Issue[] = [];
  for (const rule of RULES) {
    for (const x of rule.check(facts, rc)) {
      const issue: Issue = {
        row: x.row,
        column: x.column,
        code: rule.code,
        severity: rule.severity,
        message: x.message,
      };
      (x.row === null && x.column === null ? sheetWide : rows).push(issue);
    }
  }
  return [...sheetWide, ...sortIssues(rows)];
}

function sortIssues(issues: Issue[]): Issue[] {
  const colNum = (c: string | null): number => (c === null ? 0 : columnIndex(c));
  // A row raises each code at most once.
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const k = `${i.row}|${i.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return unique.sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      colNum(a.column) - colNum(b.column) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
