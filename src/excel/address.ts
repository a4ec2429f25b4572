import { columnIndex as columnNumber, columnLetter as columnLetters } from "../core/recognize/columns";
/** A1 addresses: column letters, rectangles, sheet-name quoting, and splitting long area lists. */

export interface Rect {
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's limit on the length of an address passed to getRanges. */
export const MAX_ADDRESS_LENGTH = 8192;

export { columnNumber, columnLetters };

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function rectAddress(r: Rect): string {
  const a = cellAddress(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${cellAddress(r.bottom, r.right)}`;
}

/** Parses "A1", "A1:C3", "$A$1:$C$3", "'My sheet'!A1:C3" (the sheet part is ignored). */
export function parseRect(address: string): Rect | null {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(bare.trim());
  if (!m) return null;
  const top = Number(m[2]);
  const left = columnNumber(m[1]);
  const bottom = m[4] ? Number(m[4]) : top;
  const right = m[3] ? columnNumber(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/** Parses a RangeAreas address: "Sheet1!A1:B2, Sheet1!D4" (sheet names may be quoted and hold commas). */
export function parseAreas(address: string): Rect[] {
  const out: Rect[] = [];
  // Split on commas outside quotes.
  let cur = "";
  let inQuote = false;
  for (const ch of address) {
    if (ch === "'") inQuote = !inQuote;
    if (ch === "," && !inQuote) {
      push(cur);
      cur = "";
    } else cur += ch;
  }
  push(cur);
  return out;
  function push(part: string): void {
    const r = part.trim() ? parseRect(part.trim()) : null;
    if (r) out.push(r);
  }
}

/** A sheet name as formulas write it: quoted unless plain. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Joins rectangles into comma-separated address lists, each at most `limit` characters. */
export function chunkAreas(rects: readonly Rect[], limit = MAX_ADDRESS_LENGTH): string[] {
  const out: string[] = [];
  let cur = "";
  for (const r of rects) {
    const a = rectAddress(r);
    if (cur && cur.length + 1 + a.length > limit) {
      out.push(cur);
      cur = "";
    }
    cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}
