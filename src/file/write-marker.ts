import type ExcelJS from "exceljs";
import {
  GENERATED_MARKER_HEADER,
  GENERATED_MARKER_SHEET,
  GENERATED_MARKER_STATE,
  generatedMarkerRows,
  isGeneratedMarkerSheet,
  parseGeneratedMarker,
} from "./generated-marker";

/**
 * The marker sheet "_kehoach" (see generated-marker.ts), as the .xlsx writer keeps it:
 * - column A: the names of the sheets we generated (generated-marker.ts's convention);
 * - columns C:F: what the highlighting overwrote, so that a later run can put it back before
 *   drawing again. C1 holds HIGHLIGHT_BACKUP_HEADER; then one entry a row:
 *   C sheet name | D range ("A9:F12") | E property ("fill" or "border") | F the cells' original
 *   value of that property as JSON (exceljs style), or empty when they had none.
 *   Every cell of an entry's range had that same original value. Entries are restored last to first.
 * - any other column belongs to another writer (the Excel add-in keeps its highlight state in H and
 *   the settings in J, src/excel/store.ts): copied over unchanged whenever the sheet is rewritten.
 */
export const HIGHLIGHT_BACKUP_HEADER = "kehoach:highlight-backup";

export type BackupProperty = "fill" | "border";

export interface BackupEntry {
  sheet: string;
  range: string;
  property: BackupProperty;
  /** JSON of the original value, or "" when the cells had none. */
  value: string;
}

/** A cell of the marker sheet that another writer owns (kept as it is). */
export interface ForeignMarkerCell {
  row: number;
  col: number;
  value: ExcelJS.CellValue;
  style: Partial<ExcelJS.Style>;
}

/** Columns of the marker sheet this writer owns: A (generated names) and C:F (highlight backup). */
function ownColumn(col: number): boolean {
  return col === 1 || (col >= 3 && col <= 6);
}

export interface MarkerContents {
  /** The marker sheet, when the workbook has ours. */
  sheet: ExcelJS.Worksheet | null;
  generated: Set<string>;
  backup: BackupEntry[];
  /** A user's own sheet named "_kehoach" (no marker header): we cannot keep our marker. */
  foreignSheet: boolean;
  /** Cells of the other writers' columns, to write back unchanged. */
  others: ForeignMarkerCell[];
}

function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : "";
}

export function readMarker(wb: ExcelJS.Workbook): MarkerContents {
  const ws = wb.worksheets.find((w) => isGeneratedMarkerSheet(w.name));
  if (!ws) return { sheet: null, generated: new Set(), backup: [], foreignSheet: false, others: [] };
  if (text(ws.getCell(1, 1).value).trim() !== GENERATED_MARKER_HEADER) {
    return { sheet: null, generated: new Set(), backup: [], foreignSheet: true, others: [] };
  }
  const others: ForeignMarkerCell[] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (!ownColumn(c)) others.push({ row: r, col: c, value: cell.value, style: cell.style });
    });
  });
  const columnA: string[] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const v = text(ws.getCell(r, 1).value);
    if (v === "") break;
    columnA.push(v);
  }
  const backup: BackupEntry[] = [];
  if (text(ws.getCell(1, 3).value) === HIGHLIGHT_BACKUP_HEADER) {
    for (let r = 2; r <= ws.rowCount; r++) {
      const sheet = text(ws.getCell(r, 3).value);
      if (sheet === "") break;
      const property = text(ws.getCell(r, 5).value);
      if (property !== "fill" && property !== "border") continue;
      backup.push({ sheet, range: text(ws.getCell(r, 4).value), property, value: text(ws.getCell(r, 6).value) });
    }
  }
  return { sheet: ws, generated: parseGeneratedMarker(columnA), backup, foreignSheet: false, others };
}

/**
 * Adds the marker sheet (last, hidden) with the generated sheet names and the highlight backup,
 * and the other writers' cells (`others`, from readMarker) as they were.
 */
export function writeMarker(
  wb: ExcelJS.Workbook,
  generated: readonly string[],
  backup: readonly BackupEntry[],
  others: readonly ForeignMarkerCell[] = [],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(GENERATED_MARKER_SHEET, { state: GENERATED_MARKER_STATE });
  for (const o of others) {
    const cell = ws.getCell(o.row, o.col);
    cell.value = o.value;
    cell.style = o.style;
  }
  generatedMarkerRows(generated).forEach((row, i) => {
    ws.getCell(i + 1, 1).value = row[0];
  });
  ws.getCell(1, 3).value = HIGHLIGHT_BACKUP_HEADER;
  backup.forEach((e, i) => {
    const r = i + 2;
    ws.getCell(r, 3).value = e.sheet;
    ws.getCell(r, 4).value = e.range;
    ws.getCell(r, 5).value = e.property;
    if (e.value !== "") ws.getCell(r, 6).value = e.value;
  });
  return ws;
}
