import {
  HIGHLIGHT_LEGEND,
  HIGHLIGHT_STYLES,
  highlightPlanSchema,
  planHighlights,
} from "../../src/core/highlight";
import { columnIndex, columnLetter } from "../../src/core";
import { FIXTURES, fixtureReport, syntheticReport, tasksOf } from "./fixtures";

describe.each(FIXTURES)("planHighlights on %s", (name) => {
  const report = fixtureReport(name);
  const plan = planHighlights(report);

  test("validates against its schema", () => {
    expect(highlightPlanSchema.parse(plan)).toEqual(plan);
  });

  test("every overdue, due-soon and done task row is in exactly one range of its mark; no other row is", () => {
    for (const s of report.sheets) {
      const sh = plan.sheets.find((p) => p.sheet === s.sheet);
      const expected = new Map<number, string>();
      for (const t of tasksOf({ ...report, sheets: [s] })) {
        if (t.status === "overdue" || t.status === "due_soon" || t.status === "done") expected.set(t.row, t.status);
      }
      const got = new Map<number, string>();
      for (const r of sh?.rows ?? []) {
        for (let row = r.firstRow; row <= r.lastRow; row++) {
          expect(got.has(row)).toBe(false);
          got.set(row, r.mark);
        }
      }
      expect(got).toEqual(expected);
    }
  });

  test("ranges span the table's role columns and neighbouring rows with one mark are grouped", () => {
    for (const sh of plan.sheets) {
      const cols = Object.values(report.sheets.find((s) => s.sheet === sh.sheet)!.table!.columns)
        .filter((c): c is string => c !== null)
        .map(columnIndex);
      for (const r of sh.rows) {
        expect(r.firstCol).toBe(Math.min(...cols));
        expect(r.lastCol).toBe(Math.max(...cols));
        expect(r.address).toBe(`${columnLetter(r.firstCol)}${r.firstRow}:${columnLetter(r.lastCol)}${r.lastRow}`);
      }
      for (let i = 1; i < sh.rows.length; i++) {
        const a = sh.rows[i - 1];
        const b = sh.rows[i];
        expect(a.lastRow < b.firstRow).toBe(true);
        expect(a.mark === b.mark && a.lastRow + 1 === b.firstRow).toBe(false);
      }
    }
  });

  test("every cell with an error-severity issue is marked invalid; warnings are not", () => {
    for (const s of report.sheets) {
      const sh = plan.sheets.find((p) => p.sheet === s.sheet);
      const marked = new Set<string>();
      for (const r of sh?.invalid ?? []) {
        expect(r.firstCol).toBe(r.lastCol);
        for (let row = r.firstRow; row <= r.lastRow; row++) marked.add(`${columnLetter(r.firstCol)}${row}`);
      }
      const firstCol = sh?.rows[0] ? columnLetter(sh.rows[0].firstCol) : "A";
      const errors = new Set(
        s.issues.filter((i) => i.severity === "error" && i.row !== null).map((i) => `${i.column ?? firstCol}${i.row}`),
      );
      expect(marked).toEqual(errors);
    }
  });
});

test("kh-607: the invalid cells are the injected errors", () => {
  const plan = planHighlights(fixtureReport("kh-607-bqlkkt-2025"));
  const cells = plan.sheets[0].invalid.map((r) => r.address).sort();
  expect(cells).toEqual(expect.arrayContaining(["C44", "D46", "F32"]));
});

test("consecutive rows with one mark make one range; spans from the host win", () => {
  const due = { text: "1/10/2025", kind: "date" as const, due: "2025-10-01" };
  const report = syntheticReport([
    { row: 2, status: "overdue", deadline: due },
    { row: 3, status: "overdue", deadline: due },
    { row: 4, status: "done" },
    { row: 5, status: "open" },
    { row: 6, status: "overdue", deadline: due },
  ]);
  const plan = planHighlights(report, { spans: { "Phụ lục": { firstCol: 1, lastCol: 8 } } });
  expect(plan.sheets[0].rows.map((r) => [r.mark, r.address])).toEqual([
    ["overdue", "A2:H3"],
    ["done", "A4:H4"],
    ["overdue", "A6:H6"],
  ]);
});

test("the legend has a fill or a border and labels in both languages for each mark", () => {
  expect(HIGHLIGHT_LEGEND.map((s) => s.mark)).toEqual(["overdue", "due_soon", "done", "invalid"]);
  for (const s of HIGHLIGHT_LEGEND) {
    expect(s.fill ?? s.border).toMatch(/^[0-9A-F]{6}$/);
    expect(s.label.vi.length).toBeGreaterThan(0);
    expect(s.label.en.length).toBeGreaterThan(0);
  }
  expect(HIGHLIGHT_STYLES.overdue.label.vi).toBe("Quá hạn");
});
