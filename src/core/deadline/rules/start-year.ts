/**
 * Deadline rule "start year": a year that says when a task starts, not when it is due.
 * - followed by words of repetition: "Năm 2022 và hằng năm", "2025 và những năm tiếp theo",
 *   "Từ năm 2025 trở đi": recurring wording (no due);
 * - after "bắt đầu (từ)": "Định kỳ 2 năm/lần, bắt đầu từ năm 2024": a year that recurring wording
 *   elsewhere in the cell absorbs (alone, "Bắt đầu từ năm 2024" is that year).
 */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";
import * as tokenKinds from "../tokens";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, matchAny, yearNumberAt, mention } = mentions;
const { ONWARDS_PHRASES, START_LEADS } = vocabulary;
const { WORD } = tokenKinds;

function startYear(s: Scan, i: number): number {
  let j = matchAny(s.tokens, i, START_LEADS);
  const lead = j >= 0;
  if (!lead) j = i;
  if (wordAt(s, j) === "nam") j++;
  const y = yearNumberAt(s, j);
  if (y === null) return -1;
  const next = s.tokens[y[1]];
  if (next !== undefined && !next.spaced && next.type === WORD) return -1; // "2025abc"
  const onwards = matchAny(s.tokens, y[1], ONWARDS_PHRASES);
  if (onwards >= 0) {
    s.recurring = true;
    return onwards;
  }
  if (!lead) return -1;
  const m = mention(s, i, y[1], "year", 0, y[0]);
  m.weak = true;
  return y[1];
}

export const rule: DeadlineRule = { name: "start year", at: startYear };
