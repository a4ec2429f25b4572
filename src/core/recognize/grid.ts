import type { CellValue, SheetSnapshot } from "../snapshot";
import { isCellError } from "../snapshot";

/**
 * A read-only view of a snapshot in sheet coordinates (1-based rows and columns), with merged
 * areas resolved the way a reader of the table sees them: a cell covered by a merge shows the
 * merge's value in the merge's left column (so a lead merged down over rows 11-14 is the lead of
 * each row), and is empty in the merge's other columns (a title merged across B:F is one cell).
 */
export interface Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  /** Last sheet row / column of the snapshot (inclusive). */
  readonly bottom: number;
  readonly right: number;
  /** The displayed text (trimmed) of a cell, merges resolved; "" when empty. */
  text(row: number, col: number): string;
  /** The value, merges resolved. */
  value(row: number, col: number): CellValue;
  numberFormat(row: number, col: number): string | null;
  font(row: number, col: number): string | null;
  /** True when the cell is covered by a merge whose top row is above `row` (its content is not its own). */
  coveredFromAbove(row: number, col: number): boolean;
  /** Columns spanned (right - left + 1) by the merge whose top-left is this cell; 1 when none. */
  spanRight(row: number, col: number): number;
  /** Rows spanned by the merge whose top-left is this cell; 1 when none. */
  spanDown(row: number, col: number): number;
  /** True when the row has no text in any column. */
  isEmptyRow(row: number): boolean;
}

/** Packs a row/column pair into one number key (columns fit in 2^14 in Excel). */
const key = (r: number, c: number): number => r * 16384 + c;

export function gridOf(s: SheetSnapshot): Grid {
  const top = s.origin.row;
  const left = s.origin.col;
  const h = s.values.length;
  const w = h > 0 ? s.values[0].length : 0;
  const bottom = top + h - 1;
  const right = left + w - 1;
  /** Covered cell -> master cell key, and whether it is the merge's left column. */
  const master = new Map<number, { r: number; c: number; leftCol: boolean }>();
  const spans = new Map<number, { across: number; down: number }>();
  for (const m of s.merges) {
    if (m.bottom < m.top || m.right < m.left) continue;
    spans.set(key(m.top, m.left), { across: m.right - m.left + 1, down: m.bottom - m.top + 1 });
    // Bound the work by the snapshot's rectangle: a merge of whole columns must not cost a million cells.
    const r1 = Math.min(m.bottom, bottom);
    const c1 = Math.min(m.right, right);
    for (let r = m.top; r <= r1; r++)
      for (let c = m.left; c <= c1; c++) {
        if (r === m.top && c === m.left) continue;
        master.set(key(r, c), { r: m.top, c: m.left, leftCol: c === m.left });
      }
  }
  const rawValue = (r: number, c: number): CellValue => {
    const rr = r - top;
    const cc = c - left;
    if (rr < 0 || cc < 0 || rr >= h || cc >= w) return null;
    return s.values[rr][cc] ?? null;
  };
  const rawText = (r: number, c: number): string => {
    const rr = r - top;
    const cc = c - left;
    if (rr < 0 || cc < 0 || rr >= h || cc >= w) return "";
    const t = s.text[rr]?.[cc];
    if (typeof t === "string") return t;
    const v = s.values[rr][cc];
    if (v === null || v === undefined) return "";
    if (isCellError(v)) return v.error;
    return String(v);
  };
  /** Trimmed display text, computed a row at a time on first use. */
  const trimmed: (string[] | undefined)[] = new Array(h);
  const trimmedText = (r: number, c: number): string => {
    const rr = r - top;
    const cc = c - left;
    if (rr < 0 || cc < 0 || rr >= h || cc >= w) return "";
    let row = trimmed[rr];
    if (!row) {
      row = new Array<string>(w);
      for (let j = 0; j < w; j++) row[j] = rawText(r, left + j).trim();
      trimmed[rr] = row;
    }
    return row[cc];
  };
  const resolve = (r: number, c: number): { r: number; c: number } | null => {
    if (master.size === 0) return { r, c };
    const m = master.get(key(r, c));
    if (!m) return { r, c };
    return m.leftCol ? { r: m.r, c: m.c } : null;
  };
  const emptyRows = new Uint8Array(h);
  for (let i = 0; i < h; i++) {
    let empty = 1;
    const row = s.text[i];
    const vals = s.values[i];
    for (let j = 0; j < w; j++) {
      const t = row?.[j];
      if (
        (typeof t === "string" && t.trim() !== "") ||
        (t === undefined && vals[j] !== null && vals[j] !== undefined)
      ) {
        empty = 0;
        break;
      }
    }
    emptyRows[i] = empty;
  }
  return {
    name: s.name,
    top,
    left,
    bottom,
    right,
    text(r, c) {
      if (master.size === 0) return trimmedText(r, c);
      const m = master.get(key(r, c));
      if (!m) return trimmedText(r, c);
      return m.leftCol ? trimmedText(m.r, m.c) : "";
    },
    value(r, c) {
      if (master.size === 0) return rawValue(r, c);
      const m = master.get(key(r, c));
      if (!m) return rawValue(r, c);
      return m.leftCol ? rawValue(m.r, m.c) : null;
    },
    numberFormat(r, c) {
      const p = resolve(r, c) ?? { r, c };
      const rr = p.r - top;
      const cc = p.c - left;
      if (!s.numberFormats || rr < 0 || cc < 0 || rr >= h || cc >= w) return null;
      return s.numberFormats[rr]?.[cc] ?? null;
    },
    font(r, c) {
      const p = resolve(r, c) ?? { r, c };
      const rr = p.r - top;
      const cc = p.c - left;
      if (!s.fonts || rr < 0 || cc < 0 || rr >= h || cc >= w) return null;
      return s.fonts[rr]?.[cc] ?? null;
    },
    coveredFromAbove(r, c) {
      const m = master.get(key(r, c));
      return !!m && m.r < r;
    },
    spanRight(r, c) {
      return spans.get(key(r, c))?.across ?? 1;
    },
    spanDown(r, c) {
      return spans.get(key(r, c))?.down ?? 1;
    },
    isEmptyRow(r) {
      const i = r - top;
      return i < 0 || i >= h ? true : emptyRows[i] === 1;
    },
  };
}
