import { addDays, farFromPlanYear, formatAsOf, parseAsOf } from "../../src/taskpane/as-of-date";

describe("the as-of day as typed, pasted or picked", () => {
  test.each([
    ["15/10/2025", "2025-10-15"],
    ["5/1/2025", "2025-01-05"],
    ["15-10-2025", "2025-10-15"],
    ["15.10.2025", "2025-10-15"],
    [" 15 / 10 / 2025 ", "2025-10-15"],
    ["2025-10-15", "2025-10-15"],
    ["ngày 15 tháng 10 năm 2025", "2025-10-15"],
    ["29/02/2024", "2024-02-29"],
  ])("%s is %s, while typing and when finished", (text, iso) => {
    expect(parseAsOf(text, false)).toEqual({ kind: "ok", iso });
    expect(parseAsOf(text, true)).toEqual({ kind: "ok", iso });
  });

  test("half-typed days are neither committed nor refused while typing; refused when finished", () => {
    for (const t of ["1", "15", "15/", "15/1", "15/10", "15/10/", "15/10/2", "15/10/202", "2025", "2025-1"]) {
      expect(parseAsOf(t, false)).toEqual({ kind: "partial" });
      expect(parseAsOf(t, true).kind).toBe("invalid");
    }
  });

  test("a two-digit year counts only when the user has finished", () => {
    expect(parseAsOf("15/10/25", false)).toEqual({ kind: "partial" });
    expect(parseAsOf("15/10/25", true)).toEqual({ kind: "ok", iso: "2025-10-15" });
  });

  test("a day that does not exist, a far year or words are refused with a reason, never moved", () => {
    expect(parseAsOf("31/02/2025", false)).toEqual({ kind: "invalid", reason: "no_such_day" });
    expect(parseAsOf("29/02/2025", true)).toEqual({ kind: "invalid", reason: "no_such_day" });
    expect(parseAsOf("15/13/2025", true)).toEqual({ kind: "invalid", reason: "no_such_day" });
    expect(parseAsOf("04/12/0005", true)).toEqual({ kind: "invalid", reason: "year_range" });
    expect(parseAsOf("0005-12-04", true)).toEqual({ kind: "invalid", reason: "year_range" });
    expect(parseAsOf("hôm qua", false)).toEqual({ kind: "invalid", reason: "format" });
    expect(parseAsOf("", true)).toEqual({ kind: "invalid", reason: "format" });
  });

  test("format, day steps and the plan-year warning", () => {
    expect(formatAsOf("2025-01-05")).toBe("05/01/2025");
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(farFromPlanYear("2026-12-31", 2025)).toBe(false);
    expect(farFromPlanYear("2024-01-01", 2025)).toBe(false);
    expect(farFromPlanYear("2027-01-01", 2025)).toBe(true);
    expect(farFromPlanYear("2023-12-31", 2025)).toBe(true);
    expect(farFromPlanYear("2030-01-01", null)).toBe(false);
  });
});
