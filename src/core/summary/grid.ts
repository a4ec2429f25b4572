import { isoToExcelSerial } from "../dates";
import { summaryLayout, type SummaryColumnKind, type SummaryLayout, type SummarySheet } from "./model";

/**
 * A summary sheet as the whole 2D arrays a host writes in one go (Office.js `values` and
 * `numberFormat`, or exceljs cells), from row 1, column A.
 *
 * Text cells get the number format "@" (Text). A host that sets the number formats before the
 * values (Office.js) thus writes "=SUM(A1)" or "- gạch đầu dòng" as text, not as a formula.
 */
export interface SummaryGrid {
  /** Strings, numbers (dates as Excel serials, percents as fractions) or null; every row is columnCount long. */
  values: (string | number | null)[][];
  /** Number format of each cell, same shape as values. */
  numberFormats: string[][];
  /** Cells that link to a source cell (1-based row and column in this sheet). Their value is the link text. */
  links: Array<{ row: number; col: number; sheet: string; address: string }>;
  layout: SummaryLayout;
}

export const NUMBER_FORMATS: Readonly<Record<SummaryColumnKind, string>> = {
  text: "@",
  number: "#,##0",
  percent: "0.0%",
  date: "dd/mm/yyyy",
  link: "@",
};

const GENERAL = "General";

export function summaryGrid(sheet: SummarySheet): SummaryGrid {
  const layout = summaryLayout(sheet);
  const n = sheet.columns.length;
  const lastRow = Math.max(
    layout.headerRow,
    layout.totalRow ?? layout.lastDataRow,
    (layout.notesRow ?? 0) + sheet.notes.length - 1,
  );
  const values: (string | number | null)[][] = [];
  const numberFormats: string[][] = [];
  for (let r = 0; r < lastRow; r++) {
    values.push(new Array<string | number | null>(n).fill(null));
    numberFormats.push(new Array<string>(n).fill(GENERAL));
  }
  const links: SummaryGrid["links"] = [];
  const put = (row: number, col: number, v: string | number | null, fmt: string) => {
    values[row - 1][col - 1] = v;
    numberFormats[row - 1][col - 1] = fmt;
  };

  sheet.title.forEach((line, i) => put(layout.titleRow + i, 1, line, "@"));
  sheet.columns.forEach((c, j) => put(layout.headerRow, j + 1, c.header, "@"));
  const body = (row: number, cells: SummarySheet["rows"][number]["cells"]) => {
    sheet.columns.forEach((c, j) => {
      const cell = cells[j] ?? null;
      const fmt = NUMBER_FORMATS[c.kind];
      if (cell === null) put(row, j + 1, null, fmt);
      else if (typeof cell === "object") {
        put(row, j + 1, cell.text, fmt);
        links.push({ row, col: j + 1, sheet: cell.sheet, address: cell.address });
      } else if (c.kind === "date" && typeof cell === "string") put(row, j + 1, isoToExcelSerial(cell), fmt);
      else put(row, j + 1, cell, typeof cell === "string" ? "@" : fmt);
    });
  };
  sheet.rows.forEach((r, i) => body(layout.firstDataRow + i, r.cells));
  if (sheet.total && layout.totalRow !== null) body(layout.totalRow, sheet.total);
  if (layout.notesRow !== null) sheet.notes.forEach((line, i) => put(layout.notesRow! + i, 1, line, "@"));
  return { values, numberFormats, links, layout };
}
