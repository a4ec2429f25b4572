import { dateToSerial, formatCellText, isDateFormat } from "../../src/file/read-number-format";

describe("formatCellText shows a value as Excel does", () => {
  test.each([
    [0.5, "0%", "50%"],
    [1, "0%", "100%"],
    [0.125, "0.00%", "12.50%"],
    [1234.5, "#,##0.00", "1,234.50"],
    [1234.5, "#,##0", "1,235"],
    [3.14159, "0.00", "3.14"],
    [42, "0", "42"],
    [-5, "0", "-5"],
    [-5.5, "#,##0.00;(#,##0.00)", "(5.50)"],
    [0, '0;-0;"-"', "-"],
    [1.5, "0.##", "1.5"],
    [12345, "0.00E+00", "1.23E+04"],
    [1, '"Tuần "0', "Tuần 1"],
    [100, '#,##0 "đ"', "100 đ"],
    [45853, "dd/mm/yyyy", "15/07/2025"],
    [45853, "d/m/yyyy", "15/7/2025"],
    [45853, "mm-dd-yy", "15/07/2025"], // built-in short date, Vietnamese locale
    [45853, "[$-42A]dd/mm/yyyy;@", "15/07/2025"],
    [45853.5, "dd/mm/yyyy hh:mm", "15/07/2025 12:00"],
    [45853, "d-mmm-yy", "15-Jul-25"],
    [0.75, "h:mm AM/PM", "6:00 PM"],
    [0.30000000000000004, "General", "0.3"],
    [12345.678, "General", "12345.678"],
    [1 / 3, "General", "0.333333333"],
    [123456789012, "General", "1.23457E+11"],
    [7, "General", "7"],
  ])("%p with %p -> %p", (value, fmt, expected) => {
    expect(formatCellText(value, fmt)).toBe(expected);
  });

  test("text, booleans, errors and empty", () => {
    expect(formatCellText("Trong năm 2025", "@")).toBe("Trong năm 2025");
    expect(formatCellText("abc", 'General;General;General;"«"@"»"')).toBe("«abc»");
    expect(formatCellText(true, "General")).toBe("TRUE");
    expect(formatCellText({ error: "#DIV/0!" }, "0%")).toBe("#DIV/0!");
    expect(formatCellText(null, "0%")).toBe("");
  });

  test("date formats are told from number formats", () => {
    expect(isDateFormat("dd/mm/yyyy")).toBe(true);
    expect(isDateFormat("mm-dd-yy")).toBe(true);
    expect(isDateFormat("h:mm")).toBe(true);
    expect(isDateFormat("0.00%")).toBe(false);
    expect(isDateFormat('"Ngày "0')).toBe(false);
    expect(isDateFormat("General")).toBe(false);
  });

  test("dateToSerial reads exceljs's UTC dates as 1900-system serials", () => {
    expect(dateToSerial(new Date(Date.UTC(2025, 9, 15)))).toBe(45945);
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateToSerial(new Date(Date.UTC(2025, 9, 15, 12)))).toBe(45945.5);
  });
});
