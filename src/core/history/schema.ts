import { z } from "zod";
import { isoDateSchema, statusSchema } from "../report";

/**
 * The check history kept inside a workbook (the hidden `_kehoach` sheet, see core/marker.ts), so
 * that the next check can say what changed: tasks newly done, newly overdue, still overdue,
 * deadlines that moved, tasks added or removed.
 *
 * Compact on purpose (it travels with the file and crosses Office.js's 5 MB request limit):
 * one record per check, tasks as tuples, bounded in number of checks and in size.
 */
export const HISTORY_VERSION = 1;
/** Checks kept (the oldest are dropped first). */
export const MAX_CHECKS = 24;
/** Serialized size kept (characters); the newest two checks are kept whatever their size. */
export const MAX_HISTORY_CHARS = 1_000_000;
/** Characters of the task's text kept: folded for matching, as written for display. */
export const TASK_KEY_CHARS = 80;
export const TASK_LABEL_CHARS = 120;

/**
 * One task at one check:
 * [sheet, section STT, task STT, task text folded (matching), task text (display), first lead,
 *  status, due date, row].
 */
export const historyTaskSchema = z.tuple([
  z.string(),
  z.string().nullable(),
  z.string().nullable(),
  z.string(),
  z.string(),
  z.string().nullable(),
  statusSchema,
  isoDateSchema.nullable(),
  z.number().int().min(1),
]);
export type HistoryTaskTuple = z.infer<typeof historyTaskSchema>;

export const historyCheckSchema = z.object({
  asOf: isoDateSchema,
  tasks: z.array(historyTaskSchema),
});
export type HistoryCheck = z.infer<typeof historyCheckSchema>;

export const historySchema = z.object({
  version: z.literal(HISTORY_VERSION),
  /** Oldest first. */
  checks: z.array(historyCheckSchema).max(MAX_CHECKS),
});
export type History = z.infer<typeof historySchema>;

/** A task of a check, by name. */
export interface HistoryTask {
  sheet: string;
  section: string | null;
  stt: string | null;
  /** Folded task text (matching). */
  key: string;
  /** Task text as written, shortened (display). */
  label: string;
  lead: string | null;
  status: z.infer<typeof statusSchema>;
  due: string | null;
  row: number;
}

export function taskFromTuple(t: HistoryTaskTuple): HistoryTask {
  const [sheet, section, stt, key, label, lead, status, due, row] = t;
  return { sheet, section, stt, key, label, lead, status, due, row };
}

export function taskToTuple(t: HistoryTask): HistoryTaskTuple {
  return [t.sheet, t.section, t.stt, t.key, t.label, t.lead, t.status, t.due, t.row];
}

export function emptyHistory(): History {
  return { version: HISTORY_VERSION, checks: [] };
}

/** Reads stored history text; null or unreadable text gives an empty history (never throws). */
export function parseHistory(text: string | null): History {
  if (text === null || text === "") return emptyHistory();
  try {
    const parsed = historySchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : emptyHistory();
  } catch {
    return emptyHistory();
  }
}

export function serializeHistory(history: History): string {
  return JSON.stringify(historySchema.parse(history));
}
