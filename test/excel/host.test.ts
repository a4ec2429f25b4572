import { checkWorkbook } from "../../src/core";
import { fakeFromFixture, hostFor } from "./fixtures";

describe("ExcelHost", () => {
  test("workbook scope: every sheet in order, the generated summary sheets left out", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
    const host = hostFor(wb, fx.file, { scope: "workbook" });
    const first = await host.read({ asOf: fx.asOf });
    expect(first).toEqual(checkWorkbook(fx.snapshots, fx.file, { asOf: fx.asOf }));
    const names = await host.generateSummary(first, { asOf: fx.asOf });
    expect(names.length).toBeGreaterThan(3);
    const again = await host.read({ asOf: fx.asOf });
    expect(again.sheets.map((s) => s.sheet)).toEqual(["Phụ lục", "Hướng dẫn"]);
    expect(again).toEqual(first);
  });

  test("selectCell activates the sheet and selects the cell", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
    wb.activeSheet = "Hướng dẫn";
    await hostFor(wb, fx.file).selectCell("Phụ lục", "C44");
    expect(wb.activeSheet).toBe("Phụ lục");
    expect(wb.selection).toEqual({ sheet: "Phụ lục", address: "C44" });
  });

  test("selecting on a sheet that is gone gives a typed error", async () => {
    const { wb, fx } = await fakeFromFixture("kh-khong-dau");
    await expect(hostFor(wb, fx.file).selectCell("Không có", "A1")).rejects.toMatchObject({ name: "ExcelHostError" });
  });
});
