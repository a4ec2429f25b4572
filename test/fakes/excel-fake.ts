/**
 * A behavioural fake of the part of the Excel JavaScript API (Office.js) that src/excel uses.
 *
 * What it enforces, as Excel does:
 * - proxies queue their work; nothing happens before `context.sync()`;
 * - a property read before it was loaded AND synced throws PropertyNotLoaded;
 * - a request (or a response) over 5 MB fails the whole sync with RequestPayloadSizeLimitExceeded
 *   (sizes are the JSON length of what would cross the wire, plus a fixed cost per operation);
 * - an address over 8,192 characters fails with InvalidArgument;
 * - getMergedAreasOrNullObject answers only areas anchored (top-left cell) in the range, and fails
 *   above 512 areas;
 * - null in an array written to `values` leaves the cell unchanged ("" blanks it);
 * - a string written to `values` that starts with "=", "+" or "-" becomes a formula, unless the
 *   cell's number format is text ("@") at the moment of writing (a plain signed number like "-5"
 *   becomes that number);
 * - writes to a protected sheet, or to a read-only workbook, fail with AccessDenied;
 * - APIs above the configured ExcelApi version throw ApiNotFound when called.
 * Operations of a batch run in order; an error stops the batch (earlier operations stay applied).
 *
 * It counts syncs and records every sync's request and response sizes (`model.stats`).
 * Tables, charts, page layout and frozen panes are recorded, not rendered.
 */
import type { CellValue, Merge, SheetSnapshot } from "../../src/core/snapshot";
import { formatCellText } from "../../src/core/recognize/number-format";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const ADDRESS_LIMIT = 8192;
/** getMergedAreasOrNullObject fails above this many areas. */
export const MAX_MERGED_AREAS = 512;
/**
 * Bytes counted for each queued operation besides its data: Office.js sends, per operation, its
 * action and the object paths it needs (range, format, fill…), ~110–160 B each. Calibrated on
 * Microsoft's client (test/excel/request-bytes.test.ts checks the fake's sizes against the real
 * ones for the host's operations). For exact sizes, set `FakeWorkbook.realRequests`: every sync is
 * then also serialized by the real client (office-client.ts) and its limit checked on those bytes.
 */
export const OP_OVERHEAD = 220;

export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
    this.name = "RichApi.Error";
  }
}

export interface BorderEdge {
  style: string;
  color: string;
  weight: string;
}
export type EdgeName = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight";
const EDGES: EdgeName[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
const NO_BORDER: BorderEdge = { style: "None", color: "#000000", weight: "Thin" };

export interface FakeCell {
  v: string | number | boolean | null;
  err?: string;
  formula?: string;
  /** Displayed text when it was given (a loaded fixture); else computed from v and nf. */
  text?: string;
  nf: string;
  /** null = no fill. */
  fill: string | null;
  fontColor: string;
  fontName: string | null;
  bold?: boolean;
  borders?: Partial<Record<EdgeName, BorderEdge>>;
}

export interface FakeTable {
  name: string;
  sheet: string;
  address: string;
  style?: string;
}
export interface FakeChart {
  sheet: string;
  type: string;
  source: string;
  title?: string;
  series: string[];
}

export class FakeSheet {
  cells = new Map<number, FakeCell>();
  merges: Merge[] = [];
  /** Ranges with conditional formats (their rules are not modelled: only that they are there). */
  conditionalFormats: Rect[] = [];
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  protected = false;
  frozenRows = 0;
  pageLayout: Record<string, unknown> = {};
  /** Range-wide format settings we don't model per cell (column widths, alignment, ...). */
  formatLog: { address: string; prop: string; value: unknown }[] = [];
  /** Worksheet.id: like Excel's, NOT stable across sessions (office-js#1390, #552): see FakeWorkbook.reopen. */
  id: string;
  private static seq = 0;
  constructor(public name: string) {
    this.id = `{fake-${++FakeSheet.seq}}`;
  }
  key(r: number, c: number): number {
    return r * 20000 + c;
  }
  get(r: number, c: number): FakeCell | undefined {
    return this.cells.get(this.key(r, c));
  }
  ensure(r: number, c: number): FakeCell {
    const k = this.key(r, c);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { v: null, nf: "General", fill: null, fontColor: "#000000", fontName: null };
      this.cells.set(k, cell);
    }
    return cell;
  }
  /** Bounds of cells with a value (valuesOnly) or with anything at all. */
  bounds(valuesOnly: boolean): Rect | null {
    let top = Infinity,
      left = Infinity,
      bottom = 0,
      right = 0;
    for (const [k, cell] of this.cells) {
      const has = cell.v !== null || cell.err !== undefined || cell.formula !== undefined;
      if (valuesOnly && !has) continue;
      if (
        !valuesOnly &&
        !has &&
        cell.fill === null &&
        cell.nf === "General" &&
        !cell.borders &&
        cell.fontColor === "#000000" &&
        !cell.bold &&
        cell.fontName === null
      )
        continue;
      const r = Math.floor(k / 20000),
        c = k % 20000;
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (c < left) left = c;
      if (c > right) right = c;
    }
    return bottom === 0 ? null : { top, left, bottom, right };
  }
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  ops: number;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  activeSheet = "";
  readOnly = false;
  /** Review › Protect Workbook (structure): sheets cannot be added, deleted or hidden. */
  structureProtected = false;
  /** Highest ExcelApi minor version supported: 7 for ExcelApi 1.7 (Excel 2019), 13 for 1.13. */
  apiMinor = 13;
  tables: FakeTable[] = [];
  charts: FakeChart[] = [];
  selection: { sheet: string; address: string } | null = null;
  stats = { syncs: 0, records: [] as SyncRecord[] };
  /**
   * Measure every request with Microsoft's own client (office-client.ts) and enforce the 5 MB
   * limit on those exact bytes (slower: for the payload tests and the benchmark).
   */
  realRequests = false;

  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }
  addSheet(name: string): FakeSheet {
    const s = new FakeSheet(name);
    this.sheets.push(s);
    if (!this.activeSheet) this.activeSheet = name;
    return s;
  }
  isSetSupported(name: string, version: string): boolean {
    const m = /^1\.(\d+)$/.exec(version);
    return name === "ExcelApi" && m !== null && Number(m[1]) <= this.apiMinor;
  }
  /**
   * Save, close and open again: Excel gives the sheets new ids (they follow the sheet order of
   * this session: an old id may now name another sheet).
   */
  reopen(): void {
    const ids = this.sheets.map((s) => s.id);
    const rotated = [...ids.slice(1), ids[0]];
    this.sheets.forEach((s, i) => (s.id = rotated[i]));
  }
  resetStats(): void {
    this.stats = { syncs: 0, records: [] };
  }
  maxRequestBytes(): number {
    return Math.max(0, ...this.stats.records.map((r) => r.requestBytes));
  }
  maxResponseBytes(): number {
    return Math.max(0, ...this.stats.records.map((r) => r.responseBytes));
  }
  /** Runs a batch the way Excel.run does, with a fresh request context. */
  run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
    if (this.realRequests) {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { teeBatch } = require("./office-client") as typeof import("./office-client");
      return teeBatch(new FakeContext(this), batch as never) as Promise<T>;
    }
    return batch(new FakeContext(this));
  }
  /** A cell's full state, for before/after comparisons in tests. */
  cellState(sheet: string, r: number, c: number): FakeCell | undefined {
    return this.sheet(sheet)?.get(r, c);
  }
}

/* ------------------------------------------------------------------ addresses */

export function colToLetters(c: number): string {
  let s = "";
  while (c > 0) {
    const m = (c - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    c = Math.floor((c - 1) / 26);
  }
  return s;
}
function lettersToCol(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function rectAddress(r: Rect): string {
  const a = `${colToLetters(r.left)}${r.top}`;
  return r.top === r.bottom && r.left === r.right ? a : `${a}:${colToLetters(r.right)}${r.bottom}`;
}
function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
function parseAddress(address: string): Rect {
  const bare = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  if (bare.includes(","))
    throw new FakeExcelError("InvalidArgument", `getRange takes one area: ${address.slice(0, 40)}`);
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(bare.trim());
  if (!m) {
    const rows = /^(\d+):(\d+)$/.exec(bare.trim());
    if (rows) return { top: Number(rows[1]), bottom: Number(rows[2]), left: 1, right: 16384 };
    throw new FakeExcelError("InvalidArgument", `bad address ${address.slice(0, 40)}`);
  }
  const top = Number(m[2]),
    left = lettersToCol(m[1]);
  const bottom = m[4] ? Number(m[4]) : top,
    right = m[3] ? lettersToCol(m[3]) : left;
  return {
    top: Math.min(top, bottom),
    left: Math.min(left, right),
    bottom: Math.max(top, bottom),
    right: Math.max(left, right),
  };
}

/* ------------------------------------------------------------------ context and queue */

interface Op {
  bytes: number;
  /** Runs the operation; returns the response bytes it produced. */
  exec: () => number;
}

export class FakeContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: Op[] = [];
  /** Syncs made by this context (a proxy's isNullObject is known after the first sync that follows its creation). */
  syncCount = 0;
  constructor(readonly model: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  /** Queues an operation. */
  enqueue(bytes: number, exec: () => number): void {
    this.queue.push({ bytes: bytes + OP_OVERHEAD, exec });
  }
  requireApi(version: string, what: string): void {
    if (!this.model.isSetSupported("ExcelApi", version))
      throw new FakeExcelError("ApiNotFound", `${what} needs ExcelApi ${version}`);
  }
  /**
   * Runs the queued operations. `realRequestBytes`: the size Microsoft's client gave this batch
   * (FakeWorkbook.realRequests), used instead of the fake's estimate.
   */
  async sync(realRequestBytes?: number): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    this.model.stats.syncs++;
    this.syncCount++;
    const requestBytes = realRequestBytes ?? ops.reduce((s, o) => s + o.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, ops: ops.length };
    this.model.stats.records.push(record);
    if (requestBytes > PAYLOAD_LIMIT) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `request of ${requestBytes} bytes`);
    }
    for (const op of ops) record.responseBytes += op.exec();
    if (record.responseBytes > PAYLOAD_LIMIT) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `response of ${record.responseBytes} bytes`);
    }
  }
  /** Writes are refused on a read-only workbook or a protected sheet. */
  checkWritable(sheet: FakeSheet): void {
    if (this.model.readOnly) throw new FakeExcelError("AccessDenied", "the workbook is read-only");
    if (sheet.protected) throw new FakeExcelError("AccessDenied", `sheet ${sheet.name} is protected`);
  }
}

/** UTF-8 bytes of a value's JSON (the wire is UTF-8: a Vietnamese letter is 2 or 3 bytes). */
function jsonBytes(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v ?? null), "utf8");
}

/** Base of every proxy: load() queues a read; reading a property needs load + sync first. */
class Proxy {
  protected loaded = new Map<string, unknown>();
  private readonly bornAt: number;
  constructor(protected readonly ctx: FakeContext) {
    this.bornAt = ctx.syncCount;
  }
  /**
   * isNullObject, as Office.js gives it: filled in by the next context.sync() whether or not it was
   * loaded (learn.microsoft.com, "*OrNullObject methods and properties"); read before that sync, it throws.
   */
  protected nullState(): boolean {
    if (this.loaded.has("isNullObject")) return this.loaded.get("isNullObject") as boolean;
    if (this.ctx.syncCount > this.bornAt) return this.isNull();
    throw new FakeExcelError("PropertyNotLoaded", "isNullObject is read before context.sync()");
  }
  protected readProp<T>(name: string): T {
    if (!this.loaded.has(name))
      throw new FakeExcelError(
        "PropertyNotLoaded",
        `property '${name}' is not loaded: call load() and context.sync() first`,
      );
    return this.loaded.get(name) as T;
  }
  /** Names this proxy can load, mapped to a reader run at sync time. */
  protected readers(): Record<string, () => unknown> {
    return {};
  }
  /** True when this proxy is a null object (…OrNullObject that found nothing). */
  protected isNull(): boolean {
    return false;
  }
  load(props?: string | string[] | { select?: string }): this {
    const list = normalizeProps(props);
    const readers = this.readers();
    this.ctx.enqueue(jsonBytes(list), () => {
      let bytes = 0;
      if (this.isNull()) {
        // A null object loads as null properties, with isNullObject true.
        for (const p of list) this.loaded.set(p.split("/")[0], p === "isNullObject" ? true : null);
        this.loaded.set("isNullObject", true);
        return 8 * list.length;
      }
      for (const p of list) {
        const [head, ...rest] = p.split("/");
        const reader = readers[head];
        if (!reader) throw new FakeExcelError("InvalidArgument", `cannot load '${p}'`);
        if (rest.length > 0) {
          const sub = reader() as Proxy;
          bytes += sub.loadNow(rest.join("/"));
        } else {
          const v = reader();
          this.loaded.set(head, v);
          bytes += jsonBytes(v);
        }
      }
      return bytes;
    });
    return this;
  }
  /** Loads at sync time (used for nested "protection/protected"). */
  loadNow(prop: string): number {
    const [head, ...rest] = prop.split("/");
    const reader = this.readers()[head];
    if (!reader) throw new FakeExcelError("InvalidArgument", `cannot load '${prop}'`);
    if (rest.length > 0) return (reader() as Proxy).loadNow(rest.join("/"));
    const v = reader();
    this.loaded.set(prop, v);
    return jsonBytes(v);
  }
}

function normalizeProps(props?: string | string[] | { select?: string }): string[] {
  if (props === undefined) return [];
  if (typeof props === "string")
    return props
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => normalizeProps(p));
  return normalizeProps(props.select ?? "");
}

export class FakeClientResult<T> {
  private v: T | undefined;
  private ready = false;
  set(v: T): void {
    this.v = v;
    this.ready = true;
  }
  get value(): T {
    if (!this.ready) throw new FakeExcelError("PropertyNotLoaded", "ClientResult.value read before context.sync()");
    return this.v as T;
  }
}

/** workbook.tables (ExcelApi 1.1): only loading items' name and worksheet name, and `items`. */
class FakeTableCollection extends Proxy {
  private itemsList: { name: string; worksheet: { name: string } }[] | null = null;
  get items(): { name: string; worksheet: { name: string } }[] {
    if (!this.itemsList) throw new FakeExcelError("PropertyNotLoaded", "tables.items is not loaded");
    return this.itemsList;
  }
  override load(props?: string | string[] | { select?: string }): this {
    const list = normalizeProps(props);
    this.ctx.enqueue(jsonBytes(list), () => {
      if (list.some((p) => !["items/name", "items/worksheet/name"].includes(p)))
        throw new FakeExcelError("InvalidArgument", `cannot load tables '${list.join(",")}'`);
      this.itemsList = this.ctx.model.tables.map((t) => ({ name: t.name, worksheet: { name: t.sheet } }));
      return jsonBytes(this.itemsList);
    });
    return this;
  }
}

/** workbook.protection (ExcelApi 1.7): `protected` is the structure protection. */
class FakeWorkbookProtectionProxy extends Proxy {
  protected override readers(): Record<string, () => unknown> {
    return { protected: () => this.ctx.model.structureProtected };
  }
  get protected(): boolean {
    return this.readProp("protected");
  }
}

class FakeWorkbookProxy extends Proxy {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly protection: FakeWorkbookProtectionProxy;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.tables = new FakeTableCollection(ctx);
    this.protection = new FakeWorkbookProtectionProxy(ctx);
  }
  protected override readers(): Record<string, () => unknown> {
    return {
      readOnly: () => {
        this.ctx.requireApi("1.8", "workbook.readOnly");
        return this.ctx.model.readOnly;
      },
    };
  }
  /** ExcelApi 1.8. */
  get readOnly(): boolean {
    return this.readProp("readOnly");
  }
}

class FakeWorksheetCollection extends Proxy {
  private itemsList: FakeWorksheetProxy[] | null = null;
  get items(): FakeWorksheetProxy[] {
    if (!this.itemsList) throw new FakeExcelError("PropertyNotLoaded", "worksheets.items is not loaded");
    return this.itemsList;
  }
  override load(props?: string | string[] | { select?: string }): this {
    const list = normalizeProps(props).map((p) => p.replace(/^items\//, ""));
    this.ctx.enqueue(jsonBytes(list), () => {
      this.itemsList = this.ctx.model.sheets.map((s) => new FakeWorksheetProxy(this.ctx, () => s));
      let bytes = 0;
      for (const item of this.itemsList) for (const p of list) bytes += item.loadNow(p);
      return bytes;
    });
    return this;
  }
  getActiveWorksheet(): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.ctx, () => {
      const s = this.ctx.model.sheet(this.ctx.model.activeSheet);
      if (!s) throw new FakeExcelError("ItemNotFound", "no active sheet");
      return s;
    });
  }
  getItem(name: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(this.ctx, () => {
      const s = this.ctx.model.sheet(name) ?? this.ctx.model.sheets.find((x) => x.id === name);
      if (!s) throw new FakeExcelError("ItemNotFound", `no sheet ${name}`);
      return s;
    });
  }
  /** By name or by id, as Excel does. */
  getItemOrNullObject(name: string): FakeWorksheetProxy {
    return new FakeWorksheetProxy(
      this.ctx,
      () => this.ctx.model.sheet(name) ?? this.ctx.model.sheets.find((s) => s.id === name) ?? null,
    );
  }
  add(name: string): FakeWorksheetProxy {
    let created: FakeSheet | null = null;
    this.ctx.enqueue(name.length, () => {
      if (this.ctx.model.readOnly) throw new FakeExcelError("AccessDenied", "the workbook is read-only");
      if (this.ctx.model.structureProtected)
        throw new FakeExcelError("AccessDenied", "the workbook structure is protected");
      if (name.length > 31 || /[[\]:*?/\\]/.test(name) || name.trim() === "")
        throw new FakeExcelError("InvalidArgument", `bad sheet name ${name}`);
      if (this.ctx.model.sheet(name)) throw new FakeExcelError("ItemAlreadyExists", `sheet ${name} exists`);
      created = this.ctx.model.addSheet(name);
      return 0;
    });
    return new FakeWorksheetProxy(this.ctx, () => {
      if (!created) throw new FakeExcelError("ItemNotFound", `sheet ${name} was not created`);
      return created;
    });
  }
}

class FakeWorksheetProxy extends Proxy {
  readonly protection: FakeProtectionProxy;
  readonly freezePanes: { freezeRows: (n: number) => void };
  readonly tables: { add: (address: string | FakeRangeProxy, hasHeaders: boolean) => FakeTableProxy };
  readonly charts: { add: (type: string, source: FakeRangeProxy, seriesBy?: string) => FakeChartProxy };
  private pageLayoutProxy: FakePageLayoutProxy | null = null;
  constructor(
    ctx: FakeContext,
    /** Resolves the sheet at sync time; null for a null object. */
    readonly resolve: () => FakeSheet | null,
  ) {
    super(ctx);
    this.protection = new FakeProtectionProxy(ctx, () => this.must());
    this.freezePanes = {
      freezeRows: (n: number) =>
        ctx.enqueue(8, () => {
          const s = this.must();
          ctx.checkWritable(s);
          s.frozenRows = n;
          return 0;
        }),
    };
    this.tables = {
      add: (address: string | FakeRangeProxy, hasHeaders: boolean) => {
        const t: FakeTable = { name: "", sheet: "", address: "" };
        ctx.enqueue(typeof address === "string" ? address.length : 8, () => {
          // As Excel: a string address without a sheet name is on the ACTIVE sheet, whichever
          // worksheet's table collection it was given to; a Range is where it is.
          let s: FakeSheet;
          let rect: Rect;
          if (typeof address === "string") {
            const named = address.includes("!")
              ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "")
              : null;
            const target = ctx.model.sheet(named ?? ctx.model.activeSheet);
            if (!target) throw new FakeExcelError("ItemNotFound", `no sheet for table ${address}`);
            s = target;
            rect = parseAddress(address);
          } else {
            const r = address.must();
            s = r.sheet;
            rect = r.rect;
          }
          ctx.checkWritable(s);
          if (!hasHeaders) throw new FakeExcelError("InvalidArgument", "tables without headers are not used");
          for (const other of ctx.model.tables) {
            if (other.sheet === s.name && overlaps(parseAddress(other.address), rect))
              throw new FakeExcelError("InvalidOperation", "tables overlap");
          }
          t.sheet = s.name;
          t.address = rectAddress(rect);
          t.name = `Table${ctx.model.tables.length + 1}`;
          ctx.model.tables.push(t);
          return 0;
        });
        return new FakeTableProxy(ctx, t);
      },
    };
    this.charts = {
      add: (type: string, source: FakeRangeProxy) => {
        const c: FakeChart = { sheet: "", type, source: "", series: [""] };
        ctx.enqueue(40, () => {
          const s = this.must();
          ctx.checkWritable(s);
          c.sheet = s.name;
          c.source = rectAddress(source.rect());
          ctx.model.charts.push(c);
          return 0;
        });
        return new FakeChartProxy(ctx, c);
      },
    };
  }
  protected override isNull(): boolean {
    return this.resolve() === null;
  }
  must(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeExcelError("ItemNotFound", "the worksheet does not exist");
    return s;
  }
  protected override readers(): Record<string, () => unknown> {
    return {
      name: () => this.must().name,
      id: () => this.must().id,
      position: () => this.ctx.model.sheets.indexOf(this.must()),
      visibility: () => this.must().visibility,
      isNullObject: () => this.resolve() === null,
      protection: () => this.protection,
    };
  }
  get name(): string {
    return this.readProp("name");
  }
  get id(): string {
    return this.readProp("id");
  }
  get position(): number {
    return this.readProp("position");
  }
  get visibility(): string {
    return this.readProp("visibility");
  }
  set visibility(v: string) {
    this.ctx.enqueue(v.length, () => {
      const s = this.must();
      if (this.ctx.model.readOnly) throw new FakeExcelError("AccessDenied", "read-only");
      s.visibility = v as FakeSheet["visibility"];
      return 0;
    });
  }
  set position(p: number) {
    this.ctx.enqueue(4, () => {
      const s = this.must();
      const list = this.ctx.model.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(p, list.length), 0, s);
      return 0;
    });
  }
  get isNullObject(): boolean {
    return this.nullState();
  }
  get pageLayout(): FakePageLayoutProxy {
    this.ctx.requireApi("1.9", "worksheet.pageLayout");
    if (!this.pageLayoutProxy) this.pageLayoutProxy = new FakePageLayoutProxy(this.ctx, () => this.must());
    return this.pageLayoutProxy;
  }
  getRange(address?: string): FakeRangeProxy {
    // Creating a proxy is an action of the request too (its path and arguments).
    this.ctx.enqueue(address?.length ?? 0, () => 0);
    if (address !== undefined && address.length > ADDRESS_LIMIT) {
      // Excel rejects it when the batch runs.
      const a = address;
      return new FakeRangeProxy(this.ctx, () => {
        throw new FakeExcelError("InvalidArgument", `address of ${a.length} characters is over ${ADDRESS_LIMIT}`);
      });
    }
    return new FakeRangeProxy(this.ctx, () => {
      const s = this.must();
      const rect = address === undefined ? { top: 1, left: 1, bottom: 1048576, right: 16384 } : parseAddress(address);
      return { sheet: s, rect };
    });
  }
  /** ExcelApi 1.9: several areas, "A1:B2,C5:D9" (no sheet prefix), at most 8,192 characters. */
  getRanges(address: string): FakeRangeAreasProxy {
    this.ctx.requireApi("1.9", "getRanges");
    this.ctx.enqueue(address.length, () => 0);
    return new FakeRangeAreasProxy(this.ctx, () => {
      if (address.length > ADDRESS_LIMIT)
        throw new FakeExcelError("InvalidArgument", `address of ${address.length} characters is over ${ADDRESS_LIMIT}`);
      return { sheet: this.must(), rects: address.split(",").map((a) => parseAddress(a)) };
    });
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRangeProxy {
    return new FakeRangeProxy(this.ctx, () => ({
      sheet: this.must(),
      rect: { top: row + 1, left: col + 1, bottom: row + rows, right: col + cols },
    }));
  }
  getUsedRange(valuesOnly?: boolean): FakeRangeProxy {
    return new FakeRangeProxy(this.ctx, () => {
      const s = this.must();
      return { sheet: s, rect: s.bounds(Boolean(valuesOnly)) ?? { top: 1, left: 1, bottom: 1, right: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRangeProxy {
    return new FakeRangeProxy(this.ctx, () => {
      const s = this.resolve();
      if (!s) return null;
      const b = s.bounds(Boolean(valuesOnly));
      return b ? { sheet: s, rect: b } : null;
    });
  }
  delete(): void {
    this.ctx.enqueue(8, () => {
      const s = this.must();
      // Excel refuses to delete a very hidden sheet (make it visible first), and the last visible one.
      if (s.visibility === "VeryHidden")
        throw new FakeExcelError("InvalidOperation", `sheet ${s.name} is very hidden: it cannot be deleted`);
      if (s.visibility === "Visible" && this.ctx.model.sheets.filter((x) => x.visibility === "Visible").length === 1)
        throw new FakeExcelError("InvalidOperation", "the last visible sheet cannot be deleted");
      if (this.ctx.model.readOnly) throw new FakeExcelError("AccessDenied", "read-only");
      if (this.ctx.model.structureProtected)
        throw new FakeExcelError("AccessDenied", "the workbook structure is protected");
      const list = this.ctx.model.sheets;
      list.splice(list.indexOf(s), 1);
      this.ctx.model.tables = this.ctx.model.tables.filter((t) => t.sheet !== s.name);
      this.ctx.model.charts = this.ctx.model.charts.filter((t) => t.sheet !== s.name);
      if (this.ctx.model.activeSheet === s.name)
        this.ctx.model.activeSheet = list.find((x) => x.visibility === "Visible")?.name ?? "";
      return 0;
    });
  }
  activate(): void {
    this.ctx.enqueue(8, () => {
      this.ctx.model.activeSheet = this.must().name;
      return 0;
    });
  }
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

class FakeProtectionProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  protected override readers(): Record<string, () => unknown> {
    return { protected: () => this.sheet().protected };
  }
  get protected(): boolean {
    return this.readProp("protected");
  }
}

class FakePageLayoutProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {}
  private setProp(prop: string, value: unknown): void {
    this.ctx.enqueue(jsonBytes(value), () => {
      const s = this.sheet();
      this.ctx.checkWritable(s);
      s.pageLayout[prop] = value;
      return 0;
    });
  }
  set orientation(v: string) {
    this.setProp("orientation", v);
  }
  set paperSize(v: string) {
    this.setProp("paperSize", v);
  }
  set zoom(v: unknown) {
    this.setProp("zoom", v);
  }
  set centerHorizontally(v: boolean) {
    this.setProp("centerHorizontally", v);
  }
  setPrintTitleRows(address: string): void {
    this.setProp("printTitleRows", address);
  }
}

class FakeTableProxy {
  constructor(
    private readonly ctx: FakeContext,
    private readonly table: FakeTable,
  ) {}
  set name(v: string) {
    this.ctx.enqueue(v.length, () => {
      if (this.ctx.model.tables.some((t) => t !== this.table && t.name.toLowerCase() === v.toLowerCase()))
        throw new FakeExcelError("InvalidArgument", `table name ${v} is taken`);
      this.table.name = v;
      return 0;
    });
  }
  set style(v: string) {
    this.ctx.enqueue(v.length, () => {
      this.table.style = v;
      return 0;
    });
  }
  set showBandedRows(_v: boolean) {
    this.ctx.enqueue(4, () => 0);
  }
}

class FakeChartProxy {
  readonly title: { text: string };
  readonly series: { getItemAt: (i: number) => FakeSeries; add: (name: string) => FakeSeries };
  constructor(
    private readonly ctx: FakeContext,
    chart: FakeChart,
  ) {
    const c = ctx;
    this.title = {
      set text(v: string) {
        c.enqueue(v.length, () => {
          chart.title = v;
          return 0;
        });
      },
      get text(): string {
        throw new FakeExcelError("PropertyNotLoaded", "chart.title.text");
      },
    };
    this.series = {
      getItemAt: (i: number) => new FakeSeries(ctx, chart, i),
      add: (name: string) => {
        const i = { n: -1 };
        ctx.enqueue(name.length, () => {
          chart.series.push(name);
          i.n = chart.series.length - 1;
          return 0;
        });
        return new FakeSeries(ctx, chart, () => i.n);
      },
    };
  }
  setPosition(_start: string, _end?: string): void {
    this.ctx.enqueue(20, () => 0);
  }
  set name(_v: string) {
    this.ctx.enqueue(20, () => 0);
  }
}

class FakeSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: FakeChart,
    private readonly index: number | (() => number),
  ) {}
  private at(): number {
    return typeof this.index === "number" ? this.index : this.index();
  }
  set name(v: string) {
    this.ctx.enqueue(v.length, () => {
      this.chart.series[this.at()] = v;
      return 0;
    });
  }
  setValues(_r: FakeRangeProxy): void {
    this.ctx.enqueue(20, () => 0);
  }
  setXAxisValues(_r: FakeRangeProxy): void {
    this.ctx.enqueue(20, () => 0);
  }
}

/* ------------------------------------------------------------------ ranges */

interface Resolved {
  sheet: FakeSheet;
  rect: Rect;
}

function cellValueOf(cell: FakeCell | undefined): CellValue | string | number | boolean {
  if (!cell) return "";
  if (cell.err !== undefined) return cell.err;
  return cell.v === null ? "" : cell.v;
}
function cellText(cell: FakeCell | undefined): string {
  if (!cell) return "";
  if (cell.text !== undefined) return cell.text;
  if (cell.err !== undefined) return cell.err;
  return formatCellText(cell.v, cell.nf);
}
function valueType(cell: FakeCell | undefined): string {
  if (!cell || (cell.v === null && cell.err === undefined)) return "Empty";
  if (cell.err !== undefined) return "Error";
  if (typeof cell.v === "number") return "Double";
  if (typeof cell.v === "boolean") return "Boolean";
  return "String";
}

export class FakeRangeProxy extends Proxy {
  readonly format: FakeRangeFormat;
  /** ExcelApi 1.6: the conditional formats that intersect the range (only getCount is modelled). */
  get conditionalFormats(): { getCount: () => FakeClientResult<number> } {
    return {
      getCount: () => {
        const result = new FakeClientResult<number>();
        this.ctx.enqueue(0, () => {
          const { sheet, rect } = this.must();
          result.set(sheet.conditionalFormats.filter((r) => overlaps(r, rect)).length);
          return 4;
        });
        return result;
      },
    };
  }
  constructor(
    ctx: FakeContext,
    /** Resolves at sync time; null for a null object. */
    private readonly resolver: () => Resolved | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => [this.must()]);
  }
  protected override isNull(): boolean {
    return this.resolver() === null;
  }
  must(): Resolved {
    const r = this.resolver();
    if (!r) throw new FakeExcelError("ItemNotFound", "the range is a null object");
    return r;
  }
  rect(): Rect {
    return this.must().rect;
  }
  private grid<T>(f: (cell: FakeCell | undefined, r: number, c: number) => T): T[][] {
    const { sheet, rect } = this.must();
    const out: T[][] = [];
    for (let r = rect.top; r <= rect.bottom; r++) {
      const row: T[] = [];
      for (let c = rect.left; c <= rect.right; c++) row.push(f(sheet.get(r, c), r, c));
      out.push(row);
    }
    return out;
  }
  private checkSize(): void {
    const { rect } = this.must();
    const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    // A whole-sheet grid would never come back from Excel either.
    if (cells > 5_000_000) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `range of ${cells} cells`);
  }
  protected override readers(): Record<string, () => unknown> {
    return {
      isNullObject: () => this.resolver() === null,
      address: () => {
        const { sheet, rect } = this.must();
        return `${quoteSheet(sheet.name)}!${rectAddress(rect)}`;
      },
      rowCount: () => this.rect().bottom - this.rect().top + 1,
      columnCount: () => this.rect().right - this.rect().left + 1,
      rowIndex: () => this.rect().top - 1,
      columnIndex: () => this.rect().left - 1,
      values: () => (this.checkSize(), this.grid(cellValueOf)),
      text: () => (this.checkSize(), this.grid(cellText)),
      numberFormat: () => (this.checkSize(), this.grid((c) => (c ? c.nf : "General"))),
      valueTypes: () => (this.checkSize(), this.grid(valueType)),
      formulas: () => (this.checkSize(), this.grid((c) => (c?.formula !== undefined ? c.formula : cellValueOf(c)))),
    };
  }
  get isNullObject(): boolean {
    return this.nullState();
  }
  get address(): string {
    return this.readProp("address");
  }
  get rowCount(): number {
    return this.readProp("rowCount");
  }
  get columnCount(): number {
    return this.readProp("columnCount");
  }
  get rowIndex(): number {
    return this.readProp("rowIndex");
  }
  get columnIndex(): number {
    return this.readProp("columnIndex");
  }
  get values(): unknown[][] {
    return this.readProp("values");
  }
  get text(): string[][] {
    return this.readProp("text");
  }
  get numberFormat(): string[][] {
    return this.readProp("numberFormat");
  }
  get valueTypes(): string[][] {
    return this.readProp("valueTypes");
  }
  get formulas(): unknown[][] {
    return this.readProp("formulas");
  }
  private write2d(v: unknown[][], apply: (cell: FakeCell, x: unknown) => void): void {
    this.ctx.enqueue(jsonBytes(v), () => {
      const { sheet, rect } = this.must();
      this.ctx.checkWritable(sheet);
      const rows = rect.bottom - rect.top + 1,
        cols = rect.right - rect.left + 1;
      // A 2D array must have the range's shape (a 1x1 array is not spread over a larger range:
      // Excel answers InvalidArgument "the number of rows or columns in the input array doesn't match").
      if (v.length !== rows || v.some((row) => row.length !== cols))
        throw new FakeExcelError("InvalidArgument", `array ${v.length}x${v[0]?.length} does not fit ${rows}x${cols}`);
      for (let r = 0; r < rows; r++)
        for (let c = 0; c < cols; c++) apply(sheet.ensure(rect.top + r, rect.left + c), v[r][c]);
      return 0;
    });
  }
  set values(v: unknown[][]) {
    this.write2d(v, (cell, x) => {
      // Office.js: null in a values array leaves that cell as it is ("" blanks it).
      if (x === null || x === undefined) return;
      delete cell.text;
      delete cell.err;
      delete cell.formula;
      if (x === "") {
        cell.v = null;
      } else if (typeof x === "string" && /^[=+-]/.test(x) && cell.nf !== "@") {
        if (/^[-+]?\d+(\.\d+)?$/.test(x)) cell.v = Number(x);
        else setFormula(cell, x.startsWith("=") ? x : `=${x}`);
      } else if (typeof x === "string" || typeof x === "number" || typeof x === "boolean") {
        cell.v = x;
      } else throw new FakeExcelError("InvalidArgument", `bad value ${String(x)}`);
    });
  }
  set formulas(v: unknown[][]) {
    this.write2d(v, (cell, x) => {
      delete cell.text;
      delete cell.err;
      delete cell.formula;
      if (typeof x === "string" && x.startsWith("=")) setFormula(cell, x);
      else cell.v = x === "" || x === null ? null : (x as string | number | boolean);
    });
  }
  set numberFormat(v: unknown[][]) {
    this.write2d(v, (cell, x) => {
      delete cell.text;
      cell.nf = String(x);
    });
  }
  getCellProperties(opts: Excel.CellPropertiesLoadOptions): FakeClientResult<unknown[][]> {
    this.ctx.requireApi("1.9", "getCellProperties");
    const result = new FakeClientResult<unknown[][]>();
    this.ctx.enqueue(jsonBytes(opts), () => {
      this.checkSize();
      const v = this.grid((cell) => cellProperties(cell, opts));
      result.set(v);
      return jsonBytes(v);
    });
    return result;
  }
  getMergedAreasOrNullObject(): FakeRangeAreasProxy {
    this.ctx.requireApi("1.13", "getMergedAreasOrNullObject");
    return new FakeRangeAreasProxy(this.ctx, () => {
      const { sheet, rect } = this.must();
      // As Excel: only areas whose top-left cell is in the range (office-js#3611), and the call
      // fails above 512 areas (Excel.Range.getMergedAreasOrNullObject, d.ts).
      const hits = sheet.merges.filter(
        (m) => m.top >= rect.top && m.top <= rect.bottom && m.left >= rect.left && m.left <= rect.right,
      );
      if (hits.length > MAX_MERGED_AREAS)
        throw new FakeExcelError("GeneralException", `${hits.length} merged areas: more than ${MAX_MERGED_AREAS}`);
      return hits.length ? { sheet, rects: hits } : null;
    });
  }
  getRow(i: number): FakeRangeProxy {
    return this.derive((r) => ({ top: r.top + i, bottom: r.top + i, left: r.left, right: r.right }));
  }
  getColumn(i: number): FakeRangeProxy {
    return this.derive((r) => ({ top: r.top, bottom: r.bottom, left: r.left + i, right: r.left + i }));
  }
  getCell(row: number, col: number): FakeRangeProxy {
    return this.derive((r) => ({ top: r.top + row, bottom: r.top + row, left: r.left + col, right: r.left + col }));
  }
  getResizedRange(dr: number, dc: number): FakeRangeProxy {
    return this.derive((r) => ({ top: r.top, left: r.left, bottom: r.bottom + dr, right: r.right + dc }));
  }
  getOffsetRange(dr: number, dc: number): FakeRangeProxy {
    return this.derive((r) => ({ top: r.top + dr, left: r.left + dc, bottom: r.bottom + dr, right: r.right + dc }));
  }
  private derive(f: (r: Rect) => Rect): FakeRangeProxy {
    return new FakeRangeProxy(this.ctx, () => {
      const base = this.resolver();
      return base ? { sheet: base.sheet, rect: f(base.rect) } : null;
    });
  }
  /** Range.clear(): contents and formats (applyTo "All", the default). */
  clear(applyTo?: string): void {
    this.ctx.enqueue(8, () => {
      const { sheet, rect } = this.must();
      this.ctx.checkWritable(sheet);
      if (applyTo && applyTo !== "All")
        throw new FakeExcelError("InvalidArgument", `clear(${applyTo}) is not modelled`);
      for (let r = rect.top; r <= rect.bottom; r++)
        for (let c = rect.left; c <= rect.right; c++) sheet.cells.delete(sheet.key(r, c));
      return 0;
    });
  }
  select(): void {
    this.ctx.enqueue(8, () => {
      const { sheet, rect } = this.must();
      this.ctx.model.selection = { sheet: sheet.name, address: rectAddress(rect) };
      return 0;
    });
  }
}

function setFormula(cell: FakeCell, f: string): void {
  cell.formula = f;
  const link = /^=HYPERLINK\("([^"]*)"\s*,\s*"((?:[^"]|"")*)"\)$/i.exec(f);
  if (link) {
    cell.v = link[2].replace(/""/g, '"');
  } else {
    cell.v = null;
    cell.err = "#NAME?";
  }
}

function cellProperties(cell: FakeCell | undefined, opts: Excel.CellPropertiesLoadOptions): unknown {
  const out: Record<string, unknown> = {};
  const f = opts.format;
  if (f) {
    const format: Record<string, unknown> = {};
    if (f.fill) {
      const fill: Record<string, unknown> = {};
      if (f.fill.color) fill.color = cell?.fill ?? "#FFFFFF";
      if (f.fill.pattern) fill.pattern = cell?.fill ? "Solid" : "None";
      format.fill = fill;
    }
    if (f.font) {
      const font: Record<string, unknown> = {};
      if (f.font.color) font.color = cell?.fontColor ?? "#000000";
      if (f.font.name) font.name = cell?.fontName ?? "Calibri";
      if (f.font.bold) font.bold = Boolean(cell?.bold);
      format.font = font;
    }
    if (f.borders) {
      const b: Record<string, unknown> = {};
      const map: Record<string, EdgeName> = {
        top: "EdgeTop",
        bottom: "EdgeBottom",
        left: "EdgeLeft",
        right: "EdgeRight",
      };
      for (const [k, edge] of Object.entries(map)) {
        const e = cell?.borders?.[edge] ?? NO_BORDER;
        b[k] = { style: e.style, color: e.color, weight: e.weight };
      }
      // Excel answers all eight edges of each cell (inside and diagonal ones too): the response is
      // that large whether or not they are used.
      for (const k of ["insideHorizontal", "insideVertical", "diagonalDown", "diagonalUp"])
        b[k] = { style: NO_BORDER.style, color: NO_BORDER.color, weight: NO_BORDER.weight };
      format.borders = b;
    }
    out.format = format;
  }
  return out;
}

class FakeRangeAreasProxy extends Proxy {
  readonly format: FakeRangeFormat;
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => { sheet: FakeSheet; rects: Rect[] } | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => {
      const r = this.resolver();
      if (!r) throw new FakeExcelError("ItemNotFound", "null object");
      return r.rects.map((rect) => ({ sheet: r.sheet, rect }));
    });
  }
  protected override isNull(): boolean {
    return this.resolver() === null;
  }
  protected override readers(): Record<string, () => unknown> {
    return {
      isNullObject: () => this.resolver() === null,
      address: () => {
        const r = this.resolver();
        if (!r) return "";
        return r.rects.map((x) => `${quoteSheet(r.sheet.name)}!${rectAddress(x)}`).join(",");
      },
      areaCount: () => this.resolver()?.rects.length ?? 0,
    };
  }
  get isNullObject(): boolean {
    return this.nullState();
  }
  get address(): string {
    return this.readProp("address");
  }
  get areaCount(): number {
    return this.readProp("areaCount");
  }
}

class FakeRangeFormat {
  readonly fill: FakeFill;
  readonly font: FakeFont;
  readonly borders: { getItem: (edge: string) => FakeBorder };
  constructor(
    private readonly ctx: FakeContext,
    private readonly targets: () => Resolved[],
  ) {
    this.fill = new FakeFill(ctx, targets);
    this.font = new FakeFont(ctx, targets);
    this.borders = { getItem: (edge: string) => new FakeBorder(ctx, targets, edge as BorderIndexName) };
  }
  private log(prop: string, value: unknown): void {
    this.ctx.enqueue(jsonBytes(value), () => {
      for (const { sheet, rect } of this.targets()) {
        this.ctx.checkWritable(sheet);
        sheet.formatLog.push({ address: rectAddress(rect), prop, value });
      }
      return 0;
    });
  }
  set columnWidth(v: number) {
    this.log("columnWidth", v);
  }
  set wrapText(v: boolean) {
    this.log("wrapText", v);
  }
  set horizontalAlignment(v: string) {
    this.log("horizontalAlignment", v);
  }
  set verticalAlignment(v: string) {
    this.log("verticalAlignment", v);
  }
  autofitColumns(): void {
    this.log("autofitColumns", true);
  }
}

/** Applies f to every cell of the ranges at sync time (creating cells as needed). */
function eachCell(ctx: FakeContext, targets: () => Resolved[], f: (cell: FakeCell) => void): void {
  for (const { sheet, rect } of targets()) {
    ctx.checkWritable(sheet);
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(sheet.ensure(r, c));
  }
}
/** The common value of a property over the ranges, or null when it differs. */
function common<T>(targets: () => Resolved[], f: (cell: FakeCell | undefined) => T): T | null {
  let first = true;
  let value: T | null = null;
  for (const { sheet, rect } of targets())
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const v = f(sheet.get(r, c));
        if (first) {
          value = v;
          first = false;
        } else if (JSON.stringify(v) !== JSON.stringify(value)) return null;
      }
    }
  return value;
}

class FakeFill extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly target: () => Resolved[],
  ) {
    super(ctx);
  }
  protected override readers(): Record<string, () => unknown> {
    // Like Excel: a range without fill reads "#FFFFFF"; a mixed range reads null.
    return { color: () => common(this.target, (c) => c?.fill ?? "#FFFFFF") };
  }
  get color(): string {
    return this.readProp("color");
  }
  set color(v: string) {
    this.ctx.enqueue(v.length, () => (eachCell(this.ctx, this.target, (c) => (c.fill = v.toUpperCase())), 0));
  }
  clear(): void {
    this.ctx.enqueue(8, () => (eachCell(this.ctx, this.target, (c) => (c.fill = null)), 0));
  }
}

class FakeFont extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly target: () => Resolved[],
  ) {
    super(ctx);
  }
  protected override readers(): Record<string, () => unknown> {
    return {
      color: () => common(this.target, (c) => c?.fontColor ?? "#000000"),
      name: () => common(this.target, (c) => c?.fontName ?? "Calibri"),
      bold: () => common(this.target, (c) => Boolean(c?.bold)),
    };
  }
  get color(): string {
    return this.readProp("color");
  }
  set color(v: string) {
    this.ctx.enqueue(v.length, () => (eachCell(this.ctx, this.target, (c) => (c.fontColor = v.toUpperCase())), 0));
  }
  get name(): string {
    return this.readProp("name");
  }
  set name(v: string) {
    this.ctx.enqueue(v.length, () => (eachCell(this.ctx, this.target, (c) => (c.fontName = v)), 0));
  }
  set bold(v: boolean) {
    this.ctx.enqueue(4, () => (eachCell(this.ctx, this.target, (c) => (c.bold = v)), 0));
  }
  set size(_v: number) {
    this.ctx.enqueue(4, () => 0);
  }
}

type BorderIndexName = EdgeName | "InsideHorizontal";

class FakeBorder extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly targets: () => Resolved[],
    private readonly edge: BorderIndexName,
  ) {
    super(ctx);
    if (!EDGES.includes(edge as EdgeName) && edge !== "InsideHorizontal")
      throw new FakeExcelError("InvalidArgument", `edge ${edge} is not modelled`);
  }
  /** The (cell, cell edge) pairs this border index covers, over every area. */
  private edgeCells(): { sheet: FakeSheet; r: number; c: number; edge: EdgeName }[] {
    const out: { sheet: FakeSheet; r: number; c: number; edge: EdgeName }[] = [];
    for (const { sheet, rect } of this.targets()) {
      if (this.edge === "InsideHorizontal") {
        for (let r = rect.top; r < rect.bottom; r++)
          for (let c = rect.left; c <= rect.right; c++) {
            out.push({ sheet, r, c, edge: "EdgeBottom" });
            out.push({ sheet, r: r + 1, c, edge: "EdgeTop" });
          }
      } else if (this.edge === "EdgeTop" || this.edge === "EdgeBottom") {
        const r = this.edge === "EdgeTop" ? rect.top : rect.bottom;
        for (let c = rect.left; c <= rect.right; c++) out.push({ sheet, r, c, edge: this.edge });
      } else {
        const c = this.edge === "EdgeLeft" ? rect.left : rect.right;
        for (let r = rect.top; r <= rect.bottom; r++) out.push({ sheet, r, c, edge: this.edge });
      }
    }
    return out;
  }
  private readEdge(p: keyof BorderEdge): unknown {
    const vals = this.edgeCells().map(({ sheet, r, c, edge }) => (sheet.get(r, c)?.borders?.[edge] ?? NO_BORDER)[p]);
    return vals.every((v) => v === vals[0]) ? vals[0] : null;
  }
  protected override readers(): Record<string, () => unknown> {
    return {
      style: () => this.readEdge("style"),
      color: () => this.readEdge("color"),
      weight: () => this.readEdge("weight"),
    };
  }
  private setEdge(p: keyof BorderEdge, v: string): void {
    this.ctx.enqueue(v.length, () => {
      for (const { sheet, r, c, edge } of this.edgeCells()) {
        this.ctx.checkWritable(sheet);
        const cell = sheet.ensure(r, c);
        const cur = { ...(cell.borders?.[edge] ?? NO_BORDER) };
        if (p === "style" && v === "None") {
          // Removing a border resets it whole, as Excel does.
          const rest = { ...(cell.borders ?? {}) };
          delete rest[edge];
          cell.borders = Object.keys(rest).length ? rest : undefined;
          if (!cell.borders) delete cell.borders;
          continue;
        }
        cur[p] = p === "color" ? v.toUpperCase() : v;
        cell.borders = { ...(cell.borders ?? {}), [edge]: cur };
      }
      return 0;
    });
  }
  get style(): string {
    return this.readProp("style");
  }
  set style(v: string) {
    this.setEdge("style", v);
  }
  get color(): string {
    return this.readProp("color");
  }
  set color(v: string) {
    this.setEdge("color", v);
  }
  get weight(): string {
    return this.readProp("weight");
  }
  set weight(v: string) {
    this.setEdge("weight", v);
  }
}

/* ------------------------------------------------------------------ loading fixtures */

/**
 * Puts sheet snapshots (read from an .xlsx by the file host) into a fake workbook: values, the
 * displayed text, number formats, fonts and merges. A few cells get fills and borders so that
 * restoring them can be checked.
 */
export function fakeWorkbookFromSnapshots(snapshots: SheetSnapshot[]): FakeWorkbook {
  const wb = new FakeWorkbook();
  for (const snap of snapshots) {
    const sheet = wb.addSheet(snap.name);
    snap.values.forEach((row, r) =>
      row.forEach((v, c) => {
        const nf = snap.numberFormats?.[r]?.[c] ?? "General";
        const font = snap.fonts?.[r]?.[c] ?? null;
        if (v === null && nf === "General" && font === null) return;
        const cell = sheet.ensure(snap.origin.row + r, snap.origin.col + c);
        if (v !== null && typeof v === "object") cell.err = v.error;
        else cell.v = v;
        cell.nf = nf;
        cell.fontName = font;
        const t = snap.text[r]?.[c];
        if (t !== undefined && v !== null) cell.text = t;
      }),
    );
    sheet.merges = snap.merges.map((m) => ({ ...m }));
    if (snap.protected) sheet.protected = true;
  }
  wb.activeSheet = snapshots[0]?.name ?? "";
  return wb;
}

/** A deep copy of every cell of every sheet (for before/after comparisons). */
export function cellsOf(wb: FakeWorkbook): Record<string, Record<string, FakeCell>> {
  const out: Record<string, Record<string, FakeCell>> = {};
  for (const s of wb.sheets) {
    const cells: Record<string, FakeCell> = {};
    for (const [k, cell] of s.cells)
      cells[`${colToLetters(k % 20000)}${Math.floor(k / 20000)}`] = JSON.parse(JSON.stringify(cell));
    out[s.name] = cells;
  }
  return out;
}
