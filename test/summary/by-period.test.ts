import { buildSummary } from "../../src/core/summary";
import { wholeYearOf } from "../../src/core/summary/sheets/by-period";
import { syntheticReport } from "./fixtures";

/** "Theo thời hạn": a whole-year deadline is its own row, not December; the grain is said. */

const period = (text: string, due: string) => ({ text, kind: "period" as const, due });

test("whole-year deadlines are recognised by their words, not by the 31 December alone", () => {
  expect(wholeYearOf(period("Trong năm 2025", "2025-12-31"))).toBe(2025);
  expect(wholeYearOf(period("Năm 2026", "2026-12-31"))).toBe(2026);
  expect(wholeYearOf(period("2025", "2025-12-31"))).toBe(2025);
  expect(wholeYearOf(period("Tháng 12/2025", "2025-12-31"))).toBeNull();
  expect(wholeYearOf(period("Quý IV/2025", "2025-12-31"))).toBeNull();
  expect(wholeYearOf(period("6 tháng cuối năm 2025", "2025-12-31"))).toBeNull();
  expect(wholeYearOf({ text: "31/12/2025", kind: "date", due: "2025-12-31" })).toBeNull();
});

test("'Cả năm 2025' is a row of its own after the months; the sheet says how it is grouped", () => {
  const report = syntheticReport([
    { row: 2, deadline: period("Tháng 12/2025", "2025-12-31"), status: "open" },
    { row: 3, deadline: period("Trong năm 2025", "2025-12-31"), status: "open" },
    { row: 4, deadline: period("Năm 2025", "2025-12-31"), status: "open" },
    { row: 5, deadline: { text: "15/3/2025", kind: "date", due: "2025-03-15" }, status: "done" },
  ]);
  const sheet = buildSummary(report).sheets.find((s) => s.kind === "by_period")!;
  expect(sheet.rows.map((r) => [r.cells[1], r.cells[2]])).toEqual([
    ["Tháng 3/2025", 1],
    ["Tháng 12/2025", 1],
    ["Cả năm 2025", 2],
  ]);
  expect(sheet.notes[0]).toMatch(/^Ghi chú: nhiệm vụ xếp theo tháng của ngày đến hạn/);
  // A whole-year deadline of another year does not stretch the span into quarters.
  const two = syntheticReport([
    { row: 2, deadline: period("Năm 2026", "2026-12-31"), status: "open" },
    { row: 3, deadline: { text: "15/3/2025", kind: "date", due: "2025-03-15" }, status: "open" },
  ]);
  const rows = buildSummary(two).sheets.find((s) => s.kind === "by_period")!.rows.map((r) => r.cells[1]);
  expect(rows).toEqual(["Tháng 3/2025", "Cả năm 2026"]);
});
