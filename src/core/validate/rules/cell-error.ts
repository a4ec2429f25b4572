import { ROLES, type Role } from "../../report";
import { columnLetter } from "../../a1";
import { eachRow, type Rule } from "../rule";

/** A role cell holds an error value (#REF!, #N/A, …): once per row, on the leftmost such cell. */
export const cellError: Rule<[cell: string, error: string]> = {
  code: "cell_error",
  severity: "error",
  message: (cell, error) => `Ô ${cell} chứa lỗi ${error}; sửa lại công thức hoặc nhập lại giá trị`,
  check: eachRow((f, ctx) => {
    let first: { c: number; role: Role } | null = null;
    for (const role of ROLES) {
      const c = ctx.cols[role];
      if (c === null || !f.errors[role]) continue;
      if (!first || c < first.c) first = { c, role };
    }
    if (!first) return null;
    const letter = columnLetter(first.c);
    return { row: f.row, column: letter, message: cellError.message(`${letter}${f.row}`, f.errors[first.role]!) };
  }),
};
