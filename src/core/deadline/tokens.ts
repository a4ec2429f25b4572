/**
 * The deadline grammar's tokenizer. It reads FOLDED text (see text/fold) and yields words
 * (runs of letters), numbers (runs of digits) and single punctuation characters. Each token
 * knows whether a space came before it, so rules can tell "15/8/2026" from "15 / 8" and
 * find document numbers ("10/KH-UBND") as runs of tokens with no space between them.
 */

import type { WordPattern } from "./vocabulary";

export const WORD = 0;
export const NUM = 1;
export const PUNCT = 2;
export type TokenType = typeof WORD | typeof NUM | typeof PUNCT;

export interface Token {
  type: TokenType;
  /** The token's text (folded). */
  text: string;
  /** The value of a number; NaN for other tokens. */
  value: number;
  /** True when whitespace came right before the token (or it is the first one). */
  spaced: boolean;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c > 0x7f && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f));
}

/** Splits folded text into tokens. Linear, no regular expressions. */
export function tokenize(folded: string): Token[] {
  const out: Token[] = [];
  const n = folded.length;
  let spaced = true;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    if (c === 0x20) {
      spaced = true;
      i++;
      continue;
    }
    let j = i + 1;
    if (isDigit(c)) {
      while (j < n && isDigit(folded.charCodeAt(j))) j++;
      const text = folded.slice(i, j);
      out.push({ type: NUM, text, value: j - i <= 9 ? Number(text) : Number.MAX_SAFE_INTEGER, spaced });
    } else if (isLetter(c)) {
      while (j < n && isLetter(folded.charCodeAt(j))) j++;
      out.push({ type: WORD, text: folded.slice(i, j), value: NaN, spaced });
    } else {
      out.push({ type: PUNCT, text: folded[i], value: NaN, spaced });
    }
    spaced = false;
    i = j;
  }
  return out;
}

/** End index of `p` matched at i (words only), or -1. */
export function matchWords(tokens: Token[], i: number, p: WordPattern): number {
  for (let k = 0; k < p.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || t.type !== WORD || !p[k].has(t.text)) return -1;
  }
  return i + p.length;
}

export function matchAny(tokens: Token[], i: number, ps: readonly WordPattern[]): number {
  for (const p of ps) {
    const e = matchWords(tokens, i, p);
    if (e >= 0) return e;
  }
  return -1;
}
