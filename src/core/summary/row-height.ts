/**
 * Row heights for wrapped text, estimated (no font metrics in pure code): how many lines a text
 * takes in a column of a given Excel width in Times New Roman, so a writer can give each row the
 * height its longest cell needs. Neither exceljs nor LibreOffice fits rows to wrapped text on
 * opening a file; Excel only does for rows it has measured itself. The estimate errs on the
 * side of one line too many rather than clipped text.
 */

import { MARK } from "../text/unicode-classes";

const MARKS = new RegExp(`[${MARK}]`, "g");

/** Points per line of a Times New Roman cell of `fontSize` points (Excel: 15.75 for 12 pt). */
export function lineHeight(fontSize: number): number {
  return Math.round(fontSize * 1.3125 * 4) / 4;
}

/** Advance widths of Times New Roman (per 1000 em, Adobe's Times-Roman metrics) of the ASCII letters. */
const LOWER = [
  444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722,
  500, 500, 444,
];
const UPPER = [
  722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944,
  722, 722, 611,
];
const PUNCT: Record<string, number> = {
  " ": 250,
  ".": 250,
  ",": 250,
  ";": 278,
  ":": 278,
  "-": 333,
  "(": 333,
  ")": 333,
  "/": 278,
  "%": 833,
  '"': 408,
  "'": 180,
  "“": 444,
  "”": 444,
  "–": 500,
  "—": 1000,
};

const widthCache = new Map<string, number>();

/** Width of one character in pixels at 12 pt (16 px em, 96 dpi); memoised (a plan uses few distinct characters). */
function charWidth(ch: string): number {
  let w = widthCache.get(ch);
  if (w === undefined) {
    w = measureChar(ch);
    if (widthCache.size < 4096) widthCache.set(ch, w);
  }
  return w;
}

function measureChar(ch: string): number {
  const base = ch.normalize("NFD").replace(MARKS, "").replace("đ", "d").replace("Đ", "D");
  if (base === "") return 0; // a lone combining accent (decomposed text)
  const c = base[0];
  const code = c.charCodeAt(0);
  let em: number;
  if (code >= 97 && code <= 122) em = LOWER[code - 97];
  else if (code >= 65 && code <= 90) em = UPPER[code - 65];
  else if (code >= 48 && code <= 57) em = 500;
  else em = PUNCT[c] ?? 560;
  return (em / 1000) * 16;
}

/** Usable pixels inside a column `width` Excel characters wide (Calibri 11 digit = 7 px, less padding). */
function columnPixels(width: number): number {
  return Math.max(8, Math.floor(width * 7 + 5) - 6);
}

/**
 * Lines a text takes when wrapped at word boundaries in a column `width` Excel characters wide,
 * at `fontSize` points (bold is about 8% wider). Explicit line breaks count; a word longer than
 * the line is broken.
 */
export function estimateLines(
  text: string,
  width: number,
  options: { bold?: boolean; fontSize?: number } = {},
): number {
  if (text === "") return 1;
  const scale = ((options.fontSize ?? 12) / 12) * (options.bold ? 1.08 : 1);
  const avail = columnPixels(width);
  // No character is wider than an em (16 px): a short text fits without measuring.
  if (text.length * 16 * scale <= avail && !/[\r\n]/.test(text)) return 1;
  let lines = 0;
  for (const para of text.split(/\r\n|\r|\n/)) {
    lines += 1;
    let used = 0;
    for (const word of para.split(/ +/)) {
      if (word === "") continue;
      let w = 0;
      for (const ch of word) w += charWidth(ch);
      w *= scale;
      const space = used > 0 ? charWidth(" ") * scale : 0;
      if (used + space + w <= avail) {
        used += space + w;
        continue;
      }
      if (used > 0) lines += 1;
      if (w <= avail) used = w;
      else {
        lines += Math.ceil(w / avail) - 1;
        used = w - Math.floor(w / avail) * avail;
      }
    }
  }
  return lines;
}

/** Height in points of a row whose tallest cell takes `lines` lines at `fontSize` points. */
export function rowHeightFor(lines: number, fontSize = 12): number {
  return Math.max(1, lines) * lineHeight(fontSize) + 3;
}
