import { fold } from "../text";
import type { Grid } from "./grid";

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
}

/**
 * The data region below the header: starts after the header (and a column-number row), ends before a
 * signature block or a long run of empty rows. `sttCol` (when known) keeps numbered rows in the table.
 */
export function findRegion(g: Grid, headerBottom: number, sttCol: number | null): Region | null {
  let first = headerBottom + 1;
  while (first <= g.bottom && g.isEmptyRow(first)) first++;
  if (first <= g.bottom && isColumnNumberRow(g, first)) first++;
  let lastNonEmpty = 0;
  let emptyRun = 0;
  for (let r = first; r <= g.bottom; r++) {
    if (g.isEmptyRow(r)) {
      emptyRun++;
      if (emptyRun >= EMPTY_RUN_ENDS_TABLE && lastNonEmpty > 0) break;
      continue;
    }
    emptyRun = 0;
    if (isSignatureRow(g, r, sttCol)) break;
    lastNonEmpty = r;
  }
  if (lastNonEmpty === 0) return null;
  while (first < lastNonEmpty && g.isEmptyRow(first)) first++;
  return { firstRow: first, lastRow: lastNonEmpty };
}

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
