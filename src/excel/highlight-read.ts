import { NO_EDGE, type CellBorders, type EdgeState, type FillState } from "../core/highlight";
import { rectAddress, type Rect } from "../core";
import { chunkAreas, MAX_ADDRESS_LENGTH } from "./address";
import { PATH_BYTES, requestBytes, runSteps, type Step } from "./batch";
import type { ExcelCapabilities } from "./capabilities";
import { cellsOf, key, noOriginals, rectCells, type Key, type Originals } from "./highlight-originals";

/**
 * Reads what the highlighting will overwrite (fills of the marked rows, borders of the invalid
 * cells), in batches under the payload budget (batch.ts): the plan of reads is a list of steps,
 * each with its request and response bytes, synced as few times as the budget allows.
 *
 * ExcelApi 1.9: one getCellProperties per band of blocks (blocks of the same columns a row or so
 *   apart are read as one band: a call costs ~300 B of request, a cell's fill ~60 B of response).
 *   When that would not fit in one batch, first the range-wide colour of long area lists
 *   (getRanges: ~1 KB of request for ~600 blocks, one colour back), then per cell only the lists
 *   whose cells differ (one sync more on sheets of mixed fills).
 * ExcelApi 1.7: the range-wide fill colour (one value per block, null when its cells differ),
 *   then, for the blocks that differ, per row and then per cell, each level batched under the
 *   budget (several syncs on large mixed sheets; there is no 5 MB limit in Office 2019 itself,
 *   but each level stays bounded). Borders alike with the four edges.
 * Cells the previous run accounts for are not read (its saved originals win there).
 */

/** JSON bytes of one cell's fill in a getCellProperties response. */
const FILL_CELL_RESPONSE = 70;
/** One cell's borders in a getCellProperties response (Excel answers all 8 edges, ~65 B each). */
const BORDER_CELL_RESPONSE = 560;
/** A range-wide read's response (one colour, or four edges). */
const RANGE_WIDE_RESPONSE = 80;

const FILL_PROPS = { format: { fill: { color: true, pattern: true } } };
const BORDER_PROPS = { format: { borders: { style: true, color: true, weight: true } } };
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

export function color(hex: string): string {
  return `#${hex.replace(/^#/, "").toUpperCase()}`;
}
function fillFromProps(p: Excel.CellProperties | undefined): FillState {
  const fill = p?.format?.fill;
  if (!fill || fill.pattern === "None" || !fill.color) return null;
  return color(fill.color);
}
/** Range-wide colour: undefined when the cells differ; "#FFFFFF" is read as no fill (1.7 cannot tell). */
function fillFromRangeWide(c: string | null | undefined): FillState | undefined {
  if (c === null || c === undefined) return undefined;
  const up = color(c);
  return up === "#FFFFFF" ? null : up;
}
export function edgeOf(
  e: { style?: string | null; color?: string | null; weight?: string | null } | undefined,
): EdgeState {
  if (!e) return NO_EDGE;
  return {
    style: String(e.style ?? "None"),
    color: e.color ? color(e.color) : "#000000",
    weight: String(e.weight ?? "Thin"),
  };
}

/**
 * Bands of rectangles: rectangles of the same columns whose row gap costs less response than a
 * separate call are read as one rectangle.
 */
export function bands(rects: readonly Rect[], cellResponse: number): Rect[] {
  const sorted = [...rects].sort((a, b) => a.left - b.left || a.right - b.right || a.top - b.top);
  const out: Rect[] = [];
  const callBytes = PATH_BYTES + requestBytes(0, 1, FILL_PROPS) + 20;
  for (const r of sorted) {
    const last = out[out.length - 1];
    const gapRows = last ? r.top - last.bottom - 1 : 0;
    if (
      last &&
      last.left === r.left &&
      last.right === r.right &&
      gapRows >= 0 &&
      gapRows * (r.right - r.left + 1) * cellResponse <= callBytes
    ) {
      last.bottom = Math.max(last.bottom, r.bottom);
      continue;
    }
    out.push({ ...r });
  }
  return out;
}

export interface SheetReads {
  ws: Excel.Worksheet;
  /** Rectangles whose fills to read (only cells not accounted for by the previous run). */
  fills: Rect[];
  /** Rectangles whose borders to read. */
  borders: Rect[];
}

/**
 * The reads of the given rectangles: `steps` (the first level: per-cell reads with 1.9, range-wide
 * ones with 1.7), and `finish`, which reads further where the range-wide values differ (1.7 only).
 * `read` holds what was read per sheet once the steps' handlers and `finish` have run.
 */
export interface OriginalsReader {
  read: Originals[];
  steps: Step[];
  finish(context: Excel.RequestContext, budget: number): Promise<number>;
}

export function planReads(sheets: readonly SheetReads[], caps: ExcelCapabilities, budget: number): OriginalsReader {
  const read = sheets.map(() => noOriginals());
  if (caps.api19) {
    const perCell = (fills: Rect[][]): Step[] => {
      const steps: Step[] = [];
      sheets.forEach((s, i) => {
        for (const band of bands(fills[i], FILL_CELL_RESPONSE)) steps.push(perCellStep(s.ws, band, "fill", read[i]));
      });
      return steps;
    };
    const borderSteps: Step[] = [];
    sheets.forEach((s, i) => {
      for (const band of bands(s.borders, BORDER_CELL_RESPONSE))
        borderSteps.push(perCellStep(s.ws, band, "borders", read[i]));
    });
    const direct = perCell(sheets.map((s) => s.fills));
    if (fitsOneBatch([...direct, ...borderSteps], budget * 0.9))
      return { read, steps: [...direct, ...borderSteps], finish: async () => 0 };
    // Too much for one batch: first the range-wide colour of long area lists (a few bytes of
    // response each), then per cell only the lists whose cells differ.
    const mixed: Rect[][] = sheets.map(() => []);
    const steps: Step[] = [];
    sheets.forEach((s, i) => {
      for (const list of chunkRects(s.fills)) steps.push(areaFillStep(s.ws, list, read[i], mixed[i]));
    });
    return {
      read,
      steps: [...steps, ...borderSteps],
      finish: async (context, b) => (await runSteps(context, perCell(mixed), b)).syncs,
    };
  }
  // 1.7: range-wide, then rows, then cells where they differ.
  const level = (
    fills: Rect[][],
    borders: Rect[][],
    lvl: "blocks" | "rows" | "cells",
  ): { steps: Step[]; fills: Rect[][]; borders: Rect[][] } => {
    const nextFills: Rect[][] = sheets.map(() => []);
    const nextBorders: Rect[][] = sheets.map(() => []);
    const steps: Step[] = [];
    sheets.forEach((s, i) => {
      for (const rect of split(fills[i], lvl)) steps.push(rangeFillStep(s.ws, rect, read[i], nextFills[i]));
      for (const rect of split(borders[i], lvl))
        steps.push(rangeBorderStep(s.ws, rect, read[i], nextBorders[i], lvl === "cells"));
    });
    return { steps, fills: nextFills, borders: nextBorders };
  };
  const first = level(
    sheets.map((s) => s.fills),
    sheets.map((s) => s.borders),
    "blocks",
  );
  return {
    read,
    steps: first.steps,
    finish: async (context, budget) => {
      let syncs = 0;
      let mixed = { fills: first.fills, borders: first.borders };
      for (const lvl of ["rows", "cells"] as const) {
        const next = level(mixed.fills, mixed.borders, lvl);
        if (next.steps.length === 0) break;
        syncs += (await runSteps(context, next.steps, budget)).syncs;
        mixed = next;
      }
      return syncs;
    },
  };
}

/** Reads fills and borders of the given rectangles; returns what was read per sheet and the syncs made. */
export async function readOriginals(
  context: Excel.RequestContext,
  sheets: readonly SheetReads[],
  caps: ExcelCapabilities,
  budget: number,
): Promise<{ read: Originals[]; syncs: number }> {
  const reader = planReads(sheets, caps, budget);
  let syncs = (await runSteps(context, reader.steps, budget)).syncs;
  syncs += await reader.finish(context, budget);
  return { read: reader.read, syncs };
}

/** True when the steps fit in one batch of `budget` (request and response). */
export function fitsOneBatch(steps: readonly Step[], budget: number): boolean {
  let request = 0;
  let response = 0;
  for (const s of steps) {
    request += s.request;
    response += s.response ?? 0;
  }
  return request <= budget && response <= budget;
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

/** The range-wide fill colour of a list of areas (1.9, getRanges); the list is "mixed" when null. */
function areaFillStep(ws: Excel.Worksheet, rects: Rect[], into: Originals, mixed: Rect[]): Step {
  const address = chunkAreas(rects)[0];
  return {
    request: requestBytes(3, 1, address, "color"),
    response: RANGE_WIDE_RESPONSE,
    run: () => {
      const fill = ws.getRanges(address).format.fill.load("color");
      return () => {
        const v = fillFromRangeWide(fill.color);
        if (v === undefined) mixed.push(...rects);
        else for (const rect of rects) cellsOf(rect, (r, c) => into.fill.set(key(r, c), v));
      };
    },
  };
}

function split(rects: readonly Rect[], level: "blocks" | "rows" | "cells"): Rect[] {
  if (level === "blocks") return [...rects];
  const out: Rect[] = [];
  for (const rect of rects) {
    if (level === "rows")
      for (let r = rect.top; r <= rect.bottom; r++) out.push({ top: r, bottom: r, left: rect.left, right: rect.right });
    else cellsOf(rect, (r, c) => out.push({ top: r, bottom: r, left: c, right: c }));
  }
  return out;
}

function perCellStep(ws: Excel.Worksheet, rect: Rect, what: "fill" | "borders", into: Originals): Step {
  const address = rectAddress(rect);
  const props = what === "fill" ? FILL_PROPS : BORDER_PROPS;
  return {
    request: requestBytes(1, 1, address, props),
    response: rectCells(rect) * (what === "fill" ? FILL_CELL_RESPONSE : BORDER_CELL_RESPONSE),
    run: () => {
      // Read by runSteps' handler, after the sync that answers it.
      const pending = { result: ws.getRange(address).getCellProperties(props) };
      return () => {
        const grid = pending.result.value;
        cellsOf(rect, (r, c) => {
          const p = grid[r - rect.top]?.[c - rect.left];
          if (what === "fill") into.fill.set(key(r, c), fillFromProps(p));
          else {
            const b = p?.format?.borders;
            into.borders.set(key(r, c), {
              top: edgeOf(b?.top),
              bottom: edgeOf(b?.bottom),
              left: edgeOf(b?.left),
              right: edgeOf(b?.right),
            });
          }
        });
      };
    },
  };
}

function rangeFillStep(ws: Excel.Worksheet, rect: Rect, into: Originals, mixed: Rect[]): Step {
  const address = rectAddress(rect);
  return {
    request: requestBytes(3, 1, address, "color"),
    response: RANGE_WIDE_RESPONSE,
    run: () => {
      const fill = ws.getRange(address).format.fill.load("color");
      return () => {
        const v = fillFromRangeWide(fill.color);
        if (v === undefined) mixed.push(rect);
        else cellsOf(rect, (r, c) => into.fill.set(key(r, c), v));
      };
    },
  };
}

function rangeBorderStep(ws: Excel.Worksheet, rect: Rect, into: Originals, mixed: Rect[], single: boolean): Step {
  const address = rectAddress(rect);
  const names: string[] = [...EDGES, ...(rect.bottom > rect.top ? ["InsideHorizontal"] : [])];
  if (rect.right > rect.left) names.push("InsideVertical");
  return {
    request: requestBytes(3 + names.length, names.length, address, ...names.map(() => "style,color,weight")),
    response: RANGE_WIDE_RESPONSE * names.length,
    run: () => {
      const borders = ws.getRange(address).format.borders;
      const edges = names.map((e) => borders.getItem(e as Excel.BorderIndex).load("style,color,weight"));
      return () => {
        if (single) {
          into.borders.set(key(rect.top, rect.left), {
            top: edgeOf(edges[0]),
            bottom: edgeOf(edges[1]),
            left: edgeOf(edges[2]),
            right: edgeOf(edges[3]),
          });
          return;
        }
        const states = edges.map((e) =>
          e.style === null || e.color === null || e.weight === null ? null : JSON.stringify(edgeOf(e)),
        );
        if (states.every((x) => x !== null && x === states[0])) {
          const edge = edgeOf(edges[0]);
          const all: CellBorders = { top: edge, bottom: edge, left: edge, right: edge };
          cellsOf(rect, (r, c) => into.borders.set(key(r, c), all));
        } else mixed.push(rect);
      };
    },
  };
}

/** Rectangles of `rects` with the cells `known` accounts for left out (whole rectangles or rows). */
export function notCovered(rects: readonly Rect[], known: Map<Key, unknown>): Rect[] {
  const out: Rect[] = [];
  for (const rect of rects) {
    for (let r = rect.top; r <= rect.bottom; r++) {
      let needed = false;
      for (let c = rect.left; c <= rect.right && !needed; c++) if (!known.has(key(r, c))) needed = true;
      if (!needed) continue;
      const last = out[out.length - 1];
      if (last && last.left === rect.left && last.right === rect.right && last.bottom === r - 1) last.bottom = r;
      else out.push({ top: r, bottom: r, left: rect.left, right: rect.right });
    }
  }
  return out;
}
