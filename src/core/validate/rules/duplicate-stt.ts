import { numberingFindings } from "../numbering";
import type { Rule } from "../rule";

/** The same number twice at one level of one section. */
export const duplicateStt: Rule<[stt: string]> = {
  code: "duplicate_stt",
  severity: "error",
  message: (stt) => `Số thứ tự ${stt} bị trùng trong cùng mục`,
  check: (facts, ctx) => {
    const column = ctx.col("stt");
    if (column === null) return [];
    return numberingFindings(facts)
      .filter((x) => x.kind === "duplicate")
      .map((x) => ({ row: x.row, column, message: duplicateStt.message(x.stt) }));
  },
};
