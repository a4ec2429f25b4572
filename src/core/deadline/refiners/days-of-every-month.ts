/**
 * Days written without a month ("trước ngày 25") are days of every month when the cell says
 * "hằng tháng" / "mỗi tháng" elsewhere ("Hằng tháng, trước ngày 25"); otherwise they are no deadline.
 */
import type { Scan } from "../mentions";
import type { DeadlineRefiner } from "./types";

function refine(s: Scan): boolean {
  if (!s.everyMonth || s.bareDays.length === 0) return false;
  for (const d of s.bareDays) {
    s.mentions.push({
      start: 0,
      end: 0,
      unit: "day",
      day: d,
      part: 12,
      year: null,
      every: "month",
      invalid: d < 1 || d > 31,
      weak: false,
      rule: "day of month alone",
    });
  }
  return true;
}

export const refiner: DeadlineRefiner = { name: "days of every month", refine };
