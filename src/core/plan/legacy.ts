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
const UNICODE_VI = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const SAMPLE = 400;
/** Characters of one cell looked at for the sheet's encoding (a long cell says no more than its start). */
const SAMPLE_CHARS = 500;
const LEGACY_FONT = /^(\.vn|vni[-\s]|vn[a-z])/i;

/**
 * One cell's text of a sheet known to be in `encoding` (TCVN3 / VNI), converted the way
 * `decodeSnapshot` converts it: text with no legacy characters, or with Unicode-only Vietnamese
 * letters, is left as it is. For text copied from the sheet after the check (summaries).
 */
export function decodeSheetText(t: string, encoding: text.LegacyEncoding): string {
  if (!SUSPECT.test(t) || UNICODE_VI.test(t)) return t;
  const d = text.decodeLegacy(t);
  return d.encoding ? d.text : text.convertLegacy(t, encoding);
}

/**
 * Converts a sheet's text from a legacy Vietnamese font encoding (TCVN3 / VNI) to Unicode.
 * Returns the snapshot unchanged (same object) and null when nothing was converted.
 */
export function decodeSnapshot(s: SheetSnapshot): { snapshot: SheetSnapshot; encoding: string | null } {
  const decode = decoder();
  if (!decode) return { snapshot: s, encoding: null };
  // Without a legacy font, look at the sheet first: a sample of the cells that could be legacy
  // text decides whether any cell is worth decoding (the decoder's evidence rules are per text).
  const hasLegacyFont = !!s.fonts && s.fonts.some((row) => row.some((f) => !!f && LEGACY_FONT.test(f)));
  // The encoding a sample of the cells without a legacy font gives the sheet: it also converts the
  // short cells ("Quyù III/2025", "Phoøng Tö phaùp") whose own text is too little evidence.
  let sheetGuess: text.LegacyEncoding | null = null;
  const sample: string[] = [];
  for (let r = 0; r < s.text.length && sample.length < SAMPLE; r++)
    for (let c = 0; c < s.text[r].length; c++) {
      const t = s.text[r][c];
      const f = s.fonts?.[r]?.[c];
      if (t && SUSPECT.test(t) && !UNICODE_VI.test(t) && !(f && LEGACY_FONT.test(f)))
        sample.push(t.length > SAMPLE_CHARS ? t.slice(0, SAMPLE_CHARS) : t);
    }
  if (sample.length > 0) sheetGuess = text.detectLegacyEncoding(sample);
  if (!hasLegacyFont && sheetGuess === null) return { snapshot: s, encoding: null };
  let changed: string[][] | null = null;
  let changedValues: SheetSnapshot["values"] | null = null;
  const found = new Map<string, number>();
  for (let r = 0; r < s.text.length; r++) {
    const row = s.text[r];
    for (let c = 0; c < row.length; c++) {
      const t = row[c];
      if (!t) continue;
      const font = s.fonts?.[r]?.[c] ?? undefined;
      const legacyFont = !!font && LEGACY_FONT.test(font);
      // Unicode Vietnamese (ă, ơ, ư, đ, ạ … ỹ) is never legacy text unless its font says so.
      if (!legacyFont && (!SUSPECT.test(t) || UNICODE_VI.test(t))) continue;
      let d = decode(t, font ?? undefined);
      if (!d.encoding && !legacyFont && sheetGuess !== null) {
        const converted = text.convertLegacy(t, sheetGuess);
        d = { text: converted, encoding: converted === t ? null : sheetGuess };
      }
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
