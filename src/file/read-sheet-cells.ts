import type { CellValue } from "../core/snapshot";
import type { Book } from "./read-book";
import { decodeXstring, streamPart } from "./read-book";

/**
 * One worksheet part's cells, streamed: each stored cell (a value, or a style alone) as parallel
 * arrays (row, column, style index, value), merged areas and the protection flag. Cells without a
 * reference follow the previous one, rows without a number the previous row.
 */

export interface SheetCells {
  rows: Int32Array;
  cols: Int32Array;
  /** Cell format index (s), -1 when the cell has none. */
  styles: Int32Array;
  values: CellValue[];
  /** 1 for an ISO date cell (t="d": its value is already a serial). */
  isoDate: Uint8Array;
  merges: { top: number; left: number; bottom: number; right: number }[];
  protected: boolean;
  /** Cells holding a value. */
  valueCount: number;
}

/** Thrown when a sheet holds more than a limit allows. */
export class SheetLimitError extends Error {
  override readonly name = "SheetLimitError";
  constructor(
    readonly kind: "cells" | "rows",
    readonly limit: number,
  ) {
    super(`more than ${limit} ${kind}`);
  }
}

export interface SheetCellLimits {
  /** Most cells holding a value (this sheet's share of the workbook's limit). */
  maxValueCells: number;
  /** Most stored cells in all (styled empty cells included). */
  maxStoredCells: number;
  /** Highest row number. */
  maxRow: number;
}

const MAX_COL = 16384;

/** "AB12" -> [12, 28]; [0, 0] when it is not a cell reference. */
export function parseRef(ref: string): [number, number] {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c === 36)
      continue; // $
    else break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 48 && c <= 57) row = row * 10 + (c - 48);
    else if (c !== 36) return [0, 0];
  }
  return [row, col];
}

/** ISO 8601 date/time (t="d") -> 1900-system serial; null when unreadable. */
export function isoToSerial(iso: string): number | null {
  const m = /^(-?\d{4,})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?)?/.exec(iso.trim());
  if (m) {
    const ms = Date.UTC(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4] ?? 0),
      Number(m[5] ?? 0),
      Number(m[6] ?? 0),
    );
    const frac = m[7] ? Number(m[7]) : 0;
    return (ms - Date.UTC(1899, 11, 30)) / 86400000 + frac / 86400;
  }
  const t = /^T?(\d\d):(\d\d)(?::(\d\d)(\.\d+)?)?$/.exec(iso.trim());
  if (t) return (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0) + Number(t[4] ?? 0)) / 86400;
  return null;
}

export function readSheetCells(book: Book, part: string, limits: SheetCellLimits): SheetCells {
  const out: SheetCells = {
    rows: new Int32Array(0),
    cols: new Int32Array(0),
    styles: new Int32Array(0),
    values: [],
    isoDate: new Uint8Array(0),
    merges: [],
    protected: false,
    valueCount: 0,
  };
  // Typed arrays, grown by doubling (a few bytes a cell: millions of cells stay small).
  let cap = 1024;
  let n = 0;
  let rows = new Int32Array(cap);
  let cols = new Int32Array(cap);
  let styles = new Int32Array(cap);
  let isoDates = new Uint8Array(cap);
  const grow = () => {
    cap *= 2;
    const r = new Int32Array(cap);
    r.set(rows);
    rows = r;
    const c = new Int32Array(cap);
    c.set(cols);
    cols = c;
    const st = new Int32Array(cap);
    st.set(styles);
    styles = st;
    const d = new Uint8Array(cap);
    d.set(isoDates);
    isoDates = d;
  };
  const sst = book.sharedStrings;
  let row = 0;
  let col = 0;
  // The current cell.
  let inCell = false;
  let cRow = 0;
  let cCol = 0;
  let cStyle = 0;
  let cType = "n";
  let v: string | null = null;
  let inline: string | null = null;
  // Text being collected: 1 = <v>, 2 = <is><t> (not inside rPh).
  let collect = 0;
  let inIs = false;
  let rph = 0;
  let buf = "";
  let inSheetData = false;

  const finishCell = () => {
    let value: CellValue = null;
    let iso = false;
    switch (cType) {
      case "s": {
        const s = v === null ? undefined : sst[Number(v)];
        value = s === undefined || s === "" ? null : s;
        break;
      }
      case "str":
        value = v === null || v === "" ? null : decodeXstring(v);
        break;
      case "inlineStr":
        value = inline === null || inline === "" ? null : decodeXstring(inline);
        break;
      case "b":
        value = v === null ? null : v.trim() === "1" || v.trim() === "true";
        break;
      case "e":
        value = v === null ? null : { error: v.trim() };
        break;
      case "d": {
        const serial = v === null ? null : isoToSerial(v);
        value = serial;
        iso = serial !== null;
        break;
      }
      default: {
        if (v !== null && v.trim() !== "") {
          const n = Number(v);
          value = Number.isFinite(n) ? n : null;
        }
      }
    }
    if (value === null && cStyle < 0) return;
    if (n >= limits.maxStoredCells) throw new SheetLimitError("cells", limits.maxStoredCells);
    if (value !== null && ++out.valueCount > limits.maxValueCells)
      throw new SheetLimitError("cells", limits.maxValueCells);
    if (n === cap) grow();
    rows[n] = cRow;
    cols[n] = cCol;
    styles[n] = cStyle;
    isoDates[n] = iso ? 1 : 0;
    out.values.push(value);
    n++;
  };

  streamPart(book.pkg, part, {
    open(name, a) {
      if (inCell) {
        if (name === "v") {
          collect = 1;
          buf = "";
        } else if (name === "is") {
          inIs = true;
          inline = "";
        } else if (name === "rPh") rph++;
        else if (name === "t" && inIs && rph === 0) {
          collect = 2;
          buf = "";
        }
        return;
      }
      if (name === "c" && inSheetData) {
        inCell = true;
        let r = 0;
        let c = 0;
        if (a.r) [r, c] = parseRef(a.r);
        cRow = r > 0 ? r : row;
        cCol = c > 0 ? c : col + 1;
        if (cRow < 1) cRow = 1;
        col = cCol;
        // -1: no style index (the cell shows the defaults; no font is named for it).
        cStyle = a.s !== undefined ? Number(a.s) || 0 : -1;
        cType = a.t ?? "n";
        v = null;
        inline = null;
      } else if (name === "row" && inSheetData) {
        const r = a.r ? Number(a.r) : NaN;
        row = Number.isInteger(r) && r > 0 ? r : row + 1;
        if (row > limits.maxRow) throw new SheetLimitError("rows", limits.maxRow);
        col = 0;
      } else if (name === "sheetData") inSheetData = true;
      else if (name === "mergeCell" && a.ref) {
        const [from, to] = a.ref.split(":");
        const [r1, c1] = parseRef(from);
        const [r2, c2] = to ? parseRef(to) : [r1, c1];
        if (r1 > 0 && c1 > 0 && r2 > 0 && c2 > 0 && c1 <= MAX_COL && c2 <= MAX_COL)
          out.merges.push({
            top: Math.min(r1, r2),
            left: Math.min(c1, c2),
            bottom: Math.max(r1, r2),
            right: Math.max(c1, c2),
          });
      } else if (name === "sheetProtection") {
        const sheet = a.sheet;
        if (sheet === "1" || sheet === "true") out.protected = true;
      }
    },
    close(name) {
      if (!inCell) {
        if (name === "sheetData") inSheetData = false;
        return;
      }
      if (name === "v" && collect === 1) {
        v = buf;
        collect = 0;
      } else if (name === "t" && collect === 2) {
        inline = (inline ?? "") + buf;
        collect = 0;
      } else if (name === "rPh") rph--;
      else if (name === "is") inIs = false;
      else if (name === "c") {
        inCell = false;
        finishCell();
      }
    },
    text(t) {
      if (collect !== 0) buf += t;
    },
  });
  out.rows = rows.subarray(0, n);
  out.cols = cols.subarray(0, n);
  out.styles = styles.subarray(0, n);
  out.isoDate = isoDates.subarray(0, n);
  return out;
}
