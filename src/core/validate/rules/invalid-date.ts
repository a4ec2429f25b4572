import type { RowFacts } from "../../plan/items";
import { eachTask, type Rule } from "../rule";
import { deadlineChecked } from "./deadline-cell";

/**
 * The date the message names: the one the deadline grammar found not to exist (f.invalid), as written,
 * when it is a written day/month/year; otherwise the cell's text (the grammar's words are folded).
 */
function writtenDate(f: RowFacts): string {
  const bad = f.invalid;
  if (bad && bad.rule === "numeric date" && bad.year !== null) return bad.text;
  return f.item.type === "task" ? (f.item.deadline.text ?? "") : "";
}

/** A written date that does not exist (31/02/2025, tháng 13/2025): read by the deadline grammar. */
export const invalidDate: Rule<[date: string]> = {
  code: "invalid_date",
  severity: "error",
  message: (date) => `Ngày "${date}" không tồn tại; kiểm tra lại ngày, tháng`,
  check: eachTask((f, ctx) =>
    deadlineChecked(f, ctx) && f.item.deadline.kind !== "none" && f.invalidDate
      ? { row: f.row, column: ctx.col("deadline"), message: invalidDate.message(writtenDate(f)) }
      : null,
  ),
};
