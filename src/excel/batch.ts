/**
 * Batches under Excel's payload limit: the one home of the step/budget machinery of the Excel host.
 *
 * Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded /
 * ResponsePayloadSizeLimitExceeded). Every operation the host queues is a step with its estimated
 * request bytes (and response bytes, for reads); steps are queued in order and a sync is made
 * before a step would take the batch over the budget.
 *
 * The request sizes are Microsoft's client's: Office.js serializes a batch as JSON with one entry
 * per object path (worksheet, range, format, fill, border edge…, each with an "instantiate"
 * action) and one per action (set a property, call a method, load), all carrying numeric ids.
 * Measured with the real client (test/excel/request-bytes.test.ts, @microsoft/office-js in jsdom):
 * a path costs 110–160 bytes besides its arguments, an action 90–130 (ids grow to 6 digits in
 * large batches); e.g. one fill read through getCellProperties on one range ≈ 530 B, a range-wide
 * fill colour read ≈ 750 B, four border edges read ≈ 1,850 B. The figures below are the upper ends.
 */
import { utf8Length } from "./bytes";

/** Request (and response) bytes aimed for per sync: a margin under Excel on the web's 5 MB. */
export const DEFAULT_BUDGET = 4_000_000;

/** Request bytes of one object path (with its instantiate action), besides its arguments. */
export const PATH_BYTES = 160;
/** Request bytes of one action (property set, method call, load), besides its arguments. */
export const ACTION_BYTES = 130;

/** Request bytes of `paths` new object paths and `actions` actions carrying `args` (strings or JSON values). */
export function requestBytes(paths: number, actions: number, ...args: unknown[]): number {
  let n = paths * PATH_BYTES + actions * ACTION_BYTES;
  for (const a of args) n += typeof a === "string" ? utf8Length(a) + 2 : utf8Length(JSON.stringify(a ?? null));
  return n;
}

/** A deferred operation with its estimated request (and response) bytes. */
export interface Step {
  request: number;
  /** Response bytes (reads only). */
  response?: number;
  /** Queues the operation; may return what to do with the results once the batch is synced. */
  run: () => void | (() => void);
}

export interface StepRun {
  syncs: number;
  /** The largest estimated request of a batch (diagnostics). */
  maxRequest: number;
}

/**
 * Queues the steps in batches of at most `budget` request bytes and `budget` response bytes;
 * after each sync, runs the steps' result handlers in order. Always ends with a sync when there
 * was anything to queue (0 syncs for no steps).
 */
export async function runSteps(
  context: Excel.RequestContext,
  steps: readonly Step[],
  budget: number = DEFAULT_BUDGET,
): Promise<StepRun> {
  let syncs = 0;
  let request = 0;
  let response = 0;
  let maxRequest = 0;
  let after: (() => void)[] = [];
  const flush = async (): Promise<void> => {
    await context.sync();
    syncs++;
    maxRequest = Math.max(maxRequest, request);
    request = 0;
    response = 0;
    const handlers = after;
    after = [];
    for (const h of handlers) h();
  };
  for (const step of steps) {
    const res = step.response ?? 0;
    if ((request > 0 || response > 0) && (request + step.request > budget || response + res > budget)) await flush();
    const handler = step.run();
    if (handler) after.push(handler);
    request += step.request;
    response += res;
  }
  if (request > 0 || response > 0 || after.length > 0) await flush();
  return { syncs, maxRequest };
}
