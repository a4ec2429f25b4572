import type { CellValue, Merge, SheetSnapshot } from "../core/snapshot";
import { parseAreas } from "./address";
import { DEFAULT_BUDGET } from "./batch";
import { detect1904, to1900Serials } from "./date-system";
import { jsonBytes } from "./bytes";
import type { ExcelCapabilities } from "./capabilities";
import { officeErrorCode } from "./errors";
import { isMarkerSheet } from "../core/marker";
import { loadStore } from "./store";

/**
 * Reads a worksheet into a SheetSnapshot in few round trips.
 *
 * Sync 1: the sheet's name, position, protection; the used range of VALUES (`getUsedRange(true)`,
 *   so formatting far below the data is ignored); its first `sampleRows` rows (values, text,
 *   number formats, value types), their fonts (getCellProperties, ExcelApi 1.9) and the merged
 *   areas (ExcelApi 1.13). A sheet of up to `sampleRows` rows is done here, but for fonts
 *   without 1.9. Retried with a 16 times smaller sample when the response is too large (a very
 *   wide used range), and without merges when they fail (Excel answers at most 512 areas).
 * Sync 2..n: the remaining rows in chunks sized from the sample so that each response stays
 *   under `payloadBudget` (Excel on the web refuses 5 MB): values, number formats and value
 *   types; the displayed text only where it can differ from the value (numbers, dates, booleans,
 *   strings under a non-General format), one column segment per chunk, in the next sync. A chunk
 *   that still comes back too large is halved and retried.
 * Merges beyond 512 areas: in bands of rows, all in one sync, the band halved on error
 *   (readMergesInBands); if even that fails, from the workbook's file.
 * No sync inside a loop over rows or cells; no proxy per cell.
 *
 * Fallbacks: without ExcelApi 1.13 merges come from `mergesFallback` (the workbook's file,
 * merges-from-file.ts) or are []; without 1.9 fonts are read per column (uniform name, else null).
 */
export interface ReadSheetOptions {
  caps: ExcelCapabilities;
  /** Response bytes aimed for per sync (default 4,000,000: a margin under Excel's 5 MB). */
  payloadBudget?: number;
  /** Rows read in the first sync (default 200). */
  sampleRows?: number;
  /**
   * Where merges come from when ExcelApi 1.13 is missing (merges-from-file.ts reads them from
   * the workbook's .xlsx bytes). Without it, or when it answers null, merges are [].
   */
  mergesFallback?: (sheetName: string) => Promise<Merge[] | null>;
}

export interface ReadStats {
  syncs: number;
}

const DEFAULT_SAMPLE = 200;
const ERROR_TYPE = "Error";

type Grid<T> = T[][];

interface Block {
  values: Grid<unknown>;
  text: Grid<string>;
  numberFormat: Grid<string>;
  valueTypes: Grid<string>;
}

function blockOf(range: Excel.Range): Block {
  return {
    values: range.values,
    text: range.text,
    numberFormat: range.numberFormat,
    valueTypes: range.valueTypes as unknown as Grid<string>,
  };
}

function toCellValue(v: unknown, type: string | undefined): CellValue {
  if (type === ERROR_TYPE) return { error: String(v) };
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

function isPayloadError(e: unknown): boolean {
  const code = officeErrorCode(e);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/** A string's displayed text is the string itself in these formats (no text section to decorate it). */
function textIsValue(type: string | undefined, format: unknown): boolean {
  if (type === "Empty" || type === ERROR_TYPE) return true;
  return type === "String" && (format === "General" || format === "@" || !format);
}

/** The first sync's proxies (remade for each attempt: objects of a batch that failed are not reused). */
function queueFirst(sheet: Excel.Worksheet, sampleRows: number, caps: ExcelCapabilities, withMerges: boolean) {
  sheet.load("name,position");
  sheet.protection.load("protected");
  // getUsedRange (not …OrNullObject): nothing is chained on a null object; a blank sheet gives A1.
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const sampleRange = used.getRow(0).getResizedRange(sampleRows - 1, 0);
  const sample = sampleRange.load("values,text,numberFormat,valueTypes");
  const sampleFonts = caps.api19 ? sampleRange.getCellProperties({ format: { font: { name: true } } }) : null;
  const merged = withMerges ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  return { used, sample, sampleFonts, merged };
}

/**
 * Reads one worksheet. `sheet` is a proxy (active sheet or by name); the caller's context is used
 * and `stats.syncs` counts the round trips made.
 */
export async function readSheet(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  options: ReadSheetOptions,
  stats: ReadStats = { syncs: 0 },
): Promise<SheetSnapshot> {
  const budget = options.payloadBudget ?? DEFAULT_BUDGET;
  let sampleRows = Math.max(1, options.sampleRows ?? DEFAULT_SAMPLE);
  const { caps } = options;

  // ---- sync 1. Retried with a smaller sample when the response is too large (a very wide used
  // range), and without merges when they cannot be read at once (more than 512 areas).
  let withMerges = caps.api113;
  let first = queueFirst(sheet, sampleRows, caps, withMerges);
  for (;;) {
    try {
      await context.sync();
      stats.syncs++;
      break;
    } catch (e) {
      stats.syncs++;
      if (isPayloadError(e) && sampleRows > 1) sampleRows = Math.max(1, Math.floor(sampleRows / 16));
      else if (withMerges) withMerges = false;
      else throw e;
      first = queueFirst(sheet, sampleRows, caps, withMerges);
    }
  }
  const { used, sample, sampleFonts, merged } = first;

  const snapshot: SheetSnapshot = {
    name: sheet.name,
    index: sheet.position,
    origin: { row: 1, col: 1 },
    values: [],
    text: [],
    numberFormats: [],
    fonts: [],
    merges: [],
    protected: sheet.protection.protected,
  };
  const sampleBlock = blockOf(sample);
  const blank =
    used.rowCount === 1 &&
    used.columnCount === 1 &&
    (sampleBlock.values[0]?.[0] ?? "") === "" &&
    sampleBlock.valueTypes[0]?.[0] !== ERROR_TYPE;
  if (blank) return snapshot;
  const top = used.rowIndex + 1;
  const left = used.columnIndex + 1;
  const rows = used.rowCount;
  const cols = used.columnCount;
  snapshot.origin = { row: top, col: left };

  const values: Grid<CellValue> = new Array(rows);
  const text: Grid<string> = new Array(rows);
  const numberFormats: Grid<string> = new Array(rows);
  const fonts: Grid<string | null> = new Array(rows);

  /** Puts a block; where its text was not loaded, the text is the value's (textIsValue). */
  const put = (block: Omit<Block, "text"> & { text: Grid<string> | null }, firstRow: number): void => {
    for (let r = 0; r < block.values.length && firstRow + r < rows; r++) {
      const i = firstRow + r;
      const vrow = block.values[r];
      const trow = block.valueTypes[r];
      const out: CellValue[] = new Array(cols);
      for (let c = 0; c < cols; c++) out[c] = toCellValue(vrow[c], trow[c]);
      values[i] = out;
      const t = block.text?.[r];
      text[i] = t
        ? t.slice(0, cols).map((x) => (x === null || x === undefined ? "" : String(x)))
        : out.map((v) => (v === null ? "" : typeof v === "object" ? v.error : String(v)));
      numberFormats[i] = block.numberFormat[r].slice(0, cols).map((f) => (f ? String(f) : "General"));
    }
  };

  put(sampleBlock, 0);
  const sampleCount = Math.min(rows, sampleBlock.values.length);
  if (sampleFonts) {
    const props = sampleFonts.value as { format?: { font?: { name?: string } } }[][];
    for (let r = 0; r < sampleCount; r++) fonts[r] = props[r].slice(0, cols).map((p) => p.format?.font?.name ?? null);
  }

  // ---- syncs 2..n: the rest, in chunks sized from the sample: values, formats and types; the text
  // only where it can differ from the value (numbers, dates, booleans, decorated strings), in the
  // next sync (a column segment per chunk).
  const sampleN = Math.max(1, sampleBlock.values.length);
  let textBytes = 0;
  sampleBlock.text.forEach((row, r) =>
    row.forEach((t, c) => {
      if (!textIsValue(sampleBlock.valueTypes[r]?.[c], sampleBlock.numberFormat[r]?.[c])) textBytes += jsonBytes(t);
    }),
  );
  const baseBytes =
    jsonBytes(sampleBlock.values) + jsonBytes(sampleBlock.numberFormat) + jsonBytes(sampleBlock.valueTypes);
  const bytesPerRow = Math.max(cols * 24, ((baseBytes + textBytes * 1.5) / sampleN) * 1.2);
  let chunkRows = Math.max(1, Math.floor(budget / bytesPerRow));
  // Fonts of the rows the sample did not cover: one uniform name per column (null when mixed),
  // for at most MAX_FONT_COLUMNS columns (a plan table is narrow; each column is one request path).
  const fontRowsFrom = caps.api19 ? sampleCount : 0;
  const fontCols = Math.min(cols, MAX_FONT_COLUMNS);
  const queueColumnFonts = (): Excel.RangeFont[] => {
    const out: Excel.RangeFont[] = [];
    for (let c = 0; c < fontCols; c++) {
      const f = sheet.getRangeByIndexes(top - 1 + fontRowsFrom, left - 1 + c, rows - fontRowsFrom, 1).format.font;
      f.load("name");
      out.push(f);
    }
    return out;
  };
  /** Text segments (one per column that needs it) of a chunk read, loaded in the next sync. */
  type TextRead = { firstRow: number; col: number; range: Excel.Range };
  let textWanted: { firstRow: number; count: number; cols: { col: number; from: number; to: number }[] }[] = [];
  const queueText = (): TextRead[] => {
    const out: TextRead[] = [];
    for (const w of textWanted)
      for (const seg of w.cols) {
        const range = sheet.getRangeByIndexes(
          top - 1 + w.firstRow + seg.from,
          left - 1 + seg.col,
          seg.to - seg.from + 1,
          1,
        );
        range.load("text");
        out.push({ firstRow: w.firstRow + seg.from, col: seg.col, range });
      }
    return out;
  };
  let columnFonts: Excel.RangeFont[] | null = fontRowsFrom < rows ? queueColumnFonts() : null;
  let next = sampleCount;
  let pendingFonts = columnFonts !== null;
  while (next < rows || pendingFonts || textWanted.length > 0) {
    const count = Math.min(chunkRows, rows - next);
    const chunk =
      count > 0
        ? sheet.getRangeByIndexes(top - 1 + next, left - 1, count, cols).load("values,numberFormat,valueTypes")
        : null;
    const texts = queueText();
    try {
      await context.sync();
      stats.syncs++;
    } catch (e) {
      stats.syncs++;
      if (isPayloadError(e) && count > 1) {
        chunkRows = Math.max(1, Math.floor(count / 2));
        if (pendingFonts) columnFonts = queueColumnFonts();
        continue;
      }
      throw e;
    }
    if (pendingFonts && columnFonts) {
      const names = columnFonts.map((f) => (f.name === null || f.name === undefined ? null : String(f.name)));
      for (let r = fontRowsFrom; r < rows; r++) {
        const row = new Array<string | null>(cols).fill(null);
        names.forEach((n, c) => (row[c] = n));
        fonts[r] = row;
      }
      pendingFonts = false;
    }
    for (const t of texts)
      t.range.text.forEach((row, i) => {
        text[t.firstRow + i][t.col] = row[0] === null || row[0] === undefined ? "" : String(row[0]);
      });
    textWanted = [];
    if (chunk) {
      const block = {
        values: chunk.values,
        numberFormat: chunk.numberFormat,
        valueTypes: chunk.valueTypes as unknown as Grid<string>,
        text: null,
      };
      put(block, next);
      const segs: { col: number; from: number; to: number }[] = [];
      for (let c = 0; c < cols; c++) {
        let from = -1;
        let to = -1;
        for (let r = 0; r < block.values.length; r++)
          if (!textIsValue(block.valueTypes[r]?.[c], block.numberFormat[r]?.[c])) {
            if (from < 0) from = r;
            to = r;
          }
        if (from >= 0) segs.push({ col: c, from, to });
      }
      if (segs.length > 0) textWanted = [{ firstRow: next, count, cols: segs }];
      next += count;
    }
  }
  for (let r = 0; r < rows; r++) if (!fonts[r]) fonts[r] = new Array(cols).fill(null);

  // A 1904 workbook: dates as the 1900 system's serials (as the file host gives them).
  if (detect1904(values, text, numberFormats)) to1900Serials(values, numberFormats);
  snapshot.values = values;
  snapshot.text = text;
  snapshot.numberFormats = numberFormats;
  snapshot.fonts = fonts;
  const bottom = top + rows - 1;
  const right = left + cols - 1;
  let areas: Merge[] | null = null;
  if (merged) areas = merged.isNullObject ? [] : parseAreas(merged.address);
  else if (caps.api113) areas = await readMergesInBands(context, sheet, top, left, rows, cols, stats);
  if (areas === null && options.mergesFallback) areas = await options.mergesFallback(snapshot.name);
  if (areas) snapshot.merges = clipMerges(areas, top, left, bottom, right);
  return snapshot;
}

/** Excel answers getMergedAreas… for at most this many areas (Excel.Range d.ts). */
export const MAX_MERGED_AREAS = 512;
/** Column fonts read after the sample, at most (one request path each). */
const MAX_FONT_COLUMNS = 64;

/**
 * Merged areas of a used range with more than 512 of them: read in bands of rows, all bands of
 * one size in one sync; a failure halves the band. getMergedAreasOrNullObject answers only areas
 * whose top-left cell is in the range (office-js#3611), so each area comes from exactly one band.
 * Null when even single rows fail (the caller falls back to the file).
 */
async function readMergesInBands(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  top: number,
  left: number,
  rows: number,
  cols: number,
  stats: ReadStats,
): Promise<Merge[] | null> {
  // A merged area covers at least 2 cells: a band of B rows holds at most B*cols/2 anchors.
  let band = Math.max(1, Math.min(rows, Math.floor(rows / 2)));
  for (;;) {
    const reads: Excel.RangeAreas[] = [];
    for (let r = 0; r < rows; r += band) {
      const areas = sheet
        .getRangeByIndexes(top - 1 + r, left - 1, Math.min(band, rows - r), cols)
        .getMergedAreasOrNullObject();
      areas.load("address");
      reads.push(areas);
    }
    try {
      await context.sync();
      stats.syncs++;
    } catch {
      stats.syncs++;
      if (band <= 1) return null;
      band = Math.max(1, Math.floor(band / 2));
      continue;
    }
    const out: Merge[] = [];
    for (const a of reads) if (!a.isNullObject) out.push(...parseAreas(a.address));
    return out;
  }
}

/** Merges clipped to the grid, one-cell leftovers dropped, sorted (as the file host does). */
export function clipMerges(areas: Merge[], top: number, left: number, bottom: number, right: number): Merge[] {
  const out: Merge[] = [];
  for (const m of areas) {
    const t = Math.max(m.top, top);
    const l = Math.max(m.left, left);
    const b = Math.min(m.bottom, bottom);
    const r = Math.min(m.right, right);
    if (t > b || l > r) continue;
    if (t === b && l === r) continue;
    out.push({ top: t, left: l, bottom: b, right: r });
  }
  out.sort((a, b) => a.top - b.top || a.left - b.left);
  return out;
}

/**
 * Reads every sheet of the workbook, in workbook order, except the hidden bookkeeping sheet;
 * sheets the checker generated come back with `generated: true` (core leaves them out).
 * 1 sync for the list, then readSheet's syncs per sheet.
 */
export async function readAllSheets(
  context: Excel.RequestContext,
  options: ReadSheetOptions,
  stats: ReadStats = { syncs: 0 },
): Promise<SheetSnapshot[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const store = loadStore(context);
  await context.sync();
  stats.syncs++;
  const contents = store.read();
  const out: SheetSnapshot[] = [];
  for (const ws of sheets.items) {
    if (isMarkerSheet(ws.name) && !contents.foreign) continue;
    const snapshot = await readSheet(context, context.workbook.worksheets.getItem(ws.name), options, stats);
    if (contents.generated.has(ws.name)) snapshot.generated = true;
    out.push(snapshot);
  }
  return out;
}
