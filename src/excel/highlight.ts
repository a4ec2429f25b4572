import {
  combineStates,
  compactGrid,
  HIGHLIGHT_STYLES,
  legacyBackupToState,
  NO_BORDERS,
  NO_EDGE,
  parseHighlightState,
  serializeHighlightState,
  valueAt,
  type BlockState,
  type CellBorders,
  type EdgeState,
  type FillState,
  type FontColorState,
  type HighlightPlan,
  type HighlightState,
  type SheetState,
} from "../core/highlight";
import { chunkAreas, MAX_ADDRESS_LENGTH, parseRect, rectAddress, type Rect } from "./address";
import { utf8Length } from "./bytes";
import { queueReadOnlyCheck, queueStructureCheck, type ExcelCapabilities } from "./capabilities";
import { ExcelHostError } from "./errors";
import { loadStore, queueLegacyBackupClear, queueStoreWrite, type StoreContents } from "./store";

/**
 * Draws a highlight plan (core/highlight) on the sheets, remembering what it overwrote, and
 * removes it again restoring exactly what was there.
 *
 * Draw, 2 syncs (up to ~4 MB of writes: with 1.9's area lists, a 50,000-task sheet needs ~1 MB):
 *   1. load the saved state (hidden sheet), each sheet's protection, and what the new marks will
 *      overwrite: per-cell fills and borders through getCellProperties (ExcelApi 1.9) while the
 *      response stays under budget; beyond it, or without 1.9, the range-wide fill colour
 *      (one value per block of rows, null when the block's fills differ).
 *   2. write the new state FIRST, then restore what the previous run drew on these sheets
 *      (from the saved state, not from the sheet: re-running never piles up), then draw. Writes
 *      use getRanges (1.9) with area lists under 8,192 characters: one operation per colour per
 *      list, not per row.
 *   Only when a block's fills differ AND its per-cell fills could not be read in sync 1 (no 1.9,
 *   or a response over budget) does it take one more sync per level (rows, then cells) for
 *   those blocks. Writes over the budget (only seen without 1.9 on very large sheets, one
 *   operation per block) go in further syncs, the state first, so nothing is left unrecorded.
 * A protected sheet or a read-only workbook stops before anything is written.
 *
 * What is touched: the fill of marked rows (over the table's columns) and the borders of invalid
 * cells; nothing else (values and number formats are never written; a font colour only when a
 * stored state recorded one to put back).
 * The state is core/highlight/state.ts's, in the marker sheet's column H, shared with the .xlsx
 * writer: what either host drew, the other removes. An older .xlsx writer's backup (columns C:F)
 * is merged in (its originals win) and cleared once the new state is written.
 * "No fill" is read as pattern "None" (1.9); without 1.9 the range-wide colour "#FFFFFF" is read
 * as no fill (a white fill then comes back as no fill: same look, gridlines visible).
 */

export interface HighlightRunOptions {
  caps: ExcelCapabilities;
  /** Response bytes aimed for per sync (default 4,000,000). */
  payloadBudget?: number;
  /** True when the workbook is open read-only (Office.context.document.mode). */
  isReadOnly?: () => boolean;
}

export interface HighlightResult {
  syncs: number;
  /** Rows that got a status fill. */
  highlightedRows: number;
  /** Cells whose previous formats were saved. */
  savedCells: number;
  /** Set when a stored state could not be read (it was replaced). */
  warning: string | null;
}

export interface ClearResult {
  syncs: number;
  /** Names of the sheets restored. */
  sheets: string[];
  warning: string | null;
}

const DEFAULT_BUDGET = 4_000_000;
/** JSON bytes of one cell's fill in a getCellProperties response. */
const FILL_CELL_BYTES = 60;
/** JSON bytes of one cell's four borders in a getCellProperties response. */
const BORDER_CELL_BYTES = 260;
const INVALID_WEIGHT = "Medium";
const DRAWN_STYLE = "Continuous";
/** Above this many blocks, fills are read range-wide (one operation per area list) instead. */
const MAX_PER_CELL_READS = 500;

type Key = number;
const key = (r: number, c: number): Key => r * 20000 + c;
const keyRow = (k: Key): number => Math.floor(k / 20000);
const keyCol = (k: Key): number => k % 20000;

function color(hex: string): string {
  return `#${hex.replace(/^#/, "").toUpperCase()}`;
}

function cellsOf(rect: Rect, f: (r: number, c: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(r, c);
}

function rectCells(rect: Rect): number {
  return (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
}

/** Per-cell originals of one sheet (later blocks win), with the .xlsx writer's exact styles when known. */
interface Originals {
  fill: Map<Key, FillState>;
  borders: Map<Key, CellBorders>;
  font: Map<Key, FontColorState>;
  /** Exact file styles (core/highlight/state.ts `xlsx`), kept so the .xlsx writer can restore them. */
  xfill: Map<Key, string | null>;
  xborder: Map<Key, string | null>;
}

function noOriginals(): Originals {
  return { fill: new Map(), borders: new Map(), font: new Map(), xfill: new Map(), xborder: new Map() };
}

function expand(blocks: readonly BlockState[]): Originals {
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

/** The stored state: column H, with a legacy C:F backup merged in (its originals win). */
function storedState(contents: StoreContents): { state: HighlightState; error: string | null } {
  const parsed = parseHighlightState(contents.highlight);
  if (contents.legacyBackup.length === 0) return parsed;
  return { ...parsed, state: combineStates(parsed.state, legacyBackupToState(contents.legacyBackup)) };
}

/** What will be drawn on one sheet. */
interface Drawing {
  fills: { rect: Rect; color: string }[];
  invalid: Rect[];
}

function drawingsOf(plan: HighlightPlan): Map<string, Drawing> {
  const out = new Map<string, Drawing>();
  for (const s of plan.sheets) {
    out.set(s.sheet, {
      fills: s.rows.map((r) => ({
        rect: { top: r.firstRow, bottom: r.lastRow, left: r.firstCol, right: r.lastCol },
        color: color(HIGHLIGHT_STYLES[r.mark].fill ?? "FFFFFF"),
      })),
      invalid: s.invalid.map((r) => ({ top: r.firstRow, bottom: r.lastRow, left: r.firstCol, right: r.lastCol })),
    });
  }
  return out;
}

function findSheetState(state: HighlightState, id: string | null, name: string): SheetState | undefined {
  return state.sheets.find((s) => (id !== null && s.id === id) || s.sheet.toLowerCase() === name.toLowerCase());
}

/* ------------------------------------------------------------------ reading what is there */

interface FillRead {
  /** One rectangle (per-cell read, or a block), or the areas of one getRanges list. */
  rects: Rect[];
  perCell: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  rangeWide: Excel.RangeFill | null;
}
interface BorderRead {
  rects: Rect[];
  perCell: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  /** Range-wide edges of the rects (top, bottom, left, right[, inside horizontal]). */
  edges: Excel.RangeBorder[];
}

function fillFromProps(p: Excel.CellProperties | undefined): FillState {
  const fill = p?.format?.fill;
  if (!fill || fill.pattern === "None" || !fill.color) return null;
  return color(fill.color);
}
function fillFromRangeWide(c: string | null): FillState | undefined {
  if (c === null || c === undefined) return undefined; // mixed
  const up = color(c);
  return up === "#FFFFFF" ? null : up;
}
function edgeOf(e: { style?: string; color?: string; weight?: string } | undefined): EdgeState {
  if (!e) return NO_EDGE;
  return {
    style: String(e.style ?? "None"),
    color: e.color ? color(e.color) : "#000000",
    weight: String(e.weight ?? "Thin"),
  };
}

/** Splits rectangles into lists whose address fits one getRanges call. */
function chunkRects(rects: readonly Rect[]): Rect[][] {
  const out: Rect[][] = [];
  let cur: Rect[] = [];
  let len = 0;
  for (const r of rects) {
    const a = rectAddress(r).length + 1;
    if (cur.length > 0 && len + a > MAX_ADDRESS_LENGTH) {
      out.push(cur);
      cur = [];
      len = 0;
    }
    cur.push(r);
    len += a;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/* ------------------------------------------------------------------ writing */

/** A deferred write with its estimated request size; run in batches under the payload budget. */
interface Step {
  bytes: number;
  run: () => void;
}
/** Request bytes counted per operation besides its arguments (Office's JSON per action is verbose). */
const OP_BYTES = 150;

interface Target {
  bytes: number;
  get: () => { format: Excel.RangeFormat };
}

/** Range-wide targets: getRanges (1.9) with long area lists, else one range per rectangle. */
function targetsFor(ws: Excel.Worksheet, caps: ExcelCapabilities, rects: Rect[]): Target[] {
  if (rects.length === 0) return [];
  if (caps.api19) return chunkAreas(rects).map((a) => ({ bytes: a.length + OP_BYTES, get: () => ws.getRanges(a) }));
  return rects.map((r) => {
    const a = rectAddress(r);
    return { bytes: a.length + OP_BYTES, get: () => ws.getRange(a) };
  });
}

function queueFill(steps: Step[], ws: Excel.Worksheet, caps: ExcelCapabilities, rects: Rect[], fill: FillState): void {
  for (const t of targetsFor(ws, caps, rects)) {
    steps.push({
      bytes: t.bytes + OP_BYTES,
      run: () => {
        const target = t.get();
        if (fill === null) target.format.fill.clear();
        else target.format.fill.color = fill;
      },
    });
  }
}

/** Queues the steps in batches of at most `budget` request bytes; returns the syncs made. */
async function runSteps(context: Excel.RequestContext, steps: Step[], budget: number): Promise<number> {
  let syncs = 0;
  let pending = 0;
  for (const step of steps) {
    if (pending > 0 && pending + step.bytes > budget) {
      await context.sync();
      syncs++;
      pending = 0;
    }
    step.run();
    pending += step.bytes;
  }
  await context.sync();
  return syncs + 1;
}

const EDGE_NAMES = { top: "EdgeTop", bottom: "EdgeBottom", left: "EdgeLeft", right: "EdgeRight" } as const;

function queueEdge(format: Excel.RangeFormat, edge: string, e: EdgeState): void {
  const b = format.borders.getItem(edge as Excel.BorderIndex);
  if (e.style === "None") {
    b.style = "None" as Excel.BorderLineStyle;
  } else {
    b.style = e.style as Excel.BorderLineStyle;
    b.color = e.color;
    b.weight = e.weight as Excel.BorderWeight;
  }
}

/** Groups cells by equal value into rectangles (runs along each row). */
function runsByValue<T>(cells: Map<Key, T>, keyOf: (v: T) => string): Map<string, { value: T; rects: Rect[] }> {
  const groups = new Map<string, { value: T; rects: Rect[] }>();
  const keys = [...cells.keys()].sort((a, b) => a - b);
  let run: { k: string; value: T; rect: Rect } | null = null;
  const flush = (): void => {
    if (!run) return;
    let g = groups.get(run.k);
    if (!g) groups.set(run.k, (g = { value: run.value, rects: [] }));
    g.rects.push(run.rect);
    run = null;
  };
  for (const k of keys) {
    const v = cells.get(k) as T;
    const kv = keyOf(v);
    const r = keyRow(k);
    const c = keyCol(k);
    if (run && run.k === kv && run.rect.top === r && run.rect.right === c - 1) {
      run.rect.right = c;
      continue;
    }
    flush();
    run = { k: kv, value: v, rect: { top: r, bottom: r, left: c, right: c } };
  }
  flush();
  // Stack identical runs of consecutive rows into taller rectangles.
  for (const g of groups.values()) g.rects = stackRows(g.rects);
  return groups;
}

function stackRows(rects: Rect[]): Rect[] {
  const byCols = new Map<string, Rect[]>();
  for (const r of rects) {
    const k = `${r.left}:${r.right}`;
    let list = byCols.get(k);
    if (!list) byCols.set(k, (list = []));
    list.push(r);
  }
  const out: Rect[] = [];
  for (const list of byCols.values()) {
    list.sort((a, b) => a.top - b.top);
    let cur: Rect | null = null;
    for (const r of list) {
      if (cur && r.top === cur.bottom + 1) cur.bottom = r.bottom;
      else {
        if (cur) out.push(cur);
        cur = { ...r };
      }
    }
    if (cur) out.push(cur);
  }
  return out.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Steps that put back what the blocks recorded. */
function queueRestore(
  steps: Step[],
  ws: Excel.Worksheet,
  caps: ExcelCapabilities,
  blocks: readonly BlockState[],
): void {
  const orig = expand(blocks);
  for (const g of runsByValue(orig.fill, (v) => String(v)).values()) queueFill(steps, ws, caps, g.rects, g.value);
  // Font colours (recorded by no current drawing, but part of the format): automatic comes back black.
  for (const g of runsByValue(orig.font, (v) => String(v)).values()) {
    for (const t of targetsFor(ws, caps, g.rects)) {
      steps.push({ bytes: t.bytes + OP_BYTES, run: () => (t.get().format.font.color = g.value ?? "#000000") });
    }
  }
  // Borders: cell by cell (single-cell areas, so each area's edge is that cell's edge).
  const groups = new Map<string, { value: CellBorders; cells: Rect[] }>();
  for (const [k, v] of orig.borders) {
    const s = JSON.stringify(v);
    let g = groups.get(s);
    if (!g) groups.set(s, (g = { value: v, cells: [] }));
    g.cells.push({ top: keyRow(k), bottom: keyRow(k), left: keyCol(k), right: keyCol(k) });
  }
  for (const g of groups.values()) {
    for (const t of targetsFor(ws, caps, g.cells)) {
      steps.push({
        bytes: t.bytes + 12 * OP_BYTES,
        run: () => {
          const target = t.get();
          for (const [side, edge] of Object.entries(EDGE_NAMES))
            queueEdge(target.format, edge, g.value[side as keyof CellBorders]);
        },
      });
    }
  }
}

function queueDraw(steps: Step[], ws: Excel.Worksheet, caps: ExcelCapabilities, drawing: Drawing): void {
  const byColor = new Map<string, Rect[]>();
  for (const f of drawing.fills) {
    let list = byColor.get(f.color);
    if (!list) byColor.set(f.color, (list = []));
    list.push(f.rect);
  }
  for (const [c, rects] of byColor) queueFill(steps, ws, caps, rects, c);
  const invalidColor = color(HIGHLIGHT_STYLES.invalid.border ?? "C00000");
  const edge: EdgeState = { style: DRAWN_STYLE, color: invalidColor, weight: INVALID_WEIGHT };
  const tall = drawing.invalid.filter((r) => r.bottom > r.top);
  for (const t of targetsFor(ws, caps, drawing.invalid)) {
    steps.push({
      bytes: t.bytes + 12 * OP_BYTES,
      run: () => Object.values(EDGE_NAMES).forEach((e) => queueEdge(t.get().format, e, edge)),
    });
  }
  for (const t of targetsFor(ws, caps, tall))
    steps.push({ bytes: t.bytes + 3 * OP_BYTES, run: () => queueEdge(t.get().format, "InsideHorizontal", edge) });
}

/** Compacts per-cell originals into the blocks of a drawing. */
function blocksFor(drawing: Drawing, orig: Originals): BlockState[] {
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

/* ------------------------------------------------------------------ draw */

/**
 * Draws `plan` on the named sheets (the sheets just checked: what an earlier run drew on them
 * is removed even where the new plan draws nothing). Other sheets' highlighting is left as is.
 */
export async function applyHighlights(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  sheetNames: readonly string[],
  options: HighlightRunOptions,
): Promise<HighlightResult> {
  const { caps } = options;
  if (options.isReadOnly?.()) throw new ExcelHostError("read_only");
  const budget = options.payloadBudget ?? DEFAULT_BUDGET;
  const drawings = drawingsOf(plan);
  const names = [...new Set([...sheetNames, ...drawings.keys()])];
  let syncs = 0;

  // ---- sync 1: state, protection, read-only (1.8), what will be overwritten
  const store = loadStore(context);
  const checkReadOnly = queueReadOnlyCheck(context, caps);
  const checkStructure = queueStructureCheck(context);
  let left = budget;
  const sheets = names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    ws.load("name,id");
    ws.protection.load("protected");
    const drawing = drawings.get(name) ?? { fills: [], invalid: [] };
    // Per cell (1.9) when the blocks are few and the response fits; else range-wide: one read
    // per list of areas (1.9, getRanges) or per block (1.7), refined later only where mixed.
    const fillRects = drawing.fills.map((f) => f.rect);
    const perCellBytes = fillRects.reduce((n, r) => n + rectCells(r) * FILL_CELL_BYTES, 0);
    let fillReads: FillRead[];
    if (caps.api19 && perCellBytes <= left && fillRects.length <= MAX_PER_CELL_READS) {
      left -= perCellBytes;
      fillReads = fillRects.map((rect) => ({
        rects: [rect],
        perCell: ws.getRange(rectAddress(rect)).getCellProperties({ format: { fill: { color: true, pattern: true } } }),
        rangeWide: null,
      }));
    } else if (caps.api19) {
      fillReads = chunkRects(fillRects).map((rects) => {
        const fill = ws.getRanges(chunkAreas(rects)[0]).format.fill;
        fill.load("color");
        return { rects, perCell: null, rangeWide: fill };
      });
    } else {
      fillReads = fillRects.map((rect) => {
        const fill = ws.getRange(rectAddress(rect)).format.fill;
        fill.load("color");
        return { rects: [rect], perCell: null, rangeWide: fill };
      });
    }
    // Borders of invalid cells: per cell (1.9) when they fit; else the edges of area lists
    // (1.9) or of each block (1.7), refined cell by cell only where they differ.
    const borderBytes = drawing.invalid.reduce((n, r) => n + rectCells(r) * BORDER_CELL_BYTES, 0);
    let borderReads: BorderRead[];
    if (caps.api19 && borderBytes <= left && drawing.invalid.length <= MAX_PER_CELL_READS) {
      left -= borderBytes;
      borderReads = drawing.invalid.map((rect) => ({
        rects: [rect],
        perCell: ws
          .getRange(rectAddress(rect))
          .getCellProperties({ format: { borders: { style: true, color: true, weight: true } } }),
        edges: [],
      }));
    } else {
      const groups = caps.api19 ? chunkRects(drawing.invalid) : drawing.invalid.map((r) => [r]);
      borderReads = groups.map((rects) => {
        const target = caps.api19 ? ws.getRanges(chunkAreas(rects)[0]) : ws.getRange(rectAddress(rects[0]));
        const names = [
          "EdgeTop",
          "EdgeBottom",
          "EdgeLeft",
          "EdgeRight",
          ...(rects.some((r) => r.bottom > r.top) ? ["InsideHorizontal"] : []),
        ];
        const edges = names.map((e) =>
          target.format.borders.getItem(e as Excel.BorderIndex).load("style,color,weight"),
        );
        return { rects, perCell: null, edges };
      });
    }
    return { name, ws, drawing, fillReads, borderReads };
  });
  await context.sync();
  syncs++;

  checkReadOnly();
  for (const s of sheets)
    if (s.ws.protection.protected) throw new ExcelHostError("protected_sheet", { sheet: s.ws.name });
  const contents = store.read();
  checkStructure(!contents.exists); // the hidden sheet would be added
  const parsed = storedState(contents);
  const state = parsed.state;

  // Originals per sheet: what the previous run saved wins (the sheet now shows our marks there).
  const work = sheets.map((s) => {
    const prev = findSheetState(state, s.ws.id, s.ws.name);
    const prevOrig = expand(prev?.blocks ?? []);
    const orig = noOriginals();
    const mixed: Rect[] = [];
    for (const read of s.fillReads) {
      if (read.perCell) {
        const props = read.perCell.value;
        const rect = read.rects[0];
        cellsOf(rect, (r, c) => orig.fill.set(key(r, c), fillFromProps(props[r - rect.top]?.[c - rect.left])));
      } else if (read.rangeWide) {
        const v = fillFromRangeWide(read.rangeWide.color);
        for (const rect of read.rects) {
          if (v !== undefined) {
            cellsOf(rect, (r, c) => orig.fill.set(key(r, c), v));
            continue;
          }
          // Mixed: needed only for cells the previous run does not account for.
          let needed = false;
          cellsOf(rect, (r, c) => {
            if (!prevOrig.fill.has(key(r, c))) needed = true;
          });
          if (needed) mixed.push(rect);
        }
      }
    }
    const mixedBorders: Rect[] = [];
    for (const read of s.borderReads) {
      if (read.perCell) {
        const props = read.perCell.value;
        const rect = read.rects[0];
        cellsOf(rect, (r, c) => {
          const b = props[r - rect.top]?.[c - rect.left]?.format?.borders as Record<string, EdgeState> | undefined;
          orig.borders.set(key(r, c), {
            top: edgeOf(b?.top),
            bottom: edgeOf(b?.bottom),
            left: edgeOf(b?.left),
            right: edgeOf(b?.right),
          });
        });
        continue;
      }
      const states = read.edges.map((e) =>
        e.style === null || e.color === null || e.weight === null ? null : JSON.stringify(edgeOf(e)),
      );
      if (states.every((x) => x !== null && x === states[0])) {
        const edge = JSON.parse(states[0] as string) as EdgeState;
        for (const rect of read.rects)
          cellsOf(rect, (r, c) => orig.borders.set(key(r, c), { top: edge, bottom: edge, left: edge, right: edge }));
      } else {
        for (const rect of read.rects) {
          let needed = false;
          cellsOf(rect, (r, c) => {
            if (!prevOrig.borders.has(key(r, c))) needed = true;
          });
          if (needed) mixedBorders.push(rect);
        }
      }
    }
    // Where the previous run drew, the sheet shows our marks: its saved originals win.
    for (const f of s.drawing.fills)
      cellsOf(f.rect, (r, c) => {
        const k = key(r, c);
        if (prevOrig.fill.has(k)) {
          orig.fill.set(k, prevOrig.fill.get(k) as FillState);
          orig.xfill.set(k, prevOrig.xfill.get(k) ?? null);
        }
      });
    for (const rect of s.drawing.invalid)
      cellsOf(rect, (r, c) => {
        const k = key(r, c);
        const b = prevOrig.borders.get(k);
        if (b) {
          orig.borders.set(k, b);
          orig.xborder.set(k, prevOrig.xborder.get(k) ?? null);
        }
      });
    return { ...s, prev, prevOrig, orig, mixed, mixedBorders };
  });

  // ---- only for blocks whose fills or borders differ and could not be read per cell
  syncs += await refineMixedFills(context, work);
  syncs += await refineMixedBorders(context, work);

  // ---- sync 2: state first, then restore the previous run, then draw
  const newSheets: SheetState[] = state.sheets.filter((st) => !work.some((w) => w.prev === st));
  let savedCells = 0;
  for (const w of work) {
    const blocks = blocksFor(w.drawing, w.orig);
    savedCells += w.orig.fill.size + w.orig.borders.size;
    if (blocks.length > 0) newSheets.push({ sheet: w.ws.name, id: w.ws.id ?? null, blocks });
  }
  const next: HighlightState = { version: 1, sheets: newSheets };
  const json = serializeHighlightState(next);
  const steps: Step[] = [
    {
      bytes: (json ? utf8Length(json) : 0) * 1.1 + 4 * OP_BYTES,
      run: () => {
        queueStoreWrite(context, contents, "H", json);
        queueLegacyBackupClear(context, contents);
      },
    },
  ];
  for (const w of work) {
    if (w.prev) queueRestore(steps, w.ws, caps, w.prev.blocks);
    queueDraw(steps, w.ws, caps, w.drawing);
  }
  syncs += await runSteps(context, steps, budget);

  let highlightedRows = 0;
  for (const d of drawings.values()) for (const f of d.fills) highlightedRows += f.rect.bottom - f.rect.top + 1;
  return {
    syncs,
    highlightedRows,
    savedCells,
    warning: parsed.error ? `Dữ liệu tô màu cũ không đọc được (${parsed.error}); đã thay bằng dữ liệu mới.` : null,
  };
}

interface MixedWork {
  ws: Excel.Worksheet;
  prevOrig: Originals;
  orig: Originals;
  mixed: Rect[];
}

/** Reads fills of mixed blocks row by row, then cell by cell for rows still mixed. Returns syncs made. */
async function refineMixedFills(context: Excel.RequestContext, work: MixedWork[]): Promise<number> {
  let syncs = 0;
  for (const level of ["rows", "cells"] as const) {
    const reads: { w: MixedWork; rect: Rect; fill: Excel.RangeFill }[] = [];
    for (const w of work) {
      for (const rect of w.mixed) {
        const parts: Rect[] = [];
        if (level === "rows")
          for (let r = rect.top; r <= rect.bottom; r++)
            parts.push({ top: r, bottom: r, left: rect.left, right: rect.right });
        else cellsOf(rect, (r, c) => parts.push({ top: r, bottom: r, left: c, right: c }));
        for (const p of parts) {
          const fill = w.ws.getRange(rectAddress(p)).format.fill;
          fill.load("color");
          reads.push({ w, rect: p, fill });
        }
      }
      w.mixed = [];
    }
    if (reads.length === 0) break;
    await context.sync();
    syncs++;
    for (const { w, rect, fill } of reads) {
      const v = fillFromRangeWide(fill.color);
      if (v === undefined) w.mixed.push(rect);
      else
        cellsOf(rect, (r, c) =>
          w.orig.fill.set(
            key(r, c),
            w.prevOrig.fill.has(key(r, c)) ? (w.prevOrig.fill.get(key(r, c)) as FillState) : v,
          ),
        );
    }
  }
  return syncs;
}

/** Reads the borders of invalid cells one cell at a time where their block's edges differ. */
async function refineMixedBorders(
  context: Excel.RequestContext,
  work: (MixedWork & { mixedBorders: Rect[] })[],
): Promise<number> {
  const reads: { w: MixedWork; r: number; c: number; edges: Excel.RangeBorder[] }[] = [];
  for (const w of work) {
    for (const rect of w.mixedBorders) {
      cellsOf(rect, (r, c) => {
        const borders = w.ws.getRange(rectAddress({ top: r, bottom: r, left: c, right: c })).format.borders;
        const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"].map((e) =>
          borders.getItem(e as Excel.BorderIndex).load("style,color,weight"),
        );
        reads.push({ w, r, c, edges });
      });
    }
    w.mixedBorders = [];
  }
  if (reads.length === 0) return 0;
  await context.sync();
  for (const { w, r, c, edges } of reads) {
    const k = key(r, c);
    const prev = w.prevOrig.borders.get(k);
    w.orig.borders.set(
      k,
      prev ?? { top: edgeOf(edges[0]), bottom: edgeOf(edges[1]), left: edgeOf(edges[2]), right: edgeOf(edges[3]) },
    );
  }
  return 1;
}

/* ------------------------------------------------------------------ clear */

/**
 * Removes every highlight the add-in drew (all sheets), restoring what was there, and drops the
 * saved state. 2 syncs: the state with every sheet's name, id and protection; then the restore.
 */
export async function clearHighlights(
  context: Excel.RequestContext,
  options: HighlightRunOptions,
): Promise<ClearResult> {
  if (options.isReadOnly?.()) throw new ExcelHostError("read_only");
  const store = loadStore(context);
  const checkReadOnly = queueReadOnlyCheck(context, options.caps);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/protection/protected");
  await context.sync();
  let syncs = 1;
  checkReadOnly();
  const contents: StoreContents = store.read();
  const parsed = storedState(contents);
  if (parsed.state.sheets.length === 0) {
    if (parsed.error) {
      // Unreadable state: drop it so it cannot be half-applied later.
      queueStoreWrite(context, contents, "H", null);
      await context.sync();
      syncs++;
    }
    return { syncs, sheets: [], warning: parsed.error };
  }
  const targets: { ws: Excel.Worksheet; st: SheetState }[] = [];
  for (const st of parsed.state.sheets) {
    // By id first (a renamed sheet is still found), else by name; a deleted sheet is skipped.
    const ws =
      sheets.items.find((w) => st.id !== null && w.id === st.id) ??
      sheets.items.find((w) => w.name.toLowerCase() === st.sheet.toLowerCase());
    if (!ws) continue;
    if (ws.protection.protected) throw new ExcelHostError("protected_sheet", { sheet: ws.name });
    targets.push({ ws, st });
  }
  const steps: Step[] = [
    {
      bytes: 4 * OP_BYTES,
      run: () => {
        queueStoreWrite(context, contents, "H", null);
        queueLegacyBackupClear(context, contents);
      },
    },
  ];
  for (const t of targets) queueRestore(steps, t.ws, options.caps, t.st.blocks);
  syncs += await runSteps(context, steps, options.payloadBudget ?? DEFAULT_BUDGET);
  return { syncs, sheets: targets.map((t) => t.ws.name), warning: parsed.error };
}
