import type { Status } from "../report";
import type { SummaryLabels } from "./labels";
import type { SummaryCell, SummaryColumn } from "./model";

/**
 * Counts by the categories the Government office reports on. Every task falls in exactly one of
 * done / onTime / overdue / noDeadline, so total = done + onTime + overdue + noDeadline:
 * - done: status "done" (whatever its due date);
 * - onTime ("Chưa hoàn thành: trong hạn"): not done and not yet due ("open" and "due_soon");
 * - overdue ("Chưa hoàn thành: quá hạn"): status "overdue";
 * - noDeadline ("Thường xuyên / không có hạn"): not done and no due date (recurring, conditional,
 *   unreadable or empty deadline).
 * dueSoon ("Sắp đến hạn") is a part of onTime, shown for attention.
 */
export interface Counts {
  total: number;
  done: number;
  onTime: number;
  overdue: number;
  dueSoon: number;
  noDeadline: number;
}

export function emptyCounts(): Counts {
  return { total: 0, done: 0, onTime: 0, overdue: 0, dueSoon: 0, noDeadline: 0 };
}

export function addStatus(c: Counts, status: Status): void {
  c.total++;
  switch (status) {
    case "done":
      c.done++;
      break;
    case "overdue":
      c.overdue++;
      break;
    case "due_soon":
      c.onTime++;
      c.dueSoon++;
      break;
    case "open":
      c.onTime++;
      break;
    case "no_deadline":
      c.noDeadline++;
      break;
  }
}

export function addCounts(into: Counts, c: Counts): void {
  into.total += c.total;
  into.done += c.done;
  into.onTime += c.onTime;
  into.overdue += c.overdue;
  into.dueSoon += c.dueSoon;
  into.noDeadline += c.noDeadline;
}

/** The count columns, after the row's label columns. `totalHeader` names the first one. */
export function countColumns(L: SummaryLabels, totalHeader: string = L.total): SummaryColumn[] {
  return [
    { key: "total", header: totalHeader, kind: "number", width: 11 },
    { key: "done", header: L.done, kind: "number", width: 11 },
    { key: "on_time", header: L.onTime, kind: "number", width: 13 },
    { key: "overdue", header: L.overdue, kind: "number", width: 13 },
    { key: "due_soon", header: L.dueSoon, kind: "number", width: 11 },
    { key: "no_deadline", header: L.noDeadline, kind: "number", width: 14 },
    { key: "done_rate", header: L.doneRate, kind: "percent", width: 11 },
    { key: "overdue_rate", header: L.overdueRate, kind: "percent", width: 11 },
  ];
}

export function countCells(c: Counts): SummaryCell[] {
  return [
    c.total,
    c.done,
    c.onTime,
    c.overdue,
    c.dueSoon,
    c.noDeadline,
    c.total > 0 ? c.done / c.total : null,
    c.total > 0 ? c.overdue / c.total : null,
  ];
}
