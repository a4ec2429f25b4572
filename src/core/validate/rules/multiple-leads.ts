import { eachTask, type Rule } from "../rule";

/** More than one lead unit for one task. */
export const multipleLeads: Rule<[units: string[]]> = {
  code: "multiple_leads",
  severity: "warning",
  message: (units) =>
    `Có ${units.length} đơn vị chủ trì (${units.join("; ")}); nên giao một đơn vị chủ trì, các đơn vị còn lại phối hợp`,
  check: eachTask((f, ctx) =>
    f.item.lead.length > 1
      ? { row: f.row, column: ctx.col("lead"), message: multipleLeads.message(f.item.lead) }
      : null,
  ),
};
