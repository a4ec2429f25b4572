import { fold } from "../text";
import type { Grid } from "./grid";
import { headerLabel, rolesForLabel } from "./vocabulary";

/** A run of this many empty rows ends the table. */
const EMPTY_RUN_ENDS_TABLE = 5;

const NUMBER_TOKEN = /^\(?\s*\d{1,2}\s*\)?\.?$/;
const SHORT_TOKEN = /^\(?\s*[0-9a-zA-Z]{1,3}\s*\)?\.?$|^\(?\s*\d{1,2}\s*\)?\s*[=+\-x*/]\s*\(?\s*\d{1,2}\s*\)?.*$/;

/** A column-number row such as "(1) (2) (3) (4)" or "1 2 3 4 5". */
export function isColumnNumberRow(g: Grid, r: number): boolean {
  let numbers = 0;
  let cells = 0;
  let prev = 0;
  let increasing = true;
  for (let c = g.left; c <= g.right; c++) {
    const t = g.text(r, c);
    if (t === "") continue;
    cells++;
    if (!SHORT_TOKEN.test(t)) return false;
    if (NUMBER_TOKEN.test(t)) {
      const n = Number(t.replace(/[^0-9]/g, ""));
      if (n <= prev) increasing = false;
      prev = n;
      numbers++;
    }
  }
  return cells >= 3 && numbers >= 3 && increasing;
}

const SIGNATURE_STARTS = [
  "noi nhan",
  "tm.",
  "tm ",
  "t/m",
  "kt.",
  "kt ",
  "k/t",
  "q. ",
  "q.",
  "nguoi lap",
  "phe duyet",
  "xac nhan cua",
  "thu truong",
  "nguoi ky",
];
const SIGNATURE_EXACT = new Set([
  "chu tich",
  "pho chu tich",
  "giam doc",
  "pho giam doc",
  "truong ban",
  "pho truong ban",
  "truong phong",
  "chanh van phong",
  "bi thu",
  "nguoi lap",
  "nguoi lap bieu",
  "phe duyet",
  "duyet",
  "thu truong co quan",
  "thu truong don vi",
  "lanh dao don vi",
]);
const STT_NUMBER = /^\s*(\d{1,4}(\.\d{1,4})*|[IVXLC]{1,6}|[A-Z])[.)]?\s*$/;
/** Remarks under the table: "Ghi chú:", "* Lưu ý:". */
const NOTE_LINE = /^[*\s]*(ghi chu|luu y|chu thich|chu y)\s*:/;
const PLACE_DATE_LINE = /^[^,]{2,40}, ngay [0-9. ]{1,4}\s*thang [0-9. ]{1,4}\s*nam \d{2,4}/;
const SIGNATURE_ROLE = /^(tm|kt|t\/m|k\/t)[.\s]/;

/** True when the text opens a signature block ("Nơi nhận", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", a place-and-date line). */
export function isSignatureText(text: string): boolean {
  if (text.length > 160) return false;
  const f = fold(text);
  const first = f.split("\n")[0].trim();
  if (SIGNATURE_EXACT.has(first.replace(/[.:]+$/, ""))) return true;
  if (SIGNATURE_ROLE.test(first)) return true;
  if (first.startsWith("noi nhan")) return true;
  if (NOTE_LINE.test(first)) return true;
  if (PLACE_DATE_LINE.test(first)) return true;
  return SIGNATURE_STARTS.some((p) => (p.endsWith(".") || p.endsWith(" ") ? false : first === p));
}

export interface Region {
  firstRow: number;
  /** The table's last non-empty row. */
  lastRow: number;
  /** The header row of another, different table further down the sheet (not run into this one); null if none. */
  nextTable: number | null;
}

/**
 * The data region below the header: starts after the header (and a column-number row), ends before a
 * signature block, a long run of empty rows, a line of prose after an empty row ("Đề nghị các đơn vị
 * …"), or another table's header after an empty row (rows above it back to the gap belong to that
 * table: its title). `sttCol` (when known) keeps numbered rows in the table; `headerLabels` (the
 * table's own folded labels by column) tell a header repeated after a page break from another table's.
 */
export function findRegion(
  g: Grid,
  headerBottom: number,
  sttCol: number | null,
  headerLabels: Map<number, { label: string }> = new Map(),
): Region | null {
  let first = headerBottom + 1;
  while (first <= g.bottom && g.isEmptyRow(first)) first++;
  if (first <= g.bottom && isColumnNumberRow(g, first)) first++;
  let lastNonEmpty = 0;
  /** The last non-empty row before the latest empty row (where the table ends if what follows is not its own). */
  let beforeGap = 0;
  /** The first non-empty row after the latest empty row. */
  let gapEnd = 0;
  let emptyRun = 0;
  let nextTable: number | null = null;
  for (let r = first; r <= g.bottom; r++) {
    if (g.isEmptyRow(r)) {
      if (emptyRun === 0) beforeGap = lastNonEmpty;
      emptyRun++;
      if (emptyRun >= EMPTY_RUN_ENDS_TABLE && lastNonEmpty > 0) break;
      continue;
    }
    const afterGap = emptyRun > 0 && lastNonEmpty > 0;
    if (afterGap) gapEnd = r;
    emptyRun = 0;
    if (isSignatureRow(g, r, sttCol)) break;
    if (afterGap && isProseLine(g, r, sttCol)) break;
    // Within three rows after a gap (a title may come first): another table's header.
    if (beforeGap > 0 && gapEnd > 0 && r - gapEnd <= 2 && isOtherHeader(g, r, headerLabels)) {
      nextTable = r;
      lastNonEmpty = beforeGap;
      break;
    }
    lastNonEmpty = r;
  }
  if (lastNonEmpty === 0) return null;
  while (first < lastNonEmpty && g.isEmptyRow(first)) first++;
  return { firstRow: first, lastRow: lastNonEmpty, nextTable };
}

/** Words that open or carry a request, proposal or closing remark under a table. */
const PROSE_WORDS = /\b(de nghi|de xuat|kien nghi|yeu cau|tren day|trong qua trinh|de nghi cac|rat mong)\b/;

/**
 * A line of prose under the table: one text alone on its row (merged across or not), no STT, not in
 * capitals, a sentence of eight words or more that asks or proposes ("Đề nghị …", "Đề xuất kiến
 * nghị: …") or ends as a sentence does.
 */
function isProseLine(g: Grid, r: number, sttCol: number | null): boolean {
  if (sttCol !== null && STT_NUMBER.test(g.text(r, sttCol))) return false;
  let text = "";
  for (let c = g.left; c <= g.right; c++) {
    const t = g.text(r, c);
    if (t === "") continue;
    if (text !== "") return false;
    text = t;
  }
  if (text.split(/\s+/).length < 8) return false;
  if (text === text.toLocaleUpperCase("vi")) return false;
  const f = fold(text);
  return PROSE_WORDS.test(f.slice(0, 80)) || /[.!…]["”)]*$/.test(text);
}

/**
 * The header of another table: three or more short cells naming roles (or "Họ và tên", "Kinh phí" …
 * for tables of people or money), fewer than two of them repeating this table's own labels in the
 * same column (a header repeated after a page break does).
 */
function isOtherHeader(g: Grid, r: number, own: Map<number, { label: string }>): boolean {
  let named = 0;
  let same = 0;
  for (let c = g.left; c <= g.right; c++) {
    const t = g.text(r, c);
    if (t === "") continue;
    if (t.length > 60) return false;
    const l = headerLabel(t);
    if (own.get(c)?.label === l) same++;
    if (rolesForLabel(l).length || OTHER_TABLE_LABEL.test(l)) named++;
  }
  return named >= 3 && same < 2;
}

const OTHER_TABLE_LABEL =
  /^(ho va ten|ho ten|chuc vu|chuc danh|kinh phi|du toan|thanh tien|so tien|nguon von|so luong|don vi tinh)\b/;

function isSignatureRow(g: Grid, r: number, sttCol: number | null): boolean {
  if (sttCol !== null && STT_NUMBER.test(g.text(r, sttCol))) return false;
  let cells = 0;
  let sig = false;
  for (let c = g.left; c <= g.right; c++) {
    const t = g.text(r, c);
    if (t === "") continue;
    cells++;
    if (!sig && isSignatureText(t)) sig = true;
  }
  return sig && cells <= 3;
}
