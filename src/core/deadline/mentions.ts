/**
 * What the deadline rules share: the scan they write to (tokens, document references, the
 * mentions found so far, flags), the mentions themselves, and the small readers every rule uses
 * (a word / number / punctuation not inside a document reference, a year written after a part,
 * "hằng năm" after a yearless part, a list of parts).
 */
import * as tokenKinds from "./tokens";
import type { Token } from "./tokens";
import * as vocabulary from "./vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters, and these
// are read for every token.
const { WORD, NUM, PUNCT, matchWords } = tokenKinds;
const { EVERY_YEAR, EVERY_MONTH, CONNECTOR_WORDS, CONNECTOR_PUNCT, NEXT_YEAR_WORDS } = vocabulary;

/** A rule of the grammar: reads the tokens from i, returns where it stopped, or -1 (no match). */
export interface DeadlineRule {
  readonly name: string;
  /** The tokens it can start at: words, numbers or either (no rule starts at punctuation). */
  readonly starts: "word" | "number" | "any";
  readonly at: (s: Scan, i: number) => number;
}

/** What a mention names. Ends of periods are computed when the year is known. */
export type Unit = "day" | "month" | "quarter" | "year";

export interface Mention {
  start: number;
  end: number;
  unit: Unit;
  /** Day of month (unit day). */
  day: number;
  /** Month (day, month) or quarter (quarter). */
  part: number;
  /** Explicit year, or null (the plan year, or the year of a joined part). */
  year: number | null;
  /** Repeats: every year (a day/month/quarter of each year) or every month (a day of each month). */
  every: "year" | "month" | null;
  /** A written date that does not exist. */
  invalid: boolean;
  /** "Trong năm": absorbed by recurring wording ("Thường xuyên trong năm"). */
  weak: boolean;
  /** The name of the rule that read it (set by the scanner). */
  rule: string;
}

export interface Scan {
  tokens: Token[];
  /** The plan year, for "năm sau" / "năm nay" (NaN when unknown). */
  planYear: number;
  refs: Uint8Array;
  mentions: Mention[];
  recurring: boolean;
  /** A vague part ("tuần", "đầu", "giữa") is pending: the next mention is dropped. */
  vague: boolean;
  /** A time counted from an event ("Trong 06 tháng kể từ khi …") was read: conditional. */
  conditional: boolean;
  /** "hằng tháng" / "mỗi tháng" was read somewhere in the cell. */
  everyMonth: boolean;
  /** Days written without a month ("trước ngày 25"): days of every month when `everyMonth`. */
  bareDays: number[];
}

// ------------------------------------------------------------------ token helpers

export { matchWords, matchAny } from "./tokens";

export function wordAt(s: Scan, i: number): string | null {
  const t = s.tokens[i];
  return t !== undefined && t.type === WORD && s.refs[i] === 0 ? t.text : null;
}

export function numAt(s: Scan, i: number): Token | null {
  const t = s.tokens[i];
  return t !== undefined && t.type === NUM && s.refs[i] === 0 ? t : null;
}

export function punctAt(s: Scan, i: number): string | null {
  const t = s.tokens[i];
  return t !== undefined && t.type === PUNCT && s.refs[i] === 0 ? t.text : null;
}

export function isYearToken(t: Token | null): boolean {
  return t !== null && t.text.length === 4 && t.value >= 1900 && t.value <= 2199;
}

/**
 * A year's number at j: "2025", or after "năm" with a thousands dot, "2.025". Returns
 * [year, end] or null.
 */
export function yearNumberAt(s: Scan, j: number): [number, number] | null {
  const n = numAt(s, j);
  if (n === null) return null;
  if (isYearToken(n)) return [n.value, j + 1];
  if (n.text.length !== 1 || punctAt(s, j + 1) !== "." || !isTight(s, j + 1)) return null;
  const rest = numAt(s, j + 2);
  if (rest === null || rest.text.length !== 3) return null;
  const value = n.value * 1000 + rest.value;
  return value >= 1900 && value <= 2199 ? [value, j + 3] : null;
}

/**
 * A year written after a period: "/2025", "-2025", ".2025", "/25", "năm 2025", or " 2025".
 * Returns [year, end] or null.
 */
export function yearAfter(s: Scan, j: number): [number, number] | null {
  if (wordAt(s, j) === "cua" && wordAt(s, j + 1) === "nam") j++; // "Quý I của năm sau"
  if (punctAt(s, j) === "," && wordAt(s, j + 1) === "nam") j++; // "Quý III, năm 2022": one period
  if (punctAt(s, j) === "/" && wordAt(s, j + 1) === "nam") j++; // "15/01/năm sau"
  const p = punctAt(s, j);
  if (p === "/" || p === "-" || p === "." || p === "–") {
    const n = numAt(s, j + 1);
    if (n === null) return null;
    if (p !== "/" && (s.tokens[j].spaced || n.spaced) && n.text.length !== 4) return null;
    if (n !== null && isYearToken(n)) return [n.value, j + 2];
    if (p === "/" && n.text.length === 2) return [2000 + n.value, j + 2];
    return null;
  }
  if (wordAt(s, j) === "nam") {
    const y = yearNumberAt(s, j + 1);
    if (y !== null) return y;
    const rel = wordAt(s, j + 1);
    if (rel !== null && NEXT_YEAR_WORDS.has(rel)) return [s.planYear + 1, j + 2];
    if (rel === "nay") return [s.planYear, j + 2];
    return null;
  }
  const n = numAt(s, j);
  if (n !== null && isYearToken(n) && n.spaced) return [n.value, j + 1];
  return null;
}

/** "hằng năm" / "hằng tháng" after a yearless part: [every, end] or null. */
export function repetitionAfter(s: Scan, j: number): ["year" | "month", number] | null {
  const p = punctAt(s, j);
  if (p === "(" || p === ",") j++; // "Trước ngày 15/12 (hằng năm)", "31/12, hằng năm"
  let e = matchWords(s.tokens, j, EVERY_YEAR);
  if (e >= 0) return ["year", e];
  e = matchWords(s.tokens, j, EVERY_MONTH);
  if (e >= 0) return ["month", e];
  return null;
}

export function mention(
  s: Scan,
  start: number,
  end: number,
  unit: Unit,
  part: number,
  year: number | null,
  day = 0,
): Mention {
  const m: Mention = { start, end, unit, day, part, year, every: null, invalid: false, weak: false, rule: "" };
  if (s.vague) s.vague = false;
  else s.mentions.push(m);
  return m;
}

/** Ends a mention: a following "hằng năm" makes a yearless part recurring. Returns the end. */
export function finishWithRepetition(s: Scan, m: Mention, end: number): number {
  if (m.year !== null) return end;
  const r = repetitionAfter(s, end);
  if (r === null) return end;
  m.every = m.unit === "day" && r[0] === "month" ? "month" : "year";
  m.end = r[1];
  return r[1];
}

/** A separator between the numbers of a date, with the spacing rules: "/" may be spaced. */
export function dateSeparator(s: Scan, j: number): string | null {
  const p = punctAt(s, j);
  return p === "/" || p === "." || p === "-" ? p : null;
}

/** "." and "-" join a date's numbers only without spaces, except in a full day/month/year. */
export function isTight(s: Scan, sep: number): boolean {
  const next = s.tokens[sep + 1];
  return !s.tokens[sep].spaced && next !== undefined && !next.spaced;
}

/** Tokens between two mentions that only join them ("," "-" "và" "đến" "đến hết"). */
export function joined(s: Scan, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (t.type === WORD ? !CONNECTOR_WORDS.has(t.text) : !(t.type === PUNCT && CONNECTOR_PUNCT.has(t.text)))
      return false;
  }
  return true;
}

/** A list of parts after "tháng" / "quý": "10, 11", "3 đến tháng 5", "I, II", "I - II". */
export function partList(
  s: Scan,
  i: number,
  keyword: string,
  readPart: (k: number) => number,
): [number, number] | null {
  let best = readPart(i);
  if (best < 0) return null;
  let j = i + 1;
  // After a vague part ("từ đầu tháng 3 đến tháng 5") only the first part is vague: read it alone.
  for (; !s.vague;) {
    let k = j;
    let joined = false;
    while (k < s.tokens.length) {
      const w = wordAt(s, k);
      const p = punctAt(s, k);
      if ((w !== null && CONNECTOR_WORDS.has(w)) || (p !== null && p !== "/" && CONNECTOR_PUNCT.has(p))) {
        joined = true;
        k++;
      } else break;
    }
    if (!joined) break;
    if (wordAt(s, k) === keyword) k++;
    const n = s.tokens[k];
    if (n !== undefined && n.type === NUM && n.text.length > 2) break; // a year, not a part
    const v = readPart(k);
    if (v < 0) break;
    best = Math.max(best, v);
    j = k + 1;
  }
  return [best, j];
}
