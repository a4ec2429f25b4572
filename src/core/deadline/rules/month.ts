/** Deadline rule "month" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, numAt, punctAt, yearAfter, mention, finishWithRepetition, partList } = mentions;
const { MONTH_LETTER } = vocabulary;

/** "Tháng 9/2020", "Tháng 8 năm 2025", "Tháng 9", "tháng 10, 11/2025", "Tháng 6 và tháng 12 hằng năm". */
function monthRule(s: Scan, i: number): number {
  const w = wordAt(s, i);
  // "T10/2025", "T9/25": the letter T glued to a month number
  if (w !== "thang" && !(w === MONTH_LETTER && numAt(s, i + 1) !== null && !s.tokens[i + 1].spaced)) return -1;
  const readMonth = (k: number): number => {
    const n = numAt(s, k);
    return n !== null && n.text.length <= 2 ? n.value : -1;
  };
  const list = partList(s, w === "thang" && punctAt(s, i + 1) === ":" ? i + 2 : i + 1, w as string, readMonth);
  if (list === null) return -1;
  const [month, j] = list;
  const y = yearAfter(s, j);
  const end = y === null ? j : y[1];
  const m = mention(s, i, end, "month", month, y === null ? null : y[0]);
  m.invalid = month < 1 || month > 12;
  return finishWithRepetition(s, m, end);
}

export const rule: DeadlineRule = { name: "month", starts: "word", at: monthRule };
