/** The plan engine's public face: check sheets into a plan report (format 1). */
export { checkWorkbook, checkSheet, parseReport } from "./report-build";
export * from "./report";
export * from "./snapshot";
export * from "./settings";
export { columnLetter, columnIndex, cellAddress, parseCell, parseRect, rectAddress, type Rect } from "./a1";
export { isDoneText, statusOf } from "./plan/status";
export { readResponsibility, splitUnits, type Responsibility } from "./plan/units";
export { serialToDmy, serialToYmd, addDays } from "./recognize/cell-format";
export { isoToDmy, isoToDayNumber, daysBetween, isoToExcelSerial, todayIso } from "./dates";
export { isDateFormat, formatCellText } from "./recognize/number-format";
export * from "./words";
export {
  MARKER_SHEET,
  MARKER_HEADER,
  MARKER_STATE,
  isMarkerSheet,
  generatedMarkerRows,
  parseGeneratedMarker,
  isMarkerHeader,
  joinChunks,
  HISTORY_HEADER,
  MARKER_COLUMNS,
} from "./marker";
export type { Lang } from "./lang";
