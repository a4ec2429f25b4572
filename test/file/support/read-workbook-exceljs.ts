/** The exceljs reader the file layer had before its own (kept as the reference of the equivalence test). */
import ExcelJS from "exceljs";
import type { CellValue, Merge, SheetSnapshot } from "../../../src/core/snapshot";
import { WorkbookReadError } from "../../../src/file/errors";
import { isMarkerSheet, parseGeneratedMarker } from "../../../src/core";
import { detectContainer } from "../../../src/file/read-detect-format";
import {
  dateToSerial,
  effectiveNumberFormat,
  formatCellText,
  isDateTimeFormat,
  LOCALE_SHORT_DATE_FORMAT,
} from "../../../src/core/recognize/number-format";

/**
 * Reads an .xlsx workbook (bytes) into sheet snapshots with exceljs. Node and browser alike:
 * no file system here (see read-file-node.ts for reading a path).
 *
 * - Sheets in workbook order; `index` is the sheet's position in the workbook. The hidden
 *   generated-marker sheet ("_kehoach", see src/core/marker.ts) is left out; sheets it lists
 *   get `generated: true`.
 * - The grid spans the first to the last row and column holding a value; formatting alone
 *   (styled empty rows far below the data) does not extend it.
 * - Values: dates as Excel serial numbers (1900 system), rich text joined, formulas as their
 *   cached result, hyperlinks as their text, errors as `{ error: "#REF!" }`, empty as null.
 *   A merged area holds its value in its top-left cell only (others are null), as Excel does.
 * - Displayed text as Excel shows it (read-number-format.ts).
 * - Merges in 1-based sheet coordinates, clipped to the grid.
 *
 * Throws WorkbookReadError: not_xlsx, xls_format, encrypted, corrupt, empty, too_large.
 */

/** Above this size a file is refused as too_large (bytes). */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;
/** Above this many grid cells in one sheet the workbook is refused as too_large. */
export const MAX_SHEET_CELLS = 20_000_000;

export interface ReadWorkbookOptions {
  /** Overrides MAX_WORKBOOK_BYTES. */
  maxBytes?: number;
  /** Overrides MAX_SHEET_CELLS. */
  maxSheetCells?: number;
}

export async function readWorkbook(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<SheetSnapshot[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.length > (options.maxBytes ?? MAX_WORKBOOK_BYTES)) throw new WorkbookReadError("too_large", fileName);
  switch (detectContainer(bytes)) {
    case "empty":
      throw new WorkbookReadError("empty", fileName, "zero bytes");
    case "ole2_encrypted":
      throw new WorkbookReadError("encrypted", fileName);
    case "ole2":
      throw new WorkbookReadError("xls_format", fileName);
    case "zip_truncated":
      throw new WorkbookReadError("corrupt", fileName, "zip without end record");
    case "zip_other":
    case "unknown":
      throw new WorkbookReadError("not_xlsx", fileName);
    case "xlsx":
      break;
  }

  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs hands the bytes to JSZip, which takes a Uint8Array in Node and in the browser.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError("corrupt", fileName, e instanceof Error ? e.message : String(e));
  }

  const worksheets = workbook.worksheets;
  let generatedNames = new Set<string>();
  const markerSheets = new Set<ExcelJS.Worksheet>();
  for (const ws of worksheets) {
    if (!isMarkerSheet(ws.name)) continue;
    const names = parseGeneratedMarker(readColumnA(ws));
    // A user's own sheet that happens to be called "_kehoach" has no marker header: keep it.
    if (names.size > 0 || firstCellIsMarkerHeader(ws)) {
      generatedNames = names;
      markerSheets.add(ws);
    }
  }

  const maxCells = options.maxSheetCells ?? MAX_SHEET_CELLS;
  const snapshots: SheetSnapshot[] = [];
  worksheets.forEach((ws, index) => {
    if (markerSheets.has(ws)) return;
    const snapshot = readSheet(ws, index, fileName, maxCells);
    if (generatedNames.has(ws.name)) snapshot.generated = true;
    snapshots.push(snapshot);
  });

  const hasUserData = snapshots.some((s) => !s.generated && s.values.length > 0);
  if (!hasUserData) throw new WorkbookReadError("empty", fileName);
  return snapshots;
}

function firstCellIsMarkerHeader(ws: ExcelJS.Worksheet): boolean {
  const col = readColumnA(ws);
  return col.length > 0 && parseGeneratedMarker([col[0], "x"]).size > 0;
}

function readColumnA(ws: ExcelJS.Worksheet): unknown[] {
  const out: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const { value } = cellValue(ws.getRow(r).getCell(1));
    if (value === null) break;
    out.push(typeof value === "object" ? value.error : value);
  }
  return out;
}

interface ReadCell {
  value: CellValue;
  /** True when exceljs gave a Date (the value is its serial). */
  wasDate: boolean;
}

const EMPTY: ReadCell = { value: null, wasDate: false };

/** The value of one exceljs cell, as a snapshot holds it. */
function cellValue(cell: ExcelJS.Cell): ReadCell {
  const type = cell.type;
  if (type === ExcelJS.ValueType.Null || type === ExcelJS.ValueType.Merge) return EMPTY;
  const raw: unknown = cell.value;
  if (type === ExcelJS.ValueType.Formula) return plainValue((raw as { result?: unknown }).result);
  return plainValue(raw);
}

function plainValue(raw: unknown): ReadCell {
  if (raw === null || raw === undefined) return EMPTY;
  if (typeof raw === "string") return raw === "" ? EMPTY : { value: raw, wasDate: false };
  if (typeof raw === "number") return { value: raw, wasDate: false };
  if (typeof raw === "boolean") return { value: raw, wasDate: false };
  if (raw instanceof Date) {
    const t = raw.getTime();
    return Number.isNaN(t) ? EMPTY : { value: dateToSerial(raw), wasDate: true };
  }
  if (typeof raw === "object") {
    const o = raw as Record<string, unknown>;
    if (typeof o.error === "string") return { value: { error: o.error }, wasDate: false };
    if (Array.isArray(o.richText)) return plainValue(richTextToString(o.richText));
    if ("text" in o) {
      // Hyperlink: text may itself be rich text.
      const t = o.text;
      if (t && typeof t === "object" && Array.isArray((t as { richText?: unknown }).richText)) {
        return plainValue(richTextToString((t as { richText: unknown[] }).richText));
      }
      return plainValue(t);
    }
    if ("result" in o) return plainValue(o.result); // a formula value reached by another path
    if ("formula" in o || "sharedFormula" in o) return EMPTY; // formula without cached result
  }
  return EMPTY;
}

function richTextToString(runs: unknown[]): string {
  let s = "";
  for (const run of runs) {
    const t = (run as { text?: unknown }).text;
    if (typeof t === "string") s += t;
  }
  return s;
}

interface CellRecord {
  row: number;
  col: number;
  read: ReadCell;
  numFmt: string | undefined;
  font: string | undefined;
}

/** Calls fn for each cell a row stores (sparse: no cell is created for a gap). */
function forEachStoredCell(row: ExcelJS.Row, fn: (cell: ExcelJS.Cell, col: number) => void): void {
  const stored = (row as unknown as { _cells?: (ExcelJS.Cell | undefined)[] })._cells;
  if (Array.isArray(stored)) {
    stored.forEach((cell, i) => {
      if (cell) fn(cell, i + 1);
    });
  } else {
    row.eachCell({ includeEmpty: false }, fn);
  }
}

function readSheet(ws: ExcelJS.Worksheet, index: number, fileName: string, maxCells: number): SheetSnapshot {
  // One pass over the stored cells: values, formats and fonts; the rectangle spans the cells
  // holding a value (styled empty cells outside it, such as formatted rows far below, are ignored).
  const records: CellRecord[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  // Rows without any value are skipped (exceljs's includeEmpty:false); within a row, every stored
  // cell, styled empty ones included, without creating cells that are not there.
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    forEachStoredCell(row, (cell, colNumber) => {
      const read = cellValue(cell);
      const style = cell.style as Partial<ExcelJS.Style> | undefined;
      const numFmt = style?.numFmt;
      const font = style?.font?.name;
      if (read.value === null) {
        if (numFmt || font) records.push({ row: rowNumber, col: colNumber, read, numFmt, font });
        return;
      }
      records.push({ row: rowNumber, col: colNumber, read, numFmt, font });
      if (rowNumber < top) top = rowNumber;
      if (rowNumber > bottom) bottom = rowNumber;
      if (colNumber < left) left = colNumber;
      if (colNumber > right) right = colNumber;
    });
  });

  const base: SheetSnapshot = {
    name: ws.name,
    index,
    origin: { row: 1, col: 1 },
    values: [],
    text: [],
    numberFormats: [],
    fonts: [],
    merges: [],
  };
  const protection = (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection;
  if (protection && protection.sheet) base.protected = true;
  if (bottom === 0) return base;

  const height = bottom - top + 1;
  const width = right - left + 1;
  if (height * width > maxCells)
    throw new WorkbookReadError("too_large", fileName, `sheet ${ws.name}: ${height}x${width}`);

  const values: CellValue[][] = new Array(height);
  const text: string[][] = new Array(height);
  const numberFormats: string[][] = new Array(height);
  const fonts: (string | null)[][] = new Array(height);
  for (let r = 0; r < height; r++) {
    values[r] = new Array<CellValue>(width).fill(null);
    text[r] = new Array<string>(width).fill("");
    numberFormats[r] = new Array<string>(width).fill("General");
    fonts[r] = new Array<string | null>(width).fill(null);
  }
  for (const { row, col, read, numFmt: rawFmt, font } of records) {
    if (row < top || row > bottom || col < left || col > right) continue;
    const r = row - top;
    const c = col - left;
    const numFmt = effectiveNumberFormat(rawFmt);
    numberFormats[r][c] = numFmt;
    if (font) fonts[r][c] = font;
    if (read.value === null) continue;
    values[r][c] = read.value;
    if (typeof read.value === "string" && numFmt === "General") {
      text[r][c] = read.value;
    } else {
      // A value exceljs read as a date under a format our formatter does not see as one.
      const shownFmt = read.wasDate && !isDateTimeFormat(numFmt) ? LOCALE_SHORT_DATE_FORMAT : numFmt;
      text[r][c] = formatCellText(read.value, shownFmt);
    }
  }

  base.origin = { row: top, col: left };
  base.values = values;
  base.text = text;
  base.numberFormats = numberFormats;
  base.fonts = fonts;
  base.merges = readMerges(ws, top, left, bottom, right);
  return base;
}

function readMerges(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): Merge[] {
  const ranges = mergeRanges(ws);
  const merges: Merge[] = [];
  for (const m of ranges) {
    const t = Math.max(m.top, top);
    const l = Math.max(m.left, left);
    const b = Math.min(m.bottom, bottom);
    const rr = Math.min(m.right, right);
    if (t > b || l > rr) continue; // outside the grid
    if (t === b && l === rr) continue; // clipped down to one cell: nothing merged inside the grid
    merges.push({ top: t, left: l, bottom: b, right: rr });
  }
  merges.sort((a, b) => a.top - b.top || a.left - b.left);
  return merges;
}

/** The worksheet's merged areas, without building the whole worksheet model. */
function mergeRanges(ws: ExcelJS.Worksheet): Merge[] {
  const internal = (
    ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> }
  )._merges;
  if (internal && typeof internal === "object") {
    return Object.values(internal).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
  }
  // Fallback through the public model (slower: it serialises the sheet).
  const model = (ws as unknown as { model: { merges?: string[] } }).model;
  return (model.merges ?? []).map(parseRangeAddress).filter((m): m is Merge => m !== null);
}

function parseRangeAddress(address: string): Merge | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(address);
  if (!m) return null;
  const c1 = columnIndex(m[1]);
  const r1 = Number(m[2]);
  const c2 = m[3] ? columnIndex(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
