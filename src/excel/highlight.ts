import {
  combineStates,
  HIGHLIGHT_STYLES,
  legacyBackupToState,
  parseHighlightState,
  serializeHighlightState,
  type HighlightPlan,
  type HighlightState,
  type SheetState,
} from "../core/highlight";
import type { HostMessage } from "../host";
import { utf8Length } from "./bytes";
import { DEFAULT_BUDGET, requestBytes, runSteps, type Step } from "./batch";
import { queueReadOnlyCheck, queueStructureCheck, type ExcelCapabilities } from "./capabilities";
import { ExcelHostError } from "./errors";
import { blocksFor, expand, originalsFor, type Drawing, type Originals } from "./highlight-originals";
import { color, fitsOneBatch, notCovered, planReads, readOriginals } from "./highlight-read";
import { queueDraw, queueRestore } from "./highlight-write";
import { rectAddress, type Rect } from "../core";
import { checkLock } from "./lock";
import { loadStore, queueLegacyBackupClear, queueStoreWrite, type StoreContents } from "./store";

/**
 * Draws a highlight plan (core/highlight) on the sheets, remembering what it overwrote, and
 * removes it again restoring exactly what was there. Three jobs, three modules:
 *   highlight-read.ts       plans and runs the reads of what will be overwritten;
 *   highlight-originals.ts  builds the originals (pure): what was read, except where the previous
 *                           run drew (its saved originals win: the sheet shows our marks there);
 *   highlight-write.ts      queues the writes: restore the previous run, then draw.
 * Every batch stays under the payload budget by real request size (batch.ts).
 *
 * Draw:
 *   1. load the saved state (hidden sheet), each sheet's name, id and protection, read-only (1.8);
 *   2. read fills and borders of the cells to be drawn on that the previous run does not account
 *      for (none on a re-run of the same plan): getCellProperties per band of blocks (1.9), else
 *      range-wide and refined where the cells differ; as many syncs as the budget needs;
 *   3. write the new state FIRST, then restore what the previous run drew on these sheets (from
 *      the saved state, not from the sheet: re-running never piles up), then draw, in batches
 *      under the budget, the state first, so nothing is left unrecorded.
 * A protected sheet or a read-only workbook stops before anything is written.
 *
 * What is touched: the fill of marked rows (over the table's columns) and the borders of invalid
 * cells; nothing else (values and number formats are never written; a font colour only when a
 * stored state recorded one to put back).
 * The state is core/highlight/state.ts's, in the marker sheet's column H, shared with the .xlsx
 * writer: what either host drew, the other removes. An older .xlsx writer's backup (columns C:F)
 * is merged in (its originals win) and cleared once the new state is written.
 * "No fill" is read as pattern "None" (1.9); without 1.9 the range-wide colour "#FFFFFF" is read
 * as no fill (a white fill then comes back as no fill: same look, gridlines visible).
 */

export interface HighlightRunOptions {
  caps: ExcelCapabilities;
  /** Response bytes aimed for per sync (default 4,000,000). */
  payloadBudget?: number;
  /** True when the workbook is open read-only (Office.context.document.mode). */
  isReadOnly?: () => boolean;
  /** The operation lock held (lock.ts): stops here, before any write, if another operation holds it. */
  lockOwner?: string;
  /** Time (ms since epoch) after which nothing is written any more (ribbon commands are stopped at 5 minutes). */
  deadline?: number;
}

export interface HighlightResult {
  syncs: number;
  /** Rows that got a status fill. */
  highlightedRows: number;
  /** Cells whose previous formats were saved. */
  savedCells: number;
  /** What the user should know: a stored state that could not be read (it was replaced), conditional formats. */
  warnings: HostMessage[];
}

export interface ClearResult {
  syncs: number;
  /** Names of the sheets restored. */
  sheets: string[];
  /** Sheets highlighted earlier that are no longer there by that name (renamed or deleted): left as they are. */
  missing: string[];
  warning: string | null;
}

/** The stored state: column H, with a legacy C:F backup merged in (its originals win). */
function storedState(contents: StoreContents): { state: HighlightState; error: string | null } {
  const parsed = parseHighlightState(contents.highlight);
  if (contents.legacyBackup.length === 0) return parsed;
  return { ...parsed, state: combineStates(parsed.state, legacyBackupToState(contents.legacyBackup)) };
}

function drawingsOf(plan: HighlightPlan): Map<string, Drawing> {
  const out = new Map<string, Drawing>();
  for (const s of plan.sheets) {
    out.set(s.sheet, {
      fills: s.rows.map((r) => ({
        rect: { top: r.firstRow, bottom: r.lastRow, left: r.firstCol, right: r.lastCol },
        color: color(HIGHLIGHT_STYLES[r.mark].fill ?? "FFFFFF"),
      })),
      invalid: s.invalid.map((r) => ({ top: r.firstRow, bottom: r.lastRow, left: r.firstCol, right: r.lastCol })),
    });
  }
  return out;
}

/** Throws time_limit when the deadline has passed (before the first write: nothing half-done). */
export function checkDeadline(deadline: number | undefined, now: number = Date.now()): void {
  if (deadline !== undefined && now > deadline) throw new ExcelHostError("time_limit", { minutes: "4" });
}

/** The smallest rectangle holding all of them, or null. */
function boundsOf(rects: readonly Rect[]): Rect | null {
  if (rects.length === 0) return null;
  return rects.reduce((b, r) => ({
    top: Math.min(b.top, r.top),
    left: Math.min(b.left, r.left),
    bottom: Math.max(b.bottom, r.bottom),
    right: Math.max(b.right, r.right),
  }));
}

/**
 * A sheet's saved state, by NAME: Excel does not keep Worksheet.id across sessions (office-js#1390,
 * #552: after a reopen an old id may name another sheet), so an id alone is never trusted. A
 * renamed sheet is not found: its record is kept (renaming it back lets it be cleared).
 */
function findSheetState(state: HighlightState, name: string): SheetState | undefined {
  return state.sheets.find((s) => sameSheet(s.sheet, name));
}

function sameSheet(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Draws `plan` on the named sheets (the sheets just checked: what an earlier run drew on them
 * is removed even where the new plan draws nothing). Other sheets' highlighting is left as is.
 */
export async function applyHighlights(
  context: Excel.RequestContext,
  plan: HighlightPlan,
  sheetNames: readonly string[],
  options: HighlightRunOptions,
): Promise<HighlightResult> {
  const { caps } = options;
  if (options.isReadOnly?.()) throw new ExcelHostError("read_only");
  const budget = options.payloadBudget ?? DEFAULT_BUDGET;
  const drawings = drawingsOf(plan);
  const names = [...new Set([...sheetNames, ...drawings.keys()])];

  // ---- 1: state, protection, read-only (1.8); with it, when they fit in the same batch, the
  // reads of every cell to be drawn on (saves a round trip; the previous run's originals win anyway).
  const store = loadStore(context);
  const checkReadOnly = queueReadOnlyCheck(context, caps);
  const checkStructure = queueStructureCheck(context);
  const sheets = names.map((name) => {
    const ws = context.workbook.worksheets.getItem(name);
    ws.load("name,id");
    ws.protection.load("protected");
    const drawing = drawings.get(name) ?? { fills: [], invalid: [] };
    // Conditional formats over what is drawn (ExcelApi 1.6): where their rules colour a cell,
    // they show over our fill, so the user is told.
    const bounds = boundsOf([...drawing.fills.map((f) => f.rect), ...drawing.invalid]);
    const conditional = bounds ? ws.getRange(rectAddress(bounds)).conditionalFormats.getCount() : null;
    return { ws, drawing, conditional };
  });
  const early = planReads(
    sheets.map((s) => ({ ws: s.ws, fills: s.drawing.fills.map((f) => f.rect), borders: s.drawing.invalid })),
    caps,
    budget,
  );
  const readEarly = fitsOneBatch(early.steps, budget * 0.9);
  const handlers = readEarly ? early.steps.map((step) => step.run()) : [];
  await context.sync();
  let syncs = 1;
  checkReadOnly();
  for (const s of sheets)
    if (s.ws.protection.protected) throw new ExcelHostError("protected_sheet", { sheet: s.ws.name });
  const contents = store.read();
  checkLock(contents, options.lockOwner);
  checkStructure(!contents.exists); // the hidden sheet would be added
  const parsed = storedState(contents);
  const state = parsed.state;
  const prevs = sheets.map((s) => findSheetState(state, s.ws.name));
  const prevOrigs: Originals[] = prevs.map((p) => expand(p?.blocks ?? []));

  // ---- 2: what will be overwritten, where the previous run does not say (none on a re-run)
  let read: Originals[];
  if (readEarly) {
    for (const h of handlers) if (h) h();
    syncs += await early.finish(context, budget);
    read = early.read;
  } else {
    const reads = await readOriginals(
      context,
      sheets.map((s, i) => ({
        ws: s.ws,
        fills: notCovered(
          s.drawing.fills.map((f) => f.rect),
          prevOrigs[i].fill,
        ),
        borders: notCovered(s.drawing.invalid, prevOrigs[i].borders),
      })),
      caps,
      budget,
    );
    syncs += reads.syncs;
    read = reads.read;
  }

  // ---- 3: state first, then restore the previous run, then draw
  const work = sheets.map((s, i) => ({
    ...s,
    prev: prevs[i],
    orig: originalsFor(s.drawing, read[i], prevOrigs[i]),
  }));
  const newSheets: SheetState[] = state.sheets.filter((st) => !work.some((w) => w.prev === st));
  let savedCells = 0;
  for (const w of work) {
    const blocks = blocksFor(w.drawing, w.orig);
    savedCells += w.orig.fill.size + w.orig.borders.size;
    if (blocks.length > 0) newSheets.push({ sheet: w.ws.name, id: w.ws.id ?? null, blocks });
  }
  const next: HighlightState = { version: 1, sheets: newSheets };
  const json = serializeHighlightState(next);
  const steps: Step[] = [
    {
      request: requestBytes(6, 6) + (json ? utf8Length(json) : 0) * 1.2,
      run: () => {
        queueStoreWrite(context, contents, "H", json);
        queueLegacyBackupClear(context, contents);
      },
    },
  ];
  for (const w of work) {
    if (w.prev) queueRestore(steps, w.ws, caps, w.prev.blocks);
    queueDraw(steps, w.ws, caps, w.drawing);
  }
  checkDeadline(options.deadline);
  syncs += (await runSteps(context, steps, budget)).syncs;

  let highlightedRows = 0;
  for (const d of drawings.values()) for (const f of d.fills) highlightedRows += f.rect.bottom - f.rect.top + 1;
  return {
    syncs,
    highlightedRows,
    savedCells,
    warnings: [
      ...(parsed.error ? [{ code: "state_unreadable", params: { detail: parsed.error } } as HostMessage] : []),
      ...sheets
        .filter((s) => (s.conditional?.value ?? 0) > 0)
        .map((s): HostMessage => ({ code: "conditional_formats", params: { sheet: s.ws.name } })),
    ],
  };
}

/* ------------------------------------------------------------------ clear */

/**
 * Removes every highlight the add-in drew (all sheets), restoring what was there, and drops the
 * saved state. 2 syncs: the state with every sheet's name, id and protection; then the restore.
 */
export async function clearHighlights(
  context: Excel.RequestContext,
  options: HighlightRunOptions,
): Promise<ClearResult> {
  if (options.isReadOnly?.()) throw new ExcelHostError("read_only");
  const store = loadStore(context);
  const checkReadOnly = queueReadOnlyCheck(context, options.caps);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name,items/id,items/protection/protected");
  await context.sync();
  let syncs = 1;
  checkReadOnly();
  const contents: StoreContents = store.read();
  checkLock(contents, options.lockOwner);
  const parsed = storedState(contents);
  if (parsed.state.sheets.length === 0) {
    if (parsed.error) {
      // Unreadable state: drop it so it cannot be half-applied later.
      queueStoreWrite(context, contents, "H", null);
      await context.sync();
      syncs++;
    }
    return { syncs, sheets: [], missing: [], warning: parsed.error };
  }
  const targets: { ws: Excel.Worksheet; st: SheetState }[] = [];
  const missing: SheetState[] = [];
  for (const st of parsed.state.sheets) {
    // By name only (ids are not stable across sessions); a sheet not found keeps its record.
    const ws = sheets.items.find((w) => sameSheet(w.name, st.sheet));
    if (!ws) {
      missing.push(st);
      continue;
    }
    if (ws.protection.protected) throw new ExcelHostError("protected_sheet", { sheet: ws.name });
    targets.push({ ws, st });
  }
  const rest = missing.length > 0 ? serializeHighlightState({ version: 1, sheets: missing }) : null;
  const steps: Step[] = [
    {
      request: requestBytes(6, 6) + (rest ? utf8Length(rest) * 1.2 : 0),
      run: () => {
        queueStoreWrite(context, contents, "H", rest);
        queueLegacyBackupClear(context, contents);
      },
    },
  ];
  for (const t of targets) queueRestore(steps, t.ws, options.caps, t.st.blocks);
  syncs += (await runSteps(context, steps, options.payloadBudget ?? DEFAULT_BUDGET)).syncs;
  return {
    syncs,
    sheets: targets.map((t) => t.ws.name),
    missing: missing.map((m) => m.sheet),
    warning: parsed.error,
  };
}
