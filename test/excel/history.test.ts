import { HISTORY_HEADER, MARKER_COLUMNS, MARKER_SHEET } from "../../src/core/marker";
import { MULTI_LABELS } from "../../src/core/summary";
import { fakeFromFixture, hostFor } from "./fixtures";

describe("Excel: each check records the history; the next one says what changed", () => {
  test("first check: no earlier check; a month later, with a status edited: newly done and newly overdue; Tạo tổng hợp adds 'Thay đổi'", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
    const host = hostFor(wb, fx.file);
    const first = await host.check({ asOf: "2025-10-15" });
    expect(first.changes).toBeNull();
    expect(wb.cellState(MARKER_SHEET, 1, MARKER_COLUMNS.history.index)?.v).toBe(HISTORY_HEADER);

    // The office marks an open task done in the status column (F) between the checks.
    const sheet = first.report.sheets.find((s) => s.recognized)!;
    const open = sheet.items.find((i) => i.type === "task" && i.status === "open")!;
    const statusCol = sheet.table!.columns.status!.charCodeAt(0) - 64;
    const cell = wb.sheet(sheet.sheet)!.ensure(open.row, statusCol);
    cell.v = "Đã hoàn thành";
    delete cell.text;

    const second = await host.check({ asOf: "2025-11-20" });
    expect(second.changes).toBeDefined();
    const kinds = second.changes!.changes.map((c) => `${c.kind}:${c.task.row}`);
    expect(kinds).toContain(`newly_done:${open.row}`);
    expect(kinds.some((k) => k.startsWith("newly_overdue:"))).toBe(true);
    expect(second.changes!.fromAsOf).toBe("2025-10-15");

    // A re-check on the same day compares with the same earlier check.
    const again = await host.check({ asOf: "2025-11-20" });
    expect(again.changes!.fromAsOf).toBe("2025-10-15");

    const names = await host.generateSummary(second.report, { asOf: "2025-11-20" });
    expect(names).toContain(MULTI_LABELS.vi.sheetChanges);
    expect(names).toContain(MULTI_LABELS.vi.sheetTrend);

    // The ribbon's Tạo tổng hợp in a later session reads (no check) and still says what changed.
    wb.activeSheet = sheet.sheet;
    const ribbon = hostFor(wb, fx.file);
    const report = await ribbon.read({ asOf: "2025-11-20" });
    const again2 = await ribbon.generateSummary(report, { asOf: "2025-11-20" });
    expect(again2).toContain(MULTI_LABELS.vi.sheetChanges);
  });

  test("Tổng hợp nhiều tệp in Excel: files read in the pane, the consolidated sheets written into the workbook", async () => {
    const { readFileSync } = await import("fs");
    const { join } = await import("path");
    const { wb, fx } = await fakeFromFixture("kh-khong-dau");
    const host = hostFor(wb, fx.file);
    const files = ["kh-607-bqlkkt-2025", "kh-rui-ro-2025"].map((n) => {
      const b = readFileSync(join(__dirname, "..", "fixtures", `${n}.xlsx`));
      return { name: `${n}.xlsx`, data: b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer };
    });
    const result = await host.consolidateFiles(files, { asOf: "2025-10-15" });
    expect(result.checked).toBe(2);
    const names = await host.writeConsolidated(result.model);
    expect(names).toEqual(["Theo tệp", "Theo đơn vị", "Quá hạn và sắp đến hạn", "Theo thời hạn"]);
    expect(wb.sheet("Theo tệp")).toBeDefined();
    // The user's plan sheet is untouched.
    expect(wb.sheet("Sheet1")).toBeDefined();
  });
});
