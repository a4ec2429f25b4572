import type { RowFacts } from "../../plan/items";
import type { RuleContext } from "../rule";

/** The rules on the deadline cell look at tasks of a table that has a deadline column without an error in it. */
export function deadlineChecked(f: RowFacts, ctx: RuleContext): boolean {
  return f.item.type === "task" && ctx.cols.deadline !== null && !f.errors.deadline;
}
