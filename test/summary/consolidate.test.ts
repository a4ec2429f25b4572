import { buildConsolidated } from "../../src/core/summary/consolidate";
import { buildSummary, summaryModelSchema, type SummarySheet } from "../../src/core/summary";
import { FIXTURES, fixtureReport, statusCounts, tasksOf } from "./fixtures";

function sheet(sheets: SummarySheet[], kind: SummarySheet["kind"]): SummarySheet {
  const s = sheets.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} sheet`);
  return s;
}
const col = (s: SummarySheet, key: string) => {
  const i = s.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return i;
};
const num = (v: unknown) => (typeof v === "number" ? v : 0);

describe("consolidating every shared fixture (and one unreadable file)", () => {
  const inputs = FIXTURES.map((name) => ({ file: `${name}.xlsx`, report: fixtureReport(name) }));
  const failures = [{ file: "hong.xlsx", reason: "Tệp bị hỏng hoặc không phải tệp Excel (.xlsx)." }];
  const model = buildConsolidated(inputs, failures);

  test("the model validates against its schema", () => {
    expect(summaryModelSchema.parse(model)).toEqual(model);
  });

  test("'Theo tệp' has one row per file whose counts equal that file's report", () => {
    const s = sheet(model.sheets, "by_file");
    expect(s.rows).toHaveLength(FIXTURES.length);
    FIXTURES.forEach((name, i) => {
      const report = fixtureReport(name);
      const c = statusCounts(report);
      const cells = s.rows[i].cells;
      expect(cells[col(s, "file")]).toBe(`${name}.xlsx`);
      expect(cells[col(s, "total")]).toBe(tasksOf(report).length);
      expect(cells[col(s, "done")]).toBe(c.done);
      expect(cells[col(s, "overdue")]).toBe(c.overdue);
      expect(cells[col(s, "due_soon")]).toBe(c.due_soon);
      expect(cells[col(s, "on_time")]).toBe(c.open + c.due_soon);
      expect(cells[col(s, "no_deadline")]).toBe(c.no_deadline);
    });
    const all = FIXTURES.reduce((n, name) => n + tasksOf(fixtureReport(name)).length, 0);
    expect(s.total![col(s, "total")]).toBe(all);
  });

  test("unit totals equal the sum over files of each file's own unit sheet", () => {
    const s = sheet(model.sheets, "by_unit");
    for (const key of ["total", "done", "on_time", "overdue", "due_soon", "no_deadline"]) {
      const perFile = FIXTURES.reduce((n, name) => {
        const own = sheet(buildSummary(fixtureReport(name)).sheets, "by_unit");
        return n + num(own.total![col(own, key)]);
      }, 0);
      expect(s.total![col(s, key)]).toBe(perFile);
      expect(s.rows.reduce((n, r) => n + num(r.cells[col(s, key)]), 0)).toBe(perFile);
    }
  });

  test("a unit named in several files is one row naming those files", () => {
    const s = sheet(model.sheets, "by_unit");
    const names = s.rows.map((r) => String(r.cells[col(s, "unit")]).toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    const vp = s.rows.find((r) => String(r.cells[col(s, "unit")]) === "Văn phòng");
    expect(vp).toBeDefined();
    expect(String(vp!.cells[col(s, "files")]).split("; ").length).toBeGreaterThan(1);
  });

  test("'Quá hạn và sắp đến hạn' lists every overdue and due-soon task of every file once, with its file", () => {
    const s = sheet(model.sheets, "overdue");
    const expected = FIXTURES.flatMap((name) =>
      tasksOf(fixtureReport(name))
        .filter((t) => t.status === "overdue" || t.status === "due_soon")
        .map((t) => `${name}.xlsx|${t.sheet}|${t.row}`),
    );
    const got = s.rows.map((r) => `${r.cells[col(s, "file")]}|${r.cells[col(s, "sheet")]}|${r.cells[col(s, "row")]}`);
    expect(got.slice().sort()).toEqual(expected.slice().sort());
  });

  test("'Theo thời hạn' totals equal all the files' tasks", () => {
    const s = sheet(model.sheets, "by_period");
    const all = FIXTURES.reduce((n, name) => n + tasksOf(fixtureReport(name)).length, 0);
    expect(s.total![col(s, "total")]).toBe(all);
  });

  test("the unreadable file is listed with its reason, not fatal", () => {
    const s = sheet(model.sheets, "unreadable");
    expect(s.rows).toEqual([{ cells: [1, "hong.xlsx", failures[0].reason] }]);
    expect(buildConsolidated(inputs).sheets.some((x) => x.kind === "unreadable")).toBe(false);
  });

  test("English labels", () => {
    const en = buildConsolidated(inputs, [], { lang: "en" });
    expect(en.sheets.map((s) => s.name)).toEqual(["By file", "By unit", "Overdue and due soon", "By due period"]);
  });
});
