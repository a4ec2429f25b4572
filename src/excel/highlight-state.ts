import { z } from "zod";

/**
 * What highlighting overwrote, kept in the workbook (store.ts, column H of the hidden sheet) so
 * that "Xóa tô màu" can put it back after save, close and reopen. Validated on read: anything
 * unreadable is treated as "no state" (and reported), never half-applied.
 */

const hexColor = z.string().regex(/^#[0-9A-Fa-f]{6}$/);
/** A fill: "#RRGGBB", or null for no fill. */
export const fillStateSchema = hexColor.nullable();
export type FillState = z.infer<typeof fillStateSchema>;

export const edgeStateSchema = z.object({ style: z.string(), color: z.string(), weight: z.string() });
export type EdgeState = z.infer<typeof edgeStateSchema>;

export const cellBordersSchema = z.object({
  top: edgeStateSchema,
  bottom: edgeStateSchema,
  left: edgeStateSchema,
  right: edgeStateSchema,
});
export type CellBorders = z.infer<typeof cellBordersSchema>;

/** One rectangle we drew on, with what was there before (per aspect we changed). */
export const blockStateSchema = z.object({
  /** "A10:H12". */
  a: z.string().regex(/^[A-Z]{1,3}\d+(:[A-Z]{1,3}\d+)?$/),
  /** Fill before: one value for the whole block, or one per cell (rows of cells). Absent: fill untouched. */
  fill: z.union([fillStateSchema, z.array(z.array(fillStateSchema))]).optional(),
  /** Borders before: one value for the whole block, or one per cell (rows of cells). Absent: borders untouched. */
  borders: z.union([cellBordersSchema, z.array(z.array(cellBordersSchema))]).optional(),
});
export type BlockState = z.infer<typeof blockStateSchema>;

export const sheetStateSchema = z.object({
  /** The sheet's name when drawn (for messages) and its id (found again after a rename). */
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

export const EMPTY_STATE: HighlightState = { version: 1, sheets: [] };

/** Parses stored JSON; null when absent, { error } when it cannot be trusted. */
export function parseHighlightState(json: string | null): { state: HighlightState; error: string | null } {
  if (json === null) return { state: { version: 1, sheets: [] }, error: null };
  try {
    const parsed = highlightStateSchema.safeParse(JSON.parse(json));
    if (parsed.success) return { state: parsed.data, error: null };
    return { state: { version: 1, sheets: [] }, error: parsed.error.issues[0]?.message ?? "invalid" };
  } catch (e) {
    return { state: { version: 1, sheets: [] }, error: e instanceof Error ? e.message : String(e) };
  }
}
