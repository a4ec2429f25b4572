import { columnChoices, countStatuses, displayDate, groupIssues, issueAddress, rowsText } from "../../src/taskpane/report-view";
import { todayIso } from "../../src/core";
import { checkOptionsFrom } from "../../src/host";
import { pickLanguage, stringsFor } from "../../src/taskpane/i18n";
import { isDarkColor } from "../../src/taskpane/office-env";
import { errorMessage } from "../../src/taskpane/usePane";
import { fixtureReport } from "./fake-host";
import type { Lang } from "../../src/core";

test("status counts of every fixture equal the fixture's table", () => {
  const counts = (name: string) => countStatuses(fixtureReport(name).sheets[0]);
  expect(counts("kh-607-bqlkkt-2025")).toEqual({ open: 38, no_deadline: 14, done: 7, overdue: 2, due_soon: 2 });
  expect(counts("kh-34-krongpa-2020")).toEqual({ open: 8, no_deadline: 33, overdue: 4, due_soon: 2, done: 0 });
  expect(counts("kh-rui-ro-2025")).toEqual({ no_deadline: 8, open: 2, due_soon: 1, overdue: 0, done: 0 });
  expect(counts("kh-khong-dau")).toEqual({ overdue: 4, open: 12, no_deadline: 6, due_soon: 3, done: 0 });
});

test("issues are grouped errors first, empty groups left out", () => {
  const groups = groupIssues(fixtureReport("kh-khong-dau").sheets[0]);
  expect(groups.map((g) => [g.severity, g.issues.length])).toEqual([["warning", 3]]);
});

test("issue addresses: own column, or the row's first role column; none for a sheet-wide issue", () => {
  const table = fixtureReport("kh-khong-dau").sheets[0].table;
  expect(issueAddress({ row: 17, column: "D", code: "multiple_leads", severity: "warning", message: "" }, table)).toBe("D17");
  expect(issueAddress({ row: 9, column: null, code: "stt_sequence", severity: "warning", message: "" }, table)).toBe("B9");
  expect(issueAddress({ row: null, column: null, code: "legacy_encoding", severity: "info", message: "" }, table)).toBeNull();
});

test("small formatting helpers", () => {
  expect(rowsText([5, 6])).toBe("5–6");
  expect(rowsText([4])).toBe("4");
  expect(displayDate("2025-10-15")).toBe("15/10/2025");
  expect(todayIso(new Date(2025, 0, 5))).toBe("2025-01-05");
  const choices = columnChoices(fixtureReport("kh-khong-dau").sheets[0].table!);
  expect(choices[0]).toBe("A");
  expect(choices).toContain("K");
});

test("language: English only when Office says English", () => {
  expect(pickLanguage("en-US")).toBe("en");
  expect(pickLanguage("EN-gb")).toBe("en");
  expect(pickLanguage("vi-VN")).toBe("vi");
  expect(pickLanguage("fr-FR")).toBe("vi");
  expect(pickLanguage(null)).toBe("vi");
  expect(stringsFor("vi").status.due_soon).toBe("Sắp đến hạn");
});

test("Office theme colours: dark backgrounds are dark", () => {
  expect(isDarkColor("#1f1f1f")).toBe(true);
  expect(isDarkColor("#ffffff")).toBe(false);
  expect(isDarkColor(undefined)).toBe(false);
});

test("check options: today unless an as-of day was chosen; messages for errors", () => {
  const base = { dueSoonDays: 7, columnOverrides: {}, units: [] };
  expect(checkOptionsFrom({ ...base, asOf: null }, "2026-01-02").asOf).toBe("2026-01-02");
  expect(checkOptionsFrom({ ...base, asOf: "2025-10-15" }, "2026-01-02").asOf).toBe("2025-10-15");
  const s = stringsFor("vi");
  expect(errorMessage(new Error("Tệp bị hỏng"), s)).toBe("Tệp bị hỏng");
  expect(errorMessage(new TypeError("x is undefined"), s)).toBe(s.unexpectedError);
  expect(errorMessage(undefined, s)).toBe(s.unexpectedError);
});

test("a host's typed error speaks the pane's language", () => {
  const typed = Object.assign(new Error("Trang tính đang được bảo vệ."), {
    messageIn: (lang: Lang) => (lang === "en" ? "The sheet is protected." : "Trang tính đang được bảo vệ."),
  });
  expect(errorMessage(typed, stringsFor("en"))).toBe("The sheet is protected.");
  expect(errorMessage(typed, stringsFor("vi"))).toBe("Trang tính đang được bảo vệ.");
});
