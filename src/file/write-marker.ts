import type ExcelJS from "exceljs";
import {
  combineStates,
  emptyHighlightState,
  highlightStateCells,
  legacyBackupToState,
  readHighlightStateCells,
  type HighlightState,
  type ThemePalette,
} from "../core/highlight";
import {
  generatedMarkerRows,
  isMarkerHeader,
  isMarkerSheet,
  MARKER_COLUMNS,
  MARKER_SHEET,
  MARKER_STATE,
  HISTORY_HEADER,
  chunkCells,
  joinChunks,
  parseGeneratedMarker,
  parseLegacyBackup,
} from "../core/marker";

/**
 * The marker sheet "_kehoach" (layout: core/marker.ts), as the .xlsx writer keeps it:
 * - column A: the names of the sheets we generated;
 * - column H: what the highlighting overwrote, in the format every host shares
 *   (core/highlight/state.ts): the add-in's "Xóa tô màu" restores what this writer drew, and this
 *   writer restores what the add-in drew;
 * - columns C:F: an older version of this writer's own backup, read (merged into the state, its
 *   originals winning) and then dropped;
 * - column L: the check history (core/history), rewritten with this check added;
 * - any other column (the add-in's settings in J, …) is copied over unchanged.
 */

/** A cell of the marker sheet that another part owns (kept as it is). */
export interface ForeignMarkerCell {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

/** Columns this writer rewrites: A (generated names), C:F (legacy backup, dropped), H (state), L (history). */
function ownColumn(col: number): boolean {
  return (
    col === MARKER_COLUMNS.generated.index ||
    col === MARKER_COLUMNS.highlight.index ||
    col === MARKER_COLUMNS.history.index ||
    (col >= MARKER_COLUMNS.legacyBackupFirst.index && col <= MARKER_COLUMNS.legacyBackupLast.index)
  );
}

export interface MarkerContents {
  /** The marker sheet, when the workbook has ours. */
  sheet: ExcelJS.Worksheet | null;
  generated: Set<string>;
  /** What earlier runs (either host) overwrote: column H with the legacy C:F backup merged in. */
  state: HighlightState;
  /** Set when column H could not be read (nothing of it is restored). */
  stateError: string | null;
  /** A user's own sheet named "_kehoach" (no marker header): we cannot keep our marker. */
  foreignSheet: boolean;
  /** Cells of the other columns, to write back unchanged. */
  others: ForeignMarkerCell[];
  /** The check history's stored text (column L), or null. */
  history: string | null;
}

function cellValues(ws: ExcelJS.Worksheet, col: number): unknown[] {
  const out: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) out.push(ws.getCell(r, col).value);
  return out;
}

export function readMarker(wb: ExcelJS.Workbook, palette?: ThemePalette): MarkerContents {
  const none = {
    sheet: null,
    generated: new Set<string>(),
    state: emptyHighlightState(),
    stateError: null,
    others: [],
    history: null,
  };
  const ws = wb.worksheets.find((w) => isMarkerSheet(w.name));
  if (!ws) return { ...none, foreignSheet: false };
  if (!isMarkerHeader(ws.getCell(1, 1).value)) return { ...none, foreignSheet: true };
  const others: ForeignMarkerCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!ownColumn(c)) others.push({ row: r, col: c, value: cell.value, style: cell.style });
    });
  });
  const first = MARKER_COLUMNS.legacyBackupFirst.index;
  const legacyRows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) legacyRows.push([0, 1, 2, 3].map((i) => ws.getCell(r, first + i).value));
  const legacy = legacyBackupToState(parseLegacyBackup(legacyRows), palette);
  const parsed = readHighlightStateCells(cellValues(ws, MARKER_COLUMNS.highlight.index));
  return {
    sheet: ws,
    generated: parseGeneratedMarker(cellValues(ws, MARKER_COLUMNS.generated.index)),
    state: combineStates(parsed.state, legacy),
    stateError: parsed.error,
    foreignSheet: false,
    others,
    history: joinChunks(cellValues(ws, MARKER_COLUMNS.history.index), HISTORY_HEADER),
  };
}

/**
 * Adds the marker sheet (last, hidden) with the generated sheet names and the highlight state,
 * and the other columns' cells (`others`, from readMarker) as they were. Our cells are text cells.
 */
export function writeMarker(
  wb: ExcelJS.Workbook,
  generated: readonly string[],
  state: HighlightState,
  others: readonly ForeignMarkerCell[] = [],
  history: string | null = null,
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(MARKER_SHEET, { state: MARKER_STATE });
  for (const o of others) {
    const cell = ws.getCell(o.row, o.col);
    cell.value = o.value;
    cell.style = o.style;
  }
  const put = (row: number, col: number, value: string) => {
    const cell = ws.getCell(row, col);
    cell.numFmt = "@";
    cell.value = value;
  };
  generatedMarkerRows(generated).forEach((row, i) => put(i + 1, MARKER_COLUMNS.generated.index, row[0]));
  highlightStateCells(state).forEach((v, i) => put(i + 1, MARKER_COLUMNS.highlight.index, v));
  chunkCells(HISTORY_HEADER, history).forEach((v, i) => put(i + 1, MARKER_COLUMNS.history.index, v));
  return ws;
}
