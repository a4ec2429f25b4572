/**
 * The deadline grammar: folded text -> tokens -> rules -> mentions -> refiners -> one answer.
 *
 * 1. tokens.ts (the scanner's tokens) and references.ts (tokens of document references, which no
 *    rule reads);
 * 2. scan.ts walks the tokens and tries the rules of rules/index.ts in order at each one (one rule
 *    per file in rules/);
 * 3. the refiners of refiners/index.ts link the mentions (lists and spans, parts of a written
 *    year, days of every month);
 * 4. choose.ts picks the answer (the latest due; recurring, then conditional wording).
 */
import { fold } from "../text/fold";
import type { RuleMatch } from "./scan";
import * as scanner from "./scan";
import * as refinerList from "./refiners";
import * as chooser from "./choose";
import type { ParsedDeadline } from "./choose";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { scan } = scanner;
const { REFINERS } = refinerList;
const { choose, wordsOf } = chooser;

export type { ParsedDeadline, InvalidDate } from "./choose";

const NONE: ParsedDeadline = { kind: "none", due: null, invalidDate: false };

/** Reads a deadline cell (see the file header and spec "Deadlines"). */
export function parseDeadline(text: string | null, planYear: number): ParsedDeadline {
  if (text === null) return { ...NONE };
  const folded = fold(text);
  if (folded.length === 0) return { ...NONE };
  const s = scan(folded, planYear);
  for (let r = 0; r < REFINERS.length; r++) REFINERS[r].refine(s);
  return choose(s, folded, planYear);
}

/** How the grammar read a cell, for `kehoach deadline --explain`. */
export interface DeadlineExplanation {
  /** The folded text the rules read. */
  folded: string;
  /** The words of document references, which no rule reads. */
  references: string[];
  /** Each rule that matched, in order, with the words it read. */
  matches: { rule: string; words: string }[];
  /** The refiners that changed something, in order. */
  refiners: string[];
  result: ParsedDeadline;
}

/** Reads a cell as `parseDeadline` does, and says which rule read which words. */
export function explainDeadline(text: string | null, planYear: number): DeadlineExplanation {
  const folded = text === null ? "" : fold(text);
  if (folded.length === 0) return { folded, references: [], matches: [], refiners: [], result: { ...NONE } };
  const trace: RuleMatch[] = [];
  const s = scan(folded, planYear, trace);
  const references: string[] = [];
  for (let k = 0; k < s.tokens.length; k++) {
    if (s.refs[k] === 0) continue;
    let e = k;
    while (e < s.tokens.length && s.refs[e] !== 0) e++;
    references.push(wordsOf(s, k, e));
    k = e;
  }
  const refiners: string[] = [];
  for (const r of REFINERS) if (r.refine(s)) refiners.push(r.name);
  return {
    folded,
    references,
    matches: trace.map((m) => ({ rule: m.rule, words: wordsOf(s, m.start, m.end) })),
    refiners,
    result: choose(s, folded, planYear),
  };
}

/**
 * The years written in a deadline's own dates and periods (not in document references, not
 * the plan year a bare "Quý IV" takes, not a start year that recurring wording absorbs): the
 * evidence `detectPlanYear` counts.
 */
export function explicitYears(text: string | null): number[] {
  if (text === null) return [];
  const folded = fold(text);
  if (folded.length === 0) return [];
  const out: number[] = [];
  const s = scan(folded, NaN);
  for (const m of s.mentions)
    if (m.year !== null && Number.isFinite(m.year) && !m.invalid && !(m.weak && s.recurring)) out.push(m.year);
  return out;
}
