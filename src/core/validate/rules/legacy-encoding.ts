import type { Rule } from "../rule";

/** The sheet's text was in a legacy Vietnamese font encoding (TCVN3, VNI) and was converted: once per sheet. */
export const legacyEncoding: Rule<[encoding: string]> = {
  code: "legacy_encoding",
  severity: "info",
  message: (enc) =>
    `Trang tính dùng phông chữ tiếng Việt cũ (${enc}); nên chuyển sang Unicode (phông Times New Roman, Arial) để tra cứu và sắp xếp đúng`,
  check: (_facts, ctx) =>
    ctx.legacyEncoding ? [{ row: null, column: null, message: legacyEncoding.message(ctx.legacyEncoding) }] : [],
};
