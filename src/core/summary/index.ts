/** The summary model: what the summary sheets hold, built from a plan report (pure). */
export {
  summaryModelSchema,
  summarySheetSchema,
  summaryColumnSchema,
  summaryRowSchema,
  summaryCellSchema,
  summaryLinkSchema,
  summaryChartSchema,
  excelSheetNameSchema,
  summaryLayout,
  SUMMARY_COLUMN_KINDS,
  SUMMARY_SHEET_KINDS,
} from "./model";
export type {
  SummaryModel,
  SummarySheet,
  SummaryColumn,
  SummaryColumnKind,
  SummaryRow,
  SummaryCell,
  SummaryLink,
  SummaryChart,
  SummarySheetKind,
  SummaryLayout,
} from "./model";
export { buildSummary, type SummaryOptions } from "./build";
export { LABELS, type SummaryLabels } from "./labels";
export { toSheetName, uniqueSheetName, sheetNameKey, MAX_SHEET_NAME } from "./sheet-name";
export { unitKey } from "./units";
export { type Counts } from "./counts";
export { summaryGrid, NUMBER_FORMATS, type SummaryGrid } from "./grid";
export { type PeriodGrain } from "./sheets/by-period";
export { estimateLines, lineHeight, rowHeightFor } from "./row-height";
export {
  buildConsolidated,
  type ConsolidateInput,
  type ConsolidateFailure,
  type ConsolidateOptions,
} from "./consolidate";
export { buildChanges, buildTrend } from "./sheets/changes";
export { MULTI_LABELS, type MultiLabels } from "./labels-multi";
export { reminderLines, type ReminderTask } from "./reminder";
