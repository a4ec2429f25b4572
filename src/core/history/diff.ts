import { daysBetween } from "../dates";
import { taskFromTuple, type HistoryCheck, type HistoryTask } from "./schema";

export const CHANGE_KINDS = [
  "newly_overdue",
  "still_overdue",
  "newly_done",
  "deadline_moved",
  "added",
  "removed",
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface TaskChange {
  kind: ChangeKind;
  /** The task now (for "removed": as it was). */
  task: HistoryTask;
  /** The task at the previous check (null for "added"). */
  before: HistoryTask | null;
  /** Days overdue on the current as-of day (overdue kinds), else null. */
  daysLate: number | null;
}

export interface HistoryDiff {
  fromAsOf: string;
  toAsOf: string;
  changes: TaskChange[];
  /** Tasks matched between the two checks. */
  matched: number;
}

type Pair = [HistoryTask, HistoryTask];

/**
 * Pairs the tasks of two checks, tolerant of rows moved or inserted (rows are never compared):
 * first the same sheet, section, STT and text; then, among the rest, the same sheet and text
 * (renumbered); then the same sheet, section and STT (text edited). A key that several tasks
 * share on one side pairs them in order.
 */
function pairTasks(
  before: HistoryTask[],
  after: HistoryTask[],
): { pairs: Pair[]; added: HistoryTask[]; removed: HistoryTask[] } {
  const pairs: Pair[] = [];
  let restBefore = before;
  let restAfter = after;
  const passes: ((t: HistoryTask) => string | null)[] = [
    (t) => JSON.stringify([t.sheet, t.section, t.stt, t.key]),
    (t) => (t.key === "" ? null : JSON.stringify([t.sheet, t.key])),
    (t) => (t.stt === null ? null : JSON.stringify([t.sheet, t.section, t.stt])),
  ];
  for (const keyOf of passes) {
    const queues = new Map<string, HistoryTask[]>();
    for (const t of restBefore) {
      const k = keyOf(t);
      if (k === null) continue;
      const q = queues.get(k);
      if (q) q.push(t);
      else queues.set(k, [t]);
    }
    const used = new Set<HistoryTask>();
    const nextAfter: HistoryTask[] = [];
    for (const t of restAfter) {
      const k = keyOf(t);
      const q = k === null ? undefined : queues.get(k);
      const b = q && q.length > 0 ? q.shift() : undefined;
      if (b) {
        pairs.push([b, t]);
        used.add(b);
      } else nextAfter.push(t);
    }
    restBefore = restBefore.filter((t) => !used.has(t));
    restAfter = nextAfter;
  }
  return { pairs, added: restAfter, removed: restBefore };
}

/** What changed from one check to the next. */
export function diffChecks(previous: HistoryCheck, current: HistoryCheck): HistoryDiff {
  const before = previous.tasks.map(taskFromTuple);
  const after = current.tasks.map(taskFromTuple);
  const { pairs, added, removed } = pairTasks(before, after);
  const late = (t: HistoryTask) => (t.due === null ? null : daysBetween(t.due, current.asOf));
  const changes: TaskChange[] = [];
  for (const [b, a] of pairs) {
    if (a.status === "overdue") {
      changes.push({
        kind: b.status === "overdue" ? "still_overdue" : "newly_overdue",
        task: a,
        before: b,
        daysLate: late(a),
      });
    } else if (a.status === "done" && b.status !== "done") {
      changes.push({ kind: "newly_done", task: a, before: b, daysLate: null });
    }
    if (a.due !== b.due) changes.push({ kind: "deadline_moved", task: a, before: b, daysLate: null });
  }
  for (const a of added)
    changes.push({ kind: "added", task: a, before: null, daysLate: a.status === "overdue" ? late(a) : null });
  for (const b of removed) changes.push({ kind: "removed", task: b, before: b, daysLate: null });
  // Grouped by kind (in CHANGE_KINDS order); still overdue by days late, most first; else plan order.
  const order = (k: ChangeKind) => CHANGE_KINDS.indexOf(k);
  const indexed = changes.map((c, i) => ({ c, i }));
  indexed.sort((x, y) => {
    const d = order(x.c.kind) - order(y.c.kind);
    if (d !== 0) return d;
    if (x.c.kind === "still_overdue" || x.c.kind === "newly_overdue") {
      const l = (y.c.daysLate ?? 0) - (x.c.daysLate ?? 0);
      if (l !== 0) return l;
    }
    return x.i - y.i;
  });
  return { fromAsOf: previous.asOf, toAsOf: current.asOf, changes: indexed.map((x) => x.c), matched: pairs.length };
}

/** The diff between the last two checks of a history, or null when it holds fewer than two. */
export function lastChange(checks: readonly HistoryCheck[]): HistoryDiff | null {
  if (checks.length < 2) return null;
  return diffChecks(checks[checks.length - 2], checks[checks.length - 1]);
}

/**
 * What changed since the last check recorded before this one: the history's last check on another
 * day (a re-check on the same day compares with the check before it) against this report's check.
 * Null when the history holds no earlier check.
 */
export function changesSince(checks: readonly HistoryCheck[], current: HistoryCheck): HistoryDiff | null {
  for (let i = checks.length - 1; i >= 0; i--) {
    if (checks[i].asOf !== current.asOf) return diffChecks(checks[i], current);
  }
  return null;
}
