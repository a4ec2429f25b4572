import type { IssueCode, Role, Severity } from "../report";
import type { ColumnMap } from "../recognize";
import type { RowFacts } from "../plan/items";

export interface ValidateContext {
  cols: ColumnMap;
  planYear: number;
  /** Due dates outside [from, to] raise deadline_outside_plan_year. */
  from: string;
  to: string;
  /** The sheet's legacy encoding, when its text was converted. */
  legacyEncoding: string | null;
  /** The user said the table has no lead column (a column override): no missing_lead then. */
  noLeadByChoice?: boolean;
}

/** What a rule sees: the context and each role's column letter (null when the table has none). */
export interface RuleContext extends ValidateContext {
  col(role: Role): string | null;
}

/** One finding of a rule: where, and the message (the rule's own `message` with its parameters). */
export interface Finding {
  row: number | null;
  column: string | null;
  message: string;
}

/**
 * One rule per issue code (ESLint-style): its code, severity, message and check. `check` reads the
 * sheet's row facts and returns its findings; a row raises each code at most once (validate keeps the first).
 */
export interface Rule<Args extends unknown[] = never[]> {
  code: IssueCode;
  severity: Severity;
  message: (...args: Args) => string;
  check(facts: readonly RowFacts[], ctx: RuleContext): Finding[];
}

/** A rule looked at one row at a time. */
export function eachRow(check: (f: RowFacts, ctx: RuleContext) => Finding | null): Rule["check"] {
  return (facts, ctx) => {
    const out: Finding[] = [];
    for (const f of facts) {
      const x = check(f, ctx);
      if (x !== null) out.push(x);
    }
    return out;
  };
}

/** A rule looked at one task at a time (sections and continuation rows skipped). */
export function eachTask(
  check: (f: RowFacts & { item: Extract<RowFacts["item"], { type: "task" }> }, ctx: RuleContext) => Finding | null,
): Rule["check"] {
  return eachRow((f, ctx) => (f.item.type === "task" ? check(f as never, ctx) : null));
}
