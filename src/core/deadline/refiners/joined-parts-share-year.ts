/**
 * Lists and spans: a part without a year takes the year (or the repetition) of the part it is
 * joined to: "Từ tháng 3 đến tháng 5 năm 2025", "Quý I, II/2025", "Tháng 6 và tháng 12 hằng năm".
 */
import type { Scan } from "../mentions";
import * as mentions from "../mentions";
import type { DeadlineRefiner } from "./types";

const { joined } = mentions;

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
