/** Deadline rule "holiday" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, numAt, isYearToken } = mentions;
const { HOLIDAY_WORD } = vocabulary;

/**
 * A holiday ("Tết Nguyên đán Bính Ngọ 2026", "Tết Dương lịch 2026") is a vague part of its year:
 * the year written with it is swallowed, so the cell is unparsed unless it names a date elsewhere.
 */
function holiday(s: Scan, i: number): number {
  if (wordAt(s, i) !== HOLIDAY_WORD) return -1;
  let j = i + 1;
  while (j < i + 6 && wordAt(s, j) !== null) j++;
  const y = numAt(s, j);
  return isYearToken(y) ? j + 1 : i + 1;
}

export const rule: DeadlineRule = { name: "holiday", starts: "word", at: holiday };
