import { formatCellText, isDateFormat, type CellValue } from "../core";

/**
 * The 1904 date system, found from what Excel itself shows: in a 1904 workbook a date cell's serial
 * is 1,462 days lower than in the 1900 system, and Excel's displayed text is the 1904 reading.
 * The declared Office.js API (ExcelApi up to the @types/office-js used here) has no property for
 * the workbook's date system, so the first date cells whose format shows a whole date are
 * formatted both ways and compared with Excel's text: the system whose text matches wins. Formats
 * the formatter reads differently from Excel (locale short dates) match neither and are skipped;
 * no decisive cell: the 1900 system (Excel's default).
 */
export const DAYS_1904 = 1462;

/** How many date cells are tried at most. */
const PROBES = 50;

export function detect1904(
  values: readonly (readonly CellValue[])[],
  text: readonly (readonly string[])[],
  numberFormats: readonly (readonly string[])[],
): boolean {
  let tried = 0;
  for (let r = 0; r < values.length && tried < PROBES; r++) {
    const row = values[r];
    for (let c = 0; c < row.length && tried < PROBES; c++) {
      const v = row[c];
      const nf = numberFormats[r]?.[c] ?? "General";
      if (typeof v !== "number" || !isDateFormat(nf) || v < 1 || v > 2_958_465 - DAYS_1904) continue;
      tried++;
      const shown = text[r]?.[c] ?? "";
      const as1900 = formatCellText(v, nf);
      const as1904 = formatCellText(v + DAYS_1904, nf);
      if (shown === as1904 && shown !== as1900) return true;
      if (shown === as1900 && shown !== as1904) return false;
    }
  }
  return false;
}

/** Date cells moved to the 1900 system (snapshots hold 1900-system serials, as the file host's). */
export function to1900Serials(values: CellValue[][], numberFormats: readonly (readonly string[])[]): void {
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v === "number" && isDateFormat(numberFormats[r]?.[c] ?? "General")) row[c] = v + DAYS_1904;
    }),
  );
}
