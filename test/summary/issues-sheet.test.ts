import { buildSummary, summaryModelSchema } from "../../src/core/summary";
import { HIGHLIGHT_LEGEND } from "../../src/core/highlight";
import { fixtureReport } from "./fixtures";

/** "Lỗi cần sửa": every issue with a link to its cell, its severity and message, and the legend. */

test("every issue of the report, in report order, with its cell link, severity and message", () => {
  const report = fixtureReport("kh-607-bqlkkt-2025");
  const model = summaryModelSchema.parse(buildSummary(report));
  const sheet = model.sheets.find((s) => s.kind === "issues")!;
  expect(sheet.name).toBe("Lỗi cần sửa");
  const issues = report.sheets.flatMap((s) => s.issues.map((i) => ({ ...i, sheet: s.sheet })));
  expect(sheet.rows).toHaveLength(issues.length);
  const missingLead = issues.findIndex((i) => i.code === "missing_lead");
  expect(sheet.rows[missingLead].cells).toEqual([
    missingLead + 1,
    "Phụ lục",
    { sheet: "Phụ lục", address: "C44", text: "C44" },
    "Lỗi",
    "missing_lead",
    issues[missingLead].message,
  ]);
  expect(sheet.notes[0]).toBe("Chú thích màu tô trong kế hoạch:");
  expect(sheet.notes.slice(1)).toEqual(HIGHLIGHT_LEGEND.map((m) => `– ${m.label.vi}: ${m.description.vi}`));
});

test("English: English messages and words; a sheet-level issue has no cell; can be left out", () => {
  const report = fixtureReport("kh-607-bqlkkt-2025");
  report.sheets[0].issues.unshift({ row: null, column: null, code: "legacy_encoding", severity: "info", message: "x" });
  const sheet = buildSummary(report, { lang: "en" }).sheets.find((s) => s.kind === "issues")!;
  expect(sheet.rows[0].cells.slice(2)).toEqual([
    "(whole sheet)",
    "Information",
    "legacy_encoding",
    "Text in an old font encoding (TCVN3/VNI): convert it to Unicode",
  ]);
  expect(buildSummary(report, { issuesSheet: false }).sheets.some((s) => s.kind === "issues")).toBe(false);
});
