/** Deadline rule "year" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";
import * as tokenKinds from "../tokens";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, numAt, matchAny, isYearToken, mention } = mentions;
const { ONWARDS_PHRASES } = vocabulary;
const { WORD } = tokenKinds;

/** "Năm 2025", "2025", "2025 - 2026" (two years), "2025 và những năm tiếp theo" (recurring). */
function yearRule(s: Scan, i: number): number {
  let j = i;
  if (wordAt(s, j) === "nam") j++;
  const n = numAt(s, j);
  if (n === null || n.text.length !== 4) return -1;
  if (!isYearToken(n)) return j === i ? -1 : j + 1;
  const next = s.tokens[j + 1];
  if (next !== undefined && !next.spaced && next.type === WORD) return -1; // "2025abc"
  const onwards = matchAny(s.tokens, j + 1, ONWARDS_PHRASES);
  if (onwards >= 0) {
    s.recurring = true;
    return onwards;
  }
  mention(s, i, j + 1, "year", 0, n.value);
  return j + 1;
}

export const rule: DeadlineRule = { name: "year", at: yearRule };
