import { buildSummary, unitKey } from "../../src/core/summary";
import { syntheticReport } from "./fixtures";

test("units that differ only by a leading 'Tất cả' / 'Các' are one unit", () => {
  const k = unitKey("Các phòng chuyên môn");
  expect(unitKey("Tất cả các phòng chuyên môn")).toBe(k);
  expect(unitKey("tất cả phòng chuyên môn")).toBe(k);
  expect(unitKey("Cac phong chuyen mon")).toBe(k);
  expect(unitKey("Các")).toBe("cac");
  expect(unitKey("Phòng Nội vụ")).not.toBe(k);
  const report = syntheticReport([
    { row: 2, lead: ["Các phòng chuyên môn"], status: "open" },
    { row: 3, lead: ["Tất cả các phòng chuyên môn"], status: "overdue" },
    { row: 4, lead: ["Phòng Tư pháp"], status: "done" },
  ]);
  const byUnit = buildSummary(report).sheets.find((s) => s.kind === "by_unit")!;
  expect(byUnit.rows).toHaveLength(2);
  expect(byUnit.rows[0].cells[1]).toMatch(/^(Các|Tất cả các) phòng chuyên môn$/);
  expect(byUnit.rows[0].cells[2]).toBe(2);
});
