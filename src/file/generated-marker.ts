/**
 * The marker sheet convention lives in core (src/core/marker.ts), shared by every host. These are
 * the names the .xlsx host has always exported (read-workbook.ts and its callers use them).
 */
export {
  MARKER_SHEET as GENERATED_MARKER_SHEET,
  MARKER_HEADER as GENERATED_MARKER_HEADER,
  MARKER_STATE as GENERATED_MARKER_STATE,
  generatedMarkerRows,
  parseGeneratedMarker,
  isMarkerSheet as isGeneratedMarkerSheet,
  isMarkerSheet,
  isMarkerHeader,
  joinChunks,
  HISTORY_HEADER,
  MARKER_COLUMNS,
} from "../core/marker";
