import type { Status } from "../report";
import { fold } from "../text";
import { addDays } from "../recognize/cell-format";

const PERCENT = /(\d+(?:[.,]\d+)?)\s*%/g;
const NOT_DONE = /\b(chua|dang|khong|tam dung|tam ngung|mot phan|co ban)\b/;
const DONE_START = /^(da )?(hoan thanh|hoan tat|xong|thuc hien xong|da xong)\b|^da thuc hien\b|^xong\b/;

/**
 * True when a status cell, as displayed, says the task is finished: "Đã hoàn thành", "Hoàn thành",
 * "Xong", "Đã thực hiện", "100%", "Hoàn thành 100%" (not "Chưa hoàn thành", "Đang thực hiện",
 * "Hoàn thành 80%").
 */
export function isDoneText(text: string): boolean {
  const f = fold(text);
  if (f === "") return false;
  if (NOT_DONE.test(f)) return false;
  let hundred = false;
  for (const m of f.matchAll(PERCENT)) {
    const n = Number(m[1].replace(",", "."));
    if (n !== 100) return false;
    hundred = true;
  }
  const rest = f
    .replace(PERCENT, " ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (rest === "") return hundred;
  return DONE_START.test(rest);
}

/** The status on asOf: done, overdue, due_soon (asOf ≤ due ≤ asOf + days), open, no_deadline. */
export function statusOf(done: boolean, due: string | null, asOf: string, dueSoonDays: number): Status {
  return statusWithin(done, due, asOf, addDays(asOf, dueSoonDays));
}

/** statusOf with the due-soon window's last day (asOf + days) worked out once. */
export function statusWithin(done: boolean, due: string | null, asOf: string, soonLast: string): Status {
  if (done) return "done";
  if (due === null) return "no_deadline";
  if (due < asOf) return "overdue";
  if (due <= soonLast) return "due_soon";
  return "open";
}
