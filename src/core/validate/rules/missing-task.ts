import { eachTask, type Rule } from "../rule";

/** A numbered row with no task text. */
export const missingTask: Rule<[stt: string | null]> = {
  code: "missing_task",
  severity: "error",
  message: (stt) =>
    `Dòng số ${stt ?? ""} chưa có nội dung công việc; nhập nội dung nhiệm vụ hoặc xóa số thứ tự thừa`.replace(
      "số  ",
      "",
    ),
  check: eachTask((f, ctx) =>
    f.item.task === null && f.item.stt !== null && !f.errors.task
      ? { row: f.row, column: ctx.col("task"), message: missingTask.message(f.item.stt) }
      : null,
  ),
};
