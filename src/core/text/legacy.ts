/**
 * Legacy Vietnamese font encodings: TCVN3 (ABC, TCVN 5712:1993 "VN3", fonts ".VnTime",
 * ".VnArial", ...) and VNI-Windows (fonts "VNI-Times", "VNI-Helve", ...).
 *
 * In a workbook, such text is stored as Windows-1252 characters (U+00A0..U+00FF) that the
 * legacy font draws as Vietnamese letters. We convert it to Unicode NFC.
 *
 * - TCVN3 is one byte per letter. Its regular fonts have lower-case letters plus the
 *   capitals Ă Â Ê Ô Ơ Ư Đ (0xA1..0xA7); its capital fonts (names ending in "H":
 *   ".VnTimeH", ".VnArialH") draw the SAME codes, and the ASCII letters, as capitals.
 * - VNI-Windows writes a base letter followed by a mark character (a + ù = á, e + ä = ệ,
 *   o + â = ô) and has single characters for ơ ư đ and the tones of i, and ỵ.
 *
 * The tables below are built from the code charts: for each vowel, its six tone forms
 * (none, sắc, huyền, hỏi, ngã, nặng) in order. They agree with the published tables of
 * public converters (xvnkb's tcvn.h / vni.h, the vietnamese-conversion package).
 *
 * Detection: a font name decides (`fontEncoding`). Without one, `detectLegacyEncoding`
 * needs strong evidence, because a false positive would corrupt the user's text:
 * - any character above U+00FF other than Windows-1252 punctuation (so any ă, đ, ơ, ư or
 *   U+1EA0..U+1EF9 letter) means the text is Unicode: never legacy;
 * - words holding 8-bit characters are scored: a word is evidence for an encoding when it is
 *   NOT a plausible Vietnamese syllable as written, holds an ASCII letter, and IS a syllable
 *   once decoded; it counts against
 *   when it already is a plausible Unicode syllable ("Tháng", "hoà") or does not decode to one
 *   ("Müller");
 * - an encoding is detected with at least 2 evidence words and more evidence than counter-
 *   evidence (and more evidence than the other encoding).
 */
import { isVietnameseSyllable } from "./syllable";

export type LegacyEncoding = "tcvn3" | "vni";

/** Unicode combining tones in chart order: none, sắc, huyền, hỏi, ngã, nặng. */
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
/** The twelve vowel bases, decomposed (ă = a + breve, â = a + circumflex, ơ = o + horn, ...). */
const VOWELS: Record<string, string> = {
  a: "a",
  ă: "a\u0306",
  â: "a\u0302",
  e: "e",
  ê: "e\u0302",
  i: "i",
  o: "o",
  ô: "o\u0302",
  ơ: "o\u031b",
  u: "u",
  ư: "u\u031b",
  y: "y",
};

function toneForm(vowel: string, tone: number): string {
  return (VOWELS[vowel] + TONES[tone]).normalize("NFC");
}

// ---------------------------------------------------------------- TCVN3 (ABC) code chart
/** Byte codes of each vowel's six tone forms (lower case; the H fonts draw them as capitals). */
const TCVN3_VOWELS: Record<string, number[]> = {
  a: [0x61, 0xb8, 0xb5, 0xb6, 0xb7, 0xb9],
  ă: [0xa8, 0xbe, 0xbb, 0xbc, 0xbd, 0xc6],
  â: [0xa9, 0xca, 0xc7, 0xc8, 0xc9, 0xcb],
  e: [0x65, 0xd0, 0xcc, 0xce, 0xcf, 0xd1],
  ê: [0xaa, 0xd5, 0xd2, 0xd3, 0xd4, 0xd6],
  i: [0x69, 0xdd, 0xd7, 0xd8, 0xdc, 0xde],
  o: [0x6f, 0xe3, 0xdf, 0xe1, 0xe2, 0xe4],
  ô: [0xab, 0xe8, 0xe5, 0xe6, 0xe7, 0xe9],
  ơ: [0xac, 0xed, 0xea, 0xeb, 0xec, 0xee],
  u: [0x75, 0xf3, 0xef, 0xf1, 0xf2, 0xf4],
  ư: [0xad, 0xf8, 0xf5, 0xf6, 0xf7, 0xf9],
  y: [0x79, 0xfd, 0xfa, 0xfb, 0xfc, 0xfe],
};
const TCVN3_D = 0xae; // đ
/** Capitals present in the regular fonts. */
const TCVN3_CAPITALS: Record<number, string> = {
  0xa1: "Ă",
  0xa2: "Â",
  0xa3: "Ê",
  0xa4: "Ô",
  0xa5: "Ơ",
  0xa6: "Ư",
  0xa7: "Đ",
};

/** 8-bit code -> Unicode lower-case letter (regular font). */
const TCVN3_DECODE = new Map<number, string>();
/** Unicode NFC letter -> code (regular font: lower case and the seven capitals). */
const TCVN3_ENCODE = new Map<string, number>();
for (const v of Object.keys(TCVN3_VOWELS)) {
  TCVN3_VOWELS[v].forEach((code, tone) => {
    const letter = toneForm(v, tone);
    if (code >= 0x80) TCVN3_DECODE.set(code, letter);
    TCVN3_ENCODE.set(letter, code);
  });
}
TCVN3_DECODE.set(TCVN3_D, "đ");
TCVN3_ENCODE.set("đ", TCVN3_D);
for (const [code, letter] of Object.entries(TCVN3_CAPITALS)) {
  TCVN3_DECODE.set(Number(code), letter);
  TCVN3_ENCODE.set(letter, Number(code));
}

// ---------------------------------------------------------------- VNI-Windows code chart
/** Mark characters after a vowel: tone only (a e o u y ơ ư), lower and upper case. */
const VNI_TONE_MARKS = ["", "ù", "ø", "û", "õ", "ï"];
const VNI_TONE_MARKS_UPPER = ["", "Ù", "Ø", "Û", "Õ", "Ï"];
/** Circumflex with tone (after a e o). */
const VNI_CIRCUMFLEX_MARKS = ["â", "á", "à", "å", "ã", "ä"];
const VNI_CIRCUMFLEX_MARKS_UPPER = ["Â", "Á", "À", "Å", "Ã", "Ä"];
/** Breve with tone (after a). */
const VNI_BREVE_MARKS = ["ê", "é", "è", "ú", "ü", "ë"];
const VNI_BREVE_MARKS_UPPER = ["Ê", "É", "È", "Ú", "Ü", "Ë"];
/** Single characters: i's tones (sắc, huyền, hỏi, ngã, nặng), ỵ, ơ, ư, đ. */
const VNI_I = ["í", "ì", "æ", "ó", "ò"];
const VNI_I_UPPER = ["Í", "Ì", "Æ", "Ó", "Ò"];

/** Unicode NFC letter -> VNI spelling. */
const VNI_ENCODE = new Map<string, string>();
function addVni(letter: string, lower: string, upper: string): void {
  VNI_ENCODE.set(letter, lower);
  VNI_ENCODE.set(letter.toUpperCase(), upper);
}
for (let t = 0; t < 6; t++) {
  for (const v of ["a", "e", "o", "u", "y"])
    addVni(toneForm(v, t), v + VNI_TONE_MARKS[t], v.toUpperCase() + VNI_TONE_MARKS_UPPER[t]);
  for (const v of ["â", "ê", "ô"]) {
    const b = VOWELS[v][0];
    addVni(toneForm(v, t), b + VNI_CIRCUMFLEX_MARKS[t], b.toUpperCase() + VNI_CIRCUMFLEX_MARKS_UPPER[t]);
  }
  addVni(toneForm("ă", t), "a" + VNI_BREVE_MARKS[t], "A" + VNI_BREVE_MARKS_UPPER[t]);
  addVni(toneForm("ơ", t), "ô" + VNI_TONE_MARKS[t], "Ô" + VNI_TONE_MARKS_UPPER[t]);
  addVni(toneForm("ư", t), "ö" + VNI_TONE_MARKS[t], "Ö" + VNI_TONE_MARKS_UPPER[t]);
  if (t > 0) addVni(toneForm("i", t), VNI_I[t - 1], VNI_I_UPPER[t - 1]);
}
addVni("i", "i", "I");
addVni(toneForm("y", 5), "î", "Î"); // ỵ is one character in VNI
addVni("đ", "ñ", "Ñ");

/** VNI decoding: a base character, then the marks that may follow it. */
interface VniBase {
  /** Unicode base letter (decomposed), lower case. */
  base: string;
  upper: boolean;
  /** mark char -> decomposed suffix to add to the base. */
  marks: Map<string, string>;
}
const VNI_BASES = new Map<string, VniBase>();
const VNI_SINGLES = new Map<string, string>();
{
  const toneMarks = new Map<string, string>();
  const circumflexMarks = new Map<string, string>();
  const breveMarks = new Map<string, string>();
  for (let t = 0; t < 6; t++) {
    if (t > 0) {
      toneMarks.set(VNI_TONE_MARKS[t], TONES[t]);
      toneMarks.set(VNI_TONE_MARKS_UPPER[t], TONES[t]);
    }
    circumflexMarks.set(VNI_CIRCUMFLEX_MARKS[t], "\u0302" + TONES[t]);
    circumflexMarks.set(VNI_CIRCUMFLEX_MARKS_UPPER[t], "\u0302" + TONES[t]);
    breveMarks.set(VNI_BREVE_MARKS[t], "\u0306" + TONES[t]);
    breveMarks.set(VNI_BREVE_MARKS_UPPER[t], "\u0306" + TONES[t]);
  }
  const merge = (...ms: Map<string, string>[]) => new Map(ms.flatMap((m) => [...m]));
  const add = (ch: string, base: string, marks: Map<string, string>) => {
    VNI_BASES.set(ch, { base, upper: false, marks });
    VNI_BASES.set(ch.toUpperCase(), { base, upper: true, marks });
  };
  add("a", "a", merge(toneMarks, circumflexMarks, breveMarks));
  add("e", "e", merge(toneMarks, circumflexMarks));
  add("o", "o", merge(toneMarks, circumflexMarks));
  add("u", "u", toneMarks);
  add("y", "y", toneMarks);
  add("ô", "o\u031b", toneMarks); // ơ
  add("ö", "u\u031b", toneMarks); // ư
  VNI_I.forEach((c, k) => {
    VNI_SINGLES.set(c, toneForm("i", k + 1));
    VNI_SINGLES.set(VNI_I_UPPER[k], toneForm("i", k + 1).toUpperCase());
  });
  VNI_SINGLES.set("î", toneForm("y", 5));
  VNI_SINGLES.set("Î", toneForm("y", 5).toUpperCase());
  VNI_SINGLES.set("ñ", "đ");
  VNI_SINGLES.set("Ñ", "Đ");
}

// ---------------------------------------------------------------- conversion

/** Converts TCVN3 text to Unicode. `capitals`: the text is in a capital ("H") font. */
export function convertTcvn3(text: string, capitals = false): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const letter = c >= 0xa0 && c <= 0xff ? TCVN3_DECODE.get(c) : undefined;
    if (letter !== undefined) out += capitals ? letter.toUpperCase() : letter;
    else out += capitals ? text[i].toUpperCase() : text[i];
  }
  return out.normalize("NFC");
}

/** Converts VNI-Windows text to Unicode. */
export function convertVni(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const base = VNI_BASES.get(ch);
    if (base !== undefined && i + 1 < text.length) {
      const suffix = base.marks.get(text[i + 1]);
      if (suffix !== undefined) {
        const letter = (base.base + suffix).normalize("NFC");
        out += base.upper ? letter.toUpperCase() : letter;
        i++;
        continue;
      }
    }
    if (base !== undefined && base.base.length > 1) {
      // ô and ö alone are ơ and ư
      const letter = base.base.normalize("NFC");
      out += base.upper ? letter.toUpperCase() : letter;
      continue;
    }
    out += VNI_SINGLES.get(ch) ?? ch;
  }
  return out.normalize("NFC");
}

/** Converts text in `encoding` to Unicode NFC. */
export function convertLegacy(text: string, encoding: LegacyEncoding, capitals = false): string {
  return encoding === "tcvn3" ? convertTcvn3(text, capitals) : convertVni(text);
}

/**
 * Unicode -> TCVN3, for tests and round trips. With `capitals`, writes for an H font: every
 * letter by its lower-case code (the font draws capitals). Without it, plain ASCII (A-Z
 * included: "UBND", "PAR INDEX") is written as it is, and accented capitals other than
 * Ă Â Ê Ô Ơ Ư Đ, which have no code in a regular font, are written as their lower-case code.
 */
export function encodeTcvn3(text: string, opts: { capitals?: boolean } = {}): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    if (!opts.capitals && ch.charCodeAt(0) < 0x80) {
      out += ch;
      continue;
    }
    const key = opts.capitals ? ch.toLowerCase() : ch;
    const code = TCVN3_ENCODE.get(key) ?? TCVN3_ENCODE.get(key.toLowerCase());
    if (code !== undefined) out += String.fromCharCode(code);
    else out += opts.capitals ? ch.toLowerCase() : ch;
  }
  return out;
}

/** Unicode -> VNI-Windows, for tests and round trips. */
export function encodeVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += VNI_ENCODE.get(ch) ?? ch;
  return out;
}

// ---------------------------------------------------------------- detection

const VNI_FONT_RE = /^\s*vni[-\s_]/i;
const TCVN3_FONT_RE =
  /^\s*(\.vn|vn(time|arial|avant|book|courier|helvet|univers|black|souther|linus|cooper|clarendon|aristote|bodoni|century|commercial|free|gothic|lucida|mystical|present|shelley|stamp|swiss|teknical|thu|tifani))/i;

/** The legacy encoding a font name implies (and whether it is a TCVN3 capital "H" font), or null. */
export function fontEncoding(
  fontName: string | null | undefined,
): { encoding: LegacyEncoding; capitals: boolean } | null {
  if (!fontName) return null;
  if (VNI_FONT_RE.test(fontName)) return { encoding: "vni", capitals: false };
  if (TCVN3_FONT_RE.test(fontName)) return { encoding: "tcvn3", capitals: /h\s*$/i.test(fontName) };
  return null;
}

/** Windows-1252 punctuation that a legacy-encoded string may hold above U+00FF. */
const CP1252_EXTRA = new Set([
  0x20ac, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x017d, 0x2018,
  0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x017e, 0x0178,
]);

/** True when the text can only be Unicode (it holds a character no legacy-encoded cell can hold). */
function isSurelyUnicode(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff && !CP1252_EXTRA.has(c)) return true;
  }
  return false;
}

function hasEightBit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xa0 && c <= 0xff) return true;
  }
  return false;
}

/** Latin-1 letters that Vietnamese Unicode text uses. */
const VIETNAMESE_LATIN1 = new Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ");
const WORD_SPLIT_RE = /[\s!-@[-`{-~]+/;
/** Evidence words mix ASCII letters with coded ones ("hoµn"): a lone symbol ("¼", "½") is no word. */
const HAS_ASCII_LETTER_RE = /[A-Za-z]/;

function isPlausibleUnicodeWord(w: string): boolean {
  for (const ch of w) if (ch.charCodeAt(0) >= 0x80 && !VIETNAMESE_LATIN1.has(ch)) return false;
  return isVietnameseSyllable(w);
}

/** Evidence and counter-evidence that `text` is in `encoding`. */
function score(text: string, encoding: LegacyEncoding): { evidence: number; counter: number } {
  let evidence = 0;
  let counter = 0;
  for (const w of text.split(WORD_SPLIT_RE)) {
    if (!hasEightBit(w)) continue;
    const decoded = convertLegacy(w, encoding);
    if (isPlausibleUnicodeWord(w)) counter++;
    else if (decoded !== w && HAS_ASCII_LETTER_RE.test(w) && isVietnameseSyllable(decoded)) evidence++;
    else counter++;
  }
  return { evidence, counter };
}

/**
 * Guesses the legacy encoding of text that has no font name to go by (pass one cell, or many
 * cells of a sheet for more evidence). Null unless the evidence is strong (see file header).
 */
export function detectLegacyEncoding(texts: string | readonly string[]): LegacyEncoding | null {
  const list = typeof texts === "string" ? [texts] : texts;
  const sample = list.filter((t) => hasEightBit(t));
  if (sample.length === 0) return null;
  if (list.some((t) => isSurelyUnicode(t))) {
    // Mixed sources: judge only the cells that could be legacy.
    const legacyOnly = sample.filter((t) => !isSurelyUnicode(t));
    if (legacyOnly.length === 0) return null;
    return detectIn(legacyOnly.join("\n"));
  }
  return detectIn(sample.join("\n"));
}

function detectIn(text: string): LegacyEncoding | null {
  const t = score(text, "tcvn3");
  const v = score(text, "vni");
  const ok = (s: { evidence: number; counter: number }) => s.evidence >= 2 && s.evidence > s.counter;
  if (ok(t) && t.evidence > v.evidence) return "tcvn3";
  if (ok(v) && v.evidence > t.evidence) return "vni";
  return null;
}

/** A cell whose ASCII letters are all capitals (at least two) was typed in a TCVN3 "H" font. */
function looksAllCapitals(text: string): boolean {
  let upper = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper++;
  }
  return upper >= 2;
}

/**
 * Converts a cell's text to Unicode NFC. With a legacy font name, the font decides (unless the
 * text holds characters only Unicode has). Without one, text converts only on strong evidence
 * (`detectLegacyEncoding`). `encoding` is the legacy encoding that was converted, or null when
 * the text was already Unicode (it is still normalised to NFC).
 */
export function decodeLegacy(
  text: string,
  fontName?: string | null,
): { text: string; encoding: LegacyEncoding | null } {
  if (isSurelyUnicode(text)) return { text: text.normalize("NFC"), encoding: null };
  const font = fontEncoding(fontName);
  if (font !== null) {
    const converted = convertLegacy(text, font.encoding, font.capitals);
    return converted === text ? { text, encoding: null } : { text: converted, encoding: font.encoding };
  }
  if (!hasEightBit(text)) return { text: text.normalize("NFC"), encoding: null };
  const guess = detectLegacyEncoding(text);
  if (guess === null) return { text: text.normalize("NFC"), encoding: null };
  const converted = convertLegacy(text, guess, guess === "tcvn3" && looksAllCapitals(text));
  return { text: converted, encoding: guess };
}

/**
 * Sheet-level conversion: cells with a legacy font name convert by their font; the cells without
 * one are judged together (more words, more evidence) and convert only if the whole set reads as
 * one legacy encoding. `encoding` is the encoding met most often (for the sheet's single
 * legacy_encoding issue), or null when every cell was already Unicode.
 */
export function decodeLegacyCells(
  texts: readonly string[],
  fonts?: readonly (string | null | undefined)[] | null,
): { texts: string[]; encoding: LegacyEncoding | null } {
  const out = texts.slice();
  const counts = { tcvn3: 0, vni: 0 };
  const unfonted: number[] = [];
  for (let k = 0; k < texts.length; k++) {
    const font = fonts ? fontEncoding(fonts[k]) : null;
    if (font !== null) {
      const r = decodeLegacy(texts[k], fonts?.[k]);
      out[k] = r.text;
      if (r.encoding !== null) counts[r.encoding]++;
    } else if (hasEightBit(texts[k]) && !isSurelyUnicode(texts[k])) unfonted.push(k);
    else out[k] = texts[k].normalize("NFC");
  }
  const guess = unfonted.length > 0 ? detectLegacyEncoding(unfonted.map((k) => texts[k])) : null;
  for (const k of unfonted) {
    if (guess === null) {
      out[k] = texts[k].normalize("NFC");
      continue;
    }
    const converted = convertLegacy(texts[k], guess, guess === "tcvn3" && looksAllCapitals(texts[k]));
    out[k] = converted;
    if (converted !== texts[k]) counts[guess]++;
  }
  const encoding = counts.tcvn3 === 0 && counts.vni === 0 ? null : counts.tcvn3 >= counts.vni ? "tcvn3" : "vni";
  return { texts: out, encoding };
}
