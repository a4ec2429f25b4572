import { planReportSchema } from "../src/core/report";
import { snapshotFromGrid } from "../src/core/snapshot";

test("schemas load and a minimal report validates", () => {
  const report = { format: 1, file: "x.xlsx", asOf: "2025-01-01", dueSoonDays: 7, sheets: [] };
  expect(planReportSchema.parse(report)).toEqual(report);
  expect(snapshotFromGrid("S", [["a"], ["b", 1]]).values[0]).toEqual(["a", null]);
});
