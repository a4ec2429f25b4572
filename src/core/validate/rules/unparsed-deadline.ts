import { eachTask, type Rule } from "../rule";
import { deadlineChecked } from "./deadline-cell";

/** A deadline cell the grammar cannot read (and not an impossible date, which invalid_date reports). */
export const unparsedDeadline: Rule<[text: string]> = {
  code: "unparsed_deadline",
  severity: "warning",
  message: (text) =>
    `Không đọc được thời gian hoàn thành "${text}"; ghi theo dạng ngày/tháng/năm, tháng/năm, quý hoặc năm`,
  check: eachTask((f, ctx) =>
    deadlineChecked(f, ctx) && f.item.deadline.kind === "unparsed" && !f.invalidDate
      ? { row: f.row, column: ctx.col("deadline"), message: unparsedDeadline.message(f.item.deadline.text ?? "") }
      : null,
  ),
};
