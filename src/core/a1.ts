/**
 * Column letters and A1 addresses, as Excel shows them: the one place that converts between
 * "AB" and 28, and reads or writes "B7", "$B$7", "B7:F9". Every layer (core, hosts, pane) uses these.
 */

/** 1-based column number -> letters: 1 -> "A", 28 -> "AB"; "" for 0 or less. */
export function columnLetter(n: number): string {
  let s = "";
  let x = Math.floor(n);
  while (x > 0) {
    const m = (x - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

/** "A" -> 1, "AB" -> 28 (either case, surrounding spaces ignored); 0 for text that is not a column letter. */
export function columnIndex(letter: string): number {
  const s = letter.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) - 64);
  return n;
}

/** "B7" (1-based row and column). */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** A cell address "B7" or "$B$7" (either case) -> { row, col }; null for anything else. */
export function parseCell(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]*)$/.exec(address.trim());
  return m ? { row: Number(m[2]), col: columnIndex(m[1]) } : null;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B7", "B7:F9" (a single cell when the rectangle is one). */
export function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/** Parses "A1", "A1:C3", "$A$1:$C$3", "'My sheet'!A1:C3" (the sheet part is ignored); corners in any order. */
export function parseRect(address: string): Rect | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [a, b] = bare.trim().split(":");
  const p = parseCell(a);
  const q = b === undefined ? p : parseCell(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}
