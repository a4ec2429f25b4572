/** Deadline rule "year" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as tokenKinds from "../tokens";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, numAt, yearNumberAt, isYearToken, mention } = mentions;
const { WORD } = tokenKinds;

/** "Năm 2025", "2025", "2025 - 2026" (two years), "Năm 2.025" (a thousands dot, after "năm"). */
function yearRule(s: Scan, i: number): number {
  let j = i;
  if (wordAt(s, j) === "nam") j++;
  const n = numAt(s, j);
  if (n === null) return -1;
  if (n.text.length !== 4) {
    const y = j > i ? yearNumberAt(s, j) : null; // "Năm 2.025": a thousands dot only after "năm"
    if (y === null) return -1;
    mention(s, i, y[1], "year", 0, y[0]);
    return y[1];
  }
  if (!isYearToken(n)) return j === i ? -1 : j + 1;
  const next = s.tokens[j + 1];
  if (next !== undefined && !next.spaced && next.type === WORD) return -1; // "2025abc"
  mention(s, i, j + 1, "year", 0, n.value);
  return j + 1;
}

export const rule: DeadlineRule = { name: "year", starts: "any", at: yearRule };
