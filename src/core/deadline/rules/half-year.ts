/** Deadline rule "half year" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, numAt, yearAfter, mention, finishWithRepetition } = mentions;
const { QUARTER_WORDS, COUNT_WORDS } = vocabulary;

/** "6 tháng đầu năm 2025", "6 tháng cuối năm", "9 tháng đầu năm", "nửa đầu năm 2026". */
function halfYear(s: Scan, i: number): number {
  let months = 0;
  let j: number;
  const n = numAt(s, i);
  const w = wordAt(s, i);
  if (n !== null && n.text.length <= 2 && wordAt(s, i + 1) === "thang") {
    months = n.value;
    j = i + 2;
  } else if (w === "sau" && wordAt(s, i + 1) === "thang") {
    months = 6;
    j = i + 2;
  } else if (w === "nua") {
    months = 6;
    j = i + 1;
    if (wordAt(s, j) === "nam") j++; // "nửa năm đầu"
  } else if (
    QUARTER_WORDS.has(wordAt(s, i + 1) ?? "") &&
    (n !== null ? n.text.length === 1 : COUNT_WORDS.has(w ?? ""))
  ) {
    // "2 quý đầu năm 2025", "Hai quý cuối năm"
    months = 3 * (n !== null ? n.value : (COUNT_WORDS.get(w as string) as number));
    j = i + 2;
  } else if (w !== null && QUARTER_WORDS.has(w) && wordAt(s, i + 2) === "nam") {
    // "Quý đầu năm 2026", "Quý cuối năm"
    months = 3;
    j = i + 1;
  } else return -1;
  const side = wordAt(s, j);
  if (side !== "dau" && side !== "cuoi" && side !== "sau") return -1;
  if (months < 1 || months > 12) return -1;
  // "ngày 10 tháng đầu quý": a day, not the first ten months; "6 tháng cuối quý" is no half year
  if (wordAt(s, i - 1) === "ngay") return -1;
  const after = wordAt(s, j + 1);
  if (after !== null && (QUARTER_WORDS.has(after) || after === "thang" || after === "tuan" || after === "cua"))
    return -1;
  j++;
  let y = yearAfter(s, j);
  if (y === null && wordAt(s, j) === "nam") y = yearAfter(s, ++j);
  const end = y === null ? j : y[1];
  const m = mention(s, i, end, "month", side === "dau" ? months : 12, y === null ? null : y[0]);
  return finishWithRepetition(s, m, end);
}

export const rule: DeadlineRule = { name: "half year", starts: "any", at: halfYear };
