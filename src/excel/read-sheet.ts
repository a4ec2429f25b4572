import type { CellValue, Merge, SheetSnapshot } from "../core/snapshot";
import { parseAreas } from "./address";
import { DEFAULT_BUDGET } from "./batch";
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
 *   without 1.9.
 * Sync 2..n: the remaining rows in chunks sized from the sample so that each response stays
 *   under `payloadBudget` (Excel on the web refuses 5 MB), and column-wide font names.
 *   A chunk that still comes back too large is halved and retried.
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

function loadBlock(range: Excel.Range): Excel.Range {
  return range.load("values,text,numberFormat,valueTypes");
}

function blockOf(range: Excel.Range): Block {
  return {
    values: range.values,
    text: range.text,
    numberFormat: range.numberFormat,
    valueTypes: range.valueTypes as unknown as Grid<string>,
  };
}

function blockBytes(b: Block): number {
  return jsonBytes(b.values) + jsonBytes(b.text) + jsonBytes(b.numberFormat) + jsonBytes(b.valueTypes);
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
  const sampleRows = Math.max(1, options.sampleRows ?? DEFAULT_SAMPLE);
  const { caps } = options;

  // ---- sync 1
  sheet.load("name,position");
  sheet.protection.load("protected");
  // getUsedRange (not …OrNullObject): nothing is chained on a null object; a blank sheet gives A1.
  const used = sheet.getUsedRange(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const sample = loadBlock(used.getRow(0).getResizedRange(sampleRows - 1, 0));
  const sampleFonts = caps.api19
    ? used
        .getRow(0)
        .getResizedRange(sampleRows - 1, 0)
        .getCellProperties({ format: { font: { name: true } } })
    : null;
  const merged = caps.api113 ? used.getMergedAreasOrNullObject() : null;
  merged?.load("address");
  await context.sync();
  stats.syncs++;

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

  const put = (block: Block, firstRow: number): void => {
    for (let r = 0; r < block.values.length && firstRow + r < rows; r++) {
      const i = firstRow + r;
      const vrow = block.values[r];
      const trow = block.valueTypes[r];
      const out: CellValue[] = new Array(cols);
      for (let c = 0; c < cols; c++) out[c] = toCellValue(vrow[c], trow[c]);
      values[i] = out;
      text[i] = block.text[r].slice(0, cols).map((t) => (t === null || t === undefined ? "" : String(t)));
      numberFormats[i] = block.numberFormat[r].slice(0, cols).map((f) => (f ? String(f) : "General"));
    }
  };

  put(sampleBlock, 0);
  const sampleCount = Math.min(rows, sampleBlock.values.length);
  if (sampleFonts) {
    const props = sampleFonts.value as { format?: { font?: { name?: string } } }[][];
    for (let r = 0; r < sampleCount; r++) fonts[r] = props[r].slice(0, cols).map((p) => p.format?.font?.name ?? null);
  }

  // ---- syncs 2..n: the rest, in chunks sized from the sample.
  const bytesPerRow = Math.max(cols * 24, (blockBytes(sampleBlock) / Math.max(1, sampleBlock.values.length)) * 1.2);
  let chunkRows = Math.max(1, Math.floor(budget / bytesPerRow));
  // Fonts of the rows the sample did not cover: one uniform name per column (null when mixed).
  const fontRowsFrom = caps.api19 ? sampleCount : 0;
  // Proxies are (re)made for each attempt: objects queued in a batch that failed are not reused.
  const queueColumnFonts = (): Excel.RangeFont[] => {
    const out: Excel.RangeFont[] = [];
    for (let c = 0; c < cols; c++) {
      const f = sheet.getRangeByIndexes(top - 1 + fontRowsFrom, left - 1 + c, rows - fontRowsFrom, 1).format.font;
      f.load("name");
      out.push(f);
    }
    return out;
  };
  let columnFonts: Excel.RangeFont[] | null = fontRowsFrom < rows ? queueColumnFonts() : null;
  let next = sampleCount;
  let pendingFonts = columnFonts !== null;
  while (next < rows || pendingFonts) {
    const count = Math.min(chunkRows, rows - next);
    const chunk = count > 0 ? loadBlock(sheet.getRangeByIndexes(top - 1 + next, left - 1, count, cols)) : null;
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
      for (let r = fontRowsFrom; r < rows; r++) fonts[r] = names.slice();
      pendingFonts = false;
    }
    if (chunk) {
      put(blockOf(chunk), next);
      next += count;
    }
  }
  for (let r = 0; r < rows; r++) if (!fonts[r]) fonts[r] = new Array(cols).fill(null);

  snapshot.values = values;
  snapshot.text = text;
  snapshot.numberFormats = numberFormats;
  snapshot.fonts = fonts;
  if (merged && !merged.isNullObject)
    snapshot.merges = clipMerges(parseAreas(merged.address), top, left, top + rows - 1, left + cols - 1);
  else if (!merged && options.mergesFallback) {
    const fromFile = await options.mergesFallback(snapshot.name);
    if (fromFile) snapshot.merges = clipMerges(fromFile, top, left, top + rows - 1, left + cols - 1);
  }
  return snapshot;
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
