/** Deadline rule "date in words" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";
import * as calendar from "../calendar";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { isValidDate } = calendar;
const { wordAt, numAt, yearAfter, mention, finishWithRepetition } = mentions;
const { DAY_LEAD_WORDS } = vocabulary;

/** "ngày 15 tháng 8 năm 2026", "Ngày 05 tháng 12", "15 tháng 8 năm 2026". */
function wordDate(s: Scan, i: number): number {
  let j = i;
  const hasDayWord = wordAt(s, j) === "ngay";
  if (hasDayWord) j++;
  const d = numAt(s, j);
  if (d === null || d.text.length > 2 || wordAt(s, j + 1) !== "thang") return -1;
  const mo = numAt(s, j + 2);
  if (mo === null || mo.text.length > 2) return -1;
  const y = yearAfter(s, j + 3);
  // Without "ngày" or a year, "15 tháng 8" is a day only after a deadline word ("Trước 15 tháng 8").
  if (!hasDayWord && y === null && !(i > 0 && DAY_LEAD_WORDS.has(wordAt(s, i - 1) ?? ""))) return -1;
  const end = y === null ? j + 3 : y[1];
  const m = mention(s, i, end, "day", mo.value, y === null ? null : y[0], d.value);
  m.invalid = !isValidDate(y === null ? 2000 : y[0], mo.value, d.value);
  return finishWithRepetition(s, m, end);
}

export const rule: DeadlineRule = { name: "date in words", starts: "any", at: wordDate };
