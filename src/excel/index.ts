/** The Excel host's public face (Office.js). */
export { ExcelHost, officeLang, type ExcelHostOptions, type ExcelCheckOutcome, type ExcelHostStats } from "./host";
export {
  ExcelHostError,
  isExcelHostError,
  toHostError,
  EXCEL_HOST_ERROR_CODES,
  type ExcelHostErrorCode,
} from "./errors";
export { detectCapabilities, excelRun, type ExcelCapabilities, type ExcelRun } from "./capabilities";
export { readSheet, readAllSheets, type ReadSheetOptions, type ReadStats } from "./read-sheet";
export {
  applyHighlights,
  clearHighlights,
  type HighlightRunOptions,
  type HighlightResult,
  type ClearResult,
} from "./highlight";
export { writeSummary, SUMMARY_FONT, type WriteSummaryOptions, type WriteSummaryResult } from "./write-summary";
export { loadSettings, saveSettings, parseSettings, serializeSettings, storedSettingsSchema } from "./settings";
export { STORE_SHEET, HIGHLIGHT_HEADER, SETTINGS_HEADER } from "./store";
