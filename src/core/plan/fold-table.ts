/**
 * A character table for folding that keeps string length: every UTF-16 unit folds to exactly one
 * unit (lower case, no diacritics, đ -> d), so an index in the folded text is an index in the
 * original (NFC) text. Built once; folding is then one table look-up per character.
 */
const SIZE = 0x2000;
const TABLE = new Uint16Array(SIZE);
/** 1 where the character carries a Vietnamese diacritic (it folds to a plain ASCII letter). */
const MARKED = new Uint8Array(SIZE);

for (let code = 0; code < SIZE; code++) {
  const ch = String.fromCharCode(code);
  let f = ch;
  if (code < 0xd800) {
    f = ch
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .toLowerCase();
    if (f.length !== 1) f = ch.toLowerCase().length === 1 ? ch.toLowerCase() : ch;
  }
  TABLE[code] = f.charCodeAt(0);
  if (code >= 0xc0 && f.charCodeAt(0) < 0x80 && /[a-z]/.test(f)) MARKED[code] = 1;
  if (code >= 0x300 && code <= 0x36f) MARKED[code] = 1;
}

/** Folds text keeping its length (see file note). */
const BUF = new Uint16Array(4096);

export function foldKeep(s: string): string {
  const n = s.length;
  let out = "";
  for (let start = 0; start < n; start += BUF.length) {
    const end = Math.min(n, start + BUF.length);
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      BUF[i - start] = c < SIZE ? TABLE[c] : c;
    }
    out += String.fromCharCode.apply(null, BUF.subarray(0, end - start) as unknown as number[]);
  }
  return out;
}

/** True when the text holds a Vietnamese diacritic (or đ). */
export function hasMarks(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xc0 && c < SIZE && MARKED[c] === 1) return true;
  }
  return false;
}

/** Folds and collapses whitespace, trimmed: the same result as text's fold for NFC text. */
export function foldFast(s: string): string {
  return foldKeep(s).replace(/\s+/g, " ").trim();
}
