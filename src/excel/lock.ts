import { z } from "zod";
import type { ExcelRun } from "./capabilities";
import { ExcelHostError } from "./errors";
import { loadStore, queueStoreWrite, STORE_SHEET, type StoreContents } from "./store";

/**
 * One operation at a time in a workbook, across the task pane and the ribbon commands (separate
 * runtimes, no shared memory): a lock record in the add-in's very hidden sheet (store.ts, column
 * N) with an owner and an expiry. A check, a clear and a summary take it; a second one meanwhile
 * gets ExcelHostError("busy") before it changes anything. An operation that never released it
 * (the pane closed, a command stopped by Excel after 5 minutes) blocks nothing once it expires.
 *
 * Excel runs one batch at a time per workbook, but a read and a write are two batches: two
 * operations started within the same moment could both see the lock free. So every operation
 * checks the lock again in its own first batch (checkLock, with the owner it was given), and
 * the one that lost stops there.
 */
export type LockOp = "check" | "clear" | "summary";

/** Longer than anything the add-in does in one go (ribbon commands are stopped at 5 minutes). */
export const LOCK_MS = 6 * 60_000;

const lockSchema = z.object({
  owner: z.string(),
  op: z.enum(["check", "clear", "summary"]),
  since: z.number(),
  expires: z.number(),
});
export type LockRecord = z.infer<typeof lockSchema>;

export function parseLock(json: string | null): LockRecord | null {
  if (!json) return null;
  try {
    const parsed = lockSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Throws busy when someone else holds an unexpired lock (`owner` undefined: we hold none). */
export function checkLock(contents: StoreContents, owner: string | undefined, now: number = Date.now()): void {
  const lock = parseLock(contents.lock);
  if (lock && lock.expires > now && lock.owner !== owner) throw new ExcelHostError("busy", { op: lock.op });
}

function newOwner(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Takes the lock for `op` (2 syncs). Returns the owner id, or null when no lock is written: a
 * workbook the add-in has not written to yet (no "_kehoach" sheet: adding one only for the lock
 * would change a workbook where nothing else may change), a read-only one, a user's own
 * "_kehoach". The operation then goes on unlocked and meets those conditions itself.
 */
export async function acquireLock(run: ExcelRun, op: LockOp, now: () => number = Date.now): Promise<string | null> {
  const owner = newOwner();
  try {
    return await run(async (context) => {
      const store = loadStore(context);
      await context.sync();
      const contents = store.read();
      checkLock(contents, undefined, now());
      // No lock where it would be the only change (no "_kehoach" sheet yet: the operation's own
      // first write creates it), nor in a user's own "_kehoach".
      if (contents.foreign || !contents.exists) return null;
      const t = now();
      const record: LockRecord = { owner, op, since: t, expires: t + LOCK_MS };
      queueStoreWrite(context, contents, "N", JSON.stringify(record));
      await context.sync();
      return owner;
    });
  } catch (e) {
    if (e instanceof ExcelHostError && e.code === "busy") throw e;
    return null;
  }
}

/** Frees the lock if `owner` still holds it (2 syncs). */
export async function releaseLock(run: ExcelRun, owner: string): Promise<void> {
  await run(async (context) => {
    const store = loadStore(context);
    await context.sync();
    const contents = store.read();
    if (parseLock(contents.lock)?.owner !== owner) return;
    // Cleared whole (values and the text format), so a lock that came and went leaves no trace.
    const rows = Math.max(1, contents.rowsUsed.N);
    context.workbook.worksheets.getItem(STORE_SHEET).getRange(`N1:N${rows}`).clear();
    await context.sync();
  });
}
