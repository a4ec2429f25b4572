import { z } from "zod";
import { columnLetterSchema, isoDateSchema, roleSchema } from "../core/report";
import { DEFAULT_SETTINGS, type HostSettings, type LoadedSettings } from "../host";
import { queueReadOnlyCheck, queueStructureCheck, type ExcelCapabilities } from "./capabilities";
import { ExcelHostError } from "./errors";
import { loadStore, queueStoreWrite } from "./store";

/**
 * The add-in's settings, kept in the workbook (hidden sheet, column J: see store.ts) so they
 * travel with the file: as-of day (null = today), due-soon days (7), column overrides per sheet,
 * the organisation's units. Validated with zod on read; unreadable or old data gives the
 * defaults and a message saying so.
 */
export const SETTINGS_VERSION = 1;

export const storedSettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  asOf: isoDateSchema.nullable().default(null),
  dueSoonDays: z.number().int().min(0).max(365).default(7),
  columnOverrides: z.record(z.string(), z.partialRecord(roleSchema, columnLetterSchema.nullable())).default({}),
  units: z.array(z.string()).default([]),
});
/** Parses stored JSON; null gives the defaults without a warning. */
export function parseSettings(json: string | null): LoadedSettings {
  if (json === null) return { settings: { ...DEFAULT_SETTINGS } };
  try {
    const parsed = storedSettingsSchema.safeParse(JSON.parse(json));
    if (parsed.success) {
      const { asOf, dueSoonDays, columnOverrides, units } = parsed.data;
      return {
        settings: { asOf, dueSoonDays, columnOverrides: columnOverrides as HostSettings["columnOverrides"], units },
      };
    }
  } catch {
    // falls through to the defaults
  }
  return { settings: { ...DEFAULT_SETTINGS }, warning: { code: "settings_unreadable" } };
}

/** Validates settings before they are saved (throws zod's error on bad input). */
export function serializeSettings(settings: HostSettings): string {
  const stored = storedSettingsSchema.parse({ version: SETTINGS_VERSION, ...settings, asOf: settings.asOf ?? null });
  return JSON.stringify(stored);
}

/** Reads the settings: 1 sync. */
export async function loadSettings(context: Excel.RequestContext): Promise<LoadedSettings> {
  const store = loadStore(context);
  await context.sync();
  return parseSettings(store.read().settings);
}

/** Saves the settings: 2 syncs (read the store, write). */
export async function saveSettings(
  context: Excel.RequestContext,
  settings: HostSettings,
  isReadOnly?: () => boolean,
  caps?: ExcelCapabilities,
): Promise<void> {
  if (isReadOnly?.()) throw new ExcelHostError("read_only");
  const json = serializeSettings(settings);
  const store = loadStore(context);
  const checkReadOnly = caps ? queueReadOnlyCheck(context, caps) : () => undefined;
  const checkStructure = queueStructureCheck(context);
  await context.sync();
  checkReadOnly();
  const contents = store.read();
  checkStructure(!contents.exists); // the hidden sheet would be added
  queueStoreWrite(context, contents, "J", json);
  await context.sync();
}
