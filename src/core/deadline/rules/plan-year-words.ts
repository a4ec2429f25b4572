/** Deadline rule "plan year words" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, numAt, mention, finishWithRepetition } = mentions;
const { PLAN_YEAR_STRONG, PLAN_YEAR_WEAK, NEXT_YEAR_WORDS } = vocabulary;

/**
 * "Trong năm", "Cuối năm", "Năm nay" with no number: the plan year; "Năm sau", "Năm tới",
 * "Trong năm sau": the year after it.
 */
function planYearWords(s: Scan, i: number): number {
  const w = wordAt(s, i);
  let j = i;
  let weak = false;
  if (w !== null && (PLAN_YEAR_STRONG.has(w) || PLAN_YEAR_WEAK.has(w)) && wordAt(s, i + 1) === "nam") {
    j = i + 1;
    weak = PLAN_YEAR_WEAK.has(w);
  } else if (w !== "nam") return -1;
  const rel = wordAt(s, j + 1);
  let end: number;
  let year: number | null = null;
  if (rel === "nay") end = j + 2;
  else if (rel !== null && NEXT_YEAR_WORDS.has(rel)) {
    end = j + 2;
    year = s.planYear + 1;
  } else if (j > i) end = j + 1;
  else return -1;
  if (numAt(s, end) !== null || wordAt(s, end) === "hoc") return -1;
  const m = mention(s, i, end, "year", 0, year);
  m.weak = weak;
  return year === null ? finishWithRepetition(s, m, end) : end; // "Cuối năm hằng năm": every year
}

export const rule: DeadlineRule = { name: "plan year words", starts: "word", at: planYearWords };
