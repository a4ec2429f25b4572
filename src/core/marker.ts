/**
 * The checker's bookkeeping sheet inside a workbook, shared by every host (exceljs and Office.js
 * alike). Pure: cell values in, cell values out; each host reads and writes the cells its own way.
 *
 * - A sheet named `MARKER_SHEET` ("_kehoach"), hidden ("veryHidden" where the host can).
 * - Column A (`MARKER_COLUMNS.generated`): A1 = `MARKER_HEADER`, then the names of the sheets the
 *   checker generated, one a cell, until the first empty cell. A sheet is "generated" when listed
 *   here; a user's sheet, even one named like a summary sheet, is not. Readers leave the marker
 *   sheet out of their snapshots. Writers rewrite the whole list (`generatedMarkerRows`).
 * - Column H (`MARKER_COLUMNS.highlight`): what highlighting overwrote (core/highlight/state.ts),
 *   written by whichever host drew last: H1 = `HIGHLIGHT_STATE_HEADER`, H2.. = JSON in chunks.
 * - Column J (`MARKER_COLUMNS.settings`): the add-in's settings: J1 = `SETTINGS_HEADER`, J2.. = JSON
 *   in chunks. A host that does not use the settings copies them over unchanged.
 * - Column L (`MARKER_COLUMNS.history`): the check history (core/history): L1 = `HISTORY_HEADER`,
 *   L2.. = JSON in chunks, written by every check that records one (ribbon, pane, CLI `--out`).
 * - Column N (`MARKER_COLUMNS.lock`): the Excel add-in's operation lock (pane and ribbon run
 *   apart): N1 = `LOCK_HEADER`, N2 = JSON {owner, op, since, expires}; empty when free. Other
 *   hosts leave it alone.
 * - Columns C:F: LEGACY. Earlier versions of the .xlsx writer kept their own highlight backup here
 *   (C1 = `LEGACY_BACKUP_HEADER`; rows: sheet | range | "fill"/"border" | exceljs style JSON).
 *   Hosts read it (highlight/state.ts turns it into the common format) and then drop it.
 *
 * Chunks: at most CHUNK_CHARS characters each (a cell holds 32,767), prefixed with "|" so that a
 * chunk starting with "=", "+" or "-" is never read as a formula; written into text cells.
 */
export const MARKER_SHEET = "_kehoach";
export const MARKER_HEADER = "kehoach:generated-sheets";
/** The visibility writers give the marker sheet (exceljs `state`; Office.js "VeryHidden"). */
export const MARKER_STATE = "veryHidden" as const;

export const HIGHLIGHT_STATE_HEADER = "kehoach:highlight-state";
export const SETTINGS_HEADER = "kehoach:settings";
export const LEGACY_BACKUP_HEADER = "kehoach:highlight-backup";
export const HISTORY_HEADER = "kehoach:history";
export const LOCK_HEADER = "kehoach:lock";

/** Column letters and 1-based numbers of each part of the marker sheet. */
export const MARKER_COLUMNS = {
  generated: { letter: "A", index: 1 },
  legacyBackupFirst: { letter: "C", index: 3 },
  legacyBackupLast: { letter: "F", index: 6 },
  highlight: { letter: "H", index: 8 },
  settings: { letter: "J", index: 10 },
  history: { letter: "L", index: 12 },
  lock: { letter: "N", index: 14 },
} as const;

export const CHUNK_CHARS = 30_000;
export const CHUNK_PREFIX = "|";

/** True for the marker sheet's name (Excel names are case-insensitive). */
export function isMarkerSheet(sheetName: string): boolean {
  return sheetName.toLowerCase() === MARKER_SHEET.toLowerCase();
}

/** True when a sheet's A1 says it is ours (else it is a user's sheet that happens to be called so). */
export function isMarkerHeader(a1: unknown): boolean {
  return String(a1 ?? "").trim() === MARKER_HEADER;
}

/** The cells of column A from A1 down: the header, then the names. */
export function generatedMarkerRows(generatedSheetNames: readonly string[]): string[][] {
  return [[MARKER_HEADER], ...generatedSheetNames.map((n) => [n])];
}

/**
 * The generated sheet names listed in column A (values from A1 down). Empty when A1 is not the
 * marker header.
 */
export function parseGeneratedMarker(columnA: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  if (columnA.length === 0 || !isMarkerHeader(columnA[0])) return names;
  for (let i = 1; i < columnA.length; i++) {
    const v = columnA[i];
    if (v === null || v === undefined || v === "") break;
    names.add(String(v));
  }
  return names;
}

/** The cells (from row 1 down) that store `text` under `header`; none for null. */
export function chunkCells(header: string, text: string | null): string[] {
  if (text === null || text === "") return [];
  const out = [header];
  for (let i = 0; i < text.length; i += CHUNK_CHARS) out.push(CHUNK_PREFIX + text.slice(i, i + CHUNK_CHARS));
  return out;
}

/** The text stored under `header` in a column (values from row 1 down), or null. */
export function joinChunks(column: readonly unknown[], header: string): string | null {
  if (String(column[0] ?? "") !== header) return null;
  let s = "";
  for (let i = 1; i < column.length; i++) {
    const v = column[i];
    if (typeof v !== "string" || !v.startsWith(CHUNK_PREFIX)) break;
    s += v.slice(CHUNK_PREFIX.length);
  }
  return s || null;
}

/** One row of the legacy C:F backup. */
export interface LegacyBackupEntry {
  sheet: string;
  /** "A9:F12". */
  range: string;
  property: "fill" | "border";
  /** exceljs style JSON of the original value, or "" when the cells had none. */
  value: string;
}

/** Reads the legacy backup from the rows of columns C:F (row 1 first; each row [C, D, E, F]). */
export function parseLegacyBackup(rows: readonly (readonly unknown[])[]): LegacyBackupEntry[] {
  const text = (v: unknown): string =>
    typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "";
  if (rows.length === 0 || text(rows[0][0]) !== LEGACY_BACKUP_HEADER) return [];
  const out: LegacyBackupEntry[] = [];
  for (let i = 1; i < rows.length; i++) {
    const [c, d, e, f] = rows[i];
    const sheet = text(c);
    if (sheet === "") break;
    const property = text(e);
    if (property !== "fill" && property !== "border") continue;
    out.push({ sheet, range: text(d), property, value: text(f) });
  }
  return out;
}
