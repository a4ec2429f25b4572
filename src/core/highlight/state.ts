import { z } from "zod";
import { chunkCells, HIGHLIGHT_STATE_HEADER, joinChunks } from "../marker";

/**
 * What highlighting overwrote, in ONE format for every host: kept in the workbook's marker sheet
 * (core/marker.ts, column H) so that whichever host runs next (the add-in's "Xóa tô màu", a new
 * check, the command line's --out) can put it back, after save, close and reopen.
 *
 * Values are portable (what Office.js reads and writes): colours "#RRGGBB", border edges in
 * Office.js terms. A host that read the exact file style (the .xlsx writer: theme colours,
 * patterns, tints) also keeps it in `xlsx`, and prefers it when restoring; others ignore it.
 * Each aspect holds one value for the whole block, or one per cell (rows of cells). When blocks
 * overlap, the LATER block's value wins for a cell (see combineStates).
 *
 * Validated on read: anything unreadable is treated as "no state" (and reported), never half-applied.
 */

const hexColor = z.string().regex(/^#[0-9A-Fa-f]{6}$/);

/** A fill: "#RRGGBB", or null for no fill. */
export const fillStateSchema = hexColor.nullable();
export type FillState = z.infer<typeof fillStateSchema>;

/** A font colour: "#RRGGBB", or null for automatic. */
export const fontColorStateSchema = hexColor.nullable();
export type FontColorState = z.infer<typeof fontColorStateSchema>;

/** One edge, as Office.js names it (style "None" for no line). */
export const edgeStateSchema = z.object({ style: z.string(), color: z.string(), weight: z.string() });
export type EdgeState = z.infer<typeof edgeStateSchema>;

export const cellBordersSchema = z.object({
  top: edgeStateSchema,
  bottom: edgeStateSchema,
  left: edgeStateSchema,
  right: edgeStateSchema,
});
export type CellBorders = z.infer<typeof cellBordersSchema>;

export const NO_EDGE: EdgeState = { style: "None", color: "#000000", weight: "Thin" };
export const NO_BORDERS: CellBorders = { top: NO_EDGE, bottom: NO_EDGE, left: NO_EDGE, right: NO_EDGE };

/** One value for the whole block, or one per cell (rows of cells). */
function perBlockOrCell<T extends z.ZodType>(value: T) {
  return z.union([value, z.array(z.array(value))]);
}
export type PerBlockOrCell<T> = T | T[][];

/** Exact style JSON as the .xlsx writer read it ("" = the cell had none; null = not known). */
const xlsxValueSchema = z.string().nullable();

/** One rectangle drawn on, with what was there before (per aspect changed; absent = untouched). */
export const blockStateSchema = z.object({
  /** "A10:H12". */
  a: z.string().regex(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/),
  fill: perBlockOrCell(fillStateSchema).optional(),
  font: perBlockOrCell(fontColorStateSchema).optional(),
  borders: perBlockOrCell(cellBordersSchema).optional(),
  /** The same originals, exactly as the file had them (exceljs style JSON of fill, font, border). */
  xlsx: z
    .object({
      fill: perBlockOrCell(xlsxValueSchema).optional(),
      font: perBlockOrCell(xlsxValueSchema).optional(),
      border: perBlockOrCell(xlsxValueSchema).optional(),
      /** The cell format index (s) each cell had in the package: the .xlsx writer restores it exactly. */
      s: perBlockOrCell(z.number().int().min(0)).optional(),
    })
    .optional(),
});
export type BlockState = z.infer<typeof blockStateSchema>;

export const sheetStateSchema = z.object({
  /** The sheet's name when drawn, and its Office.js id when known (found again after a rename). */
  sheet: z.string(),
  id: z.string().nullable(),
  blocks: z.array(blockStateSchema),
});
export type SheetState = z.infer<typeof sheetStateSchema>;

export const highlightStateSchema = z.object({
  version: z.literal(1),
  sheets: z.array(sheetStateSchema),
});
export type HighlightState = z.infer<typeof highlightStateSchema>;

export function emptyHighlightState(): HighlightState {
  return { version: 1, sheets: [] };
}

/** Parses stored JSON; null (nothing stored) gives the empty state; { error } when it cannot be trusted. */
export function parseHighlightState(json: string | null): { state: HighlightState; error: string | null } {
  if (json === null) return { state: emptyHighlightState(), error: null };
  try {
    const parsed = highlightStateSchema.safeParse(JSON.parse(json));
    if (parsed.success) return { state: parsed.data, error: null };
    return { state: emptyHighlightState(), error: parsed.error.issues[0]?.message ?? "invalid" };
  } catch (e) {
    return { state: emptyHighlightState(), error: e instanceof Error ? e.message : String(e) };
  }
}

/** The JSON to store, or null when there is nothing to remember. */
export function serializeHighlightState(state: HighlightState): string | null {
  const sheets = state.sheets.filter((s) => s.blocks.length > 0);
  return sheets.length > 0 ? JSON.stringify({ version: 1, sheets }) : null;
}

/** The cells of the marker sheet's highlight column, from row 1 down (none when nothing to remember). */
export function highlightStateCells(state: HighlightState): string[] {
  return chunkCells(HIGHLIGHT_STATE_HEADER, serializeHighlightState(state));
}

/** The stored JSON from the highlight column's values (row 1 down), or null. */
export function highlightStateJson(column: readonly unknown[]): string | null {
  return joinChunks(column, HIGHLIGHT_STATE_HEADER);
}

/** The state from the highlight column's values (row 1 down). */
export function readHighlightStateCells(column: readonly unknown[]): {
  state: HighlightState;
  error: string | null;
} {
  return parseHighlightState(highlightStateJson(column));
}

/** A block's value for the cell `dr` rows and `dc` columns from its top left (undefined: none recorded). */
export function valueAt<T>(v: PerBlockOrCell<T> | undefined, dr: number, dc: number): T | undefined {
  if (v === undefined) return undefined;
  return Array.isArray(v) ? (v as T[][])[dr]?.[dc] : (v as T);
}

/** True when two sheet states name the same sheet (by id when both have one, else by name, ignoring case). */
export function sameSheet(a: { sheet: string; id: string | null }, b: { sheet: string; id: string | null }): boolean {
  if (a.id !== null && b.id !== null && a.id === b.id) return true;
  return a.sheet.toLowerCase() === b.sheet.toLowerCase();
}

/**
 * One state from two: `newer`'s blocks come after `older`'s for the same sheet, so they win where
 * they overlap. Use it to merge a legacy backup (newer: the true originals) into column H's state.
 */
export function combineStates(older: HighlightState, newer: HighlightState): HighlightState {
  const sheets: SheetState[] = older.sheets.map((s) => ({ ...s, blocks: [...s.blocks] }));
  for (const n of newer.sheets) {
    const hit = sheets.find((s) => sameSheet(s, n));
    if (hit) {
      hit.blocks.push(...n.blocks);
      if (hit.id === null) hit.id = n.id;
    } else sheets.push({ ...n, blocks: [...n.blocks] });
  }
  return { version: 1, sheets };
}

/** Rows of cells of one value each, or the value alone when they are all equal. */
export function compactGrid<T>(grid: T[][]): PerBlockOrCell<T> {
  const first = JSON.stringify(grid[0]?.[0]);
  for (const row of grid) for (const v of row) if (JSON.stringify(v) !== first) return grid;
  return grid[0][0];
}
