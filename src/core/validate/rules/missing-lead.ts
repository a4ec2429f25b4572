import { eachTask, type Rule } from "../rule";

/**
 * A task with no lead unit; in a table with no lead column it is a whole-row issue (column null),
 * unless the user said the table has none (a column override).
 */
export const missingLead: Rule<[noColumn?: boolean]> = {
  code: "missing_lead",
  severity: "error",
  message: (noColumn = false) =>
    noColumn
      ? "Thiếu đơn vị chủ trì: bảng không có cột đơn vị chủ trì; hãy thêm cột và ghi đơn vị chủ trì cho nhiệm vụ này"
      : "Thiếu đơn vị chủ trì",
  check: eachTask((f, ctx) =>
    f.item.lead.length === 0 && !f.errors.lead && !(ctx.cols.lead === null && ctx.noLeadByChoice)
      ? { row: f.row, column: ctx.col("lead"), message: missingLead.message(ctx.cols.lead === null) }
      : null,
  ),
};
