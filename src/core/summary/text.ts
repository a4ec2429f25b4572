/** Text copied from the plan into summary cells. */

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
/** Excel's limit on the characters of one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Drops the characters a workbook cannot hold and keeps within Excel's cell limit. */
export function cellText(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  let t = s.replace(CONTROL, "");
  if (t.length > MAX_CELL_TEXT) t = t.slice(0, MAX_CELL_TEXT - 1) + "…";
  return t === "" ? null : t;
}
