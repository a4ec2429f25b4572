/**
 * Deadline rule "counted time": a time counted from an event or a day.
 * - from an event: "Trong 06 tháng kể từ khi Bộ … ban hành …", "Sau 30 ngày kể từ ngày Nghị định
 *   có hiệu lực": conditional (the words of the event are left to the other rules, so a date
 *   written elsewhere in the cell still counts);
 * - from a written day: "Trong 30 ngày kể từ ngày 01/7/2025" is that day plus the time, a date
 *   (31/7/2025); weeks are 7 days, months and years keep the day of the month (or the month's
 *   last day), working days ("10 ngày làm việc") skip Saturdays and Sundays;
 * - before or after an event named in words: "trước ngày bầu cử 10 ngày": conditional.
 */
import type { DeadlineRule, Mention, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";
import * as calendar from "../calendar";
import * as tokenKinds from "../tokens";
import { rule as numericDate } from "./numeric-date";
import { rule as dateInWords } from "./date-in-words";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, numAt, matchWords, matchAny } = mentions;
const { COUNTED_UNITS, WORKING_DAYS, COUNTED_FROM, COUNTED_FROM_EVENT, COUNT_WORDS, AROUND_EVENT } = vocabulary;
const { CALENDAR_WORDS, DEADLINE_START_WORDS } = vocabulary;
const { daysInMonth, isValidDate } = calendar;
const { WORD, NUM } = tokenKinds;

const DAY_MS = 86400000;

/** The day `count` units after the mention's day (its year, or the plan year). */
function shift(
  m: Mention,
  year: number,
  unit: "day" | "week" | "month" | "year",
  count: number,
  working: boolean,
): void {
  if (unit === "month" || unit === "year") {
    const months = unit === "year" ? 12 * count : count;
    const index = year * 12 + (m.part - 1) + months;
    const y = Math.floor(index / 12);
    const mo = (index % 12) + 1;
    m.year = y;
    m.part = mo;
    m.day = Math.min(m.day, daysInMonth(y, mo));
    return;
  }
  let t = Date.UTC(year, m.part - 1, m.day);
  if (working) {
    for (let left = count; left > 0;) {
      t += DAY_MS;
      const wd = new Date(t).getUTCDay();
      if (wd !== 0 && wd !== 6) left--;
    }
  } else t += (unit === "week" ? 7 * count : count) * DAY_MS;
  const d = new Date(t);
  m.year = d.getUTCFullYear();
  m.part = d.getUTCMonth() + 1;
  m.day = d.getUTCDate();
}

/** How many words an event may take in "trước ngày bầu cử 10 ngày". */
const MAX_EVENT_WORDS = 8;

/**
 * "trước ngày bầu cử 10 ngày", "sau khi ban hành 30 ngày": a time before or after an event named
 * in words (no number between): conditional. Returns the end, or -1.
 */
function timeAroundEvent(s: Scan, i: number): number {
  if (wordAt(s, i) === null) return -1;
  const mark = wordAt(s, i + 1);
  if (mark !== "ngay" && mark !== "khi") return -1;
  let k = i + 2;
  if (wordAt(s, k) === null) return -1; // "trước ngày 15/8": a day, not an event
  for (; k < s.tokens.length && k <= i + 2 + MAX_EVENT_WORDS; k++) {
    const e = wordAt(s, k);
    if (e === null) break;
    if (CALENDAR_WORDS.has(e) || DEADLINE_START_WORDS.has(e)) return -1; // an event names no time
  }
  const n = numAt(s, k);
  if (n === null || n.text.length > 3 || !COUNTED_UNITS.has(wordAt(s, k + 1) ?? "")) return -1;
  s.conditional = true;
  return k + 2;
}

function countedTime(s: Scan, i: number): number {
  const t = s.tokens[i];
  if (t.type === WORD) {
    if (AROUND_EVENT.has(t.text)) return timeAroundEvent(s, i);
    if (!COUNT_WORDS.has(t.text)) return -1;
  } else if (t.type !== NUM) return -1;
  const n = numAt(s, i);
  const w = wordAt(s, i);
  const count = n !== null ? (n.text.length <= 3 ? n.value : -1) : w !== null ? (COUNT_WORDS.get(w) ?? -1) : -1;
  if (count < 1) return -1;
  const unit = COUNTED_UNITS.get(wordAt(s, i + 1) ?? "");
  if (unit === undefined) return -1;
  let j = i + 2;
  const workEnd = unit === "day" ? matchWords(s.tokens, j, WORKING_DAYS) : -1;
  if (workEnd >= 0) j = workEnd;
  const from = matchAny(s.tokens, j, COUNTED_FROM);
  if (from < 0) return -1;
  // from a written day: "kể từ ngày 01/7/2025", "kể từ 01/7/2025", "kể từ ngày 01 tháng 7 năm 2025"
  const before = s.mentions.length;
  let end = dateInWords.at(s, from);
  if (end < 0) end = numericDate.at(s, wordAt(s, from) === "ngay" ? from + 1 : from);
  if (end >= 0 && s.mentions.length === before + 1) {
    const m = s.mentions[before];
    const year = m.year ?? s.planYear;
    if (
      m.unit === "day" &&
      m.every === null &&
      !m.invalid &&
      Number.isFinite(year) &&
      isValidDate(year, m.part, m.day)
    ) {
      shift(m, year, unit, count, workEnd >= 0);
      m.start = i;
      return end;
    }
    if (m.unit !== "day" || m.every !== null)
      s.mentions.length = before; // a period or a repetition: no day to count from
    else return end; // a date that does not exist stays, and is reported
  } else if (end >= 0) return end;
  // from an event: "kể từ khi …", "kể từ ngày Nghị định có hiệu lực"
  s.conditional = true;
  const event = matchAny(s.tokens, from, COUNTED_FROM_EVENT);
  return event >= 0 ? event : from;
}

export const rule: DeadlineRule = { name: "counted time", starts: "any", at: countedTime };
