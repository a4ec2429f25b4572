import { z } from "zod";
import { isoDateSchema } from "../report";

/**
 * The summary model: plain data that every writer (Office.js, exceljs) renders the same way,
 * so the two outputs cannot drift apart. Built by `buildSummary` from a plan report.
 *
 * A sheet is laid out top to bottom as (see `summaryLayout`):
 *   title lines (one row each) | one empty row | the header row | data rows | the total row (if any)
 *   | one empty row | note lines (if any).
 */

export const SUMMARY_COLUMN_KINDS = ["text", "number", "percent", "date", "link"] as const;
export const summaryColumnKindSchema = z.enum(SUMMARY_COLUMN_KINDS);
export type SummaryColumnKind = z.infer<typeof summaryColumnKindSchema>;

/** A link to a cell of a source sheet (a task's row). `text` is what the cell shows. */
export const summaryLinkSchema = z.object({
  sheet: z.string().min(1),
  /** A1-style address on that sheet, e.g. "B23". */
  address: z.string().regex(/^[A-Z]{1,3}[1-9]\d*$/),
  text: z.string(),
});
export type SummaryLink = z.infer<typeof summaryLinkSchema>;

/**
 * One cell. By its column's kind:
 * - text: a string (always written as text, never as a formula) or null;
 * - number: a number or null;
 * - percent: a fraction (0.25 shows "25,0%") or null;
 * - date: an ISO date "YYYY-MM-DD" or null;
 * - link: a SummaryLink or null.
 */
export const summaryCellSchema = z.union([z.null(), z.string(), z.number(), summaryLinkSchema]);
export type SummaryCell = z.infer<typeof summaryCellSchema>;

export const summaryColumnSchema = z.object({
  /** Stable identifier of the column (used by chart specs and tests), e.g. "done". */
  key: z.string().min(1),
  /** Header text as shown. */
  header: z.string(),
  kind: summaryColumnKindSchema,
  /** Width in Excel character units. */
  width: z.number().positive(),
  /** True for long text that should wrap (task descriptions). */
  wrap: z.boolean().optional(),
});
export type SummaryColumn = z.infer<typeof summaryColumnSchema>;

export const summaryRowSchema = z.object({
  cells: z.array(summaryCellSchema),
  /** A group row (e.g. a level-1 section that sums the rows under it): shown bold. */
  bold: z.boolean().optional(),
  /** Indent level of the row's first text column (0 = none). */
  indent: z.number().int().min(0).optional(),
});
export type SummaryRow = z.infer<typeof summaryRowSchema>;

/** A bar chart drawn from the sheet's data rows (not the total row). Only the Excel host draws it. */
export const summaryChartSchema = z.object({
  kind: z.literal("bar"),
  title: z.string(),
  /** Key of the column holding the category names. */
  categoryColumn: z.string(),
  /** Keys of the columns drawn as series (their headers name the series). */
  seriesColumns: z.array(z.string()).min(1),
});
export type SummaryChart = z.infer<typeof summaryChartSchema>;

export const SUMMARY_SHEET_KINDS = [
  "by_unit",
  "overdue",
  "by_period",
  "by_section",
  "unit",
  "by_file",
  "unreadable",
  "changes",
  "trend",
  "issues",
] as const;
export const summarySheetKindSchema = z.enum(SUMMARY_SHEET_KINDS);
export type SummarySheetKind = z.infer<typeof summarySheetKindSchema>;

/** Excel's rules for a sheet name: 1-31 characters, none of [ ] : * ? / \, not starting or ending with '. */
export const excelSheetNameSchema = z
  .string()
  .min(1)
  .max(31)
  .refine((s) => !/[[\]:*?/\\]/.test(s), "forbidden character in sheet name")
  .refine((s) => !s.startsWith("'") && !s.endsWith("'"), "sheet name starts or ends with an apostrophe");

export const summarySheetSchema = z.object({
  kind: summarySheetKindSchema,
  /** The preferred sheet name (a writer may add " (2)" when a user's sheet already has it). */
  name: excelSheetNameSchema,
  /** For kind "unit": the unit (canonical spelling). */
  unit: z.string().optional(),
  /** Title lines above the table, e.g. "TỔNG HỢP ...", "Tính đến ngày 15/10/2025". */
  title: z.array(z.string()),
  columns: z.array(summaryColumnSchema).min(1),
  rows: z.array(summaryRowSchema),
  /** The total row (same length as columns), or null. */
  total: z.array(summaryCellSchema).nullable(),
  /** Lines under the table (how the columns add up). */
  notes: z.array(z.string()),
  chart: summaryChartSchema.nullable(),
});
export type SummarySheet = z.infer<typeof summarySheetSchema>;

export const summaryModelSchema = z.object({
  format: z.literal(1),
  lang: z.enum(["vi", "en"]),
  asOf: isoDateSchema,
  sheets: z.array(summarySheetSchema),
});
export type SummaryModel = z.infer<typeof summaryModelSchema>;

/** Rows (1-based) where a writer puts each part of a summary sheet. Both hosts use this. */
export interface SummaryLayout {
  /** First title row (1). */
  titleRow: number;
  headerRow: number;
  /** First data row; when there are no data rows, lastDataRow = firstDataRow - 1. */
  firstDataRow: number;
  lastDataRow: number;
  totalRow: number | null;
  /** First note row, or null when there are no notes. */
  notesRow: number | null;
  /** Number of columns. */
  columnCount: number;
}

export function summaryLayout(sheet: SummarySheet): SummaryLayout {
  const headerRow = sheet.title.length + 2;
  const firstDataRow = headerRow + 1;
  const lastDataRow = firstDataRow + sheet.rows.length - 1;
  const totalRow = sheet.total ? lastDataRow + 1 : null;
  const lastTableRow = totalRow ?? lastDataRow;
  const notesRow = sheet.notes.length > 0 ? Math.max(lastTableRow, headerRow) + 2 : null;
  return { titleRow: 1, headerRow, firstDataRow, lastDataRow, totalRow, notesRow, columnCount: sheet.columns.length };
}
