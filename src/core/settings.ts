import { z } from "zod";
import { columnLetterSchema, isoDateSchema, roleSchema } from "./report";

/** Options of one check run, shared by every host. */
export const checkOptionsSchema = z.object({
  /** The day statuses are judged on (YYYY-MM-DD). */
  asOf: isoDateSchema,
  dueSoonDays: z.number().int().min(0).max(365).default(7),
  /**
   * Column role overrides per sheet name: role -> column letter (or null to drop the role). The key
   * ALL_SHEETS ("*", never a sheet name: Excel forbids it) applies to every sheet; a sheet's own
   * entry wins over it role by role.
   */
  columnOverrides: z.record(z.string(), z.partialRecord(roleSchema, columnLetterSchema.nullable())).default({}),
  /** The organisation's unit list: canonical spellings of unit names. */
  units: z.array(z.string()).default([]),
});
/** The columnOverrides key for every sheet. */
export const ALL_SHEETS = "*";

/** The column overrides that apply to one sheet: every sheet's, then the sheet's own. */
export function overridesFor(
  columnOverrides: CheckOptions["columnOverrides"],
  sheet: string,
): CheckOptions["columnOverrides"][string] {
  const all = columnOverrides[ALL_SHEETS];
  const own = columnOverrides[sheet];
  return all ? { ...all, ...own } : (own ?? {});
}

export type CheckOptions = z.infer<typeof checkOptionsSchema>;
export type CheckOptionsInput = z.input<typeof checkOptionsSchema>;
