import {
  compactGrid,
  NO_BORDERS,
  valueAt,
  type BlockState,
  type CellBorders,
  type FillState,
  type FontColorState,
} from "../core/highlight";
import { parseRect, rectAddress, type Rect } from "../core";

/**
 * What the highlighting overwrites, cell by cell (pure: no Office.js). The reads (highlight-read.ts)
 * fill `Originals` from the sheet; what a previous run saved wins where it drew (the sheet shows
 * our marks there); `blocksFor` compacts them into the saved state's blocks.
 */

export type Key = number;
export const key = (r: number, c: number): Key => r * 20000 + c;
export const keyRow = (k: Key): number => Math.floor(k / 20000);
export const keyCol = (k: Key): number => k % 20000;

export function cellsOf(rect: Rect, f: (r: number, c: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c);
}

export function rectCells(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/** What will be drawn on one sheet. */
export interface Drawing {
  fills: { rect: Rect; color: string }[];
  invalid: Rect[];
}

/** Per-cell originals of one sheet (later blocks win), with the .xlsx writer's exact styles when known. */
export interface Originals {
  fill: Map<Key, FillState>;
  borders: Map<Key, CellBorders>;
  font: Map<Key, FontColorState>;
  /** Exact file styles (core/highlight/state.ts `xlsx`), kept so the .xlsx writer can restore them. */
  xfill: Map<Key, string | null>;
  xborder: Map<Key, string | null>;
}

export function noOriginals(): Originals {
  return { fill: new Map(), borders: new Map(), font: new Map(), xfill: new Map(), xborder: new Map() };
}

export function expand(blocks: readonly BlockState[]): Originals {
  const out = noOriginals();
  for (const b of blocks) {
    const rect = parseRect(b.a);
    if (!rect) continue;
    cellsOf(rect, (r, c) => {
      const k = key(r, c);
      const dr = r - rect.top;
      const dc = c - rect.left;
      if (b.fill !== undefined) {
        out.fill.set(k, valueAt(b.fill, dr, dc) ?? null);
        out.xfill.set(k, valueAt(b.xlsx?.fill, dr, dc) ?? null);
      }
      const borders = valueAt(b.borders, dr, dc);
      if (borders) {
        out.borders.set(k, borders);
        out.xborder.set(k, valueAt(b.xlsx?.border, dr, dc) ?? null);
      }
      if (b.font !== undefined) out.font.set(k, valueAt(b.font, dr, dc) ?? null);
    });
  }
  return out;
}

/** True when every cell of the rectangle is in the map. */
export function covered(rect: Rect, map: Map<Key, unknown>): boolean {
  for (let r = rect.top; r <= rect.bottom; r++)
    for (let c = rect.left; c <= rect.right; c++) if (!map.has(key(r, c))) return false;
  return true;
}

/**
 * The originals of a drawing: what was read from the sheet, except where the previous run drew
 * (its saved originals win there: the sheet shows our own marks).
 */
export function originalsFor(drawing: Drawing, read: Originals, prev: Originals): Originals {
  const out = noOriginals();
  for (const f of drawing.fills)
    cellsOf(f.rect, (r, c) => {
      const k = key(r, c);
      if (prev.fill.has(k)) {
        out.fill.set(k, prev.fill.get(k) as FillState);
        out.xfill.set(k, prev.xfill.get(k) ?? null);
      } else {
        out.fill.set(k, read.fill.get(k) ?? null);
        if (read.xfill.has(k)) out.xfill.set(k, read.xfill.get(k) ?? null);
      }
    });
  for (const rect of drawing.invalid)
    cellsOf(rect, (r, c) => {
      const k = key(r, c);
      const b = prev.borders.get(k);
      if (b) {
        out.borders.set(k, b);
        out.xborder.set(k, prev.xborder.get(k) ?? null);
      } else out.borders.set(k, read.borders.get(k) ?? NO_BORDERS);
    });
  return out;
}

/** Compacts per-cell originals into the blocks of a drawing. */
export function blocksFor(drawing: Drawing, orig: Originals): BlockState[] {
  const blocks: BlockState[] = [];
  for (const f of drawing.fills) {
    const grid: FillState[][] = [];
    let uniform = true;
    const first = orig.fill.get(key(f.rect.top, f.rect.left)) ?? null;
    for (let r = f.rect.top; r <= f.rect.bottom; r++) {
      const row: FillState[] = [];
      for (let c = f.rect.left; c <= f.rect.right; c++) {
        const v = orig.fill.get(key(r, c)) ?? null;
        if (v !== first) uniform = false;
        row.push(v);
      }
      grid.push(row);
    }
    const block: BlockState = { a: rectAddress(f.rect), fill: uniform ? first : grid };
    const exact = exactGrid(f.rect, orig.xfill);
    if (exact) block.xlsx = { fill: exact };
    blocks.push(block);
  }
  for (const rect of drawing.invalid) {
    const grid: CellBorders[][] = [];
    const seen = new Set<string>();
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: CellBorders[] = [];
      for (let c = rect.left; c <= rect.right; c++) {
        const b = orig.borders.get(key(r, c)) ?? NO_BORDERS;
        seen.add(JSON.stringify(b));
        row.push(b);
      }
      grid.push(row);
    }
    const block: BlockState = { a: rectAddress(rect), borders: seen.size === 1 ? grid[0][0] : grid };
    const exact = exactGrid(rect, orig.xborder);
    if (exact) block.xlsx = { border: exact };
    blocks.push(block);
  }
  return blocks;
}

/** The exact file styles over a rectangle (null where unknown), or undefined when none is known. */
function exactGrid(rect: Rect, exact: Map<Key, string | null>): (string | null) | (string | null)[][] | undefined {
  let any = false;
  const grid: (string | null)[][] = [];
  for (let r = rect.top; r <= rect.bottom; r++) {
    const row: (string | null)[] = [];
    for (let c = rect.left; c <= rect.right; c++) {
      const v = exact.get(key(r, c)) ?? null;
      if (v !== null) any = true;
      row.push(v);
    }
    grid.push(row);
  }
  return any ? compactGrid(grid) : undefined;
}
