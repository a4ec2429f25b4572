import ExcelJS from "exceljs";
import { columnNumber, planHighlights } from "../core/highlight";
import type { PlanReport } from "../core/report";
import { buildSummary, LABELS, MULTI_LABELS, type SummaryLang } from "../core/summary";
import { parseHistory, recordCheck, serializeHistory } from "../core/history";
import { WorkbookReadError } from "./errors";
import { MARKER_SHEET as GENERATED_MARKER_SHEET } from "../core/marker";
import {
  dateToSerial,
  formatCellText,
  isDateTimeFormat,
  LOCALE_SHORT_DATE_FORMAT,
} from "../core/recognize/number-format";
import { fixInternalHyperlinks } from "./write-hyperlinks";
import { applyHighlights, restoreHighlightState, workbookPalette } from "./write-highlights";
import { readMarker, writeMarker } from "./write-marker";
import { writeSummarySheets } from "./write-summary";

export interface WriteCheckedOptions {
  /** The organisation's unit list (settings): canonical unit spellings. */
  units?: string[];
  /** Adds one summary sheet per lead unit. */
  perUnitSheets?: boolean;
  lang?: SummaryLang;
  /** Records this check in the workbook's history (default true), for "Thay đổi" next time. */
  recordHistory?: boolean;
}

/** Why a checked copy could not be written; `message` is Vietnamese and says what to do. */
export class WorkbookWriteError extends Error {
  override readonly name = "WorkbookWriteError";
  constructor(
    readonly code: "marker_sheet_taken",
    readonly messageEn: string,
    message: string,
  ) {
    super(message);
    Object.setPrototypeOf(this, WorkbookWriteError.prototype);
  }
}

/** The first lines we write on our sheets, in every language. */
const OUR_TITLES = new Set([
  ...Object.values(LABELS).flatMap((L) => [L.titleByUnit, L.titleOverdue, L.titleByPeriod, L.titleBySection]),
  ...Object.values(MULTI_LABELS).flatMap((M) => [M.titleChanges, M.titleTrend]),
]);
const OUR_TITLE_PREFIXES = Object.values(LABELS).map((L) => L.titleUnit(""));

/**
 * A sheet the marker names is removed only if it still looks like ours (its first line is one of
 * our titles): a user who deleted our sheet and made their own under the same name keeps theirs.
 */
function stillOurs(ws: ExcelJS.Worksheet): boolean {
  const a1 = ws.getCell(1, 1).value;
  if (typeof a1 !== "string") return false;
  return OUR_TITLES.has(a1) || OUR_TITLE_PREFIXES.some((p) => a1.startsWith(p));
}

/** A cell's text as Excel shows it (numbers through their format: 0.5 under "0%" is "50%"). */
function displayedText(cell: ExcelJS.Cell): string | null {
  let v: unknown = cell.value;
  if (v && typeof v === "object" && "result" in v) v = (v as { result?: unknown }).result;
  if (typeof v === "number") return formatCellText(v, cell.numFmt);
  if (v instanceof Date)
    return formatCellText(dateToSerial(v), isDateTimeFormat(cell.numFmt) ? cell.numFmt : LOCALE_SHORT_DATE_FORMAT);
  const t = cell.text;
  return typeof t === "string" ? t : null;
}

/** Columns of the table on a sheet: role columns and the header rows' filled cells. */
function tableSpans(wb: ExcelJS.Workbook, report: PlanReport): Record<string, { firstCol: number; lastCol: number }> {
  const spans: Record<string, { firstCol: number; lastCol: number }> = {};
  for (const s of report.sheets) {
    if (!s.recognized || !s.table) continue;
    const ws = wb.getWorksheet(s.sheet);
    const cols = Object.values(s.table.columns)
      .filter((c): c is string => c !== null)
      .map(columnNumber);
    if (ws) {
      for (const r of s.table.headerRows) {
        ws.getRow(r).eachCell({ includeEmpty: false }, (cell, col) => {
          if (cell.value !== null && cell.value !== undefined && cell.value !== "") cols.push(col);
        });
      }
    }
    if (cols.length > 0) spans[s.sheet] = { firstCol: Math.min(...cols), lastCol: Math.max(...cols) };
  }
  return spans;
}

/**
 * A checked copy of a workbook (the input bytes are not modified):
 * - highlighting of the report's plan sheets (fills and borders only: no value or formula changes);
 * - the summary sheets (see buildSummary), added after the user's sheets;
 * - the hidden marker sheet "_kehoach" naming our sheets and keeping what the highlighting
 *   overwrote (write-marker.ts), in the format the Excel add-in shares: its "Xóa tô màu" restores
 *   the user's formats, and a later run of either host starts by putting them back.
 * Given a workbook this function wrote before, it first puts back the original formats, removes
 * only the sheets the marker names, then draws and writes again: running it twice gives the same
 * workbook as running it once. A user's sheet is never overwritten or removed, whatever its name.
 *
 * Throws WorkbookReadError("corrupt") when the bytes are not a readable workbook, and
 * WorkbookWriteError when a user's own sheet is called "_kehoach".
 */
export async function writeCheckedWorkbook(
  input: ArrayBuffer | Uint8Array,
  report: PlanReport,
  options: WriteCheckedOptions = {},
): Promise<Uint8Array> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError("corrupt", report.file, e instanceof Error ? e.message : String(e));
  }

  const palette = workbookPalette(wb);
  const marker = readMarker(wb, palette);
  if (marker.foreignSheet) {
    throw new WorkbookWriteError(
      "marker_sheet_taken",
      `The workbook has its own sheet named "${GENERATED_MARKER_SHEET}", which the checker needs for its bookkeeping. Rename that sheet and try again.`,
      `Sổ tính có trang tính tên "${GENERATED_MARKER_SHEET}" do người dùng tạo, trùng với tên chương trình dùng để ghi dấu. Đổi tên trang tính đó rồi chạy lại.`,
    );
  }
  // Undo earlier runs (either host): formats back, our sheets out (only those the marker names).
  // What names a sheet no longer there is kept for a later run.
  const kept = restoreHighlightState(wb, marker.state);
  for (const ws of wb.worksheets.slice()) {
    if ((marker.generated.has(ws.name) && stillOurs(ws)) || ws === marker.sheet) wb.removeWorksheet(ws.id);
  }

  const userSheets = wb.worksheets.map((w) => w.name);
  const drawn = applyHighlights(wb, planHighlights(report, { spans: tableSpans(wb, report) }), palette);

  const history = options.recordHistory === false ? null : recordCheck(parseHistory(marker.history), report);
  const model = buildSummary(report, {
    history: history ?? undefined,
    units: options.units,
    perUnitSheets: options.perUnitSheets,
    lang: options.lang,
    cellText: (sheet, address) => {
      const ws = wb.getWorksheet(sheet);
      return ws ? displayedText(ws.getCell(address)) : null;
    },
  });
  const names = writeSummarySheets(wb, model, [GENERATED_MARKER_SHEET]);
  writeMarker(
    wb,
    names,
    { version: 1, sheets: [...kept, ...drawn] },
    marker.others,
    history ? serializeHistory(history) : marker.history,
  );

  const out = new Uint8Array(await wb.xlsx.writeBuffer());
  return fixInternalHyperlinks(out, { bytes, sheets: userSheets });
}
