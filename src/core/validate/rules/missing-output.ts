import { eachTask, type Rule } from "../rule";

/** A table with an output column and a task with nothing in it. */
export const missingOutput: Rule<[]> = {
  code: "missing_output",
  severity: "warning",
  message: () => "Thiếu kết quả/sản phẩm đầu ra",
  check: eachTask((f, ctx) =>
    ctx.cols.output !== null && f.item.output === null && !f.errors.output
      ? { row: f.row, column: ctx.col("output"), message: missingOutput.message() }
      : null,
  ),
};
