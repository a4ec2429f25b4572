import { HIGHLIGHT_STYLES, type BlockState, type CellBorders, type EdgeState, type FillState } from "../core/highlight";
import { rectAddress, type Rect } from "../core";
import { chunkAreas } from "./address";
import { requestBytes, type Step } from "./batch";
import type { ExcelCapabilities } from "./capabilities";
import { expand, keyCol, keyRow, type Drawing, type Key } from "./highlight-originals";
import { color } from "./highlight-read";

/**
 * The writes of highlighting, as steps with their request bytes (batch.ts): putting back what a
 * previous run recorded, and drawing a plan. Range-wide targets: getRanges (1.9) with area lists
 * under 8,192 characters (one operation per colour per list, not per row), else one range per
 * rectangle.
 */

const INVALID_WEIGHT = "Medium";
const DRAWN_STYLE = "Continuous";

interface Target {
  /** Request bytes of getting the target (its paths and address). */
  bytes: number;
  get: () => { format: Excel.RangeFormat };
}

/** Range-wide targets: getRanges (1.9) with long area lists, else one range per rectangle. */
function targetsFor(ws: Excel.Worksheet, caps: ExcelCapabilities, rects: Rect[]): Target[] {
  if (rects.length === 0) return [];
  // The target's path, its format's path: 2 paths and the address.
  if (caps.api19) return chunkAreas(rects).map((a) => ({ bytes: requestBytes(2, 0, a), get: () => ws.getRanges(a) }));
  return rects.map((r) => {
    const a = rectAddress(r);
    return { bytes: requestBytes(2, 0, a), get: () => ws.getRange(a) };
  });
}

export function queueFill(
  steps: Step[],
  ws: Excel.Worksheet,
  caps: ExcelCapabilities,
  rects: Rect[],
  fill: FillState,
): void {
  for (const t of targetsFor(ws, caps, rects)) {
    steps.push({
      // fill path + set (or clear)
      request: t.bytes + requestBytes(1, 1, fill ?? ""),
      run: () => {
        const target = t.get();
        if (fill === null) target.format.fill.clear();
        else target.format.fill.color = fill;
      },
    });
  }
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
export function queueRestore(
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
      steps.push({
        request: t.bytes + requestBytes(1, 1, g.value ?? "#000000"),
        run: () => {
          t.get().format.font.color = g.value ?? "#000000";
        },
      });
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
        // borders path + 4 edge paths, 3 sets each
        request: t.bytes + requestBytes(5, 12, JSON.stringify(g.value)),
        run: () => {
          const target = t.get();
          for (const [side, edge] of Object.entries(EDGE_NAMES))
            queueEdge(target.format, edge, g.value[side as keyof CellBorders]);
        },
      });
    }
  }
}

export function queueDraw(steps: Step[], ws: Excel.Worksheet, caps: ExcelCapabilities, drawing: Drawing): void {
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
      request: t.bytes + requestBytes(5, 12, JSON.stringify(edge)),
      run: () => {
        const format = t.get().format;
        Object.values(EDGE_NAMES).forEach((e) => queueEdge(format, e, edge));
      },
    });
  }
  for (const t of targetsFor(ws, caps, tall))
    steps.push({
      request: t.bytes + requestBytes(2, 3, JSON.stringify(edge)),
      run: () => queueEdge(t.get().format, "InsideHorizontal", edge),
    });
}
