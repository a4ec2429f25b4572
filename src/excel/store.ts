import {
  chunkCells,
  generatedMarkerRows,
  HIGHLIGHT_STATE_HEADER,
  HISTORY_HEADER,
  isMarkerHeader,
  joinChunks,
  LOCK_HEADER,
  MARKER_COLUMNS,
  MARKER_HEADER,
  MARKER_SHEET,
  parseGeneratedMarker,
  parseLegacyBackup,
  SETTINGS_HEADER as CORE_SETTINGS_HEADER,
  type LegacyBackupEntry,
} from "../core/marker";
import { ExcelHostError } from "./errors";

/**
 * The add-in's access to the marker sheet "_kehoach" (layout: core/marker.ts, shared with the
 * .xlsx writer), kept in the workbook so it survives save, close and reopen:
 *
 *   column A  the names of the generated summary sheets (A1 = the marker header)
 *   columns C:F  legacy .xlsx writer backup: read (highlight.ts merges it), cleared once restored
 *   column H  highlight state (core/highlight/state.ts), chunked JSON: written by both hosts
 *   column J  settings, chunked JSON
 *   column L  check history (core/history; written by the hosts that record it)
 *   column N  the operation lock (lock.ts)
 *
 * Reading queues loads (no sync here); writing queues writes. The caller syncs.
 */
export const STORE_SHEET = MARKER_SHEET;
export const HIGHLIGHT_HEADER = HIGHLIGHT_STATE_HEADER;
export const SETTINGS_HEADER = CORE_SETTINGS_HEADER;

export type StoreColumn = "A" | "C" | "H" | "J" | "L" | "N";

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
  /** Raw JSON text of the operation lock (lock.ts), or null. */
  lock: string | null;
  /** Raw JSON text of the check history (core/history), or null. */
  history: string | null;
  /** The legacy C:F highlight backup of older .xlsx writers (core/marker.ts). */
  legacyBackup: LegacyBackupEntry[];
  /** Rows used in each column (to clear stale chunks when rewriting). */
  rowsUsed: Record<StoreColumn, number>;
}

/** Queues the load of the bookkeeping sheet. Call read() after context.sync(). */
export function loadStore(context: Excel.RequestContext): StoreReader {
  // isNullObject is filled in by the sync without being loaded (loading it is flagged by
  // eslint-plugin-office-addins' no-navigational-load).
  const sheet = context.workbook.worksheets.getItemOrNullObject(STORE_SHEET);
  // The used range covers A..J; read it whole (small: names and a few JSON chunks).
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values,rowIndex,columnIndex");
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
    lock: null,
    history: null,
    legacyBackup: [],
    rowsUsed: { A: 0, C: 0, H: 0, J: 0, L: 0, N: 0 },
  };
  if (sheet.isNullObject) return empty;
  if (used.isNullObject) return { ...empty, exists: true };
  const values = used.values;
  const r0 = used.rowIndex;
  const c0 = used.columnIndex;
  const column = (letter: string): unknown[] => {
    const ci = letter.charCodeAt(0) - 65 - c0;
    const out: unknown[] = new Array(r0).fill("");
    for (const row of values) out.push(ci >= 0 && ci < row.length ? row[ci] : "");
    return out;
  };
  const colA = column("A");
  const colH = column("H");
  const colJ = column("J");
  const colL = column("L");
  const colN = column("N");
  const legacyCols = ["C", "D", "E", "F"].map(column);
  const legacyRows = legacyCols[0].map((_, i) => legacyCols.map((col) => col[i]));
  return {
    exists: true,
    foreign: !isMarkerHeader(colA[0]),
    generated: parseGeneratedMarker(colA),
    highlight: joinChunks(colH, HIGHLIGHT_HEADER),
    settings: joinChunks(colJ, SETTINGS_HEADER),
    lock: joinChunks(colN, LOCK_HEADER),
    history: joinChunks(colL, HISTORY_HEADER),
    legacyBackup: parseLegacyBackup(legacyRows),
    rowsUsed: {
      A: usedLength(colA),
      C: Math.max(...legacyCols.map(usedLength)),
      H: usedLength(colH),
      J: usedLength(colJ),
      L: usedLength(colL),
      N: usedLength(colN),
    },
  };
}

function usedLength(col: unknown[]): number {
  let n = col.length;
  while (n > 0 && (col[n - 1] === "" || col[n - 1] === null || col[n - 1] === undefined)) n--;
  return n;
}

const STORE_HEADERS = { H: HIGHLIGHT_HEADER, J: SETTINGS_HEADER, L: HISTORY_HEADER, N: LOCK_HEADER } as const;

/**
 * Queues the writes that make the bookkeeping sheet hold `json` under `header` in `column`
 * (null removes it), creating the hidden sheet when needed. `contents` is what loadStore read.
 */
export function queueStoreWrite(
  context: Excel.RequestContext,
  contents: StoreContents,
  column: "H" | "J" | "L" | "N",
  json: string | null,
): void {
  const sheet = ensureStoreSheet(context, contents);
  const header = STORE_HEADERS[column];
  const rows = chunkCells(header, json);
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
  const rows = generatedMarkerRows(names).map((r) => r[0]);
  const height = Math.max(rows.length, contents.rowsUsed.A);
  const range = sheet.getRange(`A1:A${height}`);
  range.numberFormat = Array.from({ length: height }, () => ["@"]);
  range.values = Array.from({ length: height }, (_, i) => [rows[i] ?? ""]);
  contents.rowsUsed.A = rows.length;
  contents.generated = new Set(names);
}

/** Queues clearing the legacy C:F backup (once what it recorded has been restored). */
export function queueLegacyBackupClear(context: Excel.RequestContext, contents: StoreContents): void {
  if (contents.rowsUsed.C === 0 || contents.foreign || !contents.exists) return;
  const first = MARKER_COLUMNS.legacyBackupFirst.letter;
  const last = MARKER_COLUMNS.legacyBackupLast.letter;
  const height = contents.rowsUsed.C;
  context.workbook.worksheets.getItem(STORE_SHEET).getRange(`${first}1:${last}${height}`).values = Array.from(
    { length: height },
    () => ["", "", "", ""],
  );
  contents.rowsUsed.C = 0;
  contents.legacyBackup = [];
}

function ensureStoreSheet(context: Excel.RequestContext, contents: StoreContents): Excel.Worksheet {
  if (contents.foreign) throw new ExcelHostError("sheet_name_taken", { sheet: STORE_SHEET });
  if (contents.exists) return context.workbook.worksheets.getItem(STORE_SHEET);
  const sheet = context.workbook.worksheets.add(STORE_SHEET);
  sheet.visibility = "VeryHidden" as Excel.SheetVisibility;
  sheet.getRange("A1").numberFormat = [["@"]];
  sheet.getRange("A1").values = [[MARKER_HEADER]];
  contents.exists = true;
  contents.rowsUsed.A = Math.max(contents.rowsUsed.A, 1);
  return sheet;
}
