import { columnIndex, rectAddress } from "../a1";
import { z } from "zod";
import type { PlanReport, SheetReport } from "../report";

/**
 * What to draw on each plan sheet: row ranges (over the table's columns) for the task statuses,
 * and cell ranges for invalid cells. Rows that follow each other and share a mark are grouped, so
 * a host writes one range-wide operation per group.
 */

export const rowMarkSchema = z.enum(["overdue", "due_soon", "done"]);
export type RowMark = z.infer<typeof rowMarkSchema>;

/** A rectangle in 1-based sheet coordinates, inclusive, with its A1 address. */
export const highlightRangeSchema = z.object({
  firstRow: z.number().int().min(1),
  lastRow: z.number().int().min(1),
  firstCol: z.number().int().min(1),
  lastCol: z.number().int().min(1),
  /** "A9:F12" (or "C23" for one cell). */
  address: z.string(),
});
export type HighlightRange = z.infer<typeof highlightRangeSchema>;

export const sheetHighlightSchema = z.object({
  sheet: z.string(),
  /** Row fills: for each mark, its ranges (top to bottom). */
  rows: z.array(highlightRangeSchema.extend({ mark: rowMarkSchema })),
  /** Invalid cells (an error-severity issue), grouped down each column. */
  invalid: z.array(highlightRangeSchema),
});
export type SheetHighlight = z.infer<typeof sheetHighlightSchema>;

export const highlightPlanSchema = z.object({ sheets: z.array(sheetHighlightSchema) });
export type HighlightPlan = z.infer<typeof highlightPlanSchema>;

export interface HighlightOptions {
  /**
   * The table's columns per sheet (1-based, inclusive), as the host sees them (from the header
   * rows). Default: from the leftmost to the rightmost column that has a role.
   */
  spans?: Record<string, { firstCol: number; lastCol: number }>;
}

function rangeAddress(firstRow: number, firstCol: number, lastRow: number, lastCol: number): string {
  return rectAddress({ top: firstRow, left: firstCol, bottom: lastRow, right: lastCol });
}

function range(firstRow: number, lastRow: number, firstCol: number, lastCol: number): HighlightRange {
  return { firstRow, lastRow, firstCol, lastCol, address: rangeAddress(firstRow, firstCol, lastRow, lastCol) };
}

function defaultSpan(sheet: SheetReport): { firstCol: number; lastCol: number } | null {
  const letters = Object.values(sheet.table?.columns ?? {}).filter((c): c is string => c !== null);
  if (letters.length === 0) return null;
  const nums = letters.map(columnIndex);
  return { firstCol: Math.min(...nums), lastCol: Math.max(...nums) };
}

/**
 * The highlight plan of a report. Overdue, due-soon and done tasks get their row filled over the
 * table's columns (the row the report names: the task's first line); open and no-deadline tasks
 * get nothing. A cell named by an error-severity issue gets the invalid mark (an issue on the
 * whole row marks the row's first table cell). Pure.
 */
export function planHighlights(report: PlanReport, options: HighlightOptions = {}): HighlightPlan {
  const sheets: SheetHighlight[] = [];
  for (const sheet of report.sheets) {
    if (!sheet.recognized || !sheet.table) continue;
    const span = options.spans?.[sheet.sheet] ?? defaultSpan(sheet);
    if (!span) continue;

    const marked: Array<{ row: number; mark: RowMark }> = [];
    for (const item of sheet.items) {
      if (item.type !== "task") continue;
      const s = item.status;
      if (s === "overdue" || s === "due_soon" || s === "done") marked.push({ row: item.row, mark: s });
    }
    marked.sort((a, b) => a.row - b.row);
    const rows: SheetHighlight["rows"] = [];
    for (const m of marked) {
      const last = rows[rows.length - 1];
      if (last && last.mark === m.mark && last.lastRow + 1 === m.row) {
        last.lastRow = m.row;
        last.address = rangeAddress(last.firstRow, last.firstCol, last.lastRow, last.lastCol);
      } else if (!last || last.lastRow < m.row) {
        rows.push({ ...range(m.row, m.row, span.firstCol, span.lastCol), mark: m.mark });
      }
    }

    const cellsByCol = new Map<number, Set<number>>();
    for (const issue of sheet.issues) {
      if (issue.severity !== "error" || issue.row === null) continue;
      const col = issue.column !== null ? columnIndex(issue.column) : span.firstCol;
      let set = cellsByCol.get(col);
      if (!set) cellsByCol.set(col, (set = new Set()));
      set.add(issue.row);
    }
    const invalid: HighlightRange[] = [];
    for (const col of [...cellsByCol.keys()].sort((a, b) => a - b)) {
      const list = [...cellsByCol.get(col)!].sort((a, b) => a - b);
      let start = list[0];
      let prev = list[0];
      for (let i = 1; i <= list.length; i++) {
        const r = list[i];
        if (r === prev + 1) {
          prev = r;
          continue;
        }
        invalid.push(range(start, prev, col, col));
        start = prev = r;
      }
    }
    if (rows.length > 0 || invalid.length > 0) sheets.push({ sheet: sheet.sheet, rows, invalid });
  }
  return { sheets };
}
