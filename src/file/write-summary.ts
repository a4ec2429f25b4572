import type ExcelJS from "exceljs";
import {
  NUMBER_FORMATS,
  summaryLayout,
  type SummaryCell,
  type SummaryColumn,
  type SummaryModel,
  type SummarySheet,
} from "../core/summary";
import { estimateLines, rowHeightFor, sheetNameKey, uniqueSheetName } from "../core/summary";

/**
 * Renders a summary model into new exceljs worksheets, print-ready: Times New Roman (Nghị định
 * 30/2020), bold frozen header row, column widths, A4 landscape fitted to the page width, the
 * header row repeated on every printed page, an AutoFilter over the table.
 *
 * Cells by column kind: text as plain strings (exceljs writes a string as a shared string, so
 * "=..." or "- ..." stays text), numbers as numbers, percents as fractions formatted "0.0%",
 * dates as dates formatted dd/mm/yyyy, links as hyperlinks to the source cell.
 *
 * Not done here: Excel tables (exceljs writes tables that Excel repairs after a read-modify-write,
 * exceljs issues #1959, #2184) and charts (exceljs cannot draw them). The Excel host adds both.
 */

export const SUMMARY_FONT = "Times New Roman";
const BODY_SIZE = 12;
const TITLE_SIZE = 13;
const NOTE_SIZE = 11;
const HEADER_FILL = "FFD9E1F2";
const THIN = { style: "thin" as const, color: { argb: "FF808080" } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

type Style = Partial<ExcelJS.Style>;

/** Shared style objects, one per distinct look (exceljs then writes few style records). */
class Styles {
  private readonly map = new Map<string, Style>();
  get(key: string, make: () => Style): Style {
    let s = this.map.get(key);
    if (!s) this.map.set(key, (s = make()));
    return s;
  }
  body(col: SummaryColumn, bold: boolean, indent: number): Style {
    const centred = col.key === "stt" || col.kind === "date";
    return this.get(`b:${col.kind}:${centred ? 1 : 0}:${bold ? 1 : 0}:${indent}`, () => {
      const link = col.kind === "link";
      const style: Style = {
        font: {
          name: SUMMARY_FONT,
          size: BODY_SIZE,
          bold,
          ...(link ? { color: { argb: "FF0563C1" }, underline: true } : {}),
        },
        border: BORDER,
        // Text always wraps inside its column (a bordered table: nothing spills into the next
        // cell); the STT and dates are centred, numbers right-aligned, as in Government tables.
        alignment: {
          vertical: "middle",
          wrapText: col.kind === "text",
          horizontal: centred ? "center" : col.kind === "text" || link ? "left" : "right",
          ...(indent > 0 ? { indent } : {}),
        },
      };
      // The same formats as the Excel host (core's NUMBER_FORMATS; "@" keeps text cells text).
      style.numFmt = NUMBER_FORMATS[col.kind];
      return style;
    });
  }
  header(): Style {
    return this.get("header", () => ({
      font: { name: SUMMARY_FONT, size: BODY_SIZE, bold: true },
      border: BORDER,
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    }));
  }
  /** Title lines: ours (bold), the plan's own title (regular; "(Kèm theo ...)" italic), the as-of date (italic). */
  title(kind: "main" | "plan" | "plan_note" | "as_of"): Style {
    return this.get(`title:${kind}`, () => ({
      font: {
        name: SUMMARY_FONT,
        size: kind === "main" ? TITLE_SIZE : BODY_SIZE,
        bold: kind === "main",
        italic: kind === "plan_note" || kind === "as_of",
      },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    }));
  }
  note(): Style {
    return this.get("note", () => ({
      font: { name: SUMMARY_FONT, size: NOTE_SIZE, italic: true },
      alignment: { horizontal: "left", vertical: "top", wrapText: true },
    }));
  }
}

/** Page numbers in the printed footer: "Trang 1/3" ("Page 1/3" in English). */
const FOOTER_PAGE: Record<SummaryModel["lang"], string> = { vi: "Trang &P/&N", en: "Page &P/&N" };

/** Lines the tallest cell of a table row takes (text cells wrap in their column). */
function rowLines(
  columns: readonly SummaryColumn[],
  cells: readonly SummaryCell[],
  bold: boolean,
  indentColumn: number,
  indent: number,
): number {
  let lines = 1;
  columns.forEach((col, j) => {
    const cell = cells[j] ?? null;
    if (col.kind !== "text" || typeof cell !== "string") return;
    // An indent level is about 3 characters of the column.
    const width = j === indentColumn && indent > 0 ? Math.max(1, col.width - 3 * indent) : col.width;
    lines = Math.max(lines, estimateLines(cell, width, { bold }));
  });
  return lines;
}

/** "#'Phụ lục'!B23": a link to a cell of this workbook. */
export function internalLink(sheet: string, address: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${address}`;
}

function isoToDate(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

/** The exceljs value of a model cell in a column of the given kind. */
function cellValue(cell: SummaryCell, col: SummaryColumn): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell === "object") return { text: cell.text, hyperlink: internalLink(cell.sheet, cell.address) };
  if (col.kind === "date" && typeof cell === "string") return isoToDate(cell);
  return cell;
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: SummarySheet, styles: Styles, lang: SummaryModel["lang"]): void {
  const layout = summaryLayout(sheet);
  const n = sheet.columns.length;
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));

  const tableWidth = sheet.columns.reduce((s, c) => s + c.width, 0);
  sheet.title.forEach((line, i) => {
    const r = layout.titleRow + i;
    const cell = ws.getCell(r, 1);
    cell.value = line;
    const first = i === 0;
    const last = i === sheet.title.length - 1;
    cell.style = styles.title(first ? "main" : last ? "as_of" : line.startsWith("(") ? "plan_note" : "plan");
    if (n > 1) ws.mergeCells(r, 1, r, n);
    const size = first ? TITLE_SIZE : BODY_SIZE;
    ws.getRow(r).height =
      rowHeightFor(estimateLines(line, tableWidth, { bold: true, fontSize: size }), size) + (first ? 3 : 0);
  });

  const header = ws.getRow(layout.headerRow);
  sheet.columns.forEach((c, j) => {
    const cell = header.getCell(j + 1);
    cell.value = c.header;
    cell.style = styles.header();
  });
  header.height =
    rowHeightFor(Math.max(...sheet.columns.map((c) => estimateLines(c.header, c.width, { bold: true })))) + 6;

  // Indent applies to the first text column that is not the STT.
  const indentColumn = sheet.columns.findIndex((c) => c.kind === "text" && c.key !== "stt");
  const writeRow = (r: number, cells: readonly SummaryCell[], bold: boolean, indent: number) => {
    const row = ws.getRow(r);
    sheet.columns.forEach((col, j) => {
      const cell = row.getCell(j + 1);
      cell.value = cellValue(cells[j] ?? null, col);
      cell.style = styles.body(col, bold, j === indentColumn ? indent : 0);
    });
    row.height = rowHeightFor(rowLines(sheet.columns, cells, bold, indentColumn, indent));
  };
  sheet.rows.forEach((row, i) => writeRow(layout.firstDataRow + i, row.cells, row.bold === true, row.indent ?? 0));
  if (sheet.total && layout.totalRow !== null) writeRow(layout.totalRow, sheet.total, true, 0);
  if (layout.notesRow !== null) {
    // Each note spans the table's width and wraps there, so the page stays as wide as the table.
    sheet.notes.forEach((line, i) => {
      const r = layout.notesRow! + i;
      const cell = ws.getCell(r, 1);
      cell.value = line;
      cell.style = styles.note();
      if (n > 1) ws.mergeCells(r, 1, r, n);
      ws.getRow(r).height = rowHeightFor(estimateLines(line, tableWidth, { fontSize: NOTE_SIZE }), NOTE_SIZE);
    });
  }

  ws.views = [
    {
      state: "frozen",
      xSplit: 0,
      ySplit: layout.headerRow,
      topLeftCell: `A${layout.headerRow + 1}`,
      activeCell: `A${layout.headerRow + 1}`,
    },
  ];
  if (sheet.rows.length > 0) {
    ws.autoFilter = { from: { row: layout.headerRow, column: 1 }, to: { row: layout.lastDataRow, column: n } };
  }
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${layout.headerRow}:${layout.headerRow}`,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  ws.headerFooter = { oddFooter: `&C&"${SUMMARY_FONT},Regular"&10${FOOTER_PAGE[lang]}` };
}

/**
 * Adds the model's sheets at the end of the workbook. A name already used by a sheet of the
 * workbook (a user's own "Theo đơn vị") is never reused: ours becomes "Theo đơn vị (2)".
 * Returns the names written, in order.
 */
export function writeSummarySheets(
  wb: ExcelJS.Workbook,
  model: SummaryModel,
  reserved: readonly string[] = [],
): string[] {
  const taken = new Set<string>([...wb.worksheets.map((w) => sheetNameKey(w.name)), ...reserved.map(sheetNameKey)]);
  const styles = new Styles();
  const names: string[] = [];
  for (const sheet of model.sheets) {
    const name = uniqueSheetName(sheet.name, taken);
    taken.add(sheetNameKey(name));
    const ws = wb.addWorksheet(name, { properties: { tabColor: { argb: "FF2F5597" } } });
    writeSheet(ws, sheet, styles, model.lang);
    names.push(name);
  }
  return names;
}
