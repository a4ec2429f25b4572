import { HIGHLIGHT_STYLES } from "../../src/core/highlight";
import { renderHostMessage, type HostMessage } from "../../src/host";
import { ExcelHost, ExcelHostError, HIGHLIGHT_HEADER, STORE_SHEET } from "../../src/excel";
import { cellsOf, type FakeCell, type FakeWorkbook } from "../fakes/excel-fake";
import { syntheticPlanWorkbook } from "../fakes/synthetic-plan";
import { fakeFromFixture, FIXTURES, hostFor } from "./fixtures";

/** The run's warnings as the Vietnamese UI shows them. */
function warningText(out: { warnings?: HostMessage[] }): string {
  return (out.warnings ?? []).map((w) => renderHostMessage(w, "vi")).join("\n");
}

/** Every cell of the user's sheets (not our hidden sheet), without cells that hold nothing at all. */
function userCells(wb: FakeWorkbook): Record<string, Record<string, FakeCell>> {
  const all = cellsOf(wb);
  delete all[STORE_SHEET];
  for (const sheet of Object.values(all)) {
    for (const [addr, c] of Object.entries(sheet)) {
      const empty =
        c.v === null &&
        c.err === undefined &&
        c.formula === undefined &&
        c.fill === null &&
        c.nf === "General" &&
        !c.borders &&
        c.fontColor === "#000000" &&
        !c.bold &&
        c.fontName === null;
      if (empty) delete sheet[addr];
    }
  }
  return all;
}
function values(wb: FakeWorkbook): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [name, cells] of Object.entries(userCells(wb))) {
    out[name] = {};
    for (const [a, c] of Object.entries(cells))
      if (c.v !== null || c.err !== undefined) out[name][a] = [c.v, c.err, c.formula, c.text, c.nf];
  }
  return out;
}

/** Gives some cells of the plan sheet formats of their own, so restoring them is tested. */
function decorate(wb: FakeWorkbook): void {
  const s = wb.sheets[0];
  for (let r = 1; r <= 120; r += 3) {
    s.ensure(r, 1).fill = "#DDEBF7"; // mixed fills within rows
    s.ensure(r, 2).borders = { EdgeBottom: { style: "Dash", color: "#00B050", weight: "Thin" } };
  }
  for (let r = 1; r <= 120; r++) {
    s.ensure(r, 3).borders = {
      EdgeLeft: { style: "Continuous", color: "#000000", weight: "Thin" },
      EdgeRight: { style: "Continuous", color: "#000000", weight: "Thin" },
    };
  }
  s.ensure(44, 3).fill = "#FFFF00";
}

describe("highlighting in Excel (fake): values never change, clearing restores every format", () => {
  for (const name of FIXTURES) {
    for (const apiMinor of [13, 7]) {
      test(`${name}, ExcelApi 1.${apiMinor}`, async () => {
        const { wb, fx } = await fakeFromFixture(name, apiMinor);
        decorate(wb);
        const before = userCells(wb);
        const valuesBefore = values(wb);
        const host = hostFor(wb, fx.file);

        const out = await host.check({ asOf: fx.asOf });
        expect(out.warnings).toBeUndefined();
        const sheet = out.report.sheets[0];
        const marked = sheet.items.filter(
          (i) => i.type === "task" && ["overdue", "due_soon", "done"].includes(i.status),
        ).length;
        expect(out.highlightedRows).toBe(marked);
        expect(values(wb)).toEqual(valuesBefore);
        if (apiMinor >= 9) expect(host.stats.highlightSyncs).toBeLessThanOrEqual(2);
        // The marks are there: an overdue task's row has the overdue fill.
        const overdue = sheet.items.find((i) => i.type === "task" && i.status === "overdue");
        if (overdue) {
          const col = sheet.table!.columns.task!.charCodeAt(0) - 64;
          expect(wb.sheets[0].get(overdue.row, col)?.fill).toBe(`#${HIGHLIGHT_STYLES.overdue.fill}`);
        }
        const afterOnce = userCells(wb);

        // Re-running replaces the previous highlighting: the same sheet as after one run.
        await host.check({ asOf: fx.asOf });
        expect(userCells(wb)).toEqual(afterOnce);

        // "Save, close, reopen": a new host knows nothing but what the workbook holds.
        const reopened = hostFor(wb, fx.file);
        await reopened.clearHighlights();
        expect(reopened.stats.clearSyncs).toBeLessThanOrEqual(2);
        expect(userCells(wb)).toEqual(before);
        expect(values(wb)).toEqual(valuesBefore);
        // The state is gone; the bookkeeping sheet stays very hidden.
        const store = wb.sheet(STORE_SHEET)!;
        expect(store.visibility).toBe("VeryHidden");
        expect(store.get(1, 8)?.v ?? null).toBeNull();
      });
    }
  }

  test("a different as-of day re-draws without piling up, and clearing still restores the original", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
    decorate(wb);
    const before = userCells(wb);
    const host = hostFor(wb, fx.file);
    await host.check({ asOf: fx.asOf });
    await host.check({ asOf: "2025-12-31" });
    await host.check({ asOf: "2025-01-01" });
    await host.clearHighlights();
    expect(userCells(wb)).toEqual(before);
  });

  test("the user's own fill on a marked row is restored after the highlight is cleared (mixed rows, 1.7)", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025", 7);
    const host = hostFor(wb, fx.file);
    const report = await host.read({ asOf: fx.asOf });
    const task = report.sheets[0].items.find((i) => i.type === "task" && i.status === "done")!;
    wb.sheets[0].ensure(task.row, 2).fill = "#123456";
    wb.sheets[0].ensure(task.row, 4).fill = "#FFFFFF"; // looks like no fill without 1.9
    await host.check({ asOf: fx.asOf });
    expect(wb.sheets[0].get(task.row, 2)?.fill).toBe(`#${HIGHLIGHT_STYLES.done.fill}`);
    await host.clearHighlights();
    expect(wb.sheets[0].get(task.row, 2)?.fill).toBe("#123456");
    expect(wb.sheets[0].get(task.row, 1)?.fill ?? null).toBeNull();
  });

  test("a protected sheet: the report comes back with a warning (code, rendered in Vietnamese) and nothing is drawn", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
    wb.sheets[0].protected = true;
    const before = cellsOf(wb);
    const host = hostFor(wb, fx.file);
    const out = await host.check({ asOf: fx.asOf });
    expect(out.report.sheets[0].recognized).toBe(true);
    expect(out.highlightedRows).toBe(0);
    expect(warningText(out)).toMatch(/đang được bảo vệ/);
    expect(cellsOf(wb)).toEqual(before);
    await expect(host.highlight(out.report)).rejects.toMatchObject({ code: "protected_sheet" });
    expect(cellsOf(wb)).toEqual(before);
  });

  test("clearing on a sheet protected after highlighting stops before writing anything", async () => {
    const { wb, fx } = await fakeFromFixture("kh-34-krongpa-2020");
    const host = hostFor(wb, fx.file);
    await host.check({ asOf: fx.asOf });
    wb.sheets[0].protected = true;
    const drawn = userCells(wb);
    const state = wb.sheet(STORE_SHEET)!.get(2, 8)?.v;
    const err = await host.clearHighlights().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExcelHostError);
    expect((err as ExcelHostError).en).toMatch(/protected/);
    // The user's sheets and the saved state are as they were (the lock came and went).
    expect(userCells(wb)).toEqual(drawn);
    expect(wb.sheet(STORE_SHEET)!.get(2, 8)?.v).toBe(state);
  });

  test("a read-only workbook: a clear message, nothing written", async () => {
    const { wb, fx } = await fakeFromFixture("kh-khong-dau");
    wb.readOnly = true;
    const before = cellsOf(wb);
    const host = hostFor(wb, fx.file);
    const out = await host.check({ asOf: fx.asOf });
    expect(warningText(out)).toMatch(/chỉ đọc/);
    await expect(host.clearHighlights()).rejects.toMatchObject({ code: "read_only" });
    expect(cellsOf(wb)).toEqual(before);
    expect(wb.sheets.map((s) => s.name)).not.toContain(STORE_SHEET);
  });

  test.each([8, 13])(
    "read-only seen only through workbook.readOnly (ExcelApi 1.%i), not Office's document mode: refused before any write",
    async (minor) => {
      const { wb, fx } = await fakeFromFixture("kh-khong-dau", minor);
      wb.readOnly = true;
      const before = cellsOf(wb);
      const host = hostFor(wb, fx.file, { isReadOnly: () => false });
      const out = await host.check({ asOf: fx.asOf });
      expect(warningText(out)).toMatch(/chỉ đọc/);
      await expect(host.clearHighlights()).rejects.toMatchObject({ code: "read_only" });
      const report = await host.read({ asOf: fx.asOf });
      await expect(host.generateSummary(report, { asOf: fx.asOf })).rejects.toMatchObject({ code: "read_only" });
      await expect(
        host.saveSettings({ asOf: null, dueSoonDays: 7, columnOverrides: {}, units: [] }),
      ).rejects.toMatchObject({
        code: "read_only",
      });
      expect(cellsOf(wb)).toEqual(before);
      expect(wb.sheets.map((s) => s.name)).not.toContain(STORE_SHEET);
    },
  );

  test("a workbook whose structure is protected: no sheet can be added, so nothing is half-written", async () => {
    const { wb, fx } = await fakeFromFixture("kh-khong-dau");
    wb.structureProtected = true;
    const before = cellsOf(wb);
    const host = hostFor(wb, fx.file);
    const out = await host.check({ asOf: fx.asOf });
    expect(warningText(out)).toMatch(/Cấu trúc sổ làm việc đang được bảo vệ/);
    const report = await host.read({ asOf: fx.asOf });
    await expect(host.generateSummary(report, { asOf: fx.asOf })).rejects.toMatchObject({ code: "protected_workbook" });
    await expect(
      host.saveSettings({ asOf: null, dueSoonDays: 7, columnOverrides: {}, units: [] }),
    ).rejects.toMatchObject({ code: "protected_workbook" });
    expect(cellsOf(wb)).toEqual(before);
    expect(wb.sheets.map((s) => s.name)).not.toContain(STORE_SHEET);
    // Once the hidden sheet exists, highlighting adds no sheet: it works under structure protection.
    wb.structureProtected = false;
    await host.check({ asOf: fx.asOf });
    wb.structureProtected = true;
    const again = await host.check({ asOf: fx.asOf });
    expect(again.warnings).toBeUndefined();
    expect(again.highlightedRows).toBeGreaterThan(0);
  });

  test("a sheet with no plan table: recognized false, nothing drawn", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
    wb.activeSheet = "Hướng dẫn";
    const before = cellsOf(wb);
    const out = await hostFor(wb, fx.file).check({ asOf: fx.asOf });
    expect(out.report.sheets[0].recognized).toBe(false);
    expect(out.highlightedRows).toBe(0);
    expect(cellsOf(wb)).toEqual(before);
  });

  test("damaged state in the workbook is not applied: clearing drops it and reports it", async () => {
    const { wb, fx } = await fakeFromFixture("kh-khong-dau");
    const host = hostFor(wb, fx.file);
    await host.check({ asOf: fx.asOf });
    const store = wb.sheet(STORE_SHEET)!;
    expect(store.get(1, 8)?.v).toBe(HIGHLIGHT_HEADER);
    store.ensure(2, 8).v = "|{not json";
    const drawn = userCells(wb);
    await host.clearHighlights();
    expect(userCells(wb)).toEqual(drawn);
    expect(store.get(1, 8)?.v ?? null).toBeNull();
  });
});

describe("sync budget on a 50,000-task sheet", () => {
  test("read ≤ 3 syncs per ~4 MB (+1 per further chunk); highlight 2; clear 2; requests under 5 MB", async () => {
    const wb = syntheticPlanWorkbook(50_000);
    const host = new ExcelHost({
      run: wb.run.bind(wb) as never,
      caps: { api19: true, api113: true },
      isReadOnly: () => false,
      fileName: () => "big.xlsx",
      lang: () => "vi",
    });
    const out = await host.check({ asOf: "2025-06-15" });
    expect(out.report.sheets[0].recognized).toBe(true);
    const readBytes = wb.stats.records.slice(0, host.stats.readSyncs).reduce((n, r) => n + r.responseBytes, 0);
    expect(host.stats.readSyncs).toBeLessThanOrEqual(2 + Math.ceil(readBytes / 2_500_000));
    expect(host.stats.highlightSyncs).toBe(2);
    expect(out.highlightedRows).toBeGreaterThan(10_000);
    wb.resetStats();
    await host.clearHighlights();
    expect(host.stats.clearSyncs).toBe(2);
    expect(wb.maxRequestBytes()).toBeLessThan(5 * 1024 * 1024);
  }, 120_000);
});
