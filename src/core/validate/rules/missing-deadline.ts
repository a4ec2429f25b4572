import { eachTask, type Rule } from "../rule";
import { deadlineChecked } from "./deadline-cell";

/** An empty deadline cell. */
export const missingDeadline: Rule<[]> = {
  code: "missing_deadline",
  severity: "error",
  message: () => "Thiếu thời gian hoàn thành",
  check: eachTask((f, ctx) =>
    deadlineChecked(f, ctx) && f.item.deadline.kind === "none"
      ? { row: f.row, column: ctx.col("deadline"), message: missingDeadline.message() }
      : null,
  ),
};
