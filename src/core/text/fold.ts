/**
 * `fold`: the one normal form used for matching headers, statuses, phrases and units.
 *
 * fold(s) = NFC, lower case, no diacritics (đ -> d, and the look-alike Ð/ð -> d), runs of whitespace collapsed to one
 * space, trimmed. It runs on every cell, so it is a single pass over the string with a
 * lookup table built once at load time (no normalize(), no regular expression per call):
 * - precomposed Latin letters (U+00C0..U+024F, U+1E00..U+1EFF) map to their lower-case base
 *   letter (the table is built from the letters' own NFD forms, so it is exact);
 * - combining marks U+0300..U+036F (decomposed input) are dropped, which gives the same
 *   result as NFC followed by stripping;
 * - every character JavaScript's \s matches is whitespace; zero-width spaces and the
 *   soft hyphen are dropped;
 * - anything else is lower-cased, and folded again when its lower case falls in the table
 *   (U+212B Å -> å -> a), so fold(fold(s)) === fold(s).
 */

const TABLE_SIZE = 0x1f00;
/** FOLD_TABLE[code] is the folded string of that character; "" drops it; " " is whitespace. */
const FOLD_TABLE: string[] = buildTable();

function buildTable(): string[] {
  const t = new Array<string>(TABLE_SIZE);
  for (let c = 0; c < TABLE_SIZE; c++) {
    const ch = String.fromCharCode(c);
    if (c >= 0x300 && c <= 0x36f) {
      t[c] = "";
      continue;
    }
    if (/\s/.test(ch)) {
      t[c] = " ";
      continue;
    }
    const lower = ch.toLowerCase();
    // Strip marks from letters: the base of the NFD form, when the base is a single ASCII letter.
    const nfd = lower.normalize("NFD");
    const base = nfd.replace(/[\u0300-\u036f]/g, "");
    t[c] = base.length > 0 ? base : lower;
  }
  t[0x0111] = "d"; // đ
  t[0x0110] = "d"; // Đ
  t[0x00d0] = "d"; // Ð (Eth), typed or converted for Đ ("ÐẾN HẾT QUÝ II")
  t[0x00f0] = "d"; // ð
  t[0x00ad] = ""; // soft hyphen
  return t;
}

function isSpaceCode(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Folds text for matching: NFC, lower case, no diacritics (đ -> d), single spaces, trimmed. */
export function fold(s: string): string {
  const n = s.length;
  // Fast path: plain ASCII with single inner spaces and no upper case needs no copy.
  let plain = true;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x7e || (c >= 0x41 && c <= 0x5a) || c < 0x20) {
      plain = false;
      break;
    }
    if (c === 0x20 && (i === 0 || i === n - 1 || s.charCodeAt(i + 1) === 0x20)) {
      plain = false;
      break;
    }
  }
  if (plain) return s;

  let out = "";
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let piece: string;
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) piece = String.fromCharCode(c + 32);
      else if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) piece = " ";
      else piece = s[i];
    } else if (c < TABLE_SIZE) {
      piece = FOLD_TABLE[c];
    } else if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060) {
      piece = "";
    } else if (isSpaceCode(c)) {
      piece = " ";
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      piece = s.slice(i, i + 2).toLowerCase();
      i++;
    } else {
      piece = s[i].toLowerCase();
      // A few letters above the table lower-case into it (U+212B Angstrom sign -> å): fold that too.
      if (piece.length === 1 && piece.charCodeAt(0) < TABLE_SIZE) piece = FOLD_TABLE[piece.charCodeAt(0)];
    }
    if (piece === " ") {
      if (out.length > 0) pendingSpace = true;
      continue;
    }
    if (piece === "") continue;
    if (pendingSpace) {
      out += " ";
      pendingSpace = false;
    }
    out += piece;
  }
  return out;
}
