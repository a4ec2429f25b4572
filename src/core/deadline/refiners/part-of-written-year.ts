/**
 * A part of a year written right after it, behind "(" or ":", is of that year: "Năm 2025
 * (6 tháng cuối năm)", "Năm 2025: Quý IV".
 */
import type { Scan } from "../mentions";
import * as tokenKinds from "../tokens";
import type { DeadlineRefiner } from "./types";

const { PUNCT } = tokenKinds;

/** Only "(" or ":" between a year and a part of it. */
function opensPart(s: Scan, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const t = s.tokens[from];
  return t.type === PUNCT && (t.text === "(" || t.text === ":");
}

function refine(s: Scan): boolean {
  const ms = s.mentions;
  let changed = false;
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1];
    const b = ms[k];
    if (
      a.unit === "year" &&
      a.year !== null &&
      b.unit !== "year" &&
      b.year === null &&
      b.every === null &&
      opensPart(s, a.end, b.start)
    ) {
      b.year = a.year;
      changed = true;
    }
  }
  return changed;
}

export const refiner: DeadlineRefiner = { name: "part of a written year", refine };
