import { z } from "zod";
import { columnLetterSchema, isoDateSchema, roleSchema } from "./report";

/** Options of one check run, shared by every host. */
export const checkOptionsSchema = z.object({
  /** The day statuses are judged on (YYYY-MM-DD). */
  asOf: isoDateSchema,
  dueSoonDays: z.number().int().min(0).max(365).default(7),
  /** Column role overrides per sheet name: role -> column letter (or null to drop the role). */
  columnOverrides: z.record(z.string(), z.partialRecord(roleSchema, columnLetterSchema.nullable())).default({}),
  /** The organisation's unit list: canonical spellings of unit names. */
  units: z.array(z.string()).default([]),
});
export type CheckOptions = z.infer<typeof checkOptionsSchema>;
export type CheckOptionsInput = z.input<typeof checkOptionsSchema>;
