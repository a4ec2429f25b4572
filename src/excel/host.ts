import { checkWorkbook, snapshotCellText } from "../core";
import { planHighlights } from "../core/highlight";
import type { PlanReport } from "../core/report";
import type { CheckOptionsInput } from "../core/settings";
import type { SheetSnapshot } from "../core/snapshot";
import { buildSummary } from "../core/summary";
import type { CheckOutcome, HostMessage, HostSettings, LoadedSettings, PlanHost } from "../host";
import { uiLanguage } from "../host/language";
import {
  detectCapabilities,
  excelRun,
  excelRunUndoGroup,
  undoGroupedRun,
  type ExcelCapabilities,
  type ExcelRun,
} from "./capabilities";
import { ExcelHostError, toHostError } from "./errors";
import { applyHighlights, clearHighlights } from "./highlight";
import { readAllSheets, readSheet, type ReadStats } from "./read-sheet";
import { mergesFromOfficeFile } from "./merges-from-file";
import { loadSettings, saveSettings } from "./settings";
import { acquireLock, releaseLock, type LockOp } from "./lock";
import { loadStore, queueStoreWrite } from "./store";
import {
  changesSince,
  checkRecord,
  parseHistory,
  recordCheck,
  serializeHistory,
  type History,
  type HistoryDiff,
} from "../core/history";
import type { SummaryModel } from "../core/summary";
import type { ConsolidatedFiles, PickedFile } from "../host";
import { writeSummary } from "./write-summary";
import type { Lang } from "../core";

/**
 * PlanHost for Excel (Office.js): what the task pane and the ribbon commands call.
 *
 * check(): reads the active sheet (or every sheet with scope "workbook"), runs the engine,
 * and highlights the result. When the sheet cannot be highlighted (protected, read-only) the
 * report is still returned, with `warnings` saying why nothing was drawn (codes with parameters:
 * the UI renders them in its language).
 * Every failure is an ExcelHostError with a Vietnamese `message` (and `en`).
 */

export interface ExcelHostOptions {
  run?: ExcelRun;
  caps?: ExcelCapabilities;
  /** Default: Office.context.document.mode is ReadOnly. */
  isReadOnly?: () => boolean;
  /** The workbook's file name for the report. Default: from Office.context.document.url. */
  fileName?: () => string;
  /** "active" (default): the active sheet; "workbook": every sheet. */
  scope?: "active" | "workbook";
  /** Response/request bytes aimed for per sync (default 4,000,000). */
  payloadBudget?: number;
  /** Summary language (default: from Office's display language). */
  lang?: () => Lang;
  /** The run used for highlight and clear where ExcelApi 1.20 is supported (default: Excel.run with mergeUndoGroup). */
  undoGroupRun?: ExcelRun;
  /**
   * Time (ms since epoch) after which highlight and summary write nothing and fail with
   * time_limit (the ribbon commands: Excel stops a function command after 5 minutes).
   */
  deadline?: number;
  /** Settings saved within this many ms of each other are written once (default 0: at once). */
  settingsDelayMs?: number;
  /** The clock (ms), for the operation lock's expiry (default Date.now). */
  now?: () => number;
  /** The workbook as .xlsx bytes, for merges when ExcelApi 1.13 is missing (default: getFileAsync). */
  fileBytes?: () => Promise<Uint8Array>;
}

export type ExcelCheckOutcome = CheckOutcome;

export interface ClearOutcome {
  /** The sheets restored (empty when there was nothing to remove). */
  sheets: string[];
  warnings: HostMessage[];
}

/** Round trips of the last operations (for the pane's diagnostics and the benchmark). */
export interface ExcelHostStats {
  readSyncs: number;
  highlightSyncs: number;
  clearSyncs: number;
  summarySyncs: number;
}

function officeReadOnly(): boolean {
  try {
    return typeof Office !== "undefined" && Office.context?.document?.mode === Office.DocumentMode.ReadOnly;
  } catch {
    return false;
  }
}

function officeFileName(): string {
  try {
    const url = typeof Office !== "undefined" ? Office.context?.document?.url : "";
    if (url) {
      const base = decodeURIComponent(url.split(/[\\/]/).pop() ?? "");
      if (base) return base;
    }
  } catch {
    // fall through
  }
  return "Book.xlsx";
}

export function officeLang(): Lang {
  try {
    return uiLanguage(typeof Office !== "undefined" ? Office.context?.displayLanguage : null);
  } catch {
    return "vi";
  }
}

export class ExcelHost implements PlanHost {
  readonly kind = "excel" as const;
  readonly stats: ExcelHostStats = { readSyncs: 0, highlightSyncs: 0, clearSyncs: 0, summarySyncs: 0 };
  /** The snapshots of the last check (for the summary's status texts). */
  private lastSnapshots: SheetSnapshot[] = [];
  /** The workbook's check history as the last check left it (for Tạo tổng hợp's "Thay đổi"). */
  private lastHistory: History | undefined;
  private readonly run: ExcelRun;
  private caps: ExcelCapabilities | null;
  private readonly isReadOnly: () => boolean;
  private pendingSettings: {
    settings: HostSettings;
    done: Promise<void>;
    timer: unknown;
    fire: () => Promise<void>;
  } | null = null;

  constructor(private readonly options: ExcelHostOptions = {}) {
    this.run = options.run ?? excelRun;
    this.caps = options.caps ?? null;
    this.isReadOnly = options.isReadOnly ?? officeReadOnly;
  }

  private capabilities(): ExcelCapabilities {
    if (!this.caps) this.caps = detectCapabilities();
    return this.caps;
  }

  /** Reads and checks, without drawing. */
  async read(options: CheckOptionsInput): Promise<PlanReport> {
    const caps = this.capabilities();
    const stats: ReadStats = { syncs: 0 };
    const readOptions = {
      caps,
      payloadBudget: this.options.payloadBudget,
      // Without 1.13, or when even single rows of merges cannot be read: the file.
      mergesFallback: mergesFromOfficeFile(this.options.fileBytes),
    };
    try {
      const snapshots = await this.run(async (context) => {
        if (this.options.scope === "workbook") return readAllSheets(context, readOptions, stats);
        // The generated-sheet list comes with the sheet's first sync: a summary sheet the add-in
        // wrote is not a plan (Kiểm tra right after Tạo tổng hợp lands there).
        const store = loadStore(context);
        const snapshot = await readSheet(context, context.workbook.worksheets.getActiveWorksheet(), readOptions, stats);
        const contents = store.read();
        if (!contents.foreign && contents.generated.has(snapshot.name))
          throw new ExcelHostError("generated_sheet", { sheet: snapshot.name });
        return [snapshot];
      });
      this.lastSnapshots = snapshots;
      this.stats.readSyncs = stats.syncs;
      return checkWorkbook(snapshots, (this.options.fileName ?? officeFileName)(), options);
    } catch (e) {
      throw toHostError(e);
    }
  }

  async check(options: CheckOptionsInput): Promise<ExcelCheckOutcome> {
    const report = await this.read(options);
    const recognized = report.sheets.filter((s) => s.recognized);
    if (recognized.length === 0) return { report, highlightedRows: 0 };
    const protectedSheet = this.lastSnapshots.find((s) => s.protected && recognized.some((r) => r.sheet === s.name));
    if (protectedSheet)
      return {
        report,
        highlightedRows: 0,
        warnings: [{ code: "protected_sheet", params: { sheet: protectedSheet.name } }],
      };
    if (this.isReadOnly()) return { report, highlightedRows: 0, warnings: [{ code: "read_only" }] };
    try {
      const result = await this.highlight(report);
      const changes = await this.recordHistory(report);
      return {
        report,
        highlightedRows: result.highlightedRows,
        ...(changes !== undefined ? { changes } : {}),
        ...(result.warnings.length > 0 ? { warnings: result.warnings } : {}),
      };
    } catch (e) {
      // The findings stand even when drawing them failed (nothing half-written: see highlight.ts).
      return { report, highlightedRows: 0, warnings: [toHostError(e).toMessage()] };
    }
  }

  /**
   * Records this check in the workbook's history (`_kehoach` column L, core/history; 2 syncs) and
   * says what changed since the last check recorded on another day. A history that cannot be
   * written (a user's own "_kehoach", a failure) leaves the check as it is: undefined.
   */
  private async recordHistory(report: PlanReport): Promise<HistoryDiff | null | undefined> {
    try {
      return await this.run(async (context) => {
        const store = loadStore(context);
        await context.sync();
        const contents = store.read();
        if (contents.foreign) return undefined;
        const before = parseHistory(contents.history);
        const after = recordCheck(before, report);
        queueStoreWrite(context, contents, "L", serializeHistory(after));
        await context.sync();
        this.lastHistory = after;
        return changesSince(before.checks, checkRecord(report));
      });
    } catch {
      return undefined;
    }
  }

  /** The history the last check recorded, when it was this report's check (same as-of day). */
  private recordedFor(report: PlanReport): History | undefined {
    const h = this.lastHistory;
    return h && h.checks.length > 0 && h.checks[h.checks.length - 1].asOf === report.asOf ? h : undefined;
  }

  /**
   * The recorded history with this report's check added, without writing it (1 sync): for Tạo
   * tổng hợp run without a check in this session (the ribbon reads, then summarises).
   */
  private async historyWith(report: PlanReport): Promise<History | undefined> {
    try {
      const stored = await this.run(async (context) => {
        const store = loadStore(context);
        await context.sync();
        const contents = store.read();
        return contents.foreign ? null : contents.history;
      });
      return recordCheck(parseHistory(stored), report);
    } catch {
      return undefined;
    }
  }

  /** Reads and checks several workbook files picked in the pane (read here, with the file layer). */
  async consolidateFiles(files: PickedFile[], options: CheckOptionsInput): Promise<ConsolidatedFiles> {
    // The file layer (an .xlsx reader) comes in its own chunk, only when the pane consolidates.
    const { consolidateWorkbooks } = await import(/* webpackChunkName: "file-layer" */ "../file");
    return consolidateWorkbooks(files, options, (this.options.lang ?? officeLang)());
  }

  /**
   * Writes summary sheets (a plan's, or the consolidation of several files) into the open
   * workbook, with the rules of Tạo tổng hợp: the sheets the add-in generated before are replaced,
   * a user's sheet is never touched.
   */
  async writeConsolidated(model: SummaryModel): Promise<string[]> {
    const caps = this.capabilities();
    try {
      const result = await this.locked("summary", (lockOwner) =>
        this.run((context) =>
          writeSummary(context, model, {
            caps,
            payloadBudget: this.options.payloadBudget,
            isReadOnly: this.isReadOnly,
            lockOwner,
            deadline: this.options.deadline,
          }),
        ),
      );
      this.stats.summarySyncs = result.syncs;
      return result.names;
    } catch (e) {
      throw toHostError(e);
    }
  }

  /** Draws the report's highlight plan (replacing what an earlier run drew on those sheets). */
  async highlight(report: PlanReport): Promise<{ highlightedRows: number; warnings: HostMessage[] }> {
    const plan = planHighlights(report);
    const caps = this.capabilities();
    try {
      const result = await this.locked("check", (lockOwner) =>
        this.undoRun()((context) =>
          applyHighlights(
            context,
            plan,
            report.sheets.filter((s) => s.recognized).map((s) => s.sheet),
            {
              caps,
              payloadBudget: this.options.payloadBudget,
              isReadOnly: this.isReadOnly,
              lockOwner,
              deadline: this.options.deadline,
            },
          ),
        ),
      );
      this.stats.highlightSyncs = result.syncs;
      return { highlightedRows: result.highlightedRows, warnings: result.warnings };
    } catch (e) {
      throw toHostError(e);
    }
  }

  async clearHighlights(): Promise<void> {
    await this.clearHighlightsDetailed();
  }

  /** One undo record per highlight or clear where ExcelApi 1.20 allows it (else the plain run). */
  private undoRun(): ExcelRun {
    if (!this.capabilities().api120) return this.run;
    return undoGroupedRun(this.options.undoGroupRun ?? excelRunUndoGroup, this.run);
  }

  /** Like clearHighlights, returning the sheets restored (empty when there was nothing to remove) and warnings. */
  async clearHighlightsDetailed(): Promise<ClearOutcome> {
    const caps = this.capabilities();
    try {
      return await this.locked("clear", async (lockOwner) => {
        const result = await this.undoRun()((context) =>
          clearHighlights(context, { caps, isReadOnly: this.isReadOnly, lockOwner }),
        );
        this.stats.clearSyncs = result.syncs;
        const warnings: HostMessage[] = [];
        if (result.warning) warnings.push({ code: "state_unreadable", params: { detail: result.warning } });
        if (result.missing.length > 0)
          warnings.push({
            code: "highlights_missing",
            params: { sheets: result.missing.map((s) => `“${s}”`).join(", ") },
          });
        return { sheets: result.sheets, warnings };
      });
    } catch (e) {
      throw toHostError(e);
    }
  }

  /**
   * Runs `work` holding the workbook's operation lock (lock.ts): pane and ribbon are separate
   * runtimes, and a check and a clear that interleave could lose the original formatting.
   * A second operation meanwhile gets ExcelHostError("busy").
   */
  private async locked<T>(op: LockOp, work: (owner: string | undefined) => Promise<T>): Promise<T> {
    const owner = await acquireLock(this.run, op, this.options.now);
    try {
      return await work(owner ?? undefined);
    } finally {
      if (owner) await releaseLock(this.run, owner).catch(() => undefined);
    }
  }

  async generateSummary(report: PlanReport, options: CheckOptionsInput): Promise<string[]> {
    const snapshots = this.lastSnapshots;
    const model = buildSummary(report, {
      units: options.units ?? [],
      lang: (this.options.lang ?? officeLang)(),
      cellText: snapshotCellText(snapshots),
      history: this.recordedFor(report) ?? (await this.historyWith(report)),
    });
    return this.writeConsolidated(model);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    try {
      await this.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        ws.getRange(address).select();
        await context.sync();
      });
    } catch (e) {
      throw toHostError(e, sheet);
    }
  }

  async loadSettings(): Promise<LoadedSettings> {
    try {
      await this.flushSettings();
      return await this.run((context) => loadSettings(context));
    } catch (e) {
      throw toHostError(e);
    }
  }

  /**
   * Saves the settings. With `settingsDelayMs`, saves that follow each other within that time are
   * written once, with the last settings (each write is a sync, and each sync an undo record in
   * Excel: typing in a field must not fill the undo stack). Every caller's promise settles with
   * that one write.
   */
  saveSettings(settings: HostSettings): Promise<void> {
    const delay = this.options.settingsDelayMs ?? 0;
    if (delay <= 0) return this.writeSettings(settings);
    if (this.pendingSettings) {
      this.pendingSettings.settings = settings;
      return this.pendingSettings.done;
    }
    let settle: { resolve: () => void; reject: (e: unknown) => void } = {
      resolve: () => undefined,
      reject: () => undefined,
    };
    const done = new Promise<void>((resolve, reject) => (settle = { resolve, reject }));
    const pending = { settings, done, timer: undefined as unknown, fire: async () => undefined as void };
    pending.fire = async () => {
      if (this.pendingSettings !== pending) return;
      this.pendingSettings = null;
      clearTimeout(pending.timer as ReturnType<typeof setTimeout>);
      try {
        await this.writeSettings(pending.settings);
        settle.resolve();
      } catch (e) {
        settle.reject(e);
      }
    };
    pending.timer = setTimeout(() => void pending.fire(), delay);
    this.pendingSettings = pending;
    return done;
  }

  /** Writes settings still waiting (saveSettings with a delay) now. */
  async flushSettings(): Promise<void> {
    const pending = this.pendingSettings;
    if (!pending) return;
    await pending.fire();
    await pending.done.catch(() => undefined);
  }

  private async writeSettings(settings: HostSettings): Promise<void> {
    try {
      const caps = this.capabilities();
      await this.run((context) => saveSettings(context, settings, this.isReadOnly, caps));
    } catch (e) {
      throw toHostError(e);
    }
  }
}
