/** Deadline rule "times per period" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, numAt, punctAt } = mentions;
const { TIMES_WORDS, PERIOD_UNITS, COUNT_WORDS } = vocabulary;

/** "2 lần/năm", "1 lần / quý": times per period. */
function timesPerPeriod(s: Scan, i: number): number {
  if (numAt(s, i) === null && !COUNT_WORDS.has(wordAt(s, i) ?? "")) return -1; // "2 lần/năm", "Hai năm một lần"
  const unitFirst = wordAt(s, i + 1);
  if (unitFirst !== null && PERIOD_UNITS.has(unitFirst)) {
    // "6 tháng/lần", "6 tháng một lần"
    let j = i + 2;
    if (punctAt(s, j) === "/" || wordAt(s, j) === "mot") j++;
    if (!TIMES_WORDS.has(wordAt(s, j) ?? "")) return -1;
    s.recurring = true;
    return j + 1;
  }
  if (!TIMES_WORDS.has(wordAt(s, i + 1) ?? "")) return -1;
  let j = i + 2;
  if (punctAt(s, j) === "/") j++;
  else if (wordAt(s, j) === "moi" || wordAt(s, j) === "trong") j++;
  const unit = wordAt(s, j);
  if (unit === null || !PERIOD_UNITS.has(unit)) return -1;
  s.recurring = true;
  return j + 1;
}

export const rule: DeadlineRule = { name: "times per period", starts: "any", at: timesPerPeriod };
