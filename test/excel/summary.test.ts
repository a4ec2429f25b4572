import { buildSummary, summaryLayout, type SummaryModel } from "../../src/core/summary";
import type { PlanReport } from "../../src/core/report";
import { STORE_SHEET } from "../../src/excel";
import { cellsOf, type FakeWorkbook } from "../fakes/excel-fake";
import { fakeFromFixture, FIXTURES, hostFor } from "./fixtures";

function col(model: SummaryModel, kind: string, key: string): number {
  return model.sheets.find((s) => s.kind === kind)!.columns.findIndex((c) => c.key === key) + 1;
}

function statusCounts(report: PlanReport): Record<string, number> {
  const out: Record<string, number> = { done: 0, overdue: 0, due_soon: 0, open: 0, no_deadline: 0, total: 0 };
  for (const s of report.sheets) for (const i of s.items) if (i.type === "task") (out[i.status]++, out.total++);
  return out;
}

/** The source sheets' cells (everything but our sheets and the hidden one). */
function sourceCells(wb: FakeWorkbook, ours: string[]) {
  const all = cellsOf(wb);
  for (const n of [...ours, STORE_SHEET]) delete all[n];
  return all;
}

describe("summary sheets in Excel (fake)", () => {
  for (const name of FIXTURES) {
    test(`${name}: ≤ 3 syncs, tables, chart, totals equal the report, source untouched`, async () => {
      const { wb, fx } = await fakeFromFixture(name);
      const host = hostFor(wb, fx.file);
      const report = await host.read({ asOf: fx.asOf });
      const before = cellsOf(wb);
      const names = await host.generateSummary(report, { asOf: fx.asOf });
      expect(host.stats.summarySyncs).toBeLessThanOrEqual(3);
      expect(sourceCells(wb, names)).toEqual(before);

      const model = buildSummary(report, { lang: "vi", units: [] });
      expect(names).toEqual(model.sheets.map((s) => s.name));
      const byUnit = model.sheets.find((s) => s.kind === "by_unit")!;
      const layout = summaryLayout(byUnit);
      const sheet = wb.sheet(names[0])!;
      const counts = statusCounts(report);
      const totalAt = (key: string) => sheet.get(layout.totalRow!, col(model, "by_unit", key))?.v;
      expect(totalAt("done")).toBe(counts.done);
      expect(totalAt("overdue")).toBe(counts.overdue);
      expect(totalAt("due_soon")).toBe(counts.due_soon);
      // Print setup, frozen header, font, table, chart.
      expect(sheet.frozenRows).toBe(layout.headerRow);
      expect(sheet.pageLayout).toMatchObject({
        orientation: "Landscape",
        paperSize: "A4",
        printTitleRows: `$${layout.headerRow}:$${layout.headerRow}`,
      });
      expect(sheet.get(layout.headerRow, 1)?.fontName).toBe("Times New Roman");
      expect(wb.tables.filter((t) => t.sheet === names[0])).toHaveLength(byUnit.rows.length > 0 ? 1 : 0);
      expect(wb.charts.filter((c) => c.sheet === names[0])).toHaveLength(byUnit.rows.length > 0 ? 1 : 0);

      // Each overdue task of the report appears once in the overdue list, with a link to its row.
      const overdue = model.sheets.find((s) => s.kind === "overdue")!;
      const oSheet = wb.sheet(names[model.sheets.indexOf(overdue)])!;
      const oLayout = summaryLayout(overdue);
      const linkCol = col(model, "overdue", "source");
      const links: string[] = [];
      for (let r = oLayout.firstDataRow; r <= oLayout.lastDataRow; r++)
        links.push(oSheet.get(r, linkCol)?.formula ?? "");
      for (const s of report.sheets)
        for (const i of s.items)
          if (i.type === "task" && i.status === "overdue")
            expect(
              links.filter((f) => f.includes(`!`) && new RegExp(`[A-Z]${i.row}"`).test(f)).length,
            ).toBeGreaterThanOrEqual(1);
      // Only HYPERLINK formulas: nothing else became a formula.
      for (const n of names)
        for (const c of wb.sheet(n)!.cells.values())
          if (c.formula !== undefined) expect(c.formula).toMatch(/^=HYPERLINK\(/);
    });
  }

  test("regenerating replaces only ours: twice gives the same workbook as once", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
    const host = hostFor(wb, fx.file);
    const report = await host.read({ asOf: fx.asOf });
    const first = await host.generateSummary(report, { asOf: fx.asOf });
    const once = {
      cells: cellsOf(wb),
      sheets: wb.sheets.map((s) => s.name),
      tables: [...wb.tables],
      charts: [...wb.charts],
    };
    const second = await host.generateSummary(report, { asOf: fx.asOf });
    expect(second).toEqual(first);
    expect({ cells: cellsOf(wb), sheets: wb.sheets.map((s) => s.name), tables: wb.tables, charts: wb.charts }).toEqual(
      once,
    );
  });

  test("a user's sheet named like ours survives untouched; ours takes another name", async () => {
    const { wb, fx } = await fakeFromFixture("kh-34-krongpa-2020");
    const user = wb.addSheet("Theo đơn vị");
    user.ensure(1, 1).v = "Bảng của tôi";
    user.ensure(2, 1).v = 42;
    const host = hostFor(wb, fx.file);
    const report = await host.read({ asOf: fx.asOf });
    const names = await host.generateSummary(report, { asOf: fx.asOf });
    expect(names[0]).toBe("Theo đơn vị (2)");
    const again = await host.generateSummary(report, { asOf: fx.asOf });
    expect(again[0]).toBe("Theo đơn vị (2)");
    expect(wb.sheet("Theo đơn vị")!.get(1, 1)?.v).toBe("Bảng của tôi");
    expect(wb.sheet("Theo đơn vị")!.get(2, 1)?.v).toBe(42);
    expect(wb.sheet("Theo đơn vị")!.cells.size).toBe(2);
  });

  test('texts beginning with "-", "=", "+" stay text', async () => {
    const { wb, fx } = await fakeFromFixture("kh-khong-dau");
    const host = hostFor(wb, fx.file);
    let report = await host.read({ asOf: fx.asOf });
    const sheet = report.sheets[0];
    const taskCol = sheet.table!.columns.task!.charCodeAt(0) - 64;
    const overdue = sheet.items.filter((i) => i.type === "task" && i.status === "overdue");
    const texts = ["- Rà soát văn bản", "=SUM(A1:A2)", "+ Báo cáo quý"];
    overdue.slice(0, 3).forEach((t, i) => {
      const cell = wb.sheets[0].ensure(t.row, taskCol);
      cell.v = texts[i];
      delete cell.text;
    });
    report = await host.read({ asOf: fx.asOf });
    const names = await host.generateSummary(report, { asOf: fx.asOf });
    const found: string[] = [];
    for (const n of names)
      for (const c of wb.sheet(n)!.cells.values()) if (typeof c.v === "string" && texts.includes(c.v)) found.push(c.v);
    for (const t of texts) expect(found).toContain(t);
    for (const n of names) for (const c of wb.sheet(n)!.cells.values()) expect(c.err).toBeUndefined();
  });

  test("a generated sheet the user renamed keeps its table; regenerating picks another table name", async () => {
    const { wb, fx } = await fakeFromFixture("kh-rui-ro-2025");
    const host = hostFor(wb, fx.file);
    const report = await host.read({ asOf: fx.asOf });
    const names = await host.generateSummary(report, { asOf: fx.asOf });
    const kept = wb.tables.find((t) => t.sheet === names[0])!;
    expect(kept).toBeDefined();
    // The user renames our first sheet: it is theirs now (not in our list), and so is its table.
    wb.sheet(names[0])!.name = "Bản lưu của tôi";
    kept.sheet = "Bản lưu của tôi";
    const again = await host.generateSummary(report, { asOf: fx.asOf });
    expect(again[0]).toBe(names[0]);
    expect(wb.sheet("Bản lưu của tôi")).toBeDefined();
    const tableNames = wb.tables.map((t) => t.name.toLowerCase());
    expect(new Set(tableNames).size).toBe(tableNames.length);
    expect(wb.tables.find((t) => t.sheet === again[0])!.name).not.toBe(kept.name);
  });

  test("read-only workbook: a clear message and no sheet added", async () => {
    const { wb, fx } = await fakeFromFixture("kh-rui-ro-2025");
    const host = hostFor(wb, fx.file);
    const report = await host.read({ asOf: fx.asOf });
    wb.readOnly = true;
    const sheets = wb.sheets.map((s) => s.name);
    await expect(host.generateSummary(report, { asOf: fx.asOf })).rejects.toMatchObject({ code: "read_only" });
    expect(wb.sheets.map((s) => s.name)).toEqual(sheets);
  });
});
