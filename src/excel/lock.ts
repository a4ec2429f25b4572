import { z } from "zod";
import type { ExcelRun } from "./capabilities";
import { ExcelHostError } from "./errors";
import { loadStore, queueStoreWrite, type StoreContents } from "./store";

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
 * Takes the lock for `op` (2 syncs). Returns the owner id, or null when no lock could be written
 * (a read-only workbook, a protected structure without our sheet yet, a user's own "_kehoach"):
 * the operation then goes on unlocked and meets that condition itself.
 */
export async function acquireLock(run: ExcelRun, op: LockOp, now: () => number = Date.now): Promise<string | null> {
  const owner = newOwner();
  try {
    return await run(async (context) => {
      const store = loadStore(context);
      const protection = context.workbook.protection.load("protected");
      await context.sync();
      const contents = store.read();
      checkLock(contents, undefined, now());
      if (contents.foreign || (!contents.exists && protection.protected)) return null;
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
    queueStoreWrite(context, contents, "N", null);
    await context.sync();
  });
}
