/* eslint-disable office-addins/call-sync-before-read -- exceljs cells here, not Office.js proxies */
import ExcelJS from "exceljs";
import { planHighlights, readHighlightStateCells } from "../../src/core/highlight";
import { MARKER_SHEET } from "../../src/core/marker";
import type { PlanReport } from "../../src/core/report";
import { writeCheckedWorkbook } from "../../src/file";
import type { FakeWorkbook } from "../fakes/excel-fake";
import { fakeFormat, fakeFromXlsx, saveFakeAsXlsx } from "../fakes/xlsx-bridge";
import { FIXTURES, fixtureBytes, fixtureReport } from "../summary/fixtures";
import { hostFor } from "./fixtures";

/**
 * The two hosts share the highlight state (marker sheet, column H): what the command line's --out
 * drew, the add-in's "Xóa tô màu" removes, and the other way round; the add-in's settings survive.
 * Workbooks move between the hosts through the .xlsx file (test/fakes/xlsx-bridge.ts).
 */

/**
 * The fixture with a few formats of the user's own where the checker draws: a solid fill and a
 * theme fill (with tint) on the first marked row, a dashed border on the first invalid cell.
 */
async function decorated(name: string, report: PlanReport): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fixtureBytes(name) as unknown as ArrayBuffer);
  const plan = planHighlights(report);
  const sheet = plan.sheets[0];
  const ws = wb.getWorksheet(sheet.sheet)!;
  const row = sheet.rows[0];
  if (row) {
    const a = ws.getCell(row.firstRow, row.firstCol);
    a.style = { ...a.style, fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } } };
    const b = ws.getCell(row.firstRow, row.firstCol + 1);
    b.style = {
      ...b.style,
      fill: { type: "pattern", pattern: "solid", fgColor: { theme: 5, tint: 0.3999 } as Partial<ExcelJS.Color> },
    };
  }
  const bad = sheet.invalid[0];
  if (bad) {
    const c = ws.getCell(bad.firstRow, bad.firstCol);
    const dashed = { style: "dashed" as const, color: { argb: "FF0070C0" } };
    c.style = { ...c.style, border: { top: dashed, bottom: dashed, left: dashed, right: dashed } };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every cell's fill and borders over the user's sheets, as "sheet!R:C" -> JSON (cells with none left out). */
function formats(fake: FakeWorkbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of fake.sheets) {
    if (s.name === MARKER_SHEET) continue;
    for (const k of s.cells.keys()) {
      const r = Math.floor(k / 20000);
      const c = k % 20000;
      const f = fakeFormat(fake, s.name, r, c);
      const empty = f.fill === null && Object.values(f.borders).every((e) => e.style === "None");
      if (!empty) out.set(`${s.name}!${r}:${c}`, JSON.stringify(f));
    }
  }
  return out;
}

function userSheetFormats(fake: FakeWorkbook, sheets: readonly string[]): Map<string, string> {
  const all = formats(fake);
  for (const k of [...all.keys()]) if (!sheets.some((s) => k.startsWith(`${s}!`))) all.delete(k);
  return all;
}

describe.each(FIXTURES)("across hosts on %s", (name) => {
  const report = fixtureReport(name);
  const userSheets = report.sheets.map((s) => s.sheet);
  let original: Uint8Array;
  let originalFormats: Map<string, string>;

  beforeAll(async () => {
    original = await decorated(name, report);
    originalFormats = userSheetFormats(await fakeFromXlsx(original), userSheets);
  });

  test("command line --out, then the add-in's Xóa tô màu: every cell's fill and borders are the original's", async () => {
    const checked = await writeCheckedWorkbook(original, report);
    const fake = await fakeFromXlsx(checked);
    const drawn = userSheetFormats(fake, userSheets);
    expect(drawn).not.toEqual(originalFormats); // the marks are there
    const { sheets } = await hostFor(fake, `${name}.xlsx`).clearHighlightsDetailed();
    expect(sheets.length).toBeGreaterThan(0);
    expect(userSheetFormats(fake, userSheets)).toEqual(originalFormats);
    // Nothing left to restore: the state is gone.
    const again = await hostFor(fake, `${name}.xlsx`).clearHighlightsDetailed();
    expect(again.sheets).toEqual([]);
  });

  test("the add-in's highlight, then command line --out: put back, then drawn as on the original; then Xóa tô màu restores all", async () => {
    const fake = await fakeFromXlsx(original);
    const host = hostFor(fake, `${name}.xlsx`);
    await host.saveSettings({ asOf: "2025-06-30", dueSoonDays: 12, columnOverrides: {}, units: ["Văn phòng"] });
    await host.highlight(report);
    const highlighted = await saveFakeAsXlsx(fake, original);

    const rechecked = await writeCheckedWorkbook(highlighted, report);
    const direct = await writeCheckedWorkbook(original, report);
    expect(userSheetFormats(await fakeFromXlsx(rechecked), userSheets)).toEqual(
      userSheetFormats(await fakeFromXlsx(direct), userSheets),
    );

    // The add-in opens the re-checked file: its settings are there, and clearing gives the original back.
    const after = await fakeFromXlsx(rechecked);
    const host2 = hostFor(after, `${name}.xlsx`);
    expect((await host2.loadSettings()).settings).toEqual({
      asOf: "2025-06-30",
      dueSoonDays: 12,
      columnOverrides: {},
      units: ["Văn phòng"],
    });
    await host2.clearHighlightsDetailed();
    expect(userSheetFormats(after, userSheets)).toEqual(originalFormats);
  });

  test("add-in, command line, add-in again, command line again: one state, the originals always recoverable", async () => {
    const fake1 = await fakeFromXlsx(original);
    await hostFor(fake1, `${name}.xlsx`).highlight(report);
    const cli1 = await writeCheckedWorkbook(await saveFakeAsXlsx(fake1, original), report);
    const fake2 = await fakeFromXlsx(cli1);
    await hostFor(fake2, `${name}.xlsx`).highlight(report);
    const cli2 = await writeCheckedWorkbook(await saveFakeAsXlsx(fake2, cli1), report);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cli2 as unknown as ArrayBuffer);
    const marker = wb.getWorksheet(MARKER_SHEET)!;
    const column: unknown[] = [];
    for (let r = 1; r <= marker.rowCount; r++) column.push(marker.getCell(r, 8).value);
    const { state, error } = readHighlightStateCells(column);
    expect(error).toBeNull();
    expect(new Set(state.sheets.map((s) => s.sheet)).size).toBe(state.sheets.length);

    const last = await fakeFromXlsx(cli2);
    await hostFor(last, `${name}.xlsx`).clearHighlightsDetailed();
    expect(userSheetFormats(last, userSheets)).toEqual(originalFormats);
  });
});

test("a file from an older command line (its own backup in columns C:F): the add-in's Xóa tô màu restores it and drops it", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fixtureBytes("kh-khong-dau") as unknown as ArrayBuffer);
  const ws = wb.getWorksheet("Sheet1")!;
  const original = new Uint8Array(await wb.xlsx.writeBuffer());
  const before = userSheetFormats(await fakeFromXlsx(original), ["Sheet1"]);
  const originalBorder = JSON.stringify(ws.getCell("D7").style.border ?? null);
  const overdue = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFFFC7CE" } };
  ws.getCell("B6").style = { ...ws.getCell("B6").style, fill: overdue };
  const red = { style: "medium" as const, color: { argb: "FFC00000" } };
  ws.getCell("D7").style = { ...ws.getCell("D7").style, border: { top: red, left: red, bottom: red, right: red } };
  const marker = wb.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
  marker.getCell("A1").value = "kehoach:generated-sheets";
  marker.getCell("C1").value = "kehoach:highlight-backup";
  marker.getRow(2).values = [undefined, undefined, "Sheet1", "B6", "fill", ""];
  marker.getRow(3).values = [undefined, undefined, "Sheet1", "D7", "border", originalBorder];
  const fake = await fakeFromXlsx(new Uint8Array(await wb.xlsx.writeBuffer()));
  expect(userSheetFormats(fake, ["Sheet1"])).not.toEqual(before);
  expect((await hostFor(fake, "kh-khong-dau.xlsx").clearHighlightsDetailed()).sheets).toEqual(["Sheet1"]);
  expect(userSheetFormats(fake, ["Sheet1"])).toEqual(before);
  const store = fake.sheet(MARKER_SHEET)!;
  for (let r = 1; r <= 3; r++) for (let c = 3; c <= 6; c++) expect(store.get(r, c)?.v ?? "").toBe("");
});
