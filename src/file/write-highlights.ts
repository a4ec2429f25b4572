import type ExcelJS from "exceljs";
import { HIGHLIGHT_STYLES, rangeAddress, type HighlightPlan, type HighlightRange } from "../core/highlight";
import type { BackupEntry, BackupProperty } from "./write-marker";

/**
 * Draws a highlight plan on an exceljs workbook: fills for row marks, a border for invalid cells.
 * Only styles change; never a value or a formula. Returns what was overwritten (see write-marker.ts)
 * so that `restoreHighlights` can put it back.
 *
 * exceljs shares one style object between the cells that had the same style in the file, so a
 * cell's style is replaced by a new object (one per original style and mark), never mutated.
 */

type Style = Partial<ExcelJS.Style>;

function argb(rgb: string): string {
  return `FF${rgb}`;
}

function markValue(property: BackupProperty, mark: keyof typeof HIGHLIGHT_STYLES): unknown {
  const s = HIGHLIGHT_STYLES[mark];
  if (property === "fill")
    return { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill!) }, bgColor: { indexed: 64 } };
  const side = { style: "medium", color: { argb: argb(s.border!) } };
  return { top: side, left: side, bottom: side, right: side };
}

function parseRange(address: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(address);
  if (!m) return null;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const top = Number(m[2]);
  const left = col(m[1]);
  return { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? col(m[3]) : left };
}

class StyleCache {
  private readonly cache = new WeakMap<object, Map<string, Style>>();
  private readonly none = new Map<string, Style>();

  /** The style `base` with `property` set to `value` (or removed for undefined), shared per (base, key). */
  with(base: Style | undefined, property: BackupProperty, value: unknown, key: string): Style {
    let byKey = base ? this.cache.get(base) : this.none;
    if (!byKey) {
      byKey = new Map();
      this.cache.set(base!, byKey);
    }
    let s = byKey.get(key);
    if (!s) {
      s = { ...(base ?? {}) } as Style;
      if (value === undefined) delete (s as Record<string, unknown>)[property];
      else (s as Record<string, unknown>)[property] = value;
      byKey.set(key, s);
    }
    return s;
  }
}

/** Records the original value of `property` over a range, grouped into uniform rectangles. */
function backupRange(ws: ExcelJS.Worksheet, r: HighlightRange, property: BackupProperty, out: BackupEntry[]): void {
  let open: { top: number; bottom: number; left: number; right: number; value: string } | null = null;
  const flush = () => {
    if (open)
      out.push({
        sheet: ws.name,
        range: rangeAddress(open.top, open.left, open.bottom, open.right),
        property,
        value: open.value,
      });
    open = null;
  };
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    const runs: Array<{ left: number; right: number; value: string }> = [];
    for (let col = r.firstCol; col <= r.lastCol; col++) {
      const v = ws.getCell(row, col).style?.[property];
      const json = v === undefined || v === null ? "" : JSON.stringify(v);
      const last = runs[runs.length - 1];
      if (last && last.value === json) last.right = col;
      else runs.push({ left: col, right: col, value: json });
    }
    const cur = open as { top: number; bottom: number; left: number; right: number; value: string } | null;
    if (
      runs.length === 1 &&
      cur &&
      cur.bottom === row - 1 &&
      cur.value === runs[0].value &&
      cur.left === runs[0].left &&
      cur.right === runs[0].right
    ) {
      cur.bottom = row;
      continue;
    }
    flush();
    if (runs.length === 1) {
      open = { top: row, bottom: row, ...runs[0] };
    } else {
      for (const run of runs)
        out.push({ sheet: ws.name, range: rangeAddress(row, run.left, row, run.right), property, value: run.value });
    }
  }
  flush();
}

function paint(
  ws: ExcelJS.Worksheet,
  r: HighlightRange,
  property: BackupProperty,
  value: unknown,
  key: string,
  cache: StyleCache,
): void {
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    for (let col = r.firstCol; col <= r.lastCol; col++) {
      const cell = ws.getCell(row, col);
      // exceljs, not Office.js: there is no context to sync.
      // eslint-disable-next-line office-addins/call-sync-before-read
      cell.style = cache.with(cell.style as Style | undefined, property, value, key);
    }
  }
}

/** Applies the plan; returns the backup of what it overwrote, in drawing order. */
export function applyHighlights(wb: ExcelJS.Workbook, plan: HighlightPlan): BackupEntry[] {
  const backup: BackupEntry[] = [];
  const cache = new StyleCache();
  for (const sh of plan.sheets) {
    const ws = wb.getWorksheet(sh.sheet);
    if (!ws) continue;
    for (const r of sh.rows) {
      backupRange(ws, r, "fill", backup);
      paint(ws, r, "fill", markValue("fill", r.mark), `mark:${r.mark}`, cache);
    }
    for (const r of sh.invalid) {
      backupRange(ws, r, "border", backup);
      paint(ws, r, "border", markValue("border", "invalid"), "mark:invalid", cache);
    }
  }
  return backup;
}

/** Puts back what an earlier run overwrote (entries last to first). Sheets no longer there are skipped. */
export function restoreHighlights(wb: ExcelJS.Workbook, backup: readonly BackupEntry[]): void {
  const cache = new StyleCache();
  for (let i = backup.length - 1; i >= 0; i--) {
    const e = backup[i];
    const ws = wb.getWorksheet(e.sheet);
    const box = parseRange(e.range);
    if (!ws || !box) continue;
    let value: unknown;
    try {
      value = e.value === "" ? undefined : JSON.parse(e.value);
    } catch {
      continue;
    }
    const r: HighlightRange = {
      firstRow: box.top,
      lastRow: box.bottom,
      firstCol: box.left,
      lastCol: box.right,
      address: e.range,
    };
    paint(ws, r, e.property, value, `restore:${e.property}:${e.value}`, cache);
  }
}
