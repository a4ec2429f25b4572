import { columnLetter, columnIndex } from "../a1";
import type { PlanReport } from "../report";
import { cellText } from "./text";

/**
 * The plan's own title, read from the lines above its table (first recognized sheet), so a
 * summary sent to the leadership says which plan it is about:
 *   "NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2026"
 *   "(Kèm theo Kế hoạch số 15/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân xã Hòa An)"
 * Left out: the agency and national-motto block (a row that holds "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
 * VIỆT NAM" or "Độc lập - Tự do - Hạnh phúc", and the agency beside it), the document number
 * ("Số: ..."), the place and date line, rules ("-----"), and a lone "PHỤ LỤC" / "Biểu số 1".
 * At most MAX_LINES lines; none when the host cannot read cells or the sheet has no such lines.
 */
export const MAX_PLAN_TITLE_LINES = 4;
const MAX_LINE = 400;
/** Columns read on each line above the table (the title is merged across the table or centred in it). */
const MAX_COLUMNS = 30;

const MOTTO = /c[ộo]ng\s+h[òo]a\s+x[ãa]\s+h[ộo]i|đ[ộo]c\s+l[ậa]p\s*[-–—]\s*t[ựu]\s+do|độc lập|doc lap\s*-\s*tu do/i;
const NUMBER_LINE = /^(số|so)\s*[:.]/i;
const PLACE_DATE = /^[^(]{0,60},\s*ngày\b.*\btháng\b.*\bnăm\b/i;
const RULE = /^[\s\-_=*.–—]+$/;
const ANNEX_ONLY = /^(phụ lục|phu luc|biểu|bieu|mẫu|mau)(\s+(số|so))?\s*[0-9IVXivx.]*\s*$/i;

function clean(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

export function planTitleLines(
  report: PlanReport,
  cellTextOf: ((sheet: string, address: string) => string | null) | undefined,
): string[] {
  if (!cellTextOf) return [];
  const s = report.sheets.find((x) => x.recognized && x.table);
  if (!s || !s.table) return [];
  const top = Math.min(...s.table.headerRows, s.table.firstRow);
  const used = Object.values(s.table.columns)
    .filter((c): c is string => c !== null)
    .map(columnIndex);
  const lastCol = Math.min(MAX_COLUMNS, Math.max(1, ...used));
  const lines: string[] = [];
  for (let r = 1; r < top && lines.length < MAX_PLAN_TITLE_LINES; r++) {
    const texts: string[] = [];
    for (let c = 1; c <= lastCol; c++) {
      const t = clean(cellTextOf(s.sheet, `${columnLetter(c)}${r}`) ?? "");
      // A merged title reads the same in every cell of its range: keep it once.
      if (t !== "" && texts[texts.length - 1] !== t) texts.push(t);
    }
    if (texts.length === 0) continue;
    // The agency / motto block is two columns side by side; a title is one text.
    if (texts.length > 1 || texts.some((t) => MOTTO.test(t))) continue;
    const t = texts[0];
    if (NUMBER_LINE.test(t) || PLACE_DATE.test(t) || RULE.test(t) || ANNEX_ONLY.test(t)) continue;
    const line = cellText(t.length > MAX_LINE ? `${t.slice(0, MAX_LINE - 1)}…` : t);
    if (line) lines.push(line);
  }
  return lines;
}
