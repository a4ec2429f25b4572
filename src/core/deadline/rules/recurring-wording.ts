/** Deadline rule "recurring wording" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { matchWords, matchAny } = mentions;
const { RECURRING_PHRASES, EVERY_MONTH } = vocabulary;

/** Recurring wording: thường xuyên, hằng năm, định kỳ, những năm tiếp theo, ... */
function recurringWords(s: Scan, i: number): number {
  const e = matchAny(s.tokens, i, RECURRING_PHRASES);
  if (e < 0) return -1;
  s.recurring = true;
  if (matchWords(s.tokens, i, EVERY_MONTH) >= 0) s.everyMonth = true;
  return e;
}

export const rule: DeadlineRule = { name: "recurring wording", starts: "word", at: recurringWords };
