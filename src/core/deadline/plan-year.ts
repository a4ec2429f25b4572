/**
 * The plan year (spec "Deadlines", decision 18).
 *
 * detectPlanYear reads, in this order:
 * 1. the title lines above the table: the latest year they name (a plan is not for a year before
 *    the documents it cites); a span written with "giai đoạn" ("giai đoạn 2026 - 2030") counts as
 *    its FIRST year (its last year is not "named" as a plan year). Years inside document numbers
 *    ("Quyết định số 2050/QĐ-UBND") are not years. A horizon ("năm 2025, định hướng đến năm
 *    2030", "… đến năm 2030, tầm nhìn đến năm 2045") counts only when no other year is named;
 * 2. the sheet's name, read the same way;
 * 3. the most frequent year among the explicit dates and periods of the deadline texts (ties:
 *    the earliest, since a plan's tasks run into the year after it, not the year before);
 * 4. the year of asOf.
 *
 * detectPlanSpan(titleLines) gives the "giai đoạn" span whose first year is the plan year the
 * title lines give, as { first, last }, or null. The validator allows due dates from 1 January
 * of `first` to 31 December of `last + 1` for `deadline_outside_plan_year` when a span is
 * present (and plan year .. plan year + 1 otherwise): see `allowedDueRange`.
 */
import { fold } from "../text/fold";
import { tokenize, Token, NUM, WORD, PUNCT } from "./tokens";
import { markReferences } from "./references";
import { explicitYears } from "./grammar";

export interface PlanSpan {
  first: number;
  last: number;
}

interface TitleYears {
  /** Years named outside spans. */
  years: number[];
  /** Horizons: "định hướng đến năm 2030", "tầm nhìn đến năm 2045", "đến năm 2030" (not after "từ"). */
  horizons: number[];
  /** "giai đoạn" spans. */
  spans: PlanSpan[];
}

function isYear(t: Token | undefined): boolean {
  return t !== undefined && t.type === NUM && t.text.length === 4 && t.value >= 1900 && t.value <= 2199;
}

/** Years and "giai đoạn" spans named in a line. */
function readYears(line: string): TitleYears {
  const tokens = tokenize(fold(line));
  const refs = markDocumentNumbers(tokens);
  const years: number[] = [];
  const horizons: number[] = [];
  const spans: PlanSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (refs[i] !== 0) continue;
    if (isYear(t) && isHorizon(tokens, i)) {
      horizons.push(t.value);
      continue;
    }
    if (t.type === WORD && t.text === "giai" && tokens[i + 1]?.text === "doan") {
      let j = i + 2;
      if (tokens[j]?.text === "tu") j++;
      if (tokens[j]?.text === "nam") j++;
      const a = tokens[j];
      const sep = tokens[j + 1];
      let k = j + 2;
      if (sep !== undefined && sep.type === WORD && sep.text === "den") {
        if (tokens[k]?.text === "nam") k++;
      } else if (!(sep !== undefined && sep.type === PUNCT && (sep.text === "-" || sep.text === "–"))) continue;
      const b = tokens[k];
      if (a !== undefined && b !== undefined && isYear(a) && isYear(b) && b.value >= a.value) {
        spans.push({ first: a.value, last: b.value });
        i = k;
      }
      continue;
    }
    if (isYear(t)) years.push(t.value);
    else if (t.type === NUM && t.text.length === 2 && i >= 4 && isDayMonthBefore(tokens, i)) years.push(2000 + t.value);
  }
  return { years, horizons, spans };
}

/**
 * A year a title names as a horizon, not as the plan's year: after "tầm nhìn" / "định hướng"
 * ("năm 2025, định hướng đến năm 2030", "đến năm 2030, tầm nhìn 2045") or after "đến năm" that
 * ends no "từ … đến" span.
 */
function isHorizon(tokens: Token[], i: number): boolean {
  let j = i - 1;
  if (tokens[j]?.text === "nam") j--;
  const w = tokens[j];
  const v = tokens[j - 1];
  if (w === undefined || w.type !== WORD) return false;
  if ((v?.text === "tam" && w.text === "nhin") || (v?.text === "dinh" && w.text === "huong")) return true;
  if (w.text !== "den") return false;
  const u = tokens[j - 1];
  const t = tokens[j - 2];
  if ((u?.text === "nhin" && t?.text === "tam") || (u?.text === "huong" && t?.text === "dinh")) return true;
  for (let k = j - 1; k >= 0 && k >= j - 4; k--) if (tokens[k].text === "tu") return false;
  return true;
}

/** "12/9/25": a two-digit year closing a numeric date. */
function isDayMonthBefore(tokens: Token[], i: number): boolean {
  const s2 = tokens[i - 1];
  const m = tokens[i - 2];
  const s1 = tokens[i - 3];
  const d = tokens[i - 4];
  return s2.text === "/" && s1.text === "/" && m.type === NUM && d.type === NUM && !tokens[i].spaced && !s2.spaced;
}

/** Document numbers only (not the dates after them: those are years a title names). */
function markDocumentNumbers(tokens: Token[]): Uint8Array {
  const all = markReferences(tokens);
  // keep only the tokens of document-number runs (a run starting with a number, no spaces)
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (all[i] === 0) continue;
    const t = tokens[i];
    if (t.type === NUM || t.type === PUNCT || (t.type === WORD && !t.spaced)) {
      // part of a run with no spaces that contains a code word
      let a = i;
      while (a > 0 && !tokens[a].spaced) a--;
      let b = i;
      while (b + 1 < tokens.length && !tokens[b + 1].spaced) b++;
      let hasCode = false;
      for (let k = a + 1; k <= b; k++) if (tokens[k].type === WORD && tokens[k - 1].type === PUNCT) hasCode = true;
      if (hasCode) out[i] = 1;
    }
  }
  return out;
}

function fromLines(lines: readonly string[]): { year: number | null; span: PlanSpan | null } {
  const years: number[] = [];
  const horizons: number[] = [];
  const spans: PlanSpan[] = [];
  for (const line of lines) {
    const r = readYears(line);
    years.push(...r.years);
    horizons.push(...r.horizons);
    spans.push(...r.spans);
  }
  // A horizon is the plan's year only when the title names no other year.
  if (years.length === 0 && spans.length === 0) years.push(...horizons);
  if (years.length === 0 && spans.length === 0) return { year: null, span: null };
  let year = -Infinity;
  for (const y of years) year = Math.max(year, y);
  for (const s of spans) year = Math.max(year, s.first);
  const span = spans.filter((s) => s.first === year).sort((a, b) => b.last - a.last)[0] ?? null;
  return { year, span };
}

/** The plan year by the spec's order (see the file header). */
export function detectPlanYear(input: {
  titleLines: readonly string[];
  sheetName: string;
  deadlineTexts: readonly (string | null)[];
  asOfYear: number;
}): number {
  const title = fromLines(input.titleLines);
  if (title.year !== null) return title.year;
  const sheet = fromLines([input.sheetName]);
  if (sheet.year !== null) return sheet.year;
  const counts = new Map<number, number>();
  for (const text of input.deadlineTexts) for (const y of explicitYears(text)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best: number | null = null;
  let bestCount = 0;
  for (const [y, c] of counts)
    if (c > bestCount || (c === bestCount && best !== null && y < best)) [best, bestCount] = [y, c];
  return best ?? input.asOfYear;
}

/** The "giai đoạn" span that gives the plan year in the title lines, or null. */
export function detectPlanSpan(titleLines: readonly string[]): PlanSpan | null {
  return fromLines(titleLines).span;
}

/**
 * The due dates `deadline_outside_plan_year` accepts: 1 January of the plan year (or of the span's
 * first year) to 31 December of the year after the plan year (or after the span's last year).
 */
export function allowedDueRange(planYear: number, span: PlanSpan | null): { from: string; to: string } {
  const first = span !== null ? Math.min(span.first, planYear) : planYear;
  const last = span !== null ? Math.max(span.last, planYear) : planYear;
  return { from: `${first}-01-01`, to: `${last + 1}-12-31` };
}
