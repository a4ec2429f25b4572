import {
  effectiveNumberFormat,
  formatCellText,
  isDateFormat,
  isDateTimeFormat,
  LOCALE_SHORT_DATE_FORMAT,
} from "../core/recognize/number-format";
import type { CellValue, Merge, SheetSnapshot } from "../core/snapshot";
import { WorkbookReadError, type ReadLimit } from "./errors";
import { isMarkerSheet, parseGeneratedMarker } from "../core";
import { DEFAULT_PACKAGE_LIMITS, Package } from "./package/package";
import { ZipFormatError, ZipLimitError } from "./package/zip";
import { readBook, type Book, type BookSheet } from "./read-book";
import { detectContainer } from "./read-detect-format";
import { readSheetCells, SheetLimitError, type SheetCells } from "./read-sheet-cells";

/**
 * Reads an .xlsx/.xlsm workbook (bytes) into sheet snapshots, straight from the package: the
 * parts are found through their relationships, inflated in chunks and parsed as a stream (saxes),
 * within hard limits. Node and browser alike: no file system here (see read-file-node.ts).
 *
 * - Worksheets in workbook order; `index` is the sheet's position among them. Chart sheets,
 *   dialog and macro sheets hold no cells and are left out. The hidden marker sheet ("_kehoach",
 *   core/marker.ts) is left out too; the sheets it lists get `generated: true`.
 * - The grid spans the first to the last row and column holding a value; formatting alone does
 *   not extend it.
 * - Values: numbers as stored (dates are serials of the 1900 system; a 1904 workbook's dates are
 *   moved to it), shared and inline strings with rich text joined, ISO dates (t="d") as serials,
 *   formulas as their cached result, errors as `{ error: "#REF!" }`, empty strings as null.
 * - Displayed text as Excel shows it (core/recognize/number-format.ts).
 * - Merges in 1-based sheet coordinates, clipped to the grid.
 *
 * Throws WorkbookReadError: not_xlsx, xls_format, encrypted, corrupt, empty, too_large (with the
 * limit that was passed).
 */

/** Above this size a file is refused as too_large (bytes). */
export const MAX_WORKBOOK_BYTES = 100 * 1024 * 1024;
/** Most grid cells (rows x columns spanned by values) in one workbook, all sheets together. */
export const MAX_SHEET_CELLS = 12_000_000;
/** Most cells holding a value in one workbook. */
export const MAX_WORKBOOK_CELLS = 10_000_000;
/** Highest row number Excel has. */
export const MAX_ROWS = 1_048_576;

export interface ReadWorkbookOptions {
  /** Overrides MAX_WORKBOOK_BYTES. */
  maxBytes?: number;
  /** Overrides MAX_SHEET_CELLS (grid cells of the whole workbook). */
  maxSheetCells?: number;
  /** Overrides MAX_WORKBOOK_CELLS. */
  maxCells?: number;
  /** Overrides the most uncompressed bytes of one part and of the whole package. */
  maxEntryBytes?: number;
  maxTotalBytes?: number;
  /** Called after each sheet is read (progress: sheets done, sheets in all). */
  onProgress?: (done: number, total: number) => void;
}

/** Opens a package, mapping zip failures to WorkbookReadError. */
export function openWorkbookPackage(bytes: Uint8Array, fileName: string, options: ReadWorkbookOptions = {}): Book {
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
  return guarded(fileName, () => {
    const pkg = new Package(bytes, {
      maxEntryBytes: options.maxEntryBytes ?? DEFAULT_PACKAGE_LIMITS.maxEntryBytes,
      maxTotalBytes: options.maxTotalBytes ?? DEFAULT_PACKAGE_LIMITS.maxTotalBytes,
    });
    const book = readBook(pkg);
    if (!book) throw new WorkbookReadError("not_xlsx", fileName, "no workbook part");
    return book;
  });
}

/** Runs a read step, turning every failure into a WorkbookReadError that names the reason. */
export function guarded<T>(fileName: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw asReadError(e, fileName);
  }
}

function asReadError(e: unknown, fileName: string): WorkbookReadError {
  if (e instanceof WorkbookReadError) return e;
  if (e instanceof ZipLimitError) {
    const limit: ReadLimit = { kind: e.kind === "entry" ? "part_bytes" : "total_bytes", limit: e.limit, part: e.part };
    return new WorkbookReadError("too_large", fileName, e.message, limit);
  }
  if (e instanceof SheetLimitError)
    return new WorkbookReadError("too_large", fileName, e.message, { kind: e.kind, limit: e.limit });
  if (e instanceof RangeError)
    // Out of memory for arrays or strings: still a clear refusal, never an abort.
    return new WorkbookReadError("too_large", fileName, e.message);
  const detail = e instanceof ZipFormatError || e instanceof Error ? e.message : String(e);
  return new WorkbookReadError("corrupt", fileName, detail);
}

export async function readWorkbook(
  data: ArrayBuffer | Uint8Array,
  fileName: string,
  options: ReadWorkbookOptions = {},
): Promise<SheetSnapshot[]> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const book = openWorkbookPackage(bytes, fileName, options);
  return guarded(fileName, () => snapshotsOf(book, fileName, options));
}

/** The worksheets of a book (the sheets that hold cells), in workbook order. */
export function worksheetsOf(book: Book): BookSheet[] {
  return book.sheets.filter((s) => s.kind === "worksheet" && s.part !== null);
}

/** Column A of a sheet from A1 down to the first empty cell (the marker sheet's list). */
export function columnValues(cells: SheetCells, col: number): CellValue[] {
  const byRow = new Map<number, CellValue>();
  for (let i = 0; i < cells.rows.length; i++) if (cells.cols[i] === col) byRow.set(cells.rows[i], cells.values[i]);
  const out: CellValue[] = [];
  for (let r = 1; ; r++) {
    const v = byRow.get(r);
    if (v === undefined || v === null) break;
    out.push(v);
  }
  return out;
}

function snapshotsOf(book: Book, fileName: string, options: ReadWorkbookOptions): SheetSnapshot[] {
  const sheets = worksheetsOf(book);
  const maxCells = options.maxCells ?? MAX_WORKBOOK_CELLS;
  const maxGrid = options.maxSheetCells ?? MAX_SHEET_CELLS;
  let valueCells = 0;
  let gridCells = 0;
  let generated = new Set<string>();
  let markerIndex = -1;
  const read: { sheet: BookSheet; index: number; cells: SheetCells }[] = [];
  sheets.forEach((sheet, index) => {
    let cells: SheetCells;
    try {
      cells = readSheetCells(book, sheet.part!, {
        maxValueCells: maxCells - valueCells,
        maxStoredCells: 3 * maxCells,
        maxRow: MAX_ROWS,
      });
    } catch (e) {
      // The sheet's share ran out: the message names the workbook's limit.
      if (e instanceof SheetLimitError && e.kind === "cells")
        throw new WorkbookReadError("too_large", fileName, e.message, { kind: "cells", limit: maxCells });
      throw e;
    }
    valueCells += cells.valueCount;
    options.onProgress?.(index + 1, sheets.length);
    if (isMarkerSheet(sheet.name)) {
      const colA = columnValues(cells, 1).map((v) => (typeof v === "object" && v !== null ? v.error : v));
      const names = parseGeneratedMarker(colA);
      // A user's own sheet that happens to be called "_kehoach" has no marker header: keep it.
      if (names.size > 0 || (colA.length > 0 && parseGeneratedMarker([colA[0], "x"]).size > 0)) {
        generated = names;
        markerIndex = index;
        return;
      }
    }
    read.push({ sheet, index, cells });
  });
  const snapshots: SheetSnapshot[] = [];
  for (const { sheet, index, cells } of read) {
    if (index === markerIndex) continue;
    const snapshot = buildSnapshot(book, sheet, index, cells, (n) => {
      gridCells += n;
      if (gridCells > maxGrid)
        throw new WorkbookReadError("too_large", fileName, `sheet ${sheet.name}: ${n} cells`, {
          kind: "cells",
          limit: maxGrid,
        });
    });
    if (generated.has(sheet.name)) snapshot.generated = true;
    snapshots.push(snapshot);
  }
  const hasUserData = snapshots.some((s) => !s.generated && s.values.length > 0);
  if (!hasUserData) throw new WorkbookReadError("empty", fileName);
  return snapshots;
}

function buildSnapshot(
  book: Book,
  sheet: BookSheet,
  index: number,
  cells: SheetCells,
  claimGrid: (cells: number) => void,
): SheetSnapshot {
  const { xfNumFmt, xfFont } = book.styles;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const n = cells.rows.length;
  for (let i = 0; i < n; i++) {
    if (cells.values[i] === null) continue;
    const r = cells.rows[i];
    const c = cells.cols[i];
    if (r < top) top = r;
    if (r > bottom) bottom = r;
    if (c < left) left = c;
    if (c > right) right = c;
  }
  const base: SheetSnapshot = {
    name: sheet.name,
    index,
    origin: { row: 1, col: 1 },
    values: [],
    text: [],
    numberFormats: [],
    fonts: [],
    merges: [],
  };
  if (cells.protected) base.protected = true;
  if (bottom === 0) return base;

  const height = bottom - top + 1;
  const width = right - left + 1;
  claimGrid(height * width);
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
  for (let i = 0; i < n; i++) {
    const row = cells.rows[i];
    const col = cells.cols[i];
    if (row < top || row > bottom || col < left || col > right) continue;
    const r = row - top;
    const c = col - left;
    const s = cells.styles[i];
    const numFmt = effectiveNumberFormat(s >= 0 ? xfNumFmt[s] : undefined);
    numberFormats[r][c] = numFmt;
    const font = s >= 0 ? xfFont[s] : null;
    if (font) fonts[r][c] = font;
    let value = cells.values[i];
    if (value === null) continue;
    if (typeof value === "string" && numFmt === "General") {
      values[r][c] = value;
      text[r][c] = value;
      continue;
    }
    const iso = cells.isoDate[i];
    // A 1904 workbook stores dates 1462 days lower; snapshots hold 1900-system serials.
    if (book.date1904 && !iso && typeof value === "number" && isDateFormat(numFmt)) value += 1462;
    values[r][c] = value;
    // An ISO date under a format that shows no date: Excel shows it as a date.
    const shownFmt = iso && !isDateTimeFormat(numFmt) ? LOCALE_SHORT_DATE_FORMAT : numFmt;
    text[r][c] = formatCellText(value, shownFmt);
  }
  base.origin = { row: top, col: left };
  base.values = values;
  base.text = text;
  base.numberFormats = numberFormats;
  base.fonts = fonts;
  base.merges = clipMerges(cells.merges, top, left, bottom, right);
  return base;
}

function clipMerges(ranges: Merge[], top: number, left: number, bottom: number, right: number): Merge[] {
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
