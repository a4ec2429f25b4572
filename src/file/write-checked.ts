import { columnIndex, parseRect, type CellValue, type SheetSnapshot } from "../core";
import {
  bordersFromXlsx,
  compactGrid,
  fillFromXlsx,
  fontColorFromXlsx,
  HIGHLIGHT_STYLES,
  legacyBackupToState,
  planHighlights,
  readHighlightStateCells,
  combineStates,
  themePaletteFromXml,
  valueAt,
  xlsxBorders,
  xlsxFill,
  type BlockState,
  type CellBorders,
  type FillState,
  type HighlightState,
  type HighlightRange,
  type SheetState,
  type ThemePalette,
} from "../core/highlight";
import { parseHistory, recordCheck, serializeHistory } from "../core/history";
import {
  HISTORY_HEADER,
  isMarkerHeader,
  isMarkerSheet,
  joinChunks,
  MARKER_COLUMNS,
  MARKER_SHEET,
  parseGeneratedMarker,
  parseLegacyBackup,
} from "../core/marker";
import type { PlanReport } from "../core/report";
import { buildSummary, LABELS, MULTI_LABELS } from "../core/summary";
import { escapeXml } from "../core/text";
import { WorkbookReadError } from "./errors";
import type { Package } from "./package/package";
import { relsPartName } from "./package/opc";
import { writeZip, type ZipItem } from "./package/zip-write";
import type { Book, BookSheet } from "./read-book";
import { readSheetCells, type SheetCells } from "./read-sheet-cells";
import { columnValues, guarded, openWorkbookPackage, readWorkbook, worksheetsOf } from "./read-workbook";
import { graftSheets, type GraftedSheet } from "./write/graft";
import { patchSheetStyles, scanSheetStyles } from "./write/sheet-patch";
import { borderJson, borderXml, fillJson, fillXml, fontJson, fontWithColor } from "./write/style-xml";
import { setAttr, StylesPatch } from "./write/styles-patch";
import type { Lang } from "../core";

export interface WriteCheckedOptions {
  /** The organisation's unit list (settings): canonical unit spellings. */
  units?: string[];
  /** Adds one summary sheet per lead unit. */
  perUnitSheets?: boolean;
  lang?: Lang;
  /** Records this check in the workbook's history (default true), for "Thay đổi" next time. */
  recordHistory?: boolean;
  /** The snapshots the report was made from (read again when absent). */
  snapshots?: SheetSnapshot[];
}

/** Why a checked copy could not be written; `message` is Vietnamese and says what to do. */
export class WorkbookWriteError extends Error {
  override readonly name = "WorkbookWriteError";
  constructor(
    readonly code: "marker_sheet_taken",
    readonly messageEn: string,
    message: string,
  ) {
    super(message);
    Object.setPrototypeOf(this, WorkbookWriteError.prototype);
  }
}

/** Most cells the marker's recorded rectangles may cover (a hand-edited A1:XFD1048576 is refused). */
export const MAX_MARKER_CELLS = 2_000_000;

/** The first lines we write on our sheets, in every language. */
const OUR_TITLES = new Set([
  ...Object.values(LABELS).flatMap((L) => [
    L.titleByUnit,
    L.titleOverdue,
    L.titleByPeriod,
    L.titleBySection,
    L.titleIssues,
  ]),
  ...Object.values(MULTI_LABELS).flatMap((M) => [M.titleChanges, M.titleTrend]),
]);
const OUR_TITLE_PREFIXES = Object.values(LABELS).map((L) => L.titleUnit(""));

function isOurTitle(a1: CellValue | undefined): boolean {
  if (typeof a1 !== "string") return false;
  return OUR_TITLES.has(a1) || OUR_TITLE_PREFIXES.some((p) => a1.startsWith(p));
}

const dec = new TextDecoder();
const enc = new TextEncoder();

interface MarkerRead {
  sheet: BookSheet | null;
  generated: Set<string>;
  state: HighlightState;
  history: string | null;
  others: { row: number; col: number; value: CellValue }[];
}

function cellAt(cells: SheetCells, row: number, col: number): CellValue | undefined {
  for (let i = 0; i < cells.rows.length; i++)
    if (cells.rows[i] === row && cells.cols[i] === col) return cells.values[i];
  return undefined;
}

const OWN_COLUMNS = new Set([
  MARKER_COLUMNS.generated.index,
  MARKER_COLUMNS.highlight.index,
  MARKER_COLUMNS.history.index,
  3,
  4,
  5,
  6,
]);

function readMarkerSheet(book: Book, palette: ThemePalette, fileName: string): MarkerRead {
  const none: MarkerRead = {
    sheet: null,
    generated: new Set(),
    state: { version: 1, sheets: [] },
    history: null,
    others: [],
  };
  const sheet = worksheetsOf(book).find((s) => isMarkerSheet(s.name));
  if (!sheet) return none;
  const cells = readSheetCells(book, sheet.part!, {
    maxValueCells: 1_000_000,
    maxStoredCells: 3_000_000,
    maxRow: 1_048_576,
  });
  if (!isMarkerHeader(cellAt(cells, 1, 1))) {
    throw new WorkbookWriteError(
      "marker_sheet_taken",
      `The workbook has its own sheet named "${MARKER_SHEET}", which the checker needs for its bookkeeping. Rename that sheet and try again.`,
      `Sổ tính có trang tính tên "${MARKER_SHEET}" do người dùng tạo, trùng với tên chương trình dùng để ghi dấu. Đổi tên trang tính đó rồi chạy lại.`,
    );
  }
  const column = (c: number) => columnValues(cells, c).map((v) => (typeof v === "object" && v !== null ? v.error : v));
  const legacyRows: unknown[][] = [];
  const legacyCol = columnValues(cells, 3);
  for (let r = 1; r <= legacyCol.length; r++) legacyRows.push([3, 4, 5, 6].map((c) => cellAt(cells, r, c) ?? null));
  const legacy = legacyBackupToState(parseLegacyBackup(legacyRows), palette);
  const parsed = readHighlightStateCells(column(MARKER_COLUMNS.highlight.index));
  const others: MarkerRead["others"] = [];
  for (let i = 0; i < cells.rows.length; i++) {
    const v = cells.values[i];
    if (v !== null && !OWN_COLUMNS.has(cells.cols[i]))
      others.push({ row: cells.rows[i], col: cells.cols[i], value: v });
  }
  void fileName;
  return {
    sheet,
    generated: parseGeneratedMarker(column(MARKER_COLUMNS.generated.index)),
    state: combineStates(parsed.state, legacy),
    history: joinChunks(column(MARKER_COLUMNS.history.index), HISTORY_HEADER),
    others,
  };
}

function palette(book: Book): ThemePalette {
  const theme = book.pkg.rels(book.workbookPart).find((r) => !r.external && r.type === "theme");
  const bytes = theme ? book.pkg.read(theme.target) : null;
  return themePaletteFromXml(bytes ? dec.decode(bytes) : null);
}

/** Table columns of each plan sheet: role columns and the header rows' filled cells. */
function tableSpans(
  report: PlanReport,
  snapshots: SheetSnapshot[],
): Record<string, { firstCol: number; lastCol: number }> {
  const spans: Record<string, { firstCol: number; lastCol: number }> = {};
  for (const s of report.sheets) {
    if (!s.recognized || !s.table) continue;
    const snap = snapshots.find((x) => x.name === s.sheet);
    const cols = Object.values(s.table.columns)
      .filter((c): c is string => c !== null)
      .map(columnIndex);
    if (snap) {
      for (const r of s.table.headerRows) {
        const row = snap.values[r - snap.origin.row];
        row?.forEach((v, i) => {
          if (v !== null && v !== "") cols.push(snap.origin.col + i);
        });
      }
    }
    if (cols.length > 0) spans[s.sheet] = { firstCol: Math.min(...cols), lastCol: Math.max(...cols) };
  }
  return spans;
}

function snapshotText(snapshots: SheetSnapshot[]) {
  return (sheet: string, address: string): string | null => {
    const s = snapshots.find((x) => x.name === sheet);
    const rect = parseRect(address);
    if (!s || !rect) return null;
    const t = s.text[rect.top - s.origin.row]?.[rect.left - s.origin.col];
    return t === undefined ? "" : t;
  };
}

type Aspects = { s?: number; fill?: unknown; border?: unknown; font?: unknown };

/** The styles of one sheet being changed: reads what a cell has, sets what it gets. */
class SheetStyles {
  readonly changes = new Map<number, Map<number, number>>();
  constructor(private readonly scan: { styleAt(r: number, c: number): number }) {}
  get(r: number, c: number): number {
    return this.changes.get(r)?.get(c) ?? this.scan.styleAt(r, c);
  }
  set(r: number, c: number, s: number): void {
    let row = this.changes.get(r);
    if (!row) this.changes.set(r, (row = new Map()));
    row.set(c, s);
  }
}

const attrNum = (xml: string, name: string): number => Number(new RegExp(`\\s${name}="(\\d+)"`).exec(xml)?.[1] ?? 0);

/** A cell format like `s` with some aspects replaced (appended to the styles; existing ones untouched). */
function derive(styles: StylesPatch, s: number, a: Aspects): number {
  let xf = styles.xf(s);
  const p = styles.prefix;
  if ("fill" in a) xf = setAttr(setAttr(xf, "fillId", String(styles.addFill(fillXml(p, a.fill)))), "applyFill", "1");
  if ("border" in a)
    xf = setAttr(setAttr(xf, "borderId", String(styles.addBorder(borderXml(p, a.border)))), "applyBorder", "1");
  if ("font" in a) {
    const font = styles.font(attrNum(xf, "fontId")) ?? `<${p}font/>`;
    const color = (a.font as { color?: object } | undefined)?.color;
    xf = setAttr(
      setAttr(xf, "fontId", String(styles.addFont(fontWithColor(p, font, color as never)))),
      "applyFont",
      "1",
    );
  }
  return styles.addXf(xf);
}

function json(v: unknown): string {
  return v === undefined || v === null ? "" : JSON.stringify(v);
}

function exactOrPortable<T>(
  exact: string | null | undefined,
  portable: T | undefined,
  toJson: (v: T) => unknown,
): { v: unknown } | null {
  if (typeof exact === "string") {
    try {
      return { v: exact === "" ? undefined : JSON.parse(exact) };
    } catch {
      // the portable value below
    }
  }
  return portable === undefined ? null : { v: toJson(portable) };
}

/** Puts back what the sheet's blocks recorded (later blocks win), on `st`. */
function restoreSheet(sh: SheetState, st: SheetStyles, styles: StylesPatch, fileName: string): void {
  const cells = new Map<string, Aspects>();
  let count = 0;
  for (const b of sh.blocks) {
    const rect = parseRect(b.a);
    if (!rect) continue;
    count += (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
    if (count > MAX_MARKER_CELLS)
      throw new WorkbookReadError("too_large", fileName, `marker rectangle ${b.a}`, {
        kind: "marker_cells",
        limit: MAX_MARKER_CELLS,
      });
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const dr = r - rect.top;
        const dc = c - rect.left;
        const key = `${r}:${c}`;
        let e = cells.get(key) ?? {};
        const s = valueAt(b.xlsx?.s, dr, dc);
        if (typeof s === "number" && s < styles.originalXfCount) e = { s };
        else {
          const fill = exactOrPortable<FillState>(valueAt(b.xlsx?.fill, dr, dc), valueAt(b.fill, dr, dc), xlsxFill);
          const border = exactOrPortable<CellBorders>(
            valueAt(b.xlsx?.border, dr, dc),
            valueAt(b.borders, dr, dc),
            xlsxBorders,
          );
          const font = exactOrPortable<string | null>(valueAt(b.xlsx?.font, dr, dc), valueAt(b.font, dr, dc), (v) =>
            v === null ? {} : { color: { argb: `FF${v.slice(1).toUpperCase()}` } },
          );
          if (fill) e.fill = fill.v;
          if (border) e.border = border.v;
          if (font) e.font = font.v;
        }
        cells.set(key, e);
      }
    }
  }
  for (const [key, e] of cells) {
    const [r, c] = key.split(":").map(Number);
    const base = e.s ?? st.get(r, c);
    const rest: Aspects = {};
    if ("fill" in e) rest.fill = e.fill;
    if ("border" in e) rest.border = e.border;
    if ("font" in e) rest.font = e.font;
    st.set(r, c, Object.keys(rest).length ? derive(styles, base, rest) : base);
  }
}

function markFill(mark: keyof typeof HIGHLIGHT_STYLES): unknown {
  return {
    type: "pattern",
    pattern: "solid",
    fgColor: { argb: `FF${HIGHLIGHT_STYLES[mark].fill}` },
    bgColor: { indexed: 64 },
  };
}
function markBorder(): unknown {
  const side = { style: "medium", color: { argb: `FF${HIGHLIGHT_STYLES.invalid.border}` } };
  return { top: side, left: side, bottom: side, right: side };
}

interface ZipPlan {
  removed: Set<string>;
  changed: Map<string, Uint8Array>;
  added: { part: string; data: Uint8Array }[];
}

function lower(s: string): string {
  return s.toLowerCase();
}

/**
 * A checked copy of a workbook, made by PATCHING its package (the input bytes are not modified):
 * - the plan sheets' highlighted cells get new style indices (appended cell formats with the mark's
 *   fill or border; no value, formula or other attribute changes);
 * - the summary sheets (see buildSummary) and the hidden marker sheet "_kehoach" (naming our sheets,
 *   keeping what the highlighting overwrote — exactly, as the original style index — in the format
 *   the Excel add-in shares) are new parts;
 * - styles.xml (appended formats only), the workbook part, its relationships and
 *   [Content_Types].xml change; every other part is copied byte for byte (the zip entry as it was).
 * Given a workbook this function (or the add-in) wrote before, it first puts back the original
 * formats, removes only the sheets the marker names (if still ours), then draws and writes again.
 *
 * Throws WorkbookReadError when the bytes are not a readable workbook (or a limit is passed), and
 * WorkbookWriteError when a user's own sheet is called "_kehoach".
 */
export async function writeCheckedWorkbook(
  input: ArrayBuffer | Uint8Array,
  report: PlanReport,
  options: WriteCheckedOptions = {},
): Promise<Uint8Array> {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const fileName = report.file;
  const book = openWorkbookPackage(bytes, fileName);
  const snapshots = options.snapshots ?? (await readWorkbook(bytes, fileName));
  const pkg = book.pkg;
  const pal = guarded(fileName, () => palette(book));
  const marker = (() => {
    try {
      return readMarkerSheet(book, pal, fileName);
    } catch (e) {
      if (e instanceof WorkbookWriteError) throw e;
      throw e instanceof WorkbookReadError
        ? e
        : guarded(fileName, () => {
            throw e;
          });
    }
  })();

  // Our sheets from an earlier run: removed when the marker names them and they still look ours.
  const removedSheets = book.sheets.filter((s) => {
    if (marker.sheet && s === marker.sheet) return true;
    if (!marker.generated.has(s.name) || s.kind !== "worksheet") return false;
    const snap = snapshots.find((x) => x.name === s.name);
    const a1 = snap && snap.origin.row === 1 && snap.origin.col === 1 ? snap.values[0]?.[0] : undefined;
    return isOurTitle(a1);
  });
  const keptSheets = book.sheets.filter((s) => !removedSheets.includes(s));

  // A package without a styles part gets one (the summary sheets need formats).
  const stylesXml = book.stylesPart ? guarded(fileName, () => dec.decode(pkg.read(book.stylesPart!)!)) : "";
  const styles = new StylesPatch(stylesXml);
  const canStyle = styles.usable();

  // Restore (every host's earlier drawing) and draw, sheet by sheet.
  const plan = planHighlights(report, { spans: tableSpans(report, snapshots) });
  const kept: SheetState[] = [];
  const drawn: SheetState[] = [];
  const sheetXml = new Map<string, string>();
  const byName = (name: string) => keptSheets.find((s) => s.kind === "worksheet" && lower(s.name) === lower(name));
  const stateFor = new Map<BookSheet, SheetState[]>();
  for (const sh of marker.state.sheets) {
    const s = byName(sh.sheet);
    if (!s || !canStyle) kept.push(sh);
    else stateFor.set(s, [...(stateFor.get(s) ?? []), sh]);
  }
  const planFor = new Map(plan.sheets.map((p) => [byName(p.sheet), p] as const));
  const touched = new Set<BookSheet>([...stateFor.keys(), ...[...planFor.keys()].filter((s): s is BookSheet => !!s)]);
  if (canStyle) {
    for (const sheet of touched) {
      const xml = guarded(fileName, () => dec.decode(pkg.read(sheet.part!)!));
      const rows = new Set<number>();
      let cellsInState = 0;
      for (const sh of stateFor.get(sheet) ?? [])
        for (const b of sh.blocks) {
          const r = parseRect(b.a);
          if (!r) continue;
          cellsInState += (r.bottom - r.top + 1) * (r.right - r.left + 1);
          if (cellsInState > MAX_MARKER_CELLS)
            throw new WorkbookReadError("too_large", fileName, `marker rectangle ${b.a}`, {
              kind: "marker_cells",
              limit: MAX_MARKER_CELLS,
            });
          for (let i = r.top; i <= r.bottom; i++) rows.add(i);
        }
      const p = planFor.get(sheet);
      for (const r of [...(p?.rows ?? []), ...(p?.invalid ?? [])])
        for (let i = r.firstRow; i <= r.lastRow; i++) rows.add(i);
      const st = new SheetStyles(scanSheetStyles(xml, rows));
      for (const sh of stateFor.get(sheet) ?? []) restoreSheet(sh, st, styles, fileName);
      if (p) {
        const blocks: BlockState[] = [];
        // Originals before this run's drawing: a cell under a row mark and a border keeps one original.
        const original = new Map<string, number>();
        const orig = (r: number, c: number) => {
          const k = `${r}:${c}`;
          let s = original.get(k);
          if (s === undefined) original.set(k, (s = st.get(r, c)));
          return s;
        };
        // What a cell format shows (portable and exact), once per format.
        const seenCache = new Map<string, { portable: FillState | CellBorders; exact: string }>();
        const looks = (aspect: "fill" | "border", s: number) => {
          const key = `${aspect}:${s}`;
          let hit = seenCache.get(key);
          if (!hit) {
            const xf = styles.xf(s);
            const v =
              aspect === "fill"
                ? fillJson(styles.fill(attrNum(xf, "fillId")))
                : borderJson(styles.border(attrNum(xf, "borderId")));
            hit = { portable: aspect === "fill" ? fillFromXlsx(v, pal) : bordersFromXlsx(v, pal), exact: json(v) };
            seenCache.set(key, hit);
          }
          return hit;
        };
        const record = (range: HighlightRange, aspect: "fill" | "border") => {
          const portable: (FillState | CellBorders)[][] = [];
          const exact: string[][] = [];
          const sIdx: number[][] = [];
          for (let r = range.firstRow; r <= range.lastRow; r++) {
            const pr: (FillState | CellBorders)[] = [];
            const xr: string[] = [];
            const sr: number[] = [];
            for (let c = range.firstCol; c <= range.lastCol; c++) {
              const seen = looks(aspect, st.get(r, c));
              pr.push(seen.portable);
              xr.push(seen.exact);
              sr.push(orig(r, c));
            }
            portable.push(pr);
            exact.push(xr);
            sIdx.push(sr);
          }
          const s = compactGrid(sIdx);
          return aspect === "fill"
            ? { a: range.address, fill: compactGrid(portable as FillState[][]), xlsx: { fill: compactGrid(exact), s } }
            : {
                a: range.address,
                borders: compactGrid(portable as CellBorders[][]),
                xlsx: { border: compactGrid(exact), s },
              };
        };
        const cache = new Map<string, number>();
        const paint = (range: HighlightRange, key: string, a: Aspects) => {
          for (let r = range.firstRow; r <= range.lastRow; r++)
            for (let c = range.firstCol; c <= range.lastCol; c++) {
              const cur = st.get(r, c);
              const k = `${cur}|${key}`;
              let s = cache.get(k);
              if (s === undefined) cache.set(k, (s = derive(styles, cur, a)));
              st.set(r, c, s);
            }
        };
        for (const r of p.rows) {
          blocks.push(record(r, "fill"));
          paint(r, `fill:${r.mark}`, { fill: markFill(r.mark) });
        }
        for (const r of p.invalid) {
          blocks.push(record(r, "border"));
          paint(r, "border", { border: markBorder() });
        }
        if (blocks.length > 0) drawn.push({ sheet: sheet.name, id: null, blocks });
      }
      sheetXml.set(sheet.part!, patchSheetStyles(xml, st.changes));
    }
  }
  void fontJson;
  void fontColorFromXlsx;

  // The summary model, rendered (with the marker sheet) in a workbook of its own, then grafted.
  const history = options.recordHistory === false ? null : recordCheck(parseHistory(marker.history), report);
  const model = buildSummary(report, {
    history: history ?? undefined,
    units: options.units,
    perUnitSheets: options.perUnitSheets,
    lang: options.lang,
    cellText: snapshotText(snapshots),
  });
  const { default: ExcelJS } = await import("exceljs");
  const { writeSummarySheets } = await import("./write-summary");
  const { writeMarker } = await import("./write-marker");
  const tmp = new ExcelJS.Workbook();
  const names = writeSummarySheets(tmp, model, [MARKER_SHEET, ...keptSheets.map((s) => s.name)]);
  writeMarker(
    tmp,
    names,
    { version: 1, sheets: [...kept, ...drawn] },
    marker.others.map((o) => ({
      ...o,
      value: o.value as never,
      style: typeof o.value === "string" ? { numFmt: "@" } : {},
    })),
    history ? serializeHistory(history) : marker.history,
  );
  // Stored, not deflated: the grafted parts are deflated once, into the copy.
  const rendered = new Uint8Array(await tmp.xlsx.writeBuffer({ zip: { compression: "STORE" } } as never));

  const zipPlan: ZipPlan = { removed: new Set(), changed: new Map(), added: [] };
  for (const [part, xml] of sheetXml) zipPlan.changed.set(lower(part), enc.encode(xml));
  // Parts of the removed sheets (their own notes, drawings of notes, tables, printer settings).
  for (const s of removedSheets) {
    if (!s.part) continue;
    zipPlan.removed.add(lower(s.part));
    zipPlan.removed.add(lower(relsPartName(s.part)));
    for (const r of pkg.rels(s.part))
      if (!r.external && ["comments", "vmlDrawing", "table", "printerSettings"].includes(r.type))
        zipPlan.removed.add(lower(r.target));
  }
  const taken = new Set(pkg.entries.map((e) => lower(e.name)).filter((n) => !zipPlan.removed.has(n)));
  const fresh = (kind: string, ext: string) => {
    for (let n = 1; ; n++) {
      // The names Excel itself gives (some readers find parts only under these).
      const name =
        kind === "styles"
          ? `xl/styles${n === 1 ? "" : n}.${ext}`
          : kind === "sheet"
            ? `xl/worksheets/sheet${n}.${ext}`
            : kind === "comments"
              ? `xl/comments${n}.${ext}`
              : `xl/drawings/vmlDrawing${n}.${ext}`;
      if (!taken.has(lower(name))) {
        taken.add(lower(name));
        return name;
      }
    }
  };
  const grafted = graftSheets(rendered, styles, fresh);
  // After the graft: its formats are appended to the styles too.
  let newStylesPart: string | null = null;
  if (book.stylesPart && styles.changed()) zipPlan.changed.set(lower(book.stylesPart), enc.encode(styles.toString()));
  else if (!book.stylesPart) {
    newStylesPart = fresh("styles", "xml");
    zipPlan.added.push({ part: newStylesPart, data: enc.encode(styles.toString()) });
  }
  patchWorkbookParts(book, removedSheets, grafted, zipPlan, newStylesPart);

  const items: ZipItem[] = [];
  for (const e of pkg.entries) {
    const key = lower(e.name);
    if (zipPlan.removed.has(key)) continue;
    const data = zipPlan.changed.get(key);
    items.push(data ? { kind: "new", name: e.name, data } : { kind: "copy", entry: e, source: bytes });
  }
  for (const a of zipPlan.added) items.push({ kind: "new", name: a.part, data: a.data });
  return guarded(fileName, () => writeZip(items));
}

const REL_NS = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

function patchWorkbookParts(
  book: Book,
  removed: BookSheet[],
  grafted: GraftedSheet[],
  plan: ZipPlan,
  newStylesPart: string | null,
): void {
  const pkg: Package = book.pkg;
  let wb = dec.decode(pkg.read(book.workbookPart)!);
  const relsPart = relsPartName(book.workbookPart);
  let rels = dec.decode(
    pkg.read(relsPart) ??
      enc.encode(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
      ),
  );
  const strict = wb.includes("http://purl.oclc.org/ooxml/spreadsheetml/main");
  const relType = (t: string) =>
    strict
      ? `http://purl.oclc.org/ooxml/officeDocument/relationships/${t}`
      : `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;

  // Sheets: old positions -> new positions (for sheet-local names and the active tab).
  const oldOrder = book.sheets;
  const newIndex = new Map<number, number>();
  let k = 0;
  oldOrder.forEach((s, i) => {
    if (!removed.includes(s)) newIndex.set(i, k++);
  });
  const removedIds = new Set(removed.map((s) => s.relId));
  const sheetEl = /<(\w+:)?sheet\b[^>]*?\/>|<(\w+:)?sheet\b[^>]*?>[\s\S]*?<\/\2sheet>/g;
  wb = wb.replace(sheetEl, (el) => {
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(el)?.[1];
    return id && removedIds.has(id) ? "" : el;
  });
  for (const id of removedIds)
    rels = rels.replace(new RegExp(`<(?:\\w+:)?Relationship\\b[^>]*\\sId="${id}"[^>]*/>`), "");

  const prefix = /<(\w+:)?workbook\b/.exec(wb)?.[1] ?? "";
  const rPrefix = (() => {
    for (const ns of REL_NS) {
      const m = new RegExp(`xmlns:(\\w+)="${ns.replace(/[./]/g, "\\$&")}"`).exec(wb);
      if (m) return { p: m[1], decl: "" };
    }
    return { p: "r", decl: ` xmlns:r="${strict ? REL_NS[1] : REL_NS[0]}"` };
  })();
  let maxSheetId = 0;
  for (const m of wb.matchAll(/\ssheetId="(\d+)"/g)) maxSheetId = Math.max(maxSheetId, Number(m[1]));
  const relIds = new Set([...rels.matchAll(/\sId="([^"]*)"/g)].map((m) => m[1]));
  const freshRelId = () => {
    for (let n = 1; ; n++) if (!relIds.has(`rIdKh${n}`)) return (relIds.add(`rIdKh${n}`), `rIdKh${n}`);
  };
  let sheetsXml = "";
  let relsXml = "";
  const firstNew = k;
  const overrides: string[] = [];
  const defaults = new Map<string, string>();
  grafted.forEach((g) => {
    const id = freshRelId();
    const state = g.state && g.state !== "visible" ? ` state="${escapeXml(g.state)}"` : "";
    sheetsXml += `<${prefix}sheet name="${escapeXml(g.name)}" sheetId="${++maxSheetId}"${state} ${rPrefix.p}:id="${id}"${rPrefix.decl}/>`;
    relsXml += `<Relationship Id="${id}" Type="${relType("worksheet")}" Target="/${g.part}"/>`;
    plan.added.push({ part: g.part, data: enc.encode(g.xml) });
    overrides.push(`<Override PartName="/${g.part}" ContentType="${g.contentType}"/>`);
    if (g.rels) plan.added.push({ part: g.rels.part, data: enc.encode(g.rels.xml) });
    for (const x of g.extraParts) {
      plan.added.push({ part: x.part, data: x.data });
      if (x.contentType) overrides.push(`<Override PartName="/${x.part}" ContentType="${x.contentType}"/>`);
      else if (x.extension === "vml") defaults.set("vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
    }
  });
  if (newStylesPart) {
    relsXml += `<Relationship Id="${freshRelId()}" Type="${relType("styles")}" Target="/${newStylesPart}"/>`;
    overrides.push(
      `<Override PartName="/${newStylesPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>`,
    );
  }
  const sheetsClose = new RegExp(`</${prefix}sheets>`);
  wb = wb.replace(sheetsClose, `${sheetsXml}</${prefix}sheets>`);

  // Defined names: local ones follow their sheet; names of removed sheets go; the new sheets' come.
  const removedIdx = new Set(oldOrder.map((s, i) => (removed.includes(s) ? i : -1)).filter((i) => i >= 0));
  wb = wb.replace(
    /<((?:\w+:)?definedName)\b([^>]*)>([\s\S]*?)<\/\1>/g,
    (el, tag: string, attrs: string, text: string) => {
      const m = /localSheetId="(\d+)"/.exec(attrs);
      if (!m) return el;
      const i = Number(m[1]);
      if (removedIdx.has(i)) return "";
      const n = newIndex.get(i);
      return n === undefined
        ? el
        : `<${tag}${attrs.replace(/localSheetId="\d+"/, `localSheetId="${n}"`)}>${text}</${tag}>`;
    },
  );
  const newNames = grafted
    .flatMap((g, i) =>
      g.definedNames.map(
        (d) => `<${prefix}definedName${d.attrs} localSheetId="${firstNew + i}">${d.text}</${prefix}definedName>`,
      ),
    )
    .join("");
  if (newNames) {
    if (new RegExp(`</${prefix}definedNames>`).test(wb))
      wb = wb.replace(new RegExp(`</${prefix}definedNames>`), `${newNames}</${prefix}definedNames>`);
    else if (new RegExp(`<${prefix}definedNames\\s*/>`).test(wb))
      wb = wb.replace(
        new RegExp(`<${prefix}definedNames\\s*/>`),
        `<${prefix}definedNames>${newNames}</${prefix}definedNames>`,
      );
    else
      wb = wb
        .replace(sheetsClose, (m) => m)
        .replace(new RegExp(`(</${prefix}sheets>)`), `$1<${prefix}definedNames>${newNames}</${prefix}definedNames>`);
  }
  // The active and first visible tabs keep pointing at the same (or a kept) sheet.
  const total = k + grafted.length;
  wb = wb.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (_m, name: string, v: string) => {
    const i = Number(v);
    let n = newIndex.get(i);
    if (n === undefined) n = 0;
    return ` ${name}="${Math.min(n, Math.max(0, total - 1))}"`;
  });
  plan.changed.set(lower(book.workbookPart), enc.encode(wb));

  rels = rels.replace(/<\/((?:\w+:)?Relationships)>\s*$/, `${relsXml}</$1>`);
  if (pkg.has(relsPart)) plan.changed.set(lower(relsPart), enc.encode(rels));
  else plan.added.push({ part: relsPart, data: enc.encode(rels) });

  let ct = dec.decode(pkg.read("[Content_Types].xml")!);
  for (const part of plan.removed) {
    ct = ct.replace(
      new RegExp(`<(?:\\w+:)?Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}"[^>]*/>`, "i"),
      "",
    );
  }
  let extra = overrides.join("");
  for (const [ext, type] of defaults)
    if (!new RegExp(`Extension="${ext}"`, "i").test(ct))
      extra = `<Default Extension="${ext}" ContentType="${type}"/>` + extra;
  ct = ct.replace(/<\/((?:\w+:)?Types)>\s*$/, `${extra}</$1>`);
  const ctEntry = pkg.entries.find((e) => e.name === "[Content_Types].xml");
  plan.changed.set(lower(ctEntry?.name ?? "[Content_Types].xml"), enc.encode(ct));
}
