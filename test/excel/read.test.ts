import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/core";
import { readAllSheets, readSheet } from "../../src/excel";
import { FakeExcelError, type FakeContext } from "../fakes/excel-fake";
import { isDateFormat } from "../../src/core";
import { readWorkbook } from "../../src/file/read-workbook";
import { fakeWorkbookFromSnapshots } from "../fakes/excel-fake";
import { syntheticPlanWorkbook } from "../fakes/synthetic-plan";
import { capsOf, fakeFromFixture, FIXTURES, hostFor } from "./fixtures";

describe("reading sheets from Excel (fake) gives the same report as the file host", () => {
  for (const name of FIXTURES) {
    test(`${name}: every sheet, ExcelApi 1.13`, async () => {
      const { wb, fx } = await fakeFromFixture(name);
      const snapshots = await wb.run((ctx) =>
        readAllSheets(ctx as unknown as Excel.RequestContext, { caps: capsOf(wb) }),
      );
      const fromExcel = checkWorkbook(snapshots, fx.file, { asOf: fx.asOf });
      const fromFile = checkWorkbook(fx.snapshots, fx.file, { asOf: fx.asOf });
      expect(fromExcel).toEqual(fromFile);
      // The snapshots themselves match (values, text, formats, fonts of the sample, merges).
      for (const s of fx.snapshots) {
        const mine = snapshots.find((x) => x.name === s.name)!;
        expect(mine.values).toEqual(s.values);
        expect(mine.text).toEqual(s.text);
        expect(mine.merges).toEqual(s.merges);
        expect(mine.origin).toEqual(s.origin);
      }
    });
  }

  test("the active sheet through the host: ≤ 3 syncs, findings equal the file host's", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
    const host = hostFor(wb, fx.file);
    const report = await host.read({ asOf: fx.asOf });
    expect(host.stats.readSyncs).toBeLessThanOrEqual(3);
    const fromFile = checkWorkbook(fx.snapshots, fx.file, { asOf: fx.asOf });
    expect(report.sheets).toEqual([fromFile.sheets[0]]);
  });

  test("Excel 2019 (ExcelApi 1.7): no merges API, still reads; fonts per column", async () => {
    const { wb } = await fakeFromFixture("kh-rui-ro-2025", 7);
    const snap = await wb.run((ctx) =>
      readSheet(
        ctx as unknown as Excel.RequestContext,
        (ctx as FakeContext).workbook.worksheets.getActiveWorksheet() as unknown as Excel.Worksheet,
        { caps: capsOf(wb) },
      ),
    );
    expect(snap.merges).toEqual([]);
    expect(snap.values.length).toBeGreaterThan(10);
    expect(snap.fonts?.length).toBe(snap.values.length);
  });

  for (const name of FIXTURES) {
    test(`${name}: Excel 2019 (ExcelApi 1.7) takes merges from the workbook's file; same report`, async () => {
      const { wb, fx } = await fakeFromFixture(name, 7);
      const bytes = readFileSync(join(__dirname, "..", "fixtures", fx.file));
      const host = hostFor(wb, fx.file, { scope: "workbook", fileBytes: async () => new Uint8Array(bytes) });
      const report = await host.read({ asOf: fx.asOf });
      expect(report).toEqual(checkWorkbook(fx.snapshots, fx.file, { asOf: fx.asOf }));
    });
  }

  test("when the file cannot be read on Excel 2019, the check still runs (no merges)", async () => {
    const { wb, fx } = await fakeFromFixture("kh-rui-ro-2025", 7);
    const host = hostFor(wb, fx.file, { fileBytes: () => Promise.reject(new Error("no file API")) });
    const report = await host.read({ asOf: fx.asOf });
    expect(report.sheets).toHaveLength(1);
  });

  test("errors come back as { error } from valueTypes", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
    const host = hostFor(wb, fx.file);
    const report = await host.read({ asOf: fx.asOf });
    expect(report.sheets[0].issues.some((i) => i.code === "cell_error" && i.row === 32)).toBe(true);
  });
});

describe("the fake behaves like Excel", () => {
  test("reading before load or before sync throws PropertyNotLoaded", async () => {
    const { wb } = await fakeFromFixture("kh-khong-dau");
    await wb.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getActiveWorksheet().getRange("A1:B2");
      /* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load -- the mistakes this test makes on purpose */
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await ctx.sync();
      expect(range.values).toHaveLength(2);
      /* eslint-enable office-addins/call-sync-before-read, office-addins/load-object-before-read, office-addins/call-sync-after-load */
    });
  });

  test("a request over 5 MB and an address over 8,192 characters fail", async () => {
    const { wb } = await fakeFromFixture("kh-khong-dau");
    await expect(
      wb.run(async (ctx) => {
        const big = "x".repeat(6 * 1024 * 1024);
        ctx.workbook.worksheets.getActiveWorksheet().getRange("Z1").values = [[big]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    await expect(
      wb.run(async (ctx) => {
        const addr = Array.from({ length: 2000 }, (_, i) => `A${i + 1}`).join(",");
        ctx.workbook.worksheets.getActiveWorksheet().getRanges(addr).format.fill.color = "#FF0000";
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(FakeExcelError);
  });

  test("a string starting with =, + or - written to values becomes a formula unless the cell is text", async () => {
    const { wb } = await fakeFromFixture("kh-khong-dau");
    await wb.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getActiveWorksheet();
      ws.getRange("Z1:Z3").values = [["=x"], ["- abc"], ["+1"]];
      const text = ws.getRange("Z4:Z5");
      text.numberFormat = [["@"], ["@"]];
      text.values = [["=x"], ["- abc"]];
      await ctx.sync();
    });
    const sheet = wb.sheets[0];
    expect(sheet.get(1, 26)?.formula).toBe("=x");
    expect(sheet.get(2, 26)?.formula).toBe("=- abc");
    expect(sheet.get(4, 26)?.v).toBe("=x");
    expect(sheet.get(5, 26)?.v).toBe("- abc");
  });
});

describe("Excel's limits on the first read", () => {
  const readActive = (wb: import("../fakes/excel-fake").FakeWorkbook) =>
    wb.run((ctx) =>
      readSheet(
        ctx as unknown as Excel.RequestContext,
        (ctx as FakeContext).workbook.worksheets.getActiveWorksheet() as unknown as Excel.Worksheet,
        { caps: capsOf(wb) },
      ),
    );

  test("more than 512 merged areas: read in bands of rows (halving on error), every area once", async () => {
    const wb = syntheticPlanWorkbook(8_000, "Kế hoạch", { merges: 2_000 });
    const expected = wb.sheet("Kế hoạch")!.merges.map((m) => ({ ...m }));
    expect(expected.length).toBe(2_000);
    const snap = await readActive(wb);
    expect(snap.merges).toEqual(expected.sort((a, b) => a.top - b.top || a.left - b.left));
  });

  test("the fake is as strict as Excel: over 512 areas fails, and only areas anchored in the range come back", async () => {
    const wb = syntheticPlanWorkbook(3_000, "Kế hoạch", { merges: 600 });
    await expect(
      wb.run(async (ctx) => {
        const areas = ctx.workbook.worksheets.getItem("Kế hoạch").getRange("A1:F4000").getMergedAreasOrNullObject();
        areas.load("address");
        await ctx.sync();
      }),
    ).rejects.toThrow(/512/);
    const one = await wb.run(async (ctx) => {
      // E5:E6 is merged; a range starting on row 6 does not see it.
      const areas = ctx.workbook.worksheets.getItem("Kế hoạch").getRange("E6:E7").getMergedAreasOrNullObject();
      areas.load("address");
      await ctx.sync();
      return areas.isNullObject;
    });
    expect(one).toBe(true);
  });

  test("text is loaded only where it can differ from the value; the snapshot's text is unchanged", async () => {
    const wb = syntheticPlanWorkbook(20_000);
    const sheet = wb.sheet("Kế hoạch")!;
    // Dates and decorated strings among the tasks: their text comes from Excel.
    sheet.ensure(3000, 4).v = 45_800;
    sheet.ensure(3000, 4).nf = "dd/mm/yyyy";
    sheet.ensure(9000, 5).nf = '@" (kèm theo)"';
    sheet.ensure(9000, 5).text = "Báo cáo kết quả (kèm theo)";
    const snap = await readActive(wb);
    expect(snap.text[3000 - snap.origin.row][3]).toBe("23/05/2025");
    expect(snap.text[9000 - snap.origin.row][4]).toBe("Báo cáo kết quả (kèm theo)");
    expect(snap.text[5000 - snap.origin.row][1]).toBe(String(sheet.get(5000, 2)!.v));
    expect(snap.text[5000 - snap.origin.row][0]).toBe(String(sheet.get(5000, 1)!.v));
    // Response bytes: values, formats and types, plus text for one column of numbers (STT) and
    // two cells, instead of text for every cell (which repeats every task's words: ~+40%).
    const total = wb.stats.records.reduce((n, r) => n + r.responseBytes, 0);
    expect(total).toBeLessThan(7_000_000);
  });
});

test("a workbook in the 1904 date system: dates read as the file host reads them (not 1,462 days early)", async () => {
  const file = join(__dirname, "..", "corpus", "made-here", "dates-1904.xlsx");
  const snapshots = await readWorkbook(readFileSync(file), "dates-1904.xlsx");
  const wb = fakeWorkbookFromSnapshots(snapshots);
  // What Excel holds in such a workbook: 1904 serials, shown as the right dates.
  let dates = 0;
  for (const sheet of wb.sheets)
    for (const cell of sheet.cells.values())
      if (typeof cell.v === "number" && isDateFormat(cell.nf)) {
        cell.v -= 1462;
        dates++;
      }
  expect(dates).toBeGreaterThan(0);
  const read = await wb.run((ctx) => readAllSheets(ctx as unknown as Excel.RequestContext, { caps: capsOf(wb) }));
  for (const s of snapshots) expect(read.find((x) => x.name === s.name)!.values).toEqual(s.values);
});
