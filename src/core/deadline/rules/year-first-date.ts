/** Deadline rule "year-first date" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import type { Token } from "../tokens";
import * as mentions from "../mentions";
import * as calendar from "../calendar";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { isValidDate } = calendar;
const { numAt, isYearToken, mention, dateSeparator, isTight } = mentions;

/** "2025-09-30", "2025/12/31": a date written year first, as some date cells display it. */
function yearFirstDate(s: Scan, i: number): number {
  const y = numAt(s, i);
  if (!isYearToken(y)) return -1;
  const sep = dateSeparator(s, i + 1);
  if (sep === null || sep !== dateSeparator(s, i + 3) || !isTight(s, i + 1) || !isTight(s, i + 3)) return -1;
  const mo = numAt(s, i + 2);
  const d = numAt(s, i + 4);
  if (mo === null || d === null || mo.text.length > 2 || d.text.length > 2) return -1;
  const m = mention(s, i, i + 5, "day", mo.value, (y as Token).value, d.value);
  m.invalid = !isValidDate((y as Token).value, mo.value, d.value);
  return i + 5;
}

export const rule: DeadlineRule = { name: "year-first date", starts: "number", at: yearFirstDate };
