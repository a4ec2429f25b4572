/**
 * Deadline rule "compact span": a span written with one "-" before the rest of a date, due at the
 * end of its last part: "10-11/2019" (months 10 to 11 of 2019: 30/11/2019), "15-20/8/2025" (days 15
 * to 20 of August 2025: 20/8/2025). The first part must come before the last.
 */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as calendar from "../calendar";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { numAt, punctAt, isYearToken, mention } = mentions;
const { fullYear, isValidDate } = calendar;

function compactSpan(s: Scan, i: number): number {
  const a = numAt(s, i);
  if (a === null || a.text.length > 2) return -1;
  const dash = punctAt(s, i + 1);
  if (dash !== "-" && dash !== "–") return -1;
  const b = numAt(s, i + 2);
  if (b === null || b.text.length > 2 || b.value <= a.value || punctAt(s, i + 3) !== "/") return -1;
  const c = numAt(s, i + 4);
  if (c === null) return -1;
  if (isYearToken(c)) {
    // months a..b of year c
    if (a.value < 1 || b.value > 12) return -1;
    mention(s, i, i + 5, "month", b.value, c.value);
    return i + 5;
  }
  // days a..b of month c, year d
  const d = punctAt(s, i + 5) === "/" ? numAt(s, i + 6) : null;
  if (c.text.length > 2 || d === null || (d.text.length !== 4 && d.text.length !== 2)) return -1;
  if (a.value < 1) return -1;
  const year = fullYear(d.text, d.value);
  const m = mention(s, i, i + 7, "day", c.value, year, b.value);
  m.invalid = !isValidDate(year, c.value, b.value);
  return i + 7;
}

export const rule: DeadlineRule = { name: "compact span", starts: "number", at: compactSpan };
