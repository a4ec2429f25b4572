/**
 * `fold`: the one normal form used for matching headers, statuses, phrases and units.
 *
 * fold(s) = NFC, lower case, no diacritics (đ -> d, and the look-alike Ð/ð -> d), runs of whitespace collapsed to one
 * space, trimmed. It runs on every cell, so it is a single pass over the string with a
 * lookup table built once at load time (no normalize(), no regular expression per call):
 * - letters with marks below U+2000 (Latin, Vietnamese U+1E00..U+1EFF, Greek) map to their
 *   lower-case base letter (the table is built from the letters' own NFD forms, so it is exact);
 * - combining marks U+0300..U+036F (decomposed input) are dropped, which gives the same
 *   result as NFC followed by stripping;
 * - every character JavaScript's \s matches is whitespace; zero-width spaces and the
 *   soft hyphen are dropped;
 * - anything else is lower-cased, and folded again when its lower case falls in the table
 *   (U+212B Å -> å -> a), so fold(fold(s)) === fold(s).
 */

const TABLE_SIZE = 0x2000;
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

/**
 * Length-keeping fold, for code that maps an index in the folded text back to the cell: each UTF-16
 * unit becomes fold's single unit for it, and a character fold drops or expands (combining marks,
 * zero-width characters, U+0130) stays as it is. Whitespace is not collapsed. So
 * fold(foldKeep(s)) === fold(s), and foldKeep is fold whenever fold keeps the length.
 */
const KEEP_TABLE = new Uint16Array(TABLE_SIZE);
/** 1 where the character carries a diacritic: a non-ASCII letter folding to an ASCII letter, or a combining mark. */
const MARKED = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) {
  const f = FOLD_TABLE[c];
  const one = f.length === 1 && f !== " ";
  KEEP_TABLE[c] = one ? f.charCodeAt(0) : c;
  if (c >= 0xc0 && one && f >= "a" && f <= "z") MARKED[c] = 1;
  if (c >= 0x300 && c <= 0x36f) MARKED[c] = 1;
}
const KEEP_BUF = new Uint16Array(4096);

/** foldKeep of a BMP character above the table (rare in plans): fold's unit when it is one. */
function keepAbove(c: number): number {
  const f = fold(String.fromCharCode(c));
  return f.length === 1 ? f.charCodeAt(0) : c;
}

export function foldKeep(s: string): string {
  const n = s.length;
  let out = "";
  for (let start = 0; start < n; start += KEEP_BUF.length) {
    const end = Math.min(n, start + KEEP_BUF.length);
    for (let i = start; i < end; i++) {
      const c = s.charCodeAt(i);
      KEEP_BUF[i - start] = c < TABLE_SIZE ? KEEP_TABLE[c] : c >= 0xd800 && c <= 0xdfff ? c : keepAbove(c);
    }
    out += String.fromCharCode.apply(null, KEEP_BUF.subarray(0, end - start) as unknown as number[]);
  }
  return out;
}

/** True when the text holds a diacritic (a marked letter, đ, or a combining mark). */
export function hasMarks(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xc0 && c < TABLE_SIZE && MARKED[c] === 1) return true;
  }
  return false;
}
