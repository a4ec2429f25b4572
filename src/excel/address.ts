/** Excel-only address work: RangeAreas lists, sheet-name quoting, splitting long area lists (A1 itself: core/a1.ts). */
import { parseRect, rectAddress, type Rect } from "../core";

/** Excel's limit on the length of an address passed to getRanges. */
export const MAX_ADDRESS_LENGTH = 8192;

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
