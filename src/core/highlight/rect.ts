import { columnNumber, rangeAddress } from "./plan";

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Parses "A1" or "A1:C3" (no sheet part, no "$"); null when it is not such an address. */
export function parseRect(address: string): CellRect | null {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(address);
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  if (top < 1 || bottom < top || right < left) return null;
  return { top, left, bottom, right };
}

/** "A1" or "A1:C3". */
export function rectToAddress(r: CellRect): string {
  return rangeAddress(r.top, r.left, r.bottom, r.right);
}
