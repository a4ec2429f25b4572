/**
 * What real Excel does across sessions and sheets that the fake used to let pass: ids that change
 * on reopen, summary sheets that are not plans, tables added with a sheet-less address, very
 * hidden sheets that cannot be deleted.
 */
import { ExcelHostError, STORE_SHEET } from "../../src/excel";
import { renderHostMessage } from "../../src/host";
import { cellsOf, FakeExcelError } from "../fakes/excel-fake";
import { fakeFromFixture, hostFor, runOf } from "./fixtures";

test("ids change between sessions: clearing restores the sheet by name, never another sheet that got its id", async () => {
  const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
  const plan = wb.sheets[0].name;
  const other = wb.addSheet("Ghi chú");
  other.ensure(2, 2).v = "ghi chú của người dùng";
  other.ensure(2, 2).fill = "#92D050";
  const before = cellsOf(wb);
  await hostFor(wb, fx.file).check({ asOf: fx.asOf });
  expect(cellsOf(wb)[plan]).not.toEqual(before[plan]);
  // Save, close, reopen: the plan sheet's old id now belongs to another sheet.
  const oldId = wb.sheets[0].id;
  wb.reopen();
  expect(wb.sheets[0].id).not.toBe(oldId);
  await hostFor(wb, fx.file).clearHighlights();
  const after = cellsOf(wb);
  expect(after[plan]).toEqual(before[plan]);
  expect(after["Ghi chú"]).toEqual(before["Ghi chú"]);
});

test("a renamed highlighted sheet is not mistaken for another; its record is kept until it is found again", async () => {
  const { wb, fx } = await fakeFromFixture("kh-khong-dau");
  const name = wb.sheets[0].name;
  const before = cellsOf(wb)[name];
  const host = hostFor(wb, fx.file);
  await host.check({ asOf: fx.asOf });
  wb.sheets[0].name = "Đổi tên";
  wb.activeSheet = "Đổi tên";
  wb.reopen();
  const first = await host.clearHighlightsDetailed();
  expect(first.sheets).toEqual([]);
  expect(first.warnings.map((w) => w.code)).toEqual(["highlights_missing"]);
  wb.sheets[0].name = name;
  wb.activeSheet = name;
  expect((await host.clearHighlightsDetailed()).sheets).toEqual([name]);
  expect(cellsOf(wb)[name]).toEqual(before);
});

test("Kiểm tra on one of the add-in's own summary sheets says so and draws nothing", async () => {
  const { wb, fx } = await fakeFromFixture("kh-34-krongpa-2020");
  const host = hostFor(wb, fx.file, { scope: "workbook" });
  const report = await host.read({ asOf: fx.asOf });
  const names = await host.generateSummary(report, { asOf: fx.asOf });
  expect(wb.activeSheet).toBe(names[0]); // the summary leaves its first sheet active
  const before = cellsOf(wb);
  const err = await hostFor(wb, fx.file)
    .check({ asOf: fx.asOf })
    .catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ExcelHostError);
  expect((err as ExcelHostError).code).toBe("generated_sheet");
  expect(cellsOf(wb)).toEqual(before);
});

test("summary tables are added on the summary sheet even when another sheet is active", async () => {
  const { wb, fx } = await fakeFromFixture("kh-rui-ro-2025");
  const host = hostFor(wb, fx.file);
  const report = await host.read({ asOf: fx.asOf });
  const names = await host.generateSummary(report, { asOf: fx.asOf });
  expect(wb.tables.length).toBeGreaterThan(0);
  for (const t of wb.tables) expect(names).toContain(t.sheet);
  // Again, with the plan sheet active (the fake puts a sheet-less address on the ACTIVE sheet).
  wb.activeSheet = wb.sheets[0].name;
  await host.generateSummary(report, { asOf: fx.asOf });
  for (const t of wb.tables) expect(names).toContain(t.sheet);
});

test("the fake refuses to delete a very hidden sheet, as Excel does", async () => {
  const { wb, fx } = await fakeFromFixture("kh-khong-dau");
  await hostFor(wb, fx.file).check({ asOf: fx.asOf });
  expect(wb.sheet(STORE_SHEET)?.visibility).toBe("VeryHidden");
  await expect(
    wb.run(async (ctx) => {
      ctx.workbook.worksheets.getItem(STORE_SHEET).delete();
      await ctx.sync();
    }),
  ).rejects.toBeInstanceOf(FakeExcelError);
});

test("a conditional format over the plan may hide the highlighting: the check says so (in the UI's language)", async () => {
  const { wb, fx } = await fakeFromFixture("kh-rui-ro-2025");
  const plain = await hostFor(wb, fx.file).check({ asOf: fx.asOf });
  expect(plain.warnings).toBeUndefined();
  wb.sheets[0].conditionalFormats.push({ top: 1, left: 1, bottom: 500, right: 3 });
  const out = await hostFor(wb, fx.file).check({ asOf: fx.asOf });
  expect(out.highlightedRows).toBeGreaterThan(0);
  expect(out.warnings).toEqual([{ code: "conditional_formats", params: { sheet: wb.sheets[0].name } }]);
  expect(renderHostMessage(out.warnings![0], "en")).toMatch(/conditional formatting/);
});

test("ExcelApi 1.20: highlight and clear each run as one undo group; refused groups fall back to a plain run", async () => {
  const { wb, fx } = await fakeFromFixture("kh-khong-dau");
  const grouped: string[] = [];
  const before = cellsOf(wb);
  let refuse = false;
  const host = hostFor(wb, fx.file, {
    caps: { api18: true, api19: true, api113: true, api120: true },
    undoGroupRun: (batch) => {
      grouped.push("group");
      if (refuse) return Promise.reject(Object.assign(new Error("UndoNotSupported"), { code: "UndoNotSupported" }));
      return runOf(wb)(batch);
    },
  });
  await host.check({ asOf: fx.asOf });
  expect(grouped.length).toBe(1);
  refuse = true;
  await host.clearHighlights();
  expect(grouped.length).toBe(2);
  expect(cellsOf(wb)[wb.sheets[0].name]).toEqual(before[wb.sheets[0].name]);
});

test("past the ribbon's time bound nothing is written and the user is told (time_limit)", async () => {
  const { wb, fx } = await fakeFromFixture("kh-34-krongpa-2020");
  const before = cellsOf(wb);
  const host = hostFor(wb, fx.file, { deadline: Date.now() - 1 });
  const out = await host.check({ asOf: fx.asOf });
  expect(out.highlightedRows).toBe(0);
  expect(out.warnings?.map((w) => w.code)).toEqual(["time_limit"]);
  expect(renderHostMessage(out.warnings![0], "en")).toMatch(/stopped after 4 minutes/);
  const err = await host.generateSummary(out.report, { asOf: fx.asOf }).catch((e: unknown) => e);
  expect((err as ExcelHostError).code).toBe("time_limit");
  const after = cellsOf(wb);
  for (const name of Object.keys(before)) expect(after[name]).toEqual(before[name]);
});
