import { convertLegacy, type LegacyEncoding } from "../text";
import { decodeSheetText } from "../plan/legacy";
import type { PlanReport, TaskItem } from "../report";

type CellText = (sheet: string, address: string) => string | null;

const ENCODINGS: readonly LegacyEncoding[] = ["tcvn3", "vni"];
/** Tasks looked at per sheet to learn its encoding. */
const PROBES = 20;

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * The legacy encoding of a sheet the check decoded (it has a legacy_encoding issue), learnt by
 * comparing the raw text of task cells with the report's (decoded) task text.
 */
function sheetEncoding(report: PlanReport, sheetName: string, raw: CellText): LegacyEncoding | null {
  const sheet = report.sheets.find((s) => s.sheet === sheetName);
  if (!sheet || !sheet.table || !sheet.issues.some((i) => i.code === "legacy_encoding")) return null;
  const col = sheet.table.columns.task;
  if (!col) return "tcvn3";
  let probes = 0;
  for (const item of sheet.items) {
    if (item.type !== "task" || !(item as TaskItem).task) continue;
    if (++probes > PROBES) break;
    const t = item as TaskItem;
    const cell = raw(sheetName, `${col}${t.row}`);
    if (!cell) continue;
    const decoded = squash(t.task!);
    for (const enc of ENCODINGS) {
      const c = squash(convertLegacy(cell, enc));
      if (c !== squash(cell) && (decoded.startsWith(c) || c.startsWith(decoded))) return enc;
    }
  }
  return "tcvn3";
}

/**
 * The host's reader of displayed cell text, decoded the same way the check decoded the sheet:
 * what the summaries copy from a TCVN3 / VNI sheet (status cells, the plan's title) reads as
 * the report does ("Đang thực hiện", not "§ang thùc hiÖn").
 */
export function decodingCellText(report: PlanReport, raw: CellText | undefined): CellText | undefined {
  if (!raw) return undefined;
  const bySheet = new Map<string, LegacyEncoding | null>();
  return (sheet, address) => {
    const text = raw(sheet, address);
    if (text === null || text === "") return text;
    if (!bySheet.has(sheet)) bySheet.set(sheet, sheetEncoding(report, sheet, raw));
    const enc = bySheet.get(sheet)!;
    return enc ? decodeSheetText(text, enc) : text;
  };
}
