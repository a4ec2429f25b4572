/**
 * Deadline rule "onwards": words of repetition right after a period say that the period is when the
 * task starts, not when it is due; the cell is recurring.
 * - "trở đi", "về sau", "và những năm tiếp theo", "và tiếp theo", "và hằng năm" right after the
 *   time: "Từ tháng 11/2013 trở đi", "2025 và những năm tiếp theo", "Năm 2022 và hằng năm",
 *   "Từ năm 2013 đến năm 2020 và tiếp theo" (the whole span is the start);
 * - a year, then "và …" ending in "hằng năm" in the same clause: "năm 2013 và kiện toàn thường
 *   xuyên hàng năm".
 * A day stays due ("Trước 31/12/2025 và hằng năm": a day beats recurring wording). Without a
 * period right before them, these words are recurring wording (rule "recurring wording").
 */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";
import * as tokenKinds from "../tokens";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, punctAt, matchWords, matchAny, joined } = mentions;
const { ONWARDS_PHRASES, EVERY_YEAR } = vocabulary;
const { WORD, PUNCT } = tokenKinds;

/** How far "hằng năm" may come after "năm 2013 và". */
const MAX_WORDS_BETWEEN = 8;

/** Only words (and commas) between: no number, no other punctuation (the clause goes on). */
function onlyWords(s: Scan, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (t.type !== WORD && !(t.type === PUNCT && t.text === ",")) return false;
  }
  return true;
}

function onwards(s: Scan, i: number): number {
  const ms = s.mentions;
  if (ms.length === 0) return -1;
  const last = ms[ms.length - 1];
  if (last.end > i || last.unit === "day") return -1; // "Trước 31/12/2025 và hằng năm": a day is due
  const next = punctAt(s, last.end) === "," ? last.end + 1 : last.end;
  let end = i === next ? matchAny(s.tokens, i, ONWARDS_PHRASES) : -1;
  if (end < 0) {
    if (last.unit !== "year" || last.year === null || wordAt(s, last.end) !== "va") return -1;
    if (i - last.end > MAX_WORDS_BETWEEN || !onlyWords(s, last.end, i)) return -1;
    end = matchWords(s.tokens, i, EVERY_YEAR);
    if (end < 0) return -1;
  }
  last.weak = true;
  for (let k = ms.length - 2; k >= 0 && joined(s, ms[k].end, ms[k + 1].start); k--) ms[k].weak = true;
  s.recurring = true;
  return end;
}

export const rule: DeadlineRule = { name: "onwards", starts: "word", at: onwards };
