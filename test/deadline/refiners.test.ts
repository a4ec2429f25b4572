import { explainDeadline, REFINERS } from "../../src/core/deadline";

const refinersOf = (text: string, planYear = 2025) => explainDeadline(text, planYear).refiners;
const result = (text: string, planYear = 2025) => {
  const r = explainDeadline(text, planYear).result;
  return [r.kind, r.due];
};

describe("deadline refiners", () => {
  it("are named and run in order", () => {
    expect(REFINERS.map((r) => r.name)).toEqual([
      "joined parts share a year",
      "part of a written year",
      "days of every month",
    ]);
  });
  describe("joined parts share a year", () => {
    it("gives a yearless part the year or the repetition of the part joined to it", () => {
      expect(refinersOf("Từ 01/3 đến 30/4/2026")).toContain("joined parts share a year");
      expect(result("Từ tháng 11 đến tháng 12/2026", 2025)).toEqual(["period", "2026-12-31"]);
      expect(result("Quý III và Quý IV/2026")).toEqual(["period", "2026-12-31"]);
      expect(result("Tháng 6 và tháng 12 hằng năm")).toEqual(["recurring", "2025-12-31"]);
    });
    it("does not join parts that words separate", () => {
      expect(refinersOf("Tháng 3 báo cáo, tháng 5/2026 tổng kết")).not.toContain("joined parts share a year");
      expect(refinersOf("Quý III/2025")).toEqual([]);
    });
  });
  describe("part of a written year", () => {
    it("gives a part behind ( or : the year written before it", () => {
      expect(refinersOf("Năm 2026 (6 tháng cuối năm)")).toContain("part of a written year");
      expect(result("Năm 2026 (6 tháng cuối năm)")).toEqual(["period", "2026-12-31"]);
      expect(result("Năm 2026: Quý I")).toEqual(["period", "2026-12-31"]);
    });
    it("leaves a part with its own year, or not right after the year", () => {
      expect(refinersOf("Năm 2026 (Quý I/2026)")).not.toContain("part of a written year");
      expect(refinersOf("Năm 2026, hoàn thành Quý I")).not.toContain("part of a written year");
    });
  });
  describe("days of every month", () => {
    it("makes a day without a month a day of every month when the cell says so", () => {
      expect(refinersOf("Hằng tháng, trước ngày 25")).toContain("days of every month");
      expect(result("Hằng tháng, trước ngày 25")).toEqual(["recurring", "2025-12-25"]);
    });
    it("reads no deadline in a day without a month otherwise", () => {
      expect(refinersOf("Trước ngày 25")).toEqual([]);
      expect(result("Trước ngày 25")).toEqual(["unparsed", null]);
    });
  });
});
