/** Deadline rule "day of every month" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, numAt, matchWords, mention } = mentions;
const { EVERY_MONTH } = vocabulary;

/** "Trước ngày 15 hằng tháng", "ngày 20 hàng tháng": a day of every month. */
function dayOfEveryMonth(s: Scan, i: number): number {
  let j = i;
  if (wordAt(s, j) === "ngay") j++;
  const d = numAt(s, j);
  if (d === null || d.text.length > 2) return -1;
  j++;
  if (wordAt(s, j) === "cua") j++;
  const e = matchWords(s.tokens, j, EVERY_MONTH);
  if (e < 0) return -1;
  if (j === i + 1 && wordAt(s, i) !== "ngay" && wordAt(s, i - 1) !== "ngay" && wordAt(s, i - 1) !== "truoc") return -1;
  const m = mention(s, i, e, "day", 12, null, d.value);
  m.every = "month";
  m.invalid = d.value < 1 || d.value > 31;
  return e;
}

export const rule: DeadlineRule = { name: "day of every month", starts: "any", at: dayOfEveryMonth };
