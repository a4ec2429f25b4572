/** Deadline rule "numeric date" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";
import * as calendar from "../calendar";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { daysInMonth, fullYear, isValidDate } = calendar;
const { wordAt, numAt, punctAt, isYearToken, yearAfter, mention, finishWithRepetition, dateSeparator, isTight } =
  mentions;
const { DAY_LEAD_WORDS, RATIO_LEADS, RATIO_FOLLOWERS, AROUND_THE_CLOCK } = vocabulary;

/**
 * A yearless "a/b" that counts things, not a day: after "đạt", "tỷ lệ", "tối thiểu", … or before
 * "số", "xã", "đơn vị", "chỉ tiêu", … — unless a day word comes right before it ("ngày 15/01").
 */
function isRatio(s: Scan, i: number, end: number): boolean {
  const before = wordAt(s, i - 1);
  if (before === "nhat" && wordAt(s, i - 2) === "it") return true; // "ít nhất 2/3" (not "chậm nhất 30/6")
  if (before !== null && DAY_LEAD_WORDS.has(before)) return false;
  if (before === "ngay") return false;
  if (before !== null && RATIO_LEADS.has(before)) return true;
  const after = wordAt(s, end);
  return after !== null && RATIO_FOLLOWERS.has(after);
}

/**
 * Numbers joined by separators: "15/8/2026", "15.8.2026", "15-8-25" (day), "9/2020", "06/2025"
 * (month), "15/01", "31/12" (a day of the plan year, or of every year when "hằng năm" follows).
 */
function numericDate(s: Scan, i: number): number {
  const a = numAt(s, i);
  if (a === null || a.text.length > 2) return -1;
  const sep1 = dateSeparator(s, i + 1);
  if (sep1 === null) return -1;
  const b = numAt(s, i + 2);
  if (b === null) return -1;
  const sep2 = dateSeparator(s, i + 3);
  const c = sep2 === sep1 ? numAt(s, i + 4) : null;
  if (
    c !== null &&
    (sep1 === "/" || (isTight(s, i + 1) && isTight(s, i + 3)) || (b.text.length <= 2 && c.text.length === 4))
  ) {
    const end = i + 5;
    if (b.text.length > 2 || (c.text.length !== 2 && c.text.length !== 4)) return end; // not a date
    const m = mention(s, i, end, "day", b.value, fullYear(c.text, c.value), a.value);
    m.invalid = !isValidDate(m.year as number, b.value, a.value);
    return end;
  }
  if (sep1 !== "/" && !isTight(s, i + 1)) return -1;
  if (b.text.length === 4) {
    // month/year
    const end = i + 3;
    if (!isYearToken(b)) return end;
    if (a.value < 1 || a.value > 12) return end; // "13/2020": not a month
    const m = mention(s, i, end, "month", a.value, b.value);
    return finishWithRepetition(s, m, end);
  }
  if (sep1 !== "/" || b.text.length > 2) return i + 3;
  // day/month without a year
  const end = i + 3;
  if (isRatio(s, i, end)) return end; // "2/3 số đơn vị", "Đạt 100% (15/15 xã)"
  if (a.text === AROUND_THE_CLOCK[0] && AROUND_THE_CLOCK[1].has(b.text)) {
    s.recurring = true; // "24/7", "24/24": all the time
    return end;
  }
  // "15/01 năm sau", "30/4 năm 2026", "15/01 của năm sau", "15/01/năm sau"
  const y =
    wordAt(s, end) === "nam" || wordAt(s, end) === "cua" || (punctAt(s, end) === "/" && wordAt(s, end + 1) === "nam")
      ? yearAfter(s, end)
      : null;
  const m = mention(s, i, y === null ? end : y[1], "day", b.value, y === null ? null : y[0], a.value);
  m.invalid = b.value < 1 || b.value > 12 || a.value < 1 || a.value > daysInMonth(2000, b.value);
  return finishWithRepetition(s, m, m.end);
}

export const rule: DeadlineRule = { name: "numeric date", starts: "number", at: numericDate };
