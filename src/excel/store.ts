import { ExcelHostError } from "./errors";
import { GENERATED_MARKER_HEADER, GENERATED_MARKER_SHEET, parseGeneratedMarker } from "../file/generated-marker";

/**
 * What the add-in keeps inside the workbook, so it survives save, close and reopen: the hidden
 * bookkeeping sheet "_kehoach" (visibility VeryHidden) shared with the .xlsx writer.
 *
 *   column A  the names of the generated summary sheets (generated-marker.ts; A1 = its header)
 *   columns C:F  the .xlsx writer's own highlight backup (write-marker.ts): not ours, left alone
 *   column H  highlight state: H1 = HIGHLIGHT_HEADER, H2.. = JSON in chunks
 *   column J  settings:        J1 = SETTINGS_HEADER,  J2.. = JSON in chunks
 *
 * Each chunk is at most CHUNK_CHARS characters (a cell holds 32,767) and is written with the
 * prefix "|" into text-formatted cells, so a chunk that starts with "=", "+" or "-" never becomes
 * a formula. Readers of the .xlsx file skip the whole sheet (it is the generated marker).
 * Each writer rewrites only its own columns.
 *
 * Reading queues loads (no sync here); writing queues writes. The caller syncs.
 */
export const STORE_SHEET = GENERATED_MARKER_SHEET;
export const HIGHLIGHT_HEADER = "kehoach:highlight-state";
export const SETTINGS_HEADER = "kehoach:settings";
export const CHUNK_CHARS = 30_000;
const CHUNK_PREFIX = "|";

export type StoreColumn = "A" | "H" | "J";

export interface StoreReader {
  /** Available after the caller's sync. */
  read(): StoreContents;
}

export interface StoreContents {
  exists: boolean;
  /** A user's own sheet called "_kehoach" (A1 is not our header): never written to. */
  foreign: boolean;
  generated: Set<string>;
  /** Raw JSON text of the highlight state, or null. */
  highlight: string | null;
  /** Raw JSON text of the settings, or null. */
  settings: string | null;
  /** Rows used in each column (to clear stale chunks when rewriting). */
  rowsUsed: Record<StoreColumn, number>;
}

/** Queues the load of the bookkeeping sheet. Call read() after context.sync(). */
export function loadStore(context: Excel.RequestContext): StoreReader {
  const sheet = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
  sheet.load("isNullObject");
  // The used range covers A..J; read it whole (small: names and a few JSON chunks).
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("isNullObject,values,rowIndex,columnIndex");
  return { read: () => storeContents(sheet, used) };
}

/** What the bookkeeping sheet holds, from its proxies once loaded and synced. */
function storeContents(sheet: Excel.Worksheet, used: Excel.Range): StoreContents {
  const empty: StoreContents = {
    exists: false,
    foreign: false,
    generated: new Set(),
    highlight: null,
    settings: null,
    rowsUsed: { A: 0, H: 0, J: 0 },
  };
  if (sheet.isNullObject) return empty;
  if (used.isNullObject) return { ...empty, exists: true };
  const values = used.values;
  const r0 = used.rowIndex;
  const c0 = used.columnIndex;
  const column = (letter: StoreColumn): unknown[] => {
    const ci = letter.charCodeAt(0) - 65 - c0;
    const out: unknown[] = new Array(r0).fill("");
    for (const row of values) out.push(ci >= 0 && ci < row.length ? row[ci] : "");
    return out;
  };
  const colA = column("A");
  const colH = column("H");
  const colJ = column("J");
  return {
    exists: true,
    foreign: String(colA[0] ?? "").trim() !== GENERATED_MARKER_HEADER,
    generated: parseGeneratedMarker(colA),
    highlight: joinChunks(colH, HIGHLIGHT_HEADER),
    settings: joinChunks(colJ, SETTINGS_HEADER),
    rowsUsed: { A: usedLength(colA), H: usedLength(colH), J: usedLength(colJ) },
  };
}

function usedLength(col: unknown[]): number {
  let n = col.length;
  while (n > 0 && (col[n - 1] === "" || col[n - 1] === null || col[n - 1] === undefined)) n--;
  return n;
}

function joinChunks(col: unknown[], header: string): string | null {
  if (String(col[0] ?? "") !== header) return null;
  let s = "";
  for (let i = 1; i < col.length; i++) {
    const v = col[i];
    if (typeof v !== "string" || !v.startsWith(CHUNK_PREFIX)) break;
    s += v.slice(CHUNK_PREFIX.length);
  }
  return s || null;
}

export function splitChunks(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += CHUNK_CHARS) out.push(CHUNK_PREFIX + text.slice(i, i + CHUNK_CHARS));
  return out;
}

/**
 * Queues the writes that make the bookkeeping sheet hold `json` under `header` in `column`
 * (null removes it), creating the hidden sheet when needed. `contents` is what loadStore read.
 */
export function queueStoreWrite(
  context: Excel.RequestContext,
  contents: StoreContents,
  column: "H" | "J",
  json: string | null,
): void {
  const sheet = ensureStoreSheet(context, contents);
  const header = column === "H" ? HIGHLIGHT_HEADER : SETTINGS_HEADER;
  const rows = json === null ? [] : [header, ...splitChunks(json)];
  const old = contents.rowsUsed[column];
  const height = Math.max(rows.length, old);
  if (height === 0) return;
  const range = sheet.getRange(`${column}1:${column}${height}`);
  // Text format first, so nothing written below is read as a formula.
  range.numberFormat = Array.from({ length: height }, () => ["@"]);
  range.values = Array.from({ length: height }, (_, i) => [rows[i] ?? ""]);
  contents.rowsUsed[column] = rows.length;
}

/** Queues writing the list of generated sheets in column A (the .xlsx writer's convention). */
export function queueGeneratedList(
  context: Excel.RequestContext,
  contents: StoreContents,
  names: readonly string[],
): void {
  const sheet = ensureStoreSheet(context, contents);
  const rows = [GENERATED_MARKER_HEADER, ...names];
  const height = Math.max(rows.length, contents.rowsUsed.A);
  const range = sheet.getRange(`A1:A${height}`);
  range.numberFormat = Array.from({ length: height }, () => ["@"]);
  range.values = Array.from({ length: height }, (_, i) => [rows[i] ?? ""]);
  contents.rowsUsed.A = rows.length;
  contents.generated = new Set(names);
}

function ensureStoreSheet(context: Excel.RequestContext, contents: StoreContents): Excel.Worksheet {
  if (contents.foreign) throw new ExcelHostError("sheet_name_taken", { sheet: STORE_SHEET });
  if (contents.exists) return context.workbook.worksheets.getItem(STORE_SHEET);
  const sheet = context.workbook.worksheets.add(STORE_SHEET);
  sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
  sheet.getRange("A1").numberFormat = [["@"]];
  sheet.getRange("A1").values = [[GENERATED_MARKER_HEADER]];
  contents.exists = true;
  contents.rowsUsed.A = Math.max(contents.rowsUsed.A, 1);
  return sheet;
}
