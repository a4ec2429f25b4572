/*
 * The workbook fake is only worth its tests if it is as strict as Excel where src/excel could go
 * wrong. These pin the behaviours added after checking Office.js's documentation:
 * - null in a values array leaves the cell unchanged (learn.microsoft.com, "Set or get range
 *   values": null keeps a cell's value, "" blanks it);
 * - a 2D array must have the range's shape (no spreading of a 1x1 array);
 * - workbook.readOnly exists from ExcelApi 1.8 only;
 * - payloads are counted in UTF-8 bytes (Vietnamese text is 2-3 bytes a letter).
 */
import { toHostError } from "../../src/excel/errors";
import { FakeWorkbook, type FakeContext } from "../fakes/excel-fake";

function workbook(): FakeWorkbook {
  const wb = new FakeWorkbook();
  const s = wb.addSheet("KH");
  s.ensure(1, 1).v = "giữ nguyên";
  s.ensure(1, 2).v = 5;
  return wb;
}

test("null in values keeps the cell; an empty string blanks it", async () => {
  const wb = workbook();
  await wb.run(async (ctx: FakeContext) => {
    ctx.workbook.worksheets.getItem("KH").getRange("A1:B1").values = [[null, ""]];
    await ctx.sync();
  });
  expect(wb.sheet("KH")!.get(1, 1)?.v).toBe("giữ nguyên");
  expect(wb.sheet("KH")!.get(1, 2)?.v ?? null).toBeNull();
});

test("a 1x1 array written to a larger range is refused, as Excel does", async () => {
  const wb = workbook();
  const failed = await wb
    .run(async (ctx: FakeContext) => {
      ctx.workbook.worksheets.getItem("KH").getRange("A1:B2").numberFormat = [["@"]];
      await ctx.sync();
    })
    .catch((e: { code?: string }) => e.code);
  expect(failed).toBe("InvalidArgument");
});

test("workbook.readOnly needs ExcelApi 1.8", async () => {
  for (const [minor, expected] of [
    [7, "ApiNotFound"],
    [8, false],
  ] as const) {
    const wb = workbook();
    wb.apiMinor = minor;
    const got = await wb
      .run(async (ctx: FakeContext) => {
        const w = ctx.workbook.load("readOnly");
        await ctx.sync();
        return w.readOnly;
      })
      .catch((e: { code?: string }) => e.code);
    expect(got).toBe(expected);
  }
});

test("request sizes are UTF-8 bytes", async () => {
  const wb = workbook();
  const text = "Ủy ban nhân dân tỉnh Đắk Lắk ".repeat(100);
  await wb.run(async (ctx: FakeContext) => {
    ctx.workbook.worksheets.getItem("KH").getRange("C1").values = [[text]];
    await ctx.sync();
  });
  expect(wb.maxRequestBytes()).toBeGreaterThan(Buffer.byteLength(text, "utf8"));
  expect(Buffer.byteLength(text, "utf8")).toBeGreaterThan(text.length * 1.2);
});

describe("Office.js error codes become messages the user can act on", () => {
  // Codes from the Excel JavaScript API error list (learn.microsoft.com, "Error handling with the
  // application-specific JavaScript APIs").
  test.each([
    ["InvalidOperationInCellEditMode", undefined, "cell_edit_mode", /chế độ sửa ô/],
    ["AccessDenied", "KH", "protected_sheet", /đang được bảo vệ/],
    ["AccessDenied", undefined, "read_only", /chỉ đọc/],
    ["ResponsePayloadSizeLimitExceeded", undefined, "too_large", /quá lớn/],
    ["GeneralException", undefined, "excel_error", /Excel báo lỗi/],
  ])("%s (sheet %s) → %s", (code, sheet, expected, text) => {
    const e = toHostError(Object.assign(new Error("x"), { code }), sheet);
    expect(e.code).toBe(expected);
    expect(e.message).toMatch(text);
    expect(e.en.length).toBeGreaterThan(10);
  });
});
