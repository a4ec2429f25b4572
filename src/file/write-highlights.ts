import type ExcelJS from "exceljs";
import { parseRect } from "../core";
import {
  bordersFromXlsx,
  compactGrid,
  fillFromXlsx,
  HIGHLIGHT_STYLES,
  themePaletteFromXml,
  valueAt,
  xlsxBorders,
  xlsxFill,
  type BlockState,
  type CellBorders,
  type FillState,
  type FontColorState,
  type HighlightPlan,
  type HighlightRange,
  type HighlightState,
  type SheetState,
  type ThemePalette,
} from "../core/highlight";

/**
 * Draws a highlight plan on an exceljs workbook (fills for row marks, a border for invalid
 * cells) and puts back what an earlier run of EITHER host drew, from the shared highlight state
 * (core/highlight/state.ts). Only styles change; never a value or a formula.
 *
 * Drawing records each overwritten style twice: portable (Office.js terms, so that the add-in's
 * "Xóa tô màu" can restore it) and exact (exceljs JSON: theme colours, tints and patterns come
 * back exactly when this writer restores). Restoring uses the exact style when known, else the
 * portable one (what the add-in recorded).
 *
 * exceljs shares one style object between the cells that had the same style in the file, so a
 * cell's style is replaced by a new object (one per original style and change), never mutated.
 */

type Style = Partial<ExcelJS.Style>;
type Aspect = "fill" | "border" | "font";

/** The workbook's theme colours (for theme fills), from its theme part when exceljs kept it. */
export function workbookPalette(wb: ExcelJS.Workbook): ThemePalette {
  const themes = (wb as unknown as { _themes?: Record<string, string> })._themes;
  return themePaletteFromXml(themes?.theme1);
}

function markStyle(aspect: "fill" | "border", mark: keyof typeof HIGHLIGHT_STYLES): unknown {
  const s = HIGHLIGHT_STYLES[mark];
  if (aspect === "fill")
    return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` }, bgColor: { indexed: 64 } };
  const side = { style: "medium", color: { argb: `FF${s.border}` } };
  return { top: side, left: side, bottom: side, right: side };
}

class StyleCache {
  private readonly cache = new WeakMap<object, Map<string, Style>>();
  private readonly none = new Map<string, Style>();

  /** The style `base` with `aspect` replaced by `value` (removed for undefined), shared per (base, key). */
  with(base: Style | undefined, aspect: Aspect, value: unknown, key: string): Style {
    let byKey = base ? this.cache.get(base) : this.none;
    if (!byKey) {
      byKey = new Map();
      this.cache.set(base!, byKey);
    }
    let s = byKey.get(key);
    if (!s) {
      s = { ...(base ?? {}) } as Style;
      const rec = s as Record<string, unknown>;
      if (aspect === "font") {
        const font = { ...((base?.font as object | undefined) ?? {}) } as Record<string, unknown>;
        if (value === undefined) delete font.color;
        else font.color = value;
        rec.font = font;
      } else if (value === undefined) delete rec[aspect];
      else rec[aspect] = value;
      byKey.set(key, s);
    }
    return s;
  }
}

function setAspect(cell: ExcelJS.Cell, aspect: Aspect, value: unknown, key: string, cache: StyleCache): void {
  cell.style = cache.with(cell.style as Style | undefined, aspect, value, key);
}

function json(v: unknown): string {
  return v === undefined || v === null ? "" : JSON.stringify(v);
}

/** What one block recorded for one cell, per aspect: the value to write back (undefined = none). */
interface Restore {
  value: unknown;
  key: string;
}

function restoreValue<T>(
  portable: T | undefined,
  exact: string | null | undefined,
  toXlsx: (v: T) => unknown,
): Restore | null {
  if (typeof exact === "string") {
    try {
      return { value: exact === "" ? undefined : JSON.parse(exact), key: `x:${exact}` };
    } catch {
      // falls back to the portable value
    }
  }
  if (portable === undefined) return null;
  return { value: toXlsx(portable), key: `p:${JSON.stringify(portable)}` };
}

/**
 * Puts back what the state recorded (later blocks win where they overlap). Returns the sheet
 * states whose sheet is not in the workbook (renamed or deleted), to be kept for a later run.
 */
export function restoreHighlightState(wb: ExcelJS.Workbook, state: HighlightState): SheetState[] {
  const cache = new StyleCache();
  const missing: SheetState[] = [];
  for (const sh of state.sheets) {
    const ws = wb.worksheets.find((w) => w.name.toLowerCase() === sh.sheet.toLowerCase());
    if (!ws) {
      missing.push(sh);
      continue;
    }
    const cells = new Map<string, Partial<Record<Aspect, Restore>>>();
    for (const b of sh.blocks) {
      const rect = parseRect(b.a);
      if (!rect) continue;
      for (let r = rect.top; r <= rect.bottom; r++) {
        for (let c = rect.left; c <= rect.right; c++) {
          const dr = r - rect.top;
          const dc = c - rect.left;
          const k = `${r}:${c}`;
          const entry = cells.get(k) ?? {};
          const fill = restoreValue<FillState>(valueAt(b.fill, dr, dc), valueAt(b.xlsx?.fill, dr, dc), xlsxFill);
          const border = restoreValue<CellBorders>(
            valueAt(b.borders, dr, dc),
            valueAt(b.xlsx?.border, dr, dc),
            xlsxBorders,
          );
          const font = restoreValue<FontColorState>(valueAt(b.font, dr, dc), valueAt(b.xlsx?.font, dr, dc), (v) =>
            v === null ? undefined : { argb: `FF${v.slice(1).toUpperCase()}` },
          );
          if (fill) entry.fill = fill;
          if (border) entry.border = border;
          if (font) entry.font = font;
          cells.set(k, entry);
        }
      }
    }
    for (const [k, entry] of cells) {
      const [r, c] = k.split(":").map(Number);
      const cell = ws.getCell(r, c);
      for (const aspect of ["fill", "border", "font"] as const) {
        const e = entry[aspect];
        if (e) setAspect(cell, aspect, e.value, `restore:${aspect}:${e.key}`, cache);
      }
    }
  }
  return missing;
}

/** The block recording the originals of `aspect` over one drawn range. */
function recordBlock(ws: ExcelJS.Worksheet, r: HighlightRange, aspect: "fill" | "border", palette: ThemePalette) {
  const portable: (FillState | CellBorders)[][] = [];
  const exact: string[][] = [];
  for (let row = r.firstRow; row <= r.lastRow; row++) {
    const p: (FillState | CellBorders)[] = [];
    const x: string[] = [];
    for (let col = r.firstCol; col <= r.lastCol; col++) {
      const v = ws.getCell(row, col).style?.[aspect];
      p.push(aspect === "fill" ? fillFromXlsx(v, palette) : bordersFromXlsx(v, palette));
      x.push(json(v));
    }
    portable.push(p);
    exact.push(x);
  }
  const block: BlockState =
    aspect === "fill"
      ? { a: r.address, fill: compactGrid(portable as FillState[][]), xlsx: { fill: compactGrid(exact) } }
      : { a: r.address, borders: compactGrid(portable as CellBorders[][]), xlsx: { border: compactGrid(exact) } };
  return block;
}

function paint(
  ws: ExcelJS.Worksheet,
  r: HighlightRange,
  aspect: "fill" | "border",
  value: unknown,
  key: string,
  cache: StyleCache,
) {
  for (let row = r.firstRow; row <= r.lastRow; row++)
    for (let col = r.firstCol; col <= r.lastCol; col++) setAspect(ws.getCell(row, col), aspect, value, key, cache);
}

/** Applies the plan; returns what it overwrote, one sheet state per sheet drawn on. */
export function applyHighlights(wb: ExcelJS.Workbook, plan: HighlightPlan, palette?: ThemePalette): SheetState[] {
  const pal = palette ?? workbookPalette(wb);
  const out: SheetState[] = [];
  const cache = new StyleCache();
  for (const sh of plan.sheets) {
    const ws = wb.getWorksheet(sh.sheet);
    if (!ws) continue;
    const blocks: BlockState[] = [];
    for (const r of sh.rows) {
      blocks.push(recordBlock(ws, r, "fill", pal));
      paint(ws, r, "fill", markStyle("fill", r.mark), `mark:${r.mark}`, cache);
    }
    for (const r of sh.invalid) {
      blocks.push(recordBlock(ws, r, "border", pal));
      paint(ws, r, "border", markStyle("border", "invalid"), "mark:invalid", cache);
    }
    if (blocks.length > 0) out.push({ sheet: ws.name, id: null, blocks });
  }
  return out;
}
