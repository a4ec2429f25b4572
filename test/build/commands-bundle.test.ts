/**
 * The built ribbon commands bundle runs where only ES5 exists (issue 10, item 1): in a Node vm
 * context whose post-ES5 built-ins were deleted before commands.html's scripts run (Promise, Map,
 * Set, WeakMap, Symbol, Reflect, Proxy, Object.assign/entries/…, Array.from/…, the ES2015+ array and
 * string methods, String.prototype.normalize, Number/Math additions, newer Intl parts; RegExp
 * refuses the u/y/s flags, lookbehind, named groups and \p{…}, as Internet Explorer 11 does), the
 * bundle does a full Kiểm tra of every fixture on the Excel fake as Excel 2019 (ExcelApi 1.7, merges
 * read from the workbook file through the lazy jszip chunk), then Tạo tổng hợp and Xóa tô màu on
 * one, and ends with exactly the workbook and the notices that the TypeScript sources give.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import * as vm from "vm";
import { parseNoticeQuery, type Notice } from "../../src/commands/messages";
import { readWorkbook } from "../../src/file/read-workbook";
import { cellsOf, fakeWorkbookFromSnapshots, type FakeWorkbook } from "../fakes/excel-fake";
import { BUILD_TIMEOUT_MS, DIST, ensureBuild, readDist } from "./dist";

beforeAll(() => ensureBuild(), BUILD_TIMEOUT_MS);

const ROOT = join(__dirname, "..", "..");
const FIXTURE_DIRS = ["test/fixtures", "test/fixtures-extra"];
const FIXTURES = FIXTURE_DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, dir))
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => join(ROOT, dir, f)),
);
const ORIGIN = "https://localhost:3000";

/** Timers that do not keep Jest alive (the notice dialog closes itself after 20 s). */
const timer = (fn: () => void, ms?: number) => {
  const t = setTimeout(fn, ms);
  t.unref();
  return t;
};

type Handler = (event: { completed: () => void }) => Promise<void>;
type Handlers = Record<string, Handler>;

/** Built-ins that ES5 engines (Internet Explorer 11) lack, deleted before the bundle's polyfills load. */
const DELETE_ES2015_PLUS = `
(function (g) {
  var del = function (o, names) { names.split(" ").forEach(function (n) { if (o) delete o[n]; }); };
  del(g, "Promise Map Set WeakMap WeakSet WeakRef FinalizationRegistry Symbol Reflect Proxy AggregateError BigInt globalThis");
  del(Object, "assign entries values fromEntries getOwnPropertyDescriptors getOwnPropertySymbols is hasOwn groupBy");
  del(Array, "from of fromAsync");
  del(Array.prototype, "find findIndex findLast findLastIndex fill includes flat flatMap at copyWithin entries keys values toSorted toReversed toSpliced with");
  del(String, "fromCodePoint raw");
  del(String.prototype, "includes startsWith endsWith padStart padEnd repeat normalize codePointAt trimStart trimEnd trimLeft trimRight matchAll replaceAll at isWellFormed toWellFormed");
  del(Number, "isNaN isFinite isInteger isSafeInteger EPSILON MAX_SAFE_INTEGER MIN_SAFE_INTEGER parseFloat parseInt");
  del(Math, "trunc sign cbrt log2 log10 log1p expm1 hypot imul clz32 fround acosh asinh atanh cosh sinh tanh");
  del(Intl, "PluralRules RelativeTimeFormat ListFormat Segmenter Locale DisplayNames supportedValuesOf DurationFormat");
  // RegExp as Internet Explorer 11 parses it: no u/y/s flags, lookbehind, named groups or \\p{…}.
  var Native = RegExp;
  var Es5RegExp = function RegExp(pattern, flags) {
    var source = pattern instanceof Native ? pattern.source : String(pattern === undefined ? "" : pattern);
    var f = flags === undefined ? (pattern instanceof Native ? pattern.global ? "g" : "" : "") : String(flags);
    if (/[^gim]/.test(f)) throw new SyntaxError("Invalid regular expression flags (ES5): " + f);
    if (/\\(\\?<[=!]|\\(\\?<[A-Za-z_$]|\\\\[pP]\\{|\\\\k</.test(source)) throw new SyntaxError("Invalid regular expression (ES5): /" + source + "/");
    return flags === undefined ? Native(pattern) : Native(pattern, flags);
  };
  // (RegExp.prototype keeps its constructor and flag getters: the engine's own split/replace use them.)
  Es5RegExp.prototype = Native.prototype;
  g.RegExp = Es5RegExp;
})(this);
`;

interface Run {
  handlers: Handlers;
  dialogs: string[];
  chunks: string[];
}

/** The Office and Excel globals, as Office 2019 gives them to a function file, on the Excel fake. */
function officeFor(wb: FakeWorkbook, xlsx: Uint8Array, run: Run, lang: string) {
  return {
    onReady: (cb?: () => void) => {
      cb?.();
      return { then: (f: (v: unknown) => unknown) => f({ host: "Excel" }) };
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
    FileType: { Compressed: "compressed" },
    context: {
      displayLanguage: lang,
      document: {
        mode: "readWrite",
        url: "C:\\Docs\\ke-hoach.xlsx",
        // The workbook's own bytes, for merges without ExcelApi 1.13 (merges-from-file.ts).
        getFileAsync: (_type: string, _opts: unknown, cb: (r: unknown) => void) =>
          cb({
            status: "succeeded",
            value: {
              sliceCount: 1,
              getSliceAsync: (_i: number, done: (r: unknown) => void) =>
                done({ status: "succeeded", value: { data: Array.from(xlsx) } }),
              closeAsync: () => undefined,
            },
          }),
      },
      requirements: { isSetSupported: (n: string, v: string) => wb.isSetSupported(n, v) },
      ui: {
        displayDialogAsync: (url: string, _opts: unknown, cb: (r: unknown) => void) => {
          run.dialogs.push(url);
          const on: Record<string, () => void> = {};
          cb({
            status: "succeeded",
            value: { addEventHandler: (t: string, h: () => void) => (on[t] = h), close: () => undefined },
          });
          setTimeout(() => on.dialogMessageReceived?.(), 0);
        },
      },
    },
  };
}

/**
 * What the fake hands to the bundle, made to belong to the page's realm, as Office.js's objects do
 * in a real webview: arrays are copied into the context's arrays (the bundle's core-js iterates
 * them with its own Symbol.iterator, which the test realm's arrays lack), objects are wrapped so
 * that what they give back is treated the same way. One wrapper per object keeps identities.
 */
function membrane(context: vm.Context): (value: unknown) => unknown {
  const ContextArray = vm.runInContext("Array", context) as ArrayConstructor;
  const wrapped = new WeakMap<object, object>();
  const unwrapped = new WeakMap<object, object>();
  const unwrap = (v: unknown) => (v !== null && typeof v === "object" && unwrapped.has(v) ? unwrapped.get(v) : v);
  const into = (value: unknown): unknown => {
    if (value === null || typeof value !== "object") return value;
    if (unwrapped.has(value)) return value;
    if (Array.isArray(value)) {
      const out = new ContextArray();
      for (const v of value) out.push(into(v));
      return out;
    }
    if (value instanceof Promise) return value.then(into);
    if (value instanceof Error) return value;
    const known = wrapped.get(value);
    if (known) return known;
    const proxy = new Proxy(value, {
      get(target, key) {
        const v = Reflect.get(target, key, target);
        if (typeof v === "function" && key !== "constructor")
          return (...args: unknown[]) => into(v.apply(target, args.map(unwrap)));
        return into(v);
      },
      set(target, key, v) {
        return Reflect.set(target, key, unwrap(v), target);
      },
    });
    wrapped.set(value, proxy);
    unwrapped.set(proxy, value);
    return proxy;
  };
  return into;
}

/** A page context: commands.html's scripts run in order, lazy chunks load through script elements. */
function loadBundle(wb: FakeWorkbook, xlsx: Uint8Array, lang: string): Run {
  const run: Run = { handlers: {}, dialogs: [], chunks: [] };
  const office = officeFor(wb, xlsx, run, lang);
  const sandbox: Record<string, unknown> = {};
  const context = vm.createContext(sandbox);
  vm.runInContext(DELETE_ES2015_PLUS, context);
  const g = vm.runInContext("this", context) as Record<string, unknown>;
  let current: { src: string; tagName: string } | null = null;
  const runFile = (file: string) => {
    current = { src: `${ORIGIN}/${file}`, tagName: "SCRIPT" };
    vm.runInContext(readDist(file), context, { filename: file });
    current = null;
  };
  const head = {
    appendChild: (el: { src?: string; onload?: (e: unknown) => void; onerror?: (e: unknown) => void }) => {
      // webpack's chunk loader: a <script src> appended to <head>.
      setTimeout(() => {
        const file = String(el.src).replace(`${ORIGIN}/`, "");
        run.chunks.push(file);
        try {
          runFile(file);
          el.onload?.({ type: "load", target: el });
        } catch (e) {
          el.onerror?.({ type: "error", target: el, error: e });
        }
      }, 0);
      return el;
    },
  };
  Object.assign(g, {
    window: g,
    self: g,
    Office: office,
    Excel: {
      run: <T>(batch: (context: unknown) => Promise<T>) => {
        const into = membrane(context);
        return wb.run((ctx) => batch(into(ctx)));
      },
    },
    navigator: { userAgent: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko", language: lang },
    location: { origin: ORIGIN, pathname: "/commands.html", search: "", href: `${ORIGIN}/commands.html` },
    setTimeout,
    clearTimeout,
    console,
    document: {
      get currentScript() {
        return current;
      },
      head,
      documentElement: { lang: "vi" },
      readyState: "complete",
      getElementsByTagName: () => [],
      getElementById: () => null,
      addEventListener: () => undefined,
      createElement: () => ({ setAttribute: () => undefined }),
      // commands.html: unorm only where String.prototype.normalize is missing.
      write: (html: string) => {
        const src = /src="([^"]+)"/.exec(html);
        if (src) runFile(src[1]);
      },
    },
  });
  // commands.html's scripts in document order: files, and inline code (the unorm loader).
  const html = readFileSync(join(DIST, "commands.html"), "utf8");
  const tags = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let m: RegExpExecArray | null;
  while ((m = tags.exec(html))) {
    const src = /\bsrc=["']?([^"' >]+)/.exec(m[1]);
    if (src && /^https?:/.test(src[1])) continue; // Office.js: stood in for by the Office global
    if (src) runFile(src[1]);
    else vm.runInContext(m[2], context);
  }
  for (const name of ["checkPlan", "clearHighlights", "generateSummary"]) run.handlers[name] = g[name] as Handler;
  return run;
}

/** The same commands from the TypeScript sources, in Jest's own realm. */
function loadSources(wb: FakeWorkbook, xlsx: Uint8Array, lang: string): Run {
  const run: Run = { handlers: {}, dialogs: [], chunks: [] };
  const g = globalThis as Record<string, unknown>;
  g.Office = {
    ...officeFor(wb, xlsx, run, lang),
    actions: { associate: (n: string, fn: Handler) => (run.handlers[n] = fn) },
  };
  g.Excel = { run: wb.run.bind(wb) };
  g.window = { location: { origin: ORIGIN, pathname: "/commands.html", search: "" }, setTimeout: timer };
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
  return run;
}

async function invoke(run: Run, name: string): Promise<Notice> {
  let completed = 0;
  await run.handlers[name]({ completed: () => completed++ });
  for (let i = 0; i < 50 && completed === 0; i++) await new Promise((r) => setTimeout(r, 5));
  expect({ name, completed }).toEqual({ name, completed: 1 });
  return parseNoticeQuery(new URL(run.dialogs[run.dialogs.length - 1]).search)!;
}

/** The workbook's cells; sheet ids are the fake's running numbers, which differ between two fakes. */
function cells(wb: FakeWorkbook): unknown {
  return JSON.parse(JSON.stringify(cellsOf(wb)).replace(/\{fake-\d+\}/g, "{fake}"));
}

async function fake(file: string): Promise<{ wb: FakeWorkbook; xlsx: Uint8Array }> {
  const xlsx = new Uint8Array(readFileSync(file));
  const wb = fakeWorkbookFromSnapshots(await readWorkbook(xlsx, file.split("/").pop()!));
  wb.apiMinor = 7; // Excel 2019: the Office that runs add-ins in Internet Explorer 11
  return { wb, xlsx };
}

afterEach(() => {
  for (const k of ["Office", "Excel", "window"]) delete (globalThis as Record<string, unknown>)[k];
});

test("the page leaves no post-ES5 built-in for the bundle to lean on", () => {
  const context = vm.createContext({});
  vm.runInContext(DELETE_ES2015_PLUS, context);
  expect(
    vm.runInContext(
      `[typeof Promise, typeof Map, typeof Symbol, typeof Object.assign, typeof Array.from, typeof "".normalize, typeof [].includes]`,
      context,
    ),
  ).toEqual(["undefined", "undefined", "undefined", "undefined", "undefined", "undefined", "undefined"]);
  expect(() => vm.runInContext(`new RegExp("a", "u")`, context)).toThrow(/flags/);
  expect(() => vm.runInContext(`new RegExp("(?<=a)b")`, context)).toThrow(/ES5/);
});

test.each(FIXTURES.map((f) => [f.split("/").pop()!, f]))(
  "Kiểm tra of %s in an ES5 context: the same marks and notice as the sources",
  async (_name, file) => {
    const bundled = await fake(file);
    const bundle = loadBundle(bundled.wb, bundled.xlsx, "vi-VN");
    const fromBundle = await invoke(bundle, "checkPlan");

    const source = await fake(file);
    const fromSources = await invoke(loadSources(source.wb, source.xlsx, "vi-VN"), "checkPlan");

    expect(fromBundle).toEqual(fromSources);
    expect(cells(bundled.wb)).toEqual(cells(source.wb));
    expect(bundled.wb.sheets.map((s) => s.name)).toEqual(source.wb.sheets.map((s) => s.name));
  },
  60_000,
);

test("Tạo tổng hợp and Xóa tô màu in the ES5 context, in English: as the sources; merges came through the lazy jszip chunk", async () => {
  const file = FIXTURES.find((f) => f.endsWith("kh-607-bqlkkt-2025.xlsx"))!;
  const bundled = await fake(file);
  const bundle = loadBundle(bundled.wb, bundled.xlsx, "en-GB");
  const source = await fake(file);
  const sources = loadSources(source.wb, source.xlsx, "en-GB");
  for (const name of ["checkPlan", "generateSummary", "clearHighlights"]) {
    const a = await invoke(bundle, name);
    const b = await invoke(sources, name);
    expect({ name, notice: a }).toEqual({ name, notice: b });
    expect(cells(bundled.wb)).toEqual(cells(source.wb));
  }
  expect(bundled.wb.sheets.map((s) => s.name)).toEqual(source.wb.sheets.map((s) => s.name));
  expect(bundle.chunks.some((c) => /^commands-jszip\./.test(c))).toBe(true);
}, 60_000);
