import { HISTORY_HEADER, isMarkerHeader, isMarkerSheet, joinChunks, MARKER_COLUMNS } from "../core";
import { columnValues, guarded, openWorkbookPackage, worksheetsOf } from "./read-workbook";
import { readSheetCells } from "./read-sheet-cells";

/**
 * The check history's stored text in a workbook (`_kehoach` column L, see core/marker.ts), or null
 * when the workbook has none. Reads only the marker sheet's part. Throws WorkbookReadError for
 * bytes that are no workbook.
 */
export async function readHistoryText(bytes: Uint8Array, fileName: string): Promise<string | null> {
  const book = openWorkbookPackage(bytes, fileName);
  return guarded(fileName, () => {
    const sheet = worksheetsOf(book).find((s) => isMarkerSheet(s.name));
    if (!sheet) return null;
    const cells = readSheetCells(book, sheet.part!, {
      maxValueCells: 1_000_000,
      maxStoredCells: 3_000_000,
      maxRow: 1_048_576,
    });
    if (!isMarkerHeader(columnValues(cells, 1)[0])) return null;
    return joinChunks(columnValues(cells, MARKER_COLUMNS.history.index), HISTORY_HEADER);
  });
}
