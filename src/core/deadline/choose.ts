/**
 * The answer, once the refiners are done: the latest due among the mentions (ties: date, then
 * period, then recurring); a written date that does not exist makes the cell unparsed with
 * `invalidDate`; with no mention, recurring wording beats conditional wording (a time counted
 * from an event, or the words of conditional.ts); otherwise the text is unparsed.
 */
import type { DeadlineKind } from "../report";
import type { Mention, Scan } from "./mentions";
import * as conditional from "./conditional";
import * as calendar from "./calendar";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { isConditionalFolded } = conditional;
const { daysInMonth, dayKey, isValidDate, isoFromKey } = calendar;

/** A written date that does not exist, as the grammar read it. */
export interface InvalidDate {
  /** The words the rule read, folded and spaced as written: "31/02/2025", "ngay 31 thang 2". */
  text: string;
  /** The rule that read it ("numeric date", "date in words", "month", …). */
  rule: string;
  /** The day (0 for a month or quarter), the month (or quarter), the year as written or null. */
  day: number;
  month: number;
  year: number | null;
}

export interface ParsedDeadline {
  kind: DeadlineKind;
  /** YYYY-MM-DD or null. */
  due: string | null;
  /** True when the text holds a written date that does not exist (31/02/2025): kind is then "unparsed". */
  invalidDate: boolean;
  /** With `invalidDate`: the first such date, as the grammar read it. Absent otherwise. */
  invalid?: InvalidDate;
}

function dueKey(m: Mention, planYear: number): number {
  const y = m.year ?? planYear;
  switch (m.unit) {
    case "day":
      if (m.every === "month") return dayKey(planYear, 12, Math.min(m.day, 31));
      if (m.every === "year") return dayKey(planYear, m.part, Math.min(m.day, daysInMonth(planYear, m.part)));
      return dayKey(y, m.part, m.day);
    case "month":
      return dayKey(m.every ? planYear : y, m.part, daysInMonth(m.every ? planYear : y, m.part));
    case "quarter":
      return dayKey(m.every ? planYear : y, m.part * 3, m.part === 1 || m.part === 4 ? 31 : 30);
    case "year":
      return dayKey(y, 12, 31);
  }
}

/** The words of tokens [start, end), spaced as written. */
export function wordsOf(s: Scan, start: number, end: number): string {
  let out = "";
  for (let k = start; k < end && k < s.tokens.length; k++) {
    const t = s.tokens[k];
    out += k > start && t.spaced ? " " + t.text : t.text;
  }
  return out;
}

function invalidDate(s: Scan, m: Mention): InvalidDate {
  return { text: wordsOf(s, m.start, m.end), rule: m.rule, day: m.day, month: m.part, year: m.year };
}

const KIND_RANK: Record<string, number> = { date: 3, period: 2, recurring: 1 };

export function choose(s: Scan, folded: string, planYear: number): ParsedDeadline {
  let invalid: Mention | null = null;
  let bestKey = -1;
  let bestKind: "date" | "period" | "recurring" | null = null;
  for (const m of s.mentions) {
    if (m.invalid) {
      if (invalid === null) invalid = m;
      continue;
    }
    if (m.weak && s.recurring) continue;
    const year = m.year ?? planYear;
    if (m.unit === "day" && m.every === null && !isValidDate(year, m.part, m.day)) {
      if (invalid === null) invalid = m; // 29/02 of a year that has none
      continue;
    }
    const kind = m.every !== null ? "recurring" : m.unit === "day" ? "date" : "period";
    const key = dueKey(m, planYear);
    if (key > bestKey || (key === bestKey && KIND_RANK[kind] > KIND_RANK[bestKind as string])) {
      bestKey = key;
      bestKind = kind;
    }
  }
  if (invalid !== null) return { kind: "unparsed", due: null, invalidDate: true, invalid: invalidDate(s, invalid) };
  if (bestKind !== null) return { kind: bestKind, due: isoFromKey(bestKey), invalidDate: false };
  if (s.recurring) return { kind: "recurring", due: null, invalidDate: false };
  if (s.conditional || isConditionalFolded(folded)) return { kind: "conditional", due: null, invalidDate: false };
  return { kind: "unparsed", due: null, invalidDate: false };
}
