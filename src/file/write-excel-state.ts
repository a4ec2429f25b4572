import type ExcelJS from "exceljs";
import { parseHighlightState, type CellBorders, type EdgeState, type FillState } from "../excel/highlight-state";

/**
 * Reads the highlight state the Excel add-in keeps in column H of the marker sheet
 * (src/excel/store.ts, src/excel/highlight-state.ts) and puts back, with exceljs, the fills and
 * borders it records as the originals. The .xlsx writer does this before drawing, so that a
 * workbook highlighted in Excel and then checked from the command line carries no stale marks
 * and the writer's own backup records the true originals. Column H itself is left as it is (it
 * belongs to the add-in; restoring originals twice is harmless).
 *
 * Office.js gives colours as "#RRGGBB"; a theme colour thus comes back as its RGB value.
 */

export const EXCEL_HIGHLIGHT_HEADER = "kehoach:highlight-state";
const CHUNK_PREFIX = "|";

/** The add-in's highlight state JSON from column H of the marker sheet, or null. */
export function readExcelHighlightJson(marker: ExcelJS.Worksheet): string | null {
  if (marker.getCell(1, 8).value !== EXCEL_HIGHLIGHT_HEADER) return null;
  let json = "";
  for (let r = 2; r <= marker.rowCount; r++) {
    const v = marker.getCell(r, 8).value;
    if (typeof v !== "string" || !v.startsWith(CHUNK_PREFIX)) break;
    json += v.slice(CHUNK_PREFIX.length);
  }
  return json || null;
}

function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

function fillOf(f: FillState): ExcelJS.Fill | undefined {
  return f === null ? undefined : { type: "pattern", pattern: "solid", fgColor: { argb: argb(f) } };
}

/** Office.js line style and weight -> OOXML border style (exceljs). */
function borderStyle(e: EdgeState): ExcelJS.BorderStyle | undefined {
  const w = e.weight;
  switch (e.style) {
    case "None":
      return undefined;
    case "Continuous":
      return w === "Hairline" ? "hair" : w === "Medium" ? "medium" : w === "Thick" ? "thick" : "thin";
    case "Dash":
      return w === "Medium" || w === "Thick" ? "mediumDashed" : "dashed";
    case "Dot":
      return "dotted";
    case "Double":
      return "double";
    case "DashDot":
      return w === "Medium" || w === "Thick" ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return w === "Medium" || w === "Thick" ? "mediumDashDotDot" : "dashDotDot";
    case "SlantDashDot":
      return "slantDashDot";
    default:
      return "thin";
  }
}

function bordersOf(b: CellBorders): Partial<ExcelJS.Borders> | undefined {
  const out: Partial<ExcelJS.Borders> = {};
  for (const side of ["top", "left", "bottom", "right"] as const) {
    const style = borderStyle(b[side]);
    if (style) out[side] = { style, color: { argb: argb(b[side].color) } };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function parseRect(a: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(a);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
}

function setStyle(cell: ExcelJS.Cell, property: "fill" | "border", value: unknown): void {
  const style = { ...(cell.style ?? {}) } as Record<string, unknown>;
  if (value === undefined) delete style[property];
  else style[property] = value;
  cell.style = style as Partial<ExcelJS.Style>;
}

/**
 * Puts back the originals the add-in recorded. Returns the number of blocks restored; unreadable
 * state restores nothing.
 */
export function restoreExcelHighlights(wb: ExcelJS.Workbook, marker: ExcelJS.Worksheet | null): number {
  if (!marker) return 0;
  const { state, error } = parseHighlightState(readExcelHighlightJson(marker));
  if (error) return 0;
  let restored = 0;
  for (const sh of state.sheets) {
    const ws = wb.getWorksheet(sh.sheet);
    if (!ws) continue;
    for (const block of sh.blocks) {
      const rect = parseRect(block.a);
      if (!rect) continue;
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const cell = ws.getCell(r, c);
          if (block.fill !== undefined) {
            const f = Array.isArray(block.fill) ? block.fill[r - rect.top]?.[c - rect.left] : block.fill;
            if (f !== undefined) setStyle(cell, "fill", fillOf(f));
          }
          if (block.borders !== undefined) {
            const b = Array.isArray(block.borders) ? block.borders[r - rect.top]?.[c - rect.left] : block.borders;
            if (b !== undefined) setStyle(cell, "border", bordersOf(b));
          }
        }
      }
      restored++;
    }
  }
  return restored;
}
