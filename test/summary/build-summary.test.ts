import {
  buildSummary,
  excelSheetNameSchema,
  sheetNameKey,
  summaryLayout,
  summaryModelSchema,
  type SummarySheet,
} from "../../src/core/summary";
import { summaryGrid } from "../../src/core/summary";
import { daysBetween, isoToExcelSerial } from "../../src/core";
import { FIXTURES, fixtureReport, statusCounts, syntheticReport, tasksOf } from "./fixtures";

function sheet(model: { sheets: SummarySheet[] }, kind: SummarySheet["kind"]): SummarySheet {
  const s = model.sheets.find((x) => x.kind === kind);
  if (!s) throw new Error(`no ${kind} sheet`);
  return s;
}

function col(s: SummarySheet, key: string): number {
  const i = s.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`no column ${key}`);
  return i;
}

function num(v: unknown): number {
  return typeof v === "number" ? v : 0;
}

describe.each(FIXTURES)("buildSummary on %s", (name) => {
  const report = fixtureReport(name);
  const counts = statusCounts(report);
  const model = buildSummary(report, { perUnitSheets: true });

  test("the model validates against its schema", () => {
    expect(summaryModelSchema.parse(model)).toEqual(model);
  });

  test.each(["by_unit", "by_period", "by_section"] as const)(
    "the total row of %s equals the report's status counts",
    (kind) => {
      const s = sheet(model, kind);
      const total = s.total!;
      expect(total[col(s, "total")]).toBe(tasksOf(report).length);
      expect(total[col(s, "done")]).toBe(counts.done);
      expect(total[col(s, "overdue")]).toBe(counts.overdue);
      expect(total[col(s, "due_soon")]).toBe(counts.due_soon);
      expect(total[col(s, "on_time")]).toBe(counts.open + counts.due_soon);
      expect(total[col(s, "no_deadline")]).toBe(counts.no_deadline);
    },
  );

  test("the unit sheet's rows add up to its total row, column by column", () => {
    const s = sheet(model, "by_unit");
    for (const key of ["total", "done", "on_time", "overdue", "due_soon", "no_deadline"]) {
      const j = col(s, key);
      expect(s.rows.reduce((a, r) => a + num(r.cells[j]), 0)).toBe(s.total![j]);
    }
    // Each row: total = done + on time + overdue + no deadline.
    for (const r of s.rows) {
      const c = (k: string) => num(r.cells[col(s, k)]);
      expect(c("total")).toBe(c("done") + c("on_time") + c("overdue") + c("no_deadline"));
      expect(c("due_soon")).toBeLessThanOrEqual(c("on_time"));
    }
  });

  test("the period sheet's rows add up to its total; the section sheet's outer rows do", () => {
    const p = sheet(model, "by_period");
    expect(p.rows.reduce((a, r) => a + num(r.cells[col(p, "total")]), 0)).toBe(p.total![col(p, "total")]);
    const s = sheet(model, "by_section");
    const outer = s.rows.filter((r) => !r.indent);
    expect(outer.reduce((a, r) => a + num(r.cells[col(s, "total")]), 0)).toBe(s.total![col(s, "total")]);
  });

  test("each overdue task appears once in the overdue list, with its days overdue, most overdue first", () => {
    const s = sheet(model, "overdue");
    const overdue = tasksOf(report).filter((t) => t.status === "overdue");
    const dueSoon = tasksOf(report).filter((t) => t.status === "due_soon");
    expect(s.rows).toHaveLength(overdue.length + dueSoon.length);
    const src = col(s, "source");
    for (const t of overdue) {
      const rows = s.rows.filter((r) => {
        const link = r.cells[src] as { sheet: string; address: string };
        return link.sheet === t.sheet && link.address.replace(/^[A-Z]+/, "") === String(t.row);
      });
      expect(rows).toHaveLength(1);
      expect(rows[0].cells[col(s, "days_overdue")]).toBe(daysBetween(t.deadline.due!, report.asOf));
      expect(rows[0].cells[col(s, "days_overdue")]).toBeGreaterThan(0);
      expect(rows[0].cells[col(s, "due")]).toBe(t.deadline.due);
      expect(rows[0].cells[col(s, "deadline")]).toBe(t.deadline.text);
    }
    const days = s.rows.slice(0, overdue.length).map((r) => r.cells[col(s, "days_overdue")] as number);
    expect(days).toEqual(days.slice().sort((a, b) => b - a));
    // Due-soon tasks follow, with no days overdue.
    for (const r of s.rows.slice(overdue.length)) expect(r.cells[col(s, "days_overdue")]).toBeNull();
  });

  test("sheet names are valid Excel names and unique ignoring case", () => {
    const keys = new Set<string>();
    for (const s of model.sheets) {
      expect(excelSheetNameSchema.safeParse(s.name).success).toBe(true);
      expect(keys.has(sheetNameKey(s.name))).toBe(false);
      keys.add(sheetNameKey(s.name));
    }
  });

  test("every lead unit gets a sheet listing each task it leads", () => {
    const units = model.sheets.filter((s) => s.kind === "unit");
    const leads = new Set(tasksOf(report).flatMap((t) => t.lead));
    expect(units.length).toBeGreaterThan(0);
    expect(units.length).toBeLessThanOrEqual(leads.size);
    for (const u of units) {
      const led = u.rows.filter((r) => r.cells[col(u, "role")] === "Chủ trì").length;
      expect(led).toBeGreaterThan(0);
    }
  });

  test("rows have one cell per column; the layout puts the header after the title and a blank row", () => {
    for (const s of model.sheets) {
      for (const r of s.rows) expect(r.cells).toHaveLength(s.columns.length);
      if (s.total) expect(s.total).toHaveLength(s.columns.length);
      expect(summaryLayout(s).headerRow).toBe(s.title.length + 2);
    }
  });

  test("is deterministic", () => {
    expect(buildSummary(report, { perUnitSheets: true })).toEqual(model);
  });
});

describe("units", () => {
  const report = syntheticReport([
    { row: 2, lead: ["Phòng Nội vụ"], status: "done" },
    {
      row: 3,
      lead: ["phòng  nội vụ"],
      status: "overdue",
      deadline: { text: "Trước ngày 1/10/2025", kind: "date", due: "2025-10-01" },
    },
    { row: 4, lead: ["Phong Noi vu"], status: "open" },
    { row: 5, lead: ["Phòng Nội vụ", "Văn phòng"], status: "open" },
    { row: 6, lead: [], status: "no_deadline" },
    { row: 7, lead: ["Văn phòng", "Phòng Nội vụ"], support: ["Phong noi vu"], status: "done" },
  ]);

  test("names differing by case, spacing or diacritics are one unit; most frequent spelling wins", () => {
    const s = sheet(buildSummary(report), "by_unit");
    const names = s.rows.map((r) => r.cells[1]);
    expect(names).toEqual(["Phòng Nội vụ", "Văn phòng", "(Chưa xác định)"]);
    expect(s.rows[0].cells[2]).toBe(4); // rows 2-5: first lead Phòng Nội vụ
    expect(s.rows[1].cells[2]).toBe(1); // row 7
    expect(s.rows[2].cells[2]).toBe(1); // row 6: no lead
  });

  test("the organisation's list gives the spelling and the order, and lists units without tasks", () => {
    const s = sheet(buildSummary(report, { units: ["Văn phòng", "PHÒNG NỘI VỤ", "Phòng Tư pháp"] }), "by_unit");
    expect(s.rows.map((r) => r.cells[1])).toEqual(["Văn phòng", "PHÒNG NỘI VỤ", "Phòng Tư pháp", "(Chưa xác định)"]);
    expect(s.rows[2].cells.slice(2, 8)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(s.rows[2].cells[8]).toBeNull(); // no rate without tasks
  });

  test("per-unit sheets list led tasks (any lead position) and supported ones", () => {
    const m = buildSummary(report, { perUnitSheets: true });
    const vp = m.sheets.find((s) => s.kind === "unit" && s.unit === "Văn phòng")!;
    expect(vp.rows.map((r) => r.cells[2])).toEqual(["Chủ trì", "Chủ trì"]);
    const nv = m.sheets.find((s) => s.kind === "unit" && s.unit === "Phòng Nội vụ")!;
    expect(nv.rows).toHaveLength(5); // rows 2, 3, 4, 5 and 7 (row 7 as lead, its support names it again: listed once)
  });
});

describe("text, languages and several sheets", () => {
  const second = syntheticReport(
    [
      {
        row: 2,
        task: "+ cộng",
        lead: ["Văn phòng"],
        status: "overdue",
        deadline: { text: "9/2025", kind: "period", due: "2025-09-30" },
      },
    ],
    { sheet: "Phụ lục 2" },
  ).sheets[0];
  const report = syntheticReport(
    [
      {
        row: 2,
        task: "=SUM(A1:A3)",
        lead: ["Văn phòng"],
        status: "overdue",
        deadline: { text: "Trước ngày 1/10/2025", kind: "date", due: "2025-10-01" },
      },
      {
        row: 3,
        task: "- gạch đầu dòng",
        lead: ["Văn phòng"],
        status: "due_soon",
        deadline: { text: "20/10/2025", kind: "date", due: "2025-10-20" },
      },
    ],
    { extraSheets: [second] },
  );

  test("task texts starting with =, -, + are kept as they are", () => {
    const s = sheet(buildSummary(report), "overdue");
    expect(s.rows.map((r) => r.cells[1])).toEqual(["+ cộng", "=SUM(A1:A3)", "- gạch đầu dòng"]);
  });

  test("tasks of all sheets are combined; links carry their sheet", () => {
    const s = sheet(buildSummary(report), "overdue");
    const links = s.rows.map((r) => r.cells[col(s, "source")]);
    expect(links).toEqual([
      { sheet: "Phụ lục 2", address: "B2", text: "Phụ lục 2, dòng 2" },
      { sheet: "Phụ lục", address: "B2", text: "Phụ lục, dòng 2" },
      { sheet: "Phụ lục", address: "B3", text: "Phụ lục, dòng 3" },
    ]);
    const bySection = sheet(buildSummary(report), "by_section");
    expect(bySection.rows.filter((r) => r.bold).map((r) => r.cells[1])).toEqual(["Phụ lục", "Phụ lục 2"]);
  });

  test("English labels", () => {
    const m = buildSummary(report, { lang: "en" });
    expect(m.sheets.map((s) => s.name)).toEqual(["By unit", "Overdue and due soon", "By due period", "By section", "Issues"]);
    expect(sheet(m, "by_unit").title[1]).toBe("As of 15/10/2025");
    expect(sheet(m, "by_unit").columns[2].header).toBe("Tasks");
  });

  test("months when the dues span a year or less, else quarters", () => {
    const p = sheet(buildSummary(report), "by_period");
    expect(p.rows.map((r) => r.cells[1])).toEqual(["Tháng 9/2025", "Tháng 10/2025"]);
    const q = sheet(buildSummary(report, { periodGrain: "quarter" }), "by_period");
    expect(q.rows.map((r) => r.cells[1])).toEqual(["Quý III/2025", "Quý IV/2025"]);
  });

  test("the status cell's text is shown when the host gives it", () => {
    const s = sheet(
      buildSummary(report, { cellText: (sh, a) => (sh === "Phụ lục" && a === "F2" ? "Đang thực hiện" : null) }),
      "overdue",
    );
    expect(s.rows.map((r) => r.cells[col(s, "progress")])).toEqual([
      "Quá hạn 15 ngày",
      "Đang thực hiện",
      "Sắp đến hạn (còn 5 ngày)",
    ]);
  });
});

describe("sheet names", () => {
  test("unit names with forbidden characters or too long become valid, distinct names", () => {
    const report = syntheticReport([
      { row: 2, lead: ["Phòng A/B: [thử]*?"], status: "open" },
      { row: 3, lead: ["Trung tâm Văn hóa Thông tin và Thể thao huyện Krông Pa"], status: "open" },
      { row: 4, lead: ["Trung tâm Văn hóa Thông tin và Thể thao huyện Ea Súp"], status: "open" },
      { row: 5, lead: ["'Theo đơn vị'"], status: "open" },
    ]);
    const names = buildSummary(report, { perUnitSheets: true }).sheets.map((s) => s.name);
    expect(names.slice().sort()).toEqual(
      [
        "Theo đơn vị",
        "Quá hạn và sắp đến hạn",
        "Theo thời hạn",
        "Theo lĩnh vực",
        "Phòng A-B- -thử---",
        "Trung tâm Văn hóa Thông tin",
        "Trung tâm Văn hóa Thông tin (2)",
        "Theo đơn vị (2)",
        "Lỗi cần sửa",
      ].sort(),
    );
    for (const n of names) expect(excelSheetNameSchema.safeParse(n).success).toBe(true);
  });
});

describe("summaryGrid", () => {
  test("puts title, header, rows, total and notes where the layout says, dates as serials, text as '@'", () => {
    const report = fixtureReport("kh-607-bqlkkt-2025");
    for (const s of buildSummary(report).sheets) {
      const g = summaryGrid(s);
      const L = g.layout;
      expect(g.values[0][0]).toBe(s.title[0]);
      expect(g.values[L.headerRow - 1]).toEqual(s.columns.map((c) => c.header));
      for (const row of g.values) expect(row).toHaveLength(s.columns.length);
      expect(g.numberFormats.map((r) => r.length)).toEqual(g.values.map((r) => r.length));
      s.rows.forEach((r, i) => {
        s.columns.forEach((c, j) => {
          const v = g.values[L.firstDataRow - 1 + i][j];
          const cell = r.cells[j];
          if (c.kind === "date" && typeof cell === "string") expect(v).toBe(isoToExcelSerial(cell));
          else if (cell && typeof cell === "object") expect(v).toBe(cell.text);
          else expect(v).toBe(cell);
          if (typeof v === "string") expect(g.numberFormats[L.firstDataRow - 1 + i][j]).toBe("@");
        });
      });
      if (L.totalRow !== null) expect(g.values[L.totalRow - 1][1]).toBe("Tổng cộng");
      if (L.notesRow !== null) expect(g.values[L.notesRow - 1][0]).toBe(s.notes[0]);
      expect(g.links).toHaveLength(
        s.rows.filter((r) => r.cells.some((c) => c !== null && typeof c === "object")).length,
      );
    }
    expect(isoToExcelSerial("2025-10-15")).toBe(45945);
  });
});

test("an overdue task with no lead unit says so in the overdue list, as on the unit sheet", () => {
  const report = syntheticReport(
    [{ row: 2, lead: [], deadline: { text: "Tháng 5/2025", kind: "period", due: "2025-05-31" }, status: "overdue" }],
    { asOf: "2025-06-15" },
  );
  const m = buildSummary(report);
  const overdue = m.sheets.find((s) => s.kind === "overdue")!;
  const lead = overdue.columns.findIndex((c) => c.key === "lead");
  const days = overdue.columns.findIndex((c) => c.key === "days_overdue");
  expect(overdue.rows[0].cells[lead]).toBe("(Chưa xác định)");
  expect(overdue.rows[0].cells[days]).toBe(15);
  const byUnit = m.sheets.find((s) => s.kind === "by_unit")!;
  expect(byUnit.rows[0].cells[1]).toBe("(Chưa xác định)");
});
