/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells here, not Office.js proxies */
import ExcelJS from "exceljs";
import {
  bordersFromXlsx,
  fillFromXlsx,
  NO_EDGE,
  xlsxBorders,
  xlsxFill,
  type CellBorders,
  type EdgeState,
  type FillState,
  themePaletteFromXml,
} from "../../src/core/highlight";
import { isMarkerSheet, MARKER_SHEET } from "../../src/core/marker";
import { readWorkbook } from "../../src/file/read-workbook";
import { fakeWorkbookFromSnapshots, type BorderEdge, type EdgeName, type FakeWorkbook } from "./excel-fake";

/** The workbook's theme colours (for theme fills), from its theme part when exceljs kept it. */
function workbookPalette(wb: ExcelJS.Workbook) {
  const themes = (wb as unknown as { _themes?: Record<string, string> })._themes;
  return themePaletteFromXml(themes?.theme1);
}

/**
 * Moves a workbook between the .xlsx file (exceljs) and the Excel fake, the way opening a file in
 * Excel and saving it does, for the cross-host tests: values (through the file host's reader),
 * fills and borders (what the hosts draw), and the hidden marker sheet's cells.
 */

const EDGES: Record<keyof CellBorders, EdgeName> = {
  top: "EdgeTop",
  bottom: "EdgeBottom",
  left: "EdgeLeft",
  right: "EdgeRight",
};

async function loadXlsx(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Opens an .xlsx in the fake: every sheet's values, fills and borders; the marker sheet's cells. */
export async function fakeFromXlsx(bytes: Uint8Array, file = "book.xlsx"): Promise<FakeWorkbook> {
  const fake = fakeWorkbookFromSnapshots(await readWorkbook(bytes, file));
  const wb = await loadXlsx(bytes);
  const palette = workbookPalette(wb);
  for (const ws of wb.worksheets) {
    if (isMarkerSheet(ws.name)) {
      const marker = fake.addSheet(ws.name);
      marker.visibility = ws.state === "veryHidden" ? "VeryHidden" : ws.state === "hidden" ? "Hidden" : "Visible";
      ws.eachRow({ includeEmpty: false }, (row, r) =>
        row.eachCell({ includeEmpty: false }, (cell, c) => {
          const v = cell.value;
          if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
            const fc = marker.ensure(r, c);
            fc.v = v;
            fc.nf = cell.numFmt ?? "General";
          }
        }),
      );
      continue;
    }
    const sheet = fake.sheet(ws.name);
    if (!sheet) continue;
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        const fill = fillFromXlsx(cell.style?.fill, palette);
        const borders = bordersFromXlsx(cell.style?.border, palette);
        const hasBorder = Object.values(borders).some((e) => e.style !== "None");
        if (fill === null && !hasBorder) return;
        const fc = sheet.ensure(r, c);
        fc.fill = fill;
        if (hasBorder) {
          fc.borders = {};
          for (const [side, edge] of Object.entries(EDGES)) {
            const e = borders[side as keyof CellBorders];
            if (e.style !== "None") fc.borders[edge] = { ...e };
          }
        }
      }),
    );
  }
  return fake;
}

function edgeOf(e: BorderEdge | undefined): EdgeState {
  return e && e.style !== "None" ? { style: e.style, color: e.color.toUpperCase(), weight: e.weight } : NO_EDGE;
}

/** A cell's fill and borders in the fake, in the highlight state's portable terms. */
export function fakeFormat(
  fake: FakeWorkbook,
  sheet: string,
  r: number,
  c: number,
): {
  fill: FillState;
  borders: CellBorders;
} {
  const cell = fake.cellState(sheet, r, c);
  return {
    fill: cell?.fill ? cell.fill.toUpperCase() : null,
    borders: {
      top: edgeOf(cell?.borders?.EdgeTop),
      bottom: edgeOf(cell?.borders?.EdgeBottom),
      left: edgeOf(cell?.borders?.EdgeLeft),
      right: edgeOf(cell?.borders?.EdgeRight),
    },
  };
}

/**
 * Saves the fake back over the original .xlsx (as Excel would save the file): each user sheet's
 * fills and borders where they differ from the file's, and the marker sheet as the fake holds it.
 * Values are not copied (neither host changes a value in the user's sheets).
 */
export async function saveFakeAsXlsx(fake: FakeWorkbook, original: Uint8Array): Promise<Uint8Array> {
  const wb = await loadXlsx(original);
  const palette = workbookPalette(wb);
  for (const ws of wb.worksheets.slice()) if (isMarkerSheet(ws.name)) wb.removeWorksheet(ws.id);
  for (const sheet of fake.sheets) {
    if (isMarkerSheet(sheet.name)) continue;
    const ws = wb.getWorksheet(sheet.name);
    if (!ws) continue;
    // Cells the fake does not hold have no fill and no borders in Excel either.
    const keys = new Set<string>();
    ws.eachRow({ includeEmpty: true }, (row, r) =>
      row.eachCell({ includeEmpty: true }, (_cell, c) => keys.add(`${r}:${c}`)),
    );
    for (const k of sheet.cells.keys()) keys.add(`${Math.floor(k / 20000)}:${k % 20000}`);
    for (const k of keys) {
      const [r, c] = k.split(":").map(Number);
      const want = fakeFormat(fake, sheet.name, r, c);
      const cell = ws.getCell(r, c);
      const style = { ...(cell.style ?? {}) } as Record<string, unknown>;
      let changed = false;
      if (fillFromXlsx(style.fill, palette) !== want.fill) {
        const f = xlsxFill(want.fill);
        if (f === undefined) delete style.fill;
        else style.fill = f;
        changed = true;
      }
      if (JSON.stringify(bordersFromXlsx(style.border, palette)) !== JSON.stringify(want.borders)) {
        const b = xlsxBorders(want.borders);
        if (b === undefined) delete style.border;
        else style.border = b;
        changed = true;
      }
      if (changed) cell.style = style as Partial<ExcelJS.Style>;
    }
  }
  const marker = fake.sheet(MARKER_SHEET);
  if (marker) {
    const ws = wb.addWorksheet(MARKER_SHEET, {
      state: marker.visibility === "VeryHidden" ? "veryHidden" : marker.visibility === "Hidden" ? "hidden" : "visible",
    });
    for (const [k, cell] of marker.cells) {
      if (cell.v === null || cell.v === "") continue;
      const c = ws.getCell(Math.floor(k / 20000), k % 20000);
      c.numFmt = cell.nf;
      c.value = cell.v;
    }
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
