import { isoToDmy } from "../../dates";
import { eachTask, type Rule } from "../rule";
import { deadlineChecked } from "./deadline-cell";

/** A due day outside the plan's years ([ctx.from, ctx.to]). */
export const deadlineOutsidePlanYear: Rule<[due: string, from: number, to: number]> = {
  code: "deadline_outside_plan_year",
  severity: "warning",
  message: (due, from, to) =>
    `Thời hạn ${due} nằm ngoài năm kế hoạch (${from === to ? from : `${from}-${to}`}); kiểm tra lại năm của thời hạn`,
  check: eachTask((f, ctx) => {
    const due = f.item.deadline.due;
    if (!deadlineChecked(f, ctx) || due === null || (due >= ctx.from && due <= ctx.to)) return null;
    const message = deadlineOutsidePlanYear.message(
      isoToDmy(due),
      Number(ctx.from.slice(0, 4)),
      Number(ctx.to.slice(0, 4)) - 1,
    );
    return { row: f.row, column: ctx.col("deadline"), message };
  }),
};
