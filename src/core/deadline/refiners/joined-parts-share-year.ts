/**
 * Lists and spans: a part without a year takes the year (or the repetition) of the part it is
 * joined to: "Từ tháng 3 đến tháng 5 năm 2025", "Quý I, II/2025", "Tháng 6 và tháng 12 hằng năm".
 */
import type { Scan } from "../mentions";
import * as tokenKinds from "../tokens";
import * as vocabulary from "../vocabulary";
import type { DeadlineRefiner } from "./types";

const { WORD, PUNCT } = tokenKinds;
const { CONNECTOR_WORDS, CONNECTOR_PUNCT } = vocabulary;

/** Tokens between two mentions that only join them ("," "-" "và" "đến" "đến hết"). */
function joined(s: Scan, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (t.type === WORD ? !CONNECTOR_WORDS.has(t.text) : !(t.type === PUNCT && CONNECTOR_PUNCT.has(t.text)))
      return false;
  }
  return true;
}

function refine(s: Scan): boolean {
  const ms = s.mentions;
  let changed = false;
  for (let k = ms.length - 2; k >= 0; k--) {
    const a = ms[k];
    const b = ms[k + 1];
    if (a.year === null && a.every === null && joined(s, a.end, b.start)) {
      if (b.year !== null) {
        a.year = b.year;
        changed = true;
      } else if (b.every !== null) {
        a.every = a.unit === "day" ? b.every : "year";
        changed = true;
      }
    }
  }
  return changed;
}

export const refiner: DeadlineRefiner = { name: "joined parts share a year", refine };
