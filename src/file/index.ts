/**
 * The .xlsx host's public face (exceljs). Browser-safe: nothing here touches the file system.
 * Node code reading a path imports "./read-file-node" directly.
 */
export { readWorkbook, MAX_WORKBOOK_BYTES, MAX_SHEET_CELLS } from "./read-workbook";
export type { ReadWorkbookOptions } from "./read-workbook";
export { WorkbookReadError, isWorkbookReadError, workbookReadErrorMessage, WORKBOOK_READ_ERROR_CODES } from "./errors";
export type { WorkbookReadErrorCode } from "./errors";
export { writeCheckedWorkbook, WorkbookWriteError } from "./write-checked";
export type { WriteCheckedOptions } from "./write-checked";
export { detectContainer } from "./read-detect-format";
export type { ContainerKind } from "./read-detect-format";
export { checkWorkbookBytes, type CheckedBytes } from "./check-bytes";
export { consolidateWorkbooks } from "./consolidate-files";
export { readHistoryText } from "./read-history";
export { writeSummaryWorkbook } from "./write-summary-workbook";
