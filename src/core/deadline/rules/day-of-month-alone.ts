/** Deadline rule "day of month alone" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";
import * as tokenKinds from "../tokens";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, numAt, matchAny, mention, dateSeparator } = mentions;
const { TIMES_WORDS, PERIOD_UNITS, LAST_MONTH_OF_QUARTER, NEXT_MONTH } = vocabulary;
const { WORD, NUM, PUNCT } = tokenKinds;

/**
 * "ngày 25" with no month: a day of every month when the cell says "hằng tháng" / "mỗi tháng"
 * elsewhere ("Hằng tháng, trước ngày 25"); otherwise no deadline. Resolved in `resolve`.
 */
function bareDay(s: Scan, i: number): number {
  if (wordAt(s, i) !== "ngay") return -1;
  const d = numAt(s, i + 1);
  if (d === null || d.text.length > 2) return -1;
  const next = s.tokens[i + 2];
  if (
    next !== undefined &&
    (next.type === NUM || (next.type === PUNCT && dateSeparator(s, i + 2) !== null && numAt(s, i + 3) !== null))
  )
    return -1;
  // "ngày 20 (của) tháng cuối quý": a day of every quarter's last month; "ngày 10 (của) tháng sau":
  // a day of every next month. Both are last due in December of the plan year, like a monthly day.
  const k = wordAt(s, i + 2) === "cua" ? i + 3 : i + 2;
  let e = matchAny(s.tokens, k, LAST_MONTH_OF_QUARTER);
  if (e < 0) e = matchAny(s.tokens, k, NEXT_MONTH);
  if (e >= 0) {
    s.recurring = true;
    const m = mention(s, i, e, "day", 12, null, d.value);
    m.every = "month";
    m.invalid = d.value < 1 || d.value > 31;
    return e;
  }
  if (
    next !== undefined &&
    next.type === WORD &&
    (next.text === "thang" || TIMES_WORDS.has(next.text) || PERIOD_UNITS.has(next.text))
  )
    return -1;
  s.bareDays.push(d.value);
  return i + 2;
}

export const rule: DeadlineRule = { name: "day of month alone", starts: "word", at: bareDay };
