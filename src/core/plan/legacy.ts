import * as text from "../text";
import type { SheetSnapshot } from "../snapshot";

type Decoder = (t: string, fontName?: string) => { text: string; encoding: "tcvn3" | "vni" | null };

/** The text module's legacy decoder, when it has one. */
function decoder(): Decoder | null {
  const d = (text as Record<string, unknown>).decodeLegacy;
  return typeof d === "function" ? (d as Decoder) : null;
}

/** Legacy-encoded text is stored as Windows-1252 characters: only cells holding some are looked at. */
const SUSPECT = /[\u00a0-\u00ff]/;
const LEGACY_FONT = /^(\.vn|vni[-\s]|vn[a-z])/i;

/**
 * Converts a sheet's text from a legacy Vietnamese font encoding (TCVN3 / VNI) to Unicode.
 * Returns the snapshot unchanged (same object) and null when nothing was converted.
 */
export function decodeSnapshot(s: SheetSnapshot): { snapshot: SheetSnapshot; encoding: string | null } {
  const decode = decoder();
  if (!decode) return { snapshot: s, encoding: null };
  let changed: string[][] | null = null;
  let changedValues: SheetSnapshot["values"] | null = null;
  const found = new Map<string, number>();
  for (let r = 0; r < s.text.length; r++) {
    const row = s.text[r];
    for (let c = 0; c < row.length; c++) {
      const t = row[c];
      if (!t) continue;
      const font = s.fonts?.[r]?.[c] ?? undefined;
      if (!SUSPECT.test(t) && !(font && LEGACY_FONT.test(font))) continue;
      const d = decode(t, font ?? undefined);
      if (!d.encoding || d.text === t) continue;
      found.set(d.encoding, (found.get(d.encoding) ?? 0) + 1);
      if (!changed) {
        changed = s.text.map((x) => x.slice());
        changedValues = s.values.map((x) => x.slice());
      }
      changed[r][c] = d.text;
      if (typeof s.values[r][c] === "string") changedValues![r][c] = d.text;
    }
  }
  if (!changed) return { snapshot: s, encoding: null };
  let best = "";
  let n = 0;
  for (const [e, k] of found) if (k > n) [best, n] = [e, k];
  const label = best === "tcvn3" ? "TCVN3" : best === "vni" ? "VNI" : best.toUpperCase();
  return { snapshot: { ...s, text: changed, values: changedValues! }, encoding: label };
}
