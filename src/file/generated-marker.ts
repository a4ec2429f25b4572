/**
 * How a workbook remembers which sheets the checker generated (summary sheets).
 *
 * Convention (shared by every writer and reader, exceljs and Office.js alike):
 * - a sheet named `GENERATED_MARKER_SHEET` ("_kehoach"), hidden (state "veryHidden" where the host
 *   can, else "hidden");
 * - its cell A1 holds `GENERATED_MARKER_HEADER`;
 * - A2, A3, ... hold the names of the sheets the checker generated, one a cell, until the first
 *   empty cell.
 *
 * A sheet is "generated" when its name is listed there. The marker sheet itself is bookkeeping:
 * readers leave it out of the snapshots. A user's own sheet, even one named like a summary sheet,
 * is not generated unless listed. Writers: when adding or removing generated sheets, rewrite the
 * whole list (`generatedMarkerRows`) so it never names a sheet that no longer exists.
 *
 * Pure: no exceljs, no Office.js, so both hosts can import it.
 */
export const GENERATED_MARKER_SHEET = "_kehoach";
export const GENERATED_MARKER_HEADER = "kehoach:generated-sheets";
/** The visibility writers should give the marker sheet (exceljs `state`, Office.js `visibility`). */
export const GENERATED_MARKER_STATE = "veryHidden" as const;

/** True for the marker sheet's name (compared exactly, as Excel names are case-insensitive: ignoring case). */
export function isGeneratedMarkerSheet(sheetName: string): boolean {
  return sheetName.toLowerCase() === GENERATED_MARKER_SHEET.toLowerCase();
}

/** The cells to write in column A of the marker sheet, from A1 down: the header, then the names. */
export function generatedMarkerRows(generatedSheetNames: readonly string[]): string[][] {
  return [[GENERATED_MARKER_HEADER], ...generatedSheetNames.map((n) => [n])];
}

/**
 * The generated sheet names listed in a marker sheet, given its column A from A1 down (any cell
 * values). Returns an empty set when A1 is not the marker header (a user's sheet that happens to
 * be called "_kehoach").
 */
export function parseGeneratedMarker(columnA: readonly unknown[]): Set<string> {
  const names = new Set<string>();
  if (columnA.length === 0 || String(columnA[0] ?? "").trim() !== GENERATED_MARKER_HEADER) return names;
  for (let i = 1; i < columnA.length; i++) {
    const v = columnA[i];
    if (v === null || v === undefined || v === "") break;
    names.add(String(v));
  }
  return names;
}
