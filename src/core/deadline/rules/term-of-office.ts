/**
 * Deadline rule "term of office": "nhiệm kỳ 2026 - 2031" names a term (of a council, a party
 * committee), as "khóa XVI" does, not a time to finish by: its years are read and dropped, so a
 * date written elsewhere in the cell is the deadline ("… nhiệm kỳ 2026 - 2031 được thực hiện
 * trong ngày 02/02/2026 đến ngày 03/02/2026" is due 03/02/2026).
 */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { numAt, punctAt, matchWords, isYearToken } = mentions;
const { TERM_OF_OFFICE } = vocabulary;

function termOfOffice(s: Scan, i: number): number {
  if (!TERM_OF_OFFICE[0].has(s.tokens[i].text)) return -1; // cheap first test: "nhiệm"
  const j = matchWords(s.tokens, i, TERM_OF_OFFICE);
  if (j < 0) return -1;
  if (!isYearToken(numAt(s, j))) return -1;
  const p = punctAt(s, j + 1);
  if ((p === "-" || p === "–") && isYearToken(numAt(s, j + 2))) return j + 3;
  return j + 1;
}

export const rule: DeadlineRule = { name: "term of office", starts: "word", at: termOfOffice };
