import { columnLetter, isoToExcelSerial } from "../core";
import {
  sheetNameKey,
  summaryLayout,
  uniqueSheetName,
  type SummaryCell,
  type SummaryColumn,
  type SummaryModel,
  type SummarySheet,
} from "../core/summary";
import { quoteSheetName } from "./address";
import { ACTION_BYTES, DEFAULT_BUDGET, PATH_BYTES, runSteps } from "./batch";
import { jsonBytes } from "./bytes";
import { queueReadOnlyCheck, queueStructureCheck, type ExcelCapabilities } from "./capabilities";
import { ExcelHostError } from "./errors";
import { checkDeadline } from "./highlight";
import { checkLock } from "./lock";
import { loadStore, queueGeneratedList } from "./store";

/**
 * Renders a SummaryModel (core/summary) as new worksheets, the same layout as the .xlsx writer
 * (summaryLayout): title lines, header row, data rows as an Excel table, total row, notes.
 * Times New Roman, frozen header, A4 landscape fitted to the page width with the header row
 * repeated (pageLayout: ExcelApi 1.9, skipped below), a bar chart where the model asks for one
 * (done / overdue by unit), links back to the source rows (HYPERLINK formulas).
 *
 * Ours only: the sheets generated before are listed in the hidden "_kehoach" sheet (column A);
 * regenerating deletes exactly those and writes the new ones. A user's sheet is never touched,
 * whatever its name: ours then takes "Name (2)".
 *
 * Text is written as text: the cells of text columns, titles, headers and notes get the number
 * format "@" BEFORE their values are written, in the same batch, so "- abc", "+1 ngày" or "=x"
 * stay literal strings (Excel parses a string written to `values` as a formula otherwise).
 * Nothing is prefixed: the cell shows exactly the model's text.
 *
 * Syncs: 1 to read the workbook's sheets and the marker, then the writes in batches of at most
 * `payloadBudget` request bytes: 3 syncs in all up to ~2 budgets of data, one more per further
 * budget. The first write batch adds every sheet and lists them as ours, so a failure later
 * leaves sheets that the next run replaces, never orphans.
 */

export interface WriteSummaryOptions {
  caps: ExcelCapabilities;
  /** Request bytes per sync (default 4,000,000: a margin under Excel on the web's 5 MB). */
  payloadBudget?: number;
  isReadOnly?: () => boolean;
  /** The operation lock held (lock.ts). */
  lockOwner?: string;
  /** Time (ms since epoch) after which nothing is written any more (see highlight.ts). */
  deadline?: number;
}

export interface WriteSummaryResult {
  names: string[];
  syncs: number;
}

export const SUMMARY_FONT = "Times New Roman";
/** Request bytes counted per queued operation besides its data (an action and the path it needs). */
const OP_BYTES = PATH_BYTES + ACTION_BYTES;
const HEADER_FILL = "#D9E1F2";
const LINK_COLOR = "#0563C1";
const POINTS_PER_CHAR = 6;

function numberFormatOf(kind: SummaryColumn["kind"]): string {
  switch (kind) {
    case "number":
      return "#,##0";
    case "percent":
      return "0.0%";
    case "date":
      return "dd/mm/yyyy";
    case "text":
      return "@";
    case "link":
      return "General";
  }
}

/** Excel refuses a formula whose string literal is longer than 255 characters. */
const MAX_FORMULA_STRING = 255;

/** "#'Phụ lục'!B23" inside a HYPERLINK formula, quotes doubled, each literal within Excel's 255. */
export function linkFormula(sheet: string, address: string, text: string): string {
  const target = `#${quoteSheetName(sheet)}!${address}`.replace(/"/g, '""');
  let shown = text;
  if (shown.length > MAX_FORMULA_STRING) shown = `${shown.slice(0, MAX_FORMULA_STRING - 1)}…`;
  return `=HYPERLINK("${target}","${shown.replace(/"/g, '""')}")`;
}

function cellValue(cell: SummaryCell, col: SummaryColumn): string | number {
  if (cell === null) return "";
  if (typeof cell === "object") return ""; // the HYPERLINK formula is written after
  if (col.kind === "date" && typeof cell === "string") return isoToExcelSerial(cell);
  return cell;
}

/** A queued write with its estimated request size (run in batches by batch.ts). */
interface Step {
  bytes: number;
  queue: (context: Excel.RequestContext) => void;
}

/**
 * A table name not used in the workbook (table names are workbook-wide: a generated sheet the
 * user renamed keeps its table, and Excel refuses a second table of that name).
 */
export function uniqueTableName(base: string, taken: Set<string>): string {
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base}_${i}`;
  taken.add(name.toLowerCase());
  return name;
}

function sheetSteps(
  sheet: SummarySheet,
  name: string,
  index: number,
  caps: ExcelCapabilities,
  tableNames: Set<string>,
): Step[] {
  const steps: Step[] = [];
  const layout = summaryLayout(sheet);
  const n = sheet.columns.length;
  const lastCol = columnLetter(n);
  const ws = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(name);
  const lastRow =
    Math.max(layout.totalRow ?? layout.lastDataRow, layout.headerRow) +
    (layout.notesRow !== null ? sheet.notes.length + 1 : 0);

  // Rows of the grid, as (number format, value) per cell, from row 1 to the last note.
  const formats: string[][] = [];
  const values: (string | number)[][] = [];
  const blankRow = () => new Array<string>(n).fill("");
  const textRow = (first: string) => {
    const r = blankRow();
    r[0] = first;
    return r;
  };
  for (let r = 1; r <= lastRow; r++) {
    formats.push(new Array(n).fill("@"));
    values.push(blankRow());
  }
  sheet.title.forEach((line, i) => (values[layout.titleRow - 1 + i] = textRow(line)));
  values[layout.headerRow - 1] = sheet.columns.map((c) => c.header);
  const dataRow = (cells: readonly SummaryCell[], r: number) => {
    formats[r - 1] = sheet.columns.map((c) => numberFormatOf(c.kind));
    values[r - 1] = sheet.columns.map((c, j) => cellValue(cells[j] ?? null, c));
  };
  sheet.rows.forEach((row, i) => dataRow(row.cells, layout.firstDataRow + i));
  if (sheet.total && layout.totalRow !== null) dataRow(sheet.total, layout.totalRow);
  if (layout.notesRow !== null) sheet.notes.forEach((line, i) => (values[layout.notesRow! - 1 + i] = textRow(line)));

  // Values in row chunks (formats first, same batch as their values).
  const rowBytes = (r: number) => jsonBytes(values[r]) + jsonBytes(formats[r]);
  let start = 0;
  while (start < lastRow) {
    let bytes = 0;
    let end = start;
    while (end < lastRow && (end === start || bytes + rowBytes(end) < DEFAULT_BUDGET / 4)) bytes += rowBytes(end++);
    const s = start;
    const e = end;
    steps.push({
      bytes: bytes + OP_BYTES * 2,
      queue: (context) => {
        const range = ws(context).getRange(`A${s + 1}:${lastCol}${e}`);
        range.numberFormat = formats.slice(s, e);
        range.values = values.slice(s, e);
      },
    });
    start = end;
  }

  // Links: HYPERLINK formulas, column by column over the data rows.
  sheet.columns.forEach((col, j) => {
    if (col.kind !== "link" || sheet.rows.length === 0) return;
    const formulas = sheet.rows.map((row) => {
      const cell = row.cells[j];
      return [cell && typeof cell === "object" ? linkFormula(cell.sheet, cell.address, cell.text) : ""];
    });
    const letter = columnLetter(j + 1);
    steps.push({
      bytes: jsonBytes(formulas) + OP_BYTES * 2,
      queue: (context) => {
        const range = ws(context).getRange(`${letter}${layout.firstDataRow}:${letter}${layout.lastDataRow}`);
        range.formulas = formulas;
        range.format.font.color = LINK_COLOR;
      },
    });
  });

  const tableName = sheet.rows.length > 0 ? uniqueTableName(`KeHoach_${sheet.kind}_${index + 1}`, tableNames) : "";
  // Look: font, widths, header, bold rows, wrap, table, chart, frozen header, print setup.
  const boldRows = sheet.rows.map((r, i) => (r.bold ? layout.firstDataRow + i : 0)).filter((r) => r > 0);
  steps.push({
    bytes: OP_BYTES * (12 + n * 2 + boldRows.length),
    queue: (context) => {
      const sheetProxy = ws(context);
      const all = sheetProxy.getRange(`A1:${lastCol}${lastRow}`);
      all.format.font.name = SUMMARY_FONT;
      all.format.font.size = 12;
      all.format.verticalAlignment = "Top" as Excel.VerticalAlignment;
      if (sheet.title.length > 0) {
        const title = sheetProxy.getRange(`A${layout.titleRow}:${lastCol}${layout.titleRow + sheet.title.length - 1}`);
        title.format.horizontalAlignment = "CenterAcrossSelection" as Excel.HorizontalAlignment;
        sheetProxy.getRange(`A${layout.titleRow}:${lastCol}${layout.titleRow}`).format.font.bold = true;
      }
      const header = sheetProxy.getRange(`A${layout.headerRow}:${lastCol}${layout.headerRow}`);
      header.format.font.bold = true;
      header.format.fill.color = HEADER_FILL;
      header.format.wrapText = true;
      header.format.horizontalAlignment = "Center" as Excel.HorizontalAlignment;
      sheet.columns.forEach((col, j) => {
        const column = sheetProxy.getRange(
          `${columnLetter(j + 1)}${layout.headerRow}:${columnLetter(j + 1)}${lastRow}`,
        );
        column.format.columnWidth = col.width * POINTS_PER_CHAR;
        if (col.wrap) column.format.wrapText = true;
      });
      for (const r of boldRows) sheetProxy.getRange(`A${r}:${lastCol}${r}`).format.font.bold = true;
      if (layout.totalRow !== null)
        sheetProxy.getRange(`A${layout.totalRow}:${lastCol}${layout.totalRow}`).format.font.bold = true;
      if (sheet.rows.length > 0) {
        // A Range, not an address: tables.add with a sheet-less address is on the ACTIVE sheet.
        const table = sheetProxy.tables.add(
          sheetProxy.getRange(`A${layout.headerRow}:${lastCol}${layout.lastDataRow}`),
          true,
        );
        table.name = tableName;
        table.style = "TableStyleLight9";
      }
      sheetProxy.freezePanes.freezeRows(layout.headerRow);
      if (caps.api19) {
        const page = sheetProxy.pageLayout;
        page.orientation = "Landscape" as Excel.PageOrientation;
        page.paperSize = "A4" as Excel.PaperType;
        page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        page.centerHorizontally = true;
        page.setPrintTitleRows(`$${layout.headerRow}:$${layout.headerRow}`);
      }
      if (sheet.chart && sheet.rows.length > 0)
        queueChart(sheetProxy, sheet, layout.firstDataRow, layout.lastDataRow, lastRow);
    },
  });
  return steps;
}

function queueChart(ws: Excel.Worksheet, sheet: SummarySheet, first: number, last: number, lastRow: number): void {
  const spec = sheet.chart!;
  const col = (key: string) => sheet.columns.findIndex((c) => c.key === key) + 1;
  const catCol = col(spec.categoryColumn);
  const series = spec.seriesColumns.map(col).filter((c) => c > 0);
  if (catCol <= 0 || series.length === 0) return;
  const colRange = (c: number) => ws.getRange(`${columnLetter(c)}${first}:${columnLetter(c)}${last}`);
  const categories = colRange(catCol);
  const chart = ws.charts.add("BarClustered" as Excel.ChartType, colRange(series[0]), "Columns" as Excel.ChartSeriesBy);
  chart.title.text = spec.title;
  const s0 = chart.series.getItemAt(0);
  s0.name = sheet.columns[series[0] - 1].header;
  s0.setXAxisValues(categories);
  for (const c of series.slice(1)) {
    const s = chart.series.add(sheet.columns[c - 1].header);
    s.setValues(colRange(c));
    s.setXAxisValues(categories);
  }
  const right = columnLetter(sheet.columns.length + 2);
  const farRight = columnLetter(sheet.columns.length + 10);
  chart.setPosition(
    `${right}${Math.max(1, first - 1)}`,
    `${farRight}${Math.max(first + 18, Math.min(lastRow, first + 40))}`,
  );
}

/**
 * Writes the summary sheets (replacing the ones generated before) and returns their names.
 * The sheets of the model are added after the workbook's last sheet; the first one is activated.
 */
export async function writeSummary(
  context: Excel.RequestContext,
  model: SummaryModel,
  options: WriteSummaryOptions,
): Promise<WriteSummaryResult> {
  if (options.isReadOnly?.()) throw new ExcelHostError("read_only");
  const budget = options.payloadBudget ?? DEFAULT_BUDGET;

  // ---- sync 1: the sheets there are, and which of them are ours
  const store = loadStore(context);
  const checkReadOnly = queueReadOnlyCheck(context, options.caps);
  const checkStructure = queueStructureCheck(context);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const tables = context.workbook.tables;
  tables.load("items/name,items/worksheet/name");
  await context.sync();
  let syncs = 1;
  checkReadOnly();
  checkStructure(true);
  const contents = store.read();
  checkLock(contents, options.lockOwner);
  if (contents.foreign) throw new ExcelHostError("sheet_name_taken", { sheet: "_kehoach" });
  const existing = sheets.items.map((w) => w.name);
  const ours = existing.filter((n) => contents.generated.has(n));
  const taken = new Set(existing.filter((n) => !contents.generated.has(n)).map(sheetNameKey));
  taken.add(sheetNameKey("_kehoach"));
  // Tables on the sheets about to be deleted go with them; every other table name stays taken.
  const tableNames = new Set(
    tables.items.filter((t) => !contents.generated.has(t.worksheet.name)).map((t) => t.name.toLowerCase()),
  );
  const names: string[] = [];
  for (const s of model.sheets) {
    const name = uniqueSheetName(s.name, taken);
    taken.add(sheetNameKey(name));
    names.push(name);
  }

  // ---- the writes: structure first (delete ours, add the new sheets, list them as ours)
  const steps: Step[] = [
    {
      bytes: OP_BYTES * (ours.length + names.length * 2 + 4) + jsonBytes(names),
      queue: (ctx) => {
        for (const n of ours) ctx.workbook.worksheets.getItem(n).delete();
        // The hidden sheet first (when new), so the sheet order is the same on every run.
        queueGeneratedList(ctx, contents, names);
        for (const n of names) ctx.workbook.worksheets.add(n);
      },
    },
  ];
  model.sheets.forEach((s, i) => steps.push(...sheetSteps(s, names[i], i, options.caps, tableNames)));
  if (names.length > 0)
    steps.push({ bytes: OP_BYTES, queue: (ctx) => ctx.workbook.worksheets.getItem(names[0]).activate() });

  checkDeadline(options.deadline);
  syncs += (
    await runSteps(
      context,
      steps.map((s) => ({ request: s.bytes, run: () => s.queue(context) })),
      budget,
    )
  ).syncs;
  return { names, syncs };
}
