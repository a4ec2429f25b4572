/**
 * Microsoft's own Office.js client (the `@microsoft/office-js` package, Excel on the web's script)
 * loaded in jsdom, with a request executor that captures the exact JSON body of every batch and
 * sends nothing anywhere. Used to measure REAL request sizes:
 *
 * - `realRequestBytes(build)`: the bytes of the request the real client builds for a few queued
 *   operations (to calibrate the fake's byte model, see excel-fake.ts `REQUEST_COSTS`);
 * - `teeRun(wb)`: an ExcelRun whose context forwards every call both to the behavioural fake
 *   (which answers: values, errors, limits) and to the real client (which only serializes): every
 *   context.sync() records the real request's bytes in `requests`. So a host operation run through
 *   it is measured batch by batch exactly as Excel on the web would receive it.
 *
 * The real client never gets an answer with data (its executor answers an empty result list), so
 * nothing is ever read from it: every read goes to the fake.
 */
import { readFileSync } from "fs";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { JSDOM } = require("jsdom") as typeof import("jsdom");

interface RealWindow {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension & { SessionBase: new () => object };
}

let loaded: RealWindow | null = null;

/** The real client, loaded once per process (about a second). */
export function realClient(): RealWindow {
  if (loaded) return loaded;
  const file = join(require.resolve("@microsoft/office-js/package.json"), "..", "dist", "excel-web-16.00.js");
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", {
    runScripts: "outside-only",
    url: "https://localhost/",
  });
  const w = dom.window as unknown as RealWindow & { eval: (s: string) => void };
  w.eval(readFileSync(file, "utf8"));
  if (!w.Excel?.RequestContext) throw new Error("office-js: Excel.RequestContext missing after load");
  loaded = w;
  return w;
}

/** A request context of the real client whose batches are captured (UTF-8 bytes of the JSON body). */
export function capturingContext(onRequest: (bytes: number, body: string) => void): Excel.RequestContext {
  const w = realClient();
  const Base = w.OfficeExtension.SessionBase;
  class CapturingSession extends Base {
    _resolveRequestUrlAndHeaderInfo() {
      return Promise.resolve({ url: "https://localhost/_api", headers: {} });
    }
    _createRequestExecutorOrNull() {
      return {
        executeAsync: (_custom: unknown, _flags: unknown, message: { Body: unknown }) => {
          const body = JSON.stringify(message.Body);
          onRequest(Buffer.byteLength(body, "utf8"), body);
          return Promise.resolve({
            HttpStatusCode: 200,
            ErrorCode: null,
            ErrorMessage: null,
            Headers: {},
            Body: { Results: [] },
          });
        },
      };
    }
  }
  return new w.Excel.RequestContext(new CapturingSession() as unknown as string);
}

/** Bytes of the real request for what `build` queues (one sync). */
export async function realRequestBytes(build: (context: Excel.RequestContext) => void): Promise<number> {
  let bytes = 0;
  const context = capturingContext((b) => (bytes += b));
  build(context);
  await context.sync();
  return bytes;
}

/* ------------------------------------------------------------------ the tee */

const pairs = new WeakMap<object, { fake: unknown; real: () => unknown }>();

function isProxyLike(v: unknown): v is object {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function unwrap(v: unknown, side: "fake" | "real"): unknown {
  if (isProxyLike(v) && pairs.has(v)) {
    const p = pairs.get(v)!;
    return side === "fake" ? p.fake : p.real();
  }
  return v;
}

/** Names whose value is data read from Excel (answered by the fake alone). */
const DATA = new Set(["value", "isNullObject"]);

function tee(fake: object, realThunk: () => unknown): object {
  let realCache: unknown;
  let realMade = false;
  const real = (): unknown => {
    if (!realMade) {
      realCache = realThunk();
      realMade = true;
    }
    return realCache;
  };
  const handler: ProxyHandler<object> = {
    get(_t, p) {
      const f = (fake as Record<string | symbol, unknown>)[p];
      if (typeof f === "function") {
        return (...args: unknown[]) => {
          const fr = (f as (...a: unknown[]) => unknown).apply(
            fake,
            args.map((a) => unwrap(a, "fake")),
          );
          const r = real() as Record<string | symbol, unknown> | null;
          const rf = r ? r[p] : undefined;
          let rr: unknown;
          if (typeof rf === "function")
            rr = (rf as (...a: unknown[]) => unknown).apply(
              r,
              args.map((a) => unwrap(a, "real")),
            );
          if (isProxyLike(fr) && !(fr instanceof Promise) && typeof p === "string" && !DATA.has(p)) {
            // A proxy (range, format, load's `this`) or a ClientResult (data: the fake's).
            if ("value" in (fr as object) && !("load" in (fr as object))) return fr;
            return wrap(fr, () => rr);
          }
          return fr;
        };
      }
      if (p === "items" && Array.isArray(f)) {
        return f.map((item, i) =>
          isProxyLike(item) && "load" in item ? wrap(item, () => itemOf(real(), item, i)) : item,
        );
      }
      if (isProxyLike(f) && typeof p === "string" && !DATA.has(p)) {
        return wrap(f, () => {
          const r = real() as Record<string, unknown> | null;
          return r ? r[p] : undefined;
        });
      }
      return f;
    },
    set(_t, p, v) {
      (fake as Record<string | symbol, unknown>)[p] = unwrap(v, "fake");
      const r = real() as Record<string | symbol, unknown> | null;
      if (r) r[p] = unwrap(v, "real");
      return true;
    },
  };
  const proxy = new Proxy(fake, handler);
  pairs.set(proxy, { fake, real });
  return proxy;
}

const wrapped = new WeakMap<object, object>();
function wrap(fake: object, real: () => unknown): object {
  // Same fake object, same tee (so `load()` returning `this` keeps identity).
  const hit = wrapped.get(fake);
  if (hit) return hit;
  const t = tee(fake, real);
  wrapped.set(fake, t);
  return t;
}

/** The real counterpart of a collection's item: worksheets by id (as Excel's own item paths do). */
function itemOf(realCollection: unknown, fakeItem: object, index: number): unknown {
  const col = realCollection as { getItem?: (k: string) => unknown; getItemAt?: (i: number) => unknown } | null;
  const sheet = (fakeItem as { resolve?: () => { id: string } | null }).resolve?.();
  if (sheet && col?.getItem) return col.getItem(sheet.id);
  return col?.getItemAt?.(index);
}

/**
 * Runs a batch on a fake context through the tee: every sync is serialized by the real client
 * first, and the fake's sync then checks the limit on those real bytes.
 */
export function teeBatch<T>(
  fakeContext: { workbook: unknown; sync: (realBytes?: number) => Promise<void> },
  batch: (context: Excel.RequestContext) => Promise<T>,
): Promise<T> {
  let pending = 0;
  const realContext = capturingContext((b) => (pending += b));
  const ctx = {
    workbook: wrap(fakeContext.workbook as object, () => realContext.workbook),
    sync: async () => {
      pending = 0;
      await realContext.sync();
      await fakeContext.sync(pending);
    },
  };
  return batch(ctx as unknown as Excel.RequestContext);
}
