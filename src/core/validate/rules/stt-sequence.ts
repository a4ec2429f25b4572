import { numberingFindings } from "../numbering";
import type { Rule } from "../rule";

/** A number that does not follow the one before it at its level (numbering may restart per section). */
export const sttSequence: Rule<[stt: string, prev: string]> = {
  code: "stt_sequence",
  severity: "warning",
  message: (stt, prev) => `Số thứ tự ${stt} không liền sau ${prev}; kiểm tra lại cách đánh số`,
  check: (facts, ctx) => {
    const column = ctx.col("stt");
    if (column === null) return [];
    return numberingFindings(facts)
      .filter((x) => x.kind === "sequence")
      .map((x) => ({ row: x.row, column, message: sttSequence.message(x.stt, x.prev) }));
  },
};
