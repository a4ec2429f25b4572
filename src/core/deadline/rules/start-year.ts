/**
 * Deadline rule "start year": "bắt đầu (từ) (năm) 2024" says when a task starts, not when it is
 * due: a year that recurring wording elsewhere in the cell absorbs ("Định kỳ 2 năm/lần, bắt đầu
 * từ năm 2024" is recurring); alone, "Bắt đầu từ năm 2024" is that year. (A time followed by
 * words of repetition, "Năm 2022 và hằng năm", is rule "onwards".)
 */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";
import * as tokenKinds from "../tokens";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, matchAny, yearNumberAt, mention } = mentions;
const { START_LEADS } = vocabulary;
const { WORD } = tokenKinds;

function startYear(s: Scan, i: number): number {
  const t = s.tokens[i];
  if (t.type !== WORD || !START_LEADS[0][0].has(t.text)) return -1; // cheap first test: "bắt", "khởi"
  let j = matchAny(s.tokens, i, START_LEADS);
  if (j < 0) return -1;
  if (wordAt(s, j) === "nam") j++;
  const y = yearNumberAt(s, j);
  if (y === null) return -1;
  const next = s.tokens[y[1]];
  if (next !== undefined && !next.spaced && next.type === WORD) return -1; // "2025abc"
  const m = mention(s, i, y[1], "year", 0, y[0]);
  m.weak = true;
  return y[1];
}

export const rule: DeadlineRule = { name: "start year", starts: "word", at: startYear };
