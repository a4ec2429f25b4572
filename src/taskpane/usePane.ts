import { useCallback, useEffect, useRef, useState } from "react";
import type { HistoryDiff } from "../core/history";
import type { PlanReport, Role } from "../core/report";
import type { CellPreview, HostSettings, PlanHost } from "../host";
import { checkOptionsFrom, DEFAULT_SETTINGS, renderHostMessage } from "../host";
import { todayIso } from "../core";
import type { Strings } from "./i18n";
import { defaultSheet } from "./report-view";
import { readFileBytes, saveBytes } from "./files";
import type { Lang } from "../core";

/** The pane's state and actions: one place that talks to the host. */

export type BusyKind = "check" | "clear" | "summary" | "open" | "download";

export interface PaneState {
  settings: HostSettings;
  report: PlanReport | null;
  highlightedRows: number | null;
  /** What changed since the last check the workbook recorded, when the host keeps a history. */
  changes: HistoryDiff | null;
  sheet: string | null;
  busy: BusyKind | null;
  error: string | null;
  warning: string | null;
  notice: string | null;
  selected: { sheet: string; address: string } | null;
  preview: CellPreview | null;
  fileName: string | null;
  /** The as-of day and due-soon window the report shown was checked with (see `checkKey`). */
  checkedWith: string | null;
}

export interface PaneActions {
  check(): Promise<void>;
  clearHighlights(): Promise<void>;
  makeSummary(): Promise<void>;
  openFile(file: File): Promise<void>;
  download(): Promise<void>;
  select(sheet: string, address: string): Promise<void>;
  setSheet(sheet: string): void;
  setAsOf(asOf: string | null): void;
  setDueSoonDays(days: number): void;
  setUnits(units: string[]): Promise<void>;
  setColumn(sheet: string, role: Role, column: string | null): Promise<void>;
  resetColumns(sheet: string): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
  dismissWarning(): void;
  closePreview(): void;
}

/** What a report depends on among the settings that change without a new check: as-of day, due-soon days. */
export function checkKey(settings: HostSettings, today: string = todayIso()): string {
  const o = checkOptionsFrom(settings, today);
  return `${o.asOf}|${o.dueSoonDays}`;
}

/** A message for the user: a host's or reader's own (Vietnamese) message, or a generic one for a bug. */
export function errorMessage(err: unknown, strings: Strings): string {
  const programming = ["TypeError", "ReferenceError", "RangeError", "SyntaxError"];
  // Hosts' typed errors (ExcelHostError, WorkbookReadError) carry their message in both languages.
  const localized = err as { messageIn?: (lang: Lang) => unknown } | null;
  if (localized && typeof localized.messageIn === "function") {
    const text = localized.messageIn(strings.language);
    if (typeof text === "string" && text) return text;
  }
  if (err instanceof Error && err.message && !programming.includes(err.name)) return err.message;
  if (typeof err === "string" && err) return err;
  return strings.unexpectedError;
}

const INITIAL: PaneState = {
  settings: DEFAULT_SETTINGS,
  report: null,
  highlightedRows: null,
  changes: null,
  sheet: null,
  busy: null,
  error: null,
  warning: null,
  notice: null,
  selected: null,
  preview: null,
  fileName: null,
  checkedWith: null,
};

export function usePane(host: PlanHost, strings: Strings): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>(INITIAL);
  const latest = useRef(state);
  latest.current = state;
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);

  // Settings live in a ref as well as in state, and every change goes through one queue (behind
  // loading the stored ones): work started right after a change always sees it.
  const settingsRef = useRef<HostSettings>(DEFAULT_SETTINGS);
  const settingsQueue = useRef<Promise<void>>(Promise.resolve());
  const currentSettings = useCallback(async (): Promise<HostSettings> => {
    await settingsQueue.current;
    return settingsRef.current;
  }, []);

  /** Queues a change of the settings and saves it through the host; resolves (or rejects) when saved. */
  const updateSettings = useCallback(
    (change: (current: HostSettings) => HostSettings): Promise<HostSettings> => {
      const done = settingsQueue.current.then(async () => {
        const next = change(settingsRef.current);
        settingsRef.current = next;
        patch({ settings: next });
        if (host.saveSettings) await host.saveSettings(next);
        return next;
      });
      settingsQueue.current = done.then(
        () => undefined,
        () => undefined,
      );
      return done;
    },
    [host, patch],
  );

  useEffect(() => {
    let alive = true;
    if (host.loadSettings) {
      const load = host.loadSettings();
      settingsQueue.current = load
        .then(({ settings, warning }) => {
          if (!alive) return;
          settingsRef.current = { ...DEFAULT_SETTINGS, ...settings };
          patch({
            settings: settingsRef.current,
            ...(warning ? { warning: renderHostMessage(warning, strings.language) } : {}),
          });
        })
        .catch((err) => {
          if (alive) patch({ warning: errorMessage(err, strings) });
        });
    }
    return () => {
      alive = false;
    };
  }, [host, patch, strings]);

  /** Runs one piece of host work with the busy indicator; errors end up in the error bar. */
  const run = useCallback(
    async (kind: BusyKind, work: () => Promise<Partial<PaneState> | void>): Promise<boolean> => {
      if (latest.current.busy) return false;
      patch({ busy: kind, error: null, notice: null });
      try {
        const result = await work();
        patch({ ...(result ?? {}), busy: null });
        return true;
      } catch (err) {
        if (!(err instanceof Error) || ["TypeError", "ReferenceError"].includes(err.name)) console.error(err);
        patch({ busy: null, error: errorMessage(err, strings) });
        return false;
      }
    },
    [patch, strings],
  );

  const checkNow = useCallback(
    async (settings: HostSettings): Promise<Partial<PaneState>> => {
      const checkedWith = checkKey(settings);
      const outcome = await host.check(checkOptionsFrom(settings));
      const previous = latest.current.sheet;
      const keep = previous !== null && outcome.report.sheets.some((s) => s.sheet === previous);
      return {
        report: outcome.report,
        highlightedRows: outcome.highlightedRows,
        changes: outcome.changes ?? null,
        ...(outcome.warnings?.length
          ? { warning: outcome.warnings.map((w) => renderHostMessage(w, strings.language)).join("\n") }
          : {}),
        sheet: keep ? previous : defaultSheet(outcome.report),
        selected: null,
        preview: null,
        checkedWith,
      };
    },
    [host],
  );

  // A report shown for other settings than the current ones (the as-of day or the due-soon days
  // changed, also while a check was running) is checked again at once: it takes well under a
  // second, and the lists and "Tải về" then always match what the fields say. A failed re-check
  // is not retried for the same settings (its error is shown).
  const retried = useRef<string | null>(null);
  useEffect(() => {
    if (!state.report || state.busy || latest.current.busy || state.checkedWith === null) return;
    const key = checkKey(state.settings);
    if (key === state.checkedWith || retried.current === key) return;
    retried.current = key;
    void (async () => {
      if (await run("check", async () => checkNow(await currentSettings()))) retried.current = null;
    })();
  }, [state.report, state.busy, state.checkedWith, state.settings, run, checkNow, currentSettings]);

  const check = useCallback(async () => {
    await run("check", async () => checkNow(await currentSettings()));
  }, [run, checkNow, currentSettings]);

  const clearHighlights = useCallback(async () => {
    await run("clear", async () => {
      await host.clearHighlights();
      return { highlightedRows: 0, notice: strings.clearedHighlights };
    });
  }, [run, host, strings]);

  const makeSummary = useCallback(async () => {
    const report = latest.current.report;
    if (!report) return;
    await run("summary", async () => {
      const sheets = await host.generateSummary(report, checkOptionsFrom(await currentSettings()));
      return { notice: strings.summaryDone(sheets) };
    });
  }, [run, host, strings, currentSettings]);

  const openFile = useCallback(
    async (file: File) => {
      const open = host.openWorkbook;
      if (!open) return;
      // Reading and checking are one busy period so a bad file never leaves a stale report showing.
      await run("open", async () => {
        const data = await readFileBytes(file);
        await open.call(host, data, file.name);
        const checked = await checkNow(await currentSettings());
        return { ...checked, fileName: file.name };
      });
    },
    [run, host, checkNow, currentSettings],
  );

  const download = useCallback(async () => {
    const shown = latest.current.report;
    const exportWorkbook = host.exportCheckedWorkbook;
    if (!shown || !exportWorkbook) return;
    await run("download", async () => {
      const settings = await currentSettings();
      // Never the result of other settings than the fields show: check again first if needed.
      let fresh: Partial<PaneState> = {};
      let report = shown;
      if (latest.current.checkedWith !== checkKey(settings)) {
        fresh = await checkNow(settings);
        report = fresh.report ?? shown;
      }
      const { fileName, data } = await exportWorkbook.call(host, report, checkOptionsFrom(settings));
      saveBytes(data, fileName);
      return fresh;
    });
  }, [run, host, checkNow, currentSettings]);

  const select = useCallback(
    async (sheet: string, address: string) => {
      try {
        await host.selectCell(sheet, address);
        patch({
          selected: { sheet, address },
          preview: host.preview ? host.preview(sheet, address) : null,
          error: null,
        });
      } catch (err) {
        patch({ error: errorMessage(err, strings) });
      }
    },
    [host, patch, strings],
  );

  const setSheet = useCallback((sheet: string) => patch({ sheet }), [patch]);

  const setAsOf = useCallback(
    (asOf: string | null) => {
      updateSettings((current) => ({ ...current, asOf })).catch((err) => patch({ error: errorMessage(err, strings) }));
    },
    [updateSettings, patch, strings],
  );

  const setDueSoonDays = useCallback(
    (days: number) => {
      if (!Number.isInteger(days) || days < 0 || days > 365) return;
      updateSettings((current) => ({ ...current, dueSoonDays: days })).catch((err) =>
        patch({ error: errorMessage(err, strings) }),
      );
    },
    [updateSettings, patch, strings],
  );

  const setUnits = useCallback(
    async (units: string[]) => {
      try {
        await updateSettings((current) => ({ ...current, units }));
        patch({ notice: strings.unitsSaved(units.length) });
      } catch (err) {
        patch({ error: errorMessage(err, strings) });
      }
    },
    [updateSettings, patch, strings],
  );

  /** Sets (or with null, drops) a sheet's column overrides, saves them and checks again. */
  const setOverrides = useCallback(
    async (
      sheet: string,
      change: (existing: Partial<Record<Role, string | null>>) => Partial<Record<Role, string | null>> | null,
    ) => {
      await run("check", async () => {
        const settings = await updateSettings((current) => {
          const columnOverrides = { ...current.columnOverrides };
          const next = change(current.columnOverrides[sheet] ?? {});
          if (next && Object.keys(next).length > 0) columnOverrides[sheet] = next;
          else delete columnOverrides[sheet];
          return { ...current, columnOverrides };
        });
        return checkNow(settings);
      });
    },
    [run, updateSettings, checkNow],
  );

  const setColumn = useCallback(
    (sheet: string, role: Role, column: string | null) =>
      setOverrides(sheet, (existing) => ({ ...existing, [role]: column })),
    [setOverrides],
  );

  const resetColumns = useCallback((sheet: string) => setOverrides(sheet, () => null), [setOverrides]);

  return [
    state,
    {
      check,
      clearHighlights,
      makeSummary,
      openFile,
      download,
      select,
      setSheet,
      setAsOf,
      setDueSoonDays,
      setUnits,
      setColumn,
      resetColumns,
      dismissError: () => patch({ error: null }),
      dismissNotice: () => patch({ notice: null }),
      dismissWarning: () => patch({ warning: null }),
      closePreview: () => patch({ preview: null }),
    },
  ];
}
