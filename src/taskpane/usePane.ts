import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanReport, Role } from "../core/report";
import type { CheckOptionsInput } from "../core/settings";
import type { CellPreview, HostSettings, PlanHost } from "../host";
import type { Strings } from "./i18n";
import { defaultSheet, todayIso } from "./report-view";
import { readFileBytes, saveBytes } from "./files";

/** The pane's state and actions: one place that talks to the host. */

export type BusyKind = "check" | "clear" | "summary" | "open" | "download";

export interface PaneState {
  settings: HostSettings;
  report: PlanReport | null;
  highlightedRows: number | null;
  sheet: string | null;
  busy: BusyKind | null;
  error: string | null;
  warning: string | null;
  notice: string | null;
  selected: { sheet: string; address: string } | null;
  preview: CellPreview | null;
  fileName: string | null;
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
  setColumn(sheet: string, role: Role, column: string | null): Promise<void>;
  resetColumns(sheet: string): Promise<void>;
  dismissError(): void;
  dismissNotice(): void;
  dismissWarning(): void;
}

export const DEFAULT_SETTINGS: HostSettings = { asOf: null, dueSoonDays: 7, columnOverrides: {}, units: [] };

export function optionsFrom(settings: HostSettings, today: string = todayIso()): CheckOptionsInput {
  return {
    asOf: settings.asOf || today,
    dueSoonDays: settings.dueSoonDays,
    columnOverrides: settings.columnOverrides,
    units: settings.units,
  };
}

/** A message for the user: a host's or reader's own (Vietnamese) message, or a generic one for a bug. */
export function errorMessage(err: unknown, strings: Strings): string {
  const programming = ["TypeError", "ReferenceError", "RangeError", "SyntaxError"];
  if (err instanceof Error && err.message && !programming.includes(err.name)) return err.message;
  if (typeof err === "string" && err) return err;
  return strings.unexpectedError;
}

const INITIAL: PaneState = {
  settings: DEFAULT_SETTINGS,
  report: null,
  highlightedRows: null,
  sheet: null,
  busy: null,
  error: null,
  warning: null,
  notice: null,
  selected: null,
  preview: null,
  fileName: null,
};

export function usePane(host: PlanHost, strings: Strings): [PaneState, PaneActions] {
  const [state, setState] = useState<PaneState>(INITIAL);
  const latest = useRef(state);
  latest.current = state;
  const patch = useCallback((p: Partial<PaneState>) => setState((s) => ({ ...s, ...p })), []);

  useEffect(() => {
    let alive = true;
    if (host.loadSettings) {
      host
        .loadSettings()
        .then(({ settings, warning }) => alive && patch({ settings: { ...DEFAULT_SETTINGS, ...settings }, warning: warning ?? null }))
        .catch((err) => alive && patch({ warning: errorMessage(err, strings) }));
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
    [patch, strings]
  );

  const checkNow = useCallback(
    async (settings: HostSettings): Promise<Partial<PaneState>> => {
      const outcome = await host.check(optionsFrom(settings));
      const previous = latest.current.sheet;
      const keep = previous !== null && outcome.report.sheets.some((s) => s.sheet === previous);
      return {
        report: outcome.report,
        highlightedRows: outcome.highlightedRows,
        sheet: keep ? previous : defaultSheet(outcome.report),
        selected: null,
        preview: null,
      };
    },
    [host]
  );

  const saveSettings = useCallback(
    async (settings: HostSettings) => {
      patch({ settings });
      if (host.saveSettings) await host.saveSettings(settings);
    },
    [host, patch]
  );

  const check = useCallback(async () => {
    await run("check", () => checkNow(latest.current.settings));
  }, [run, checkNow]);

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
      const sheets = await host.generateSummary(report, optionsFrom(latest.current.settings));
      return { notice: strings.summaryDone(sheets) };
    });
  }, [run, host, strings]);

  const openFile = useCallback(
    async (file: File) => {
      const open = host.openWorkbook;
      if (!open) return;
      // Reading and checking are one busy period so a bad file never leaves a stale report showing.
      await run("open", async () => {
        const data = await readFileBytes(file);
        await open.call(host, data, file.name);
        const checked = await checkNow(latest.current.settings);
        return { ...checked, fileName: file.name };
      });
    },
    [run, host, checkNow]
  );

  const download = useCallback(async () => {
    const report = latest.current.report;
    const exportWorkbook = host.exportCheckedWorkbook;
    if (!report || !exportWorkbook) return;
    await run("download", async () => {
      const { fileName, data } = await exportWorkbook.call(host, report, optionsFrom(latest.current.settings));
      saveBytes(data, fileName);
    });
  }, [run, host]);

  const select = useCallback(
    async (sheet: string, address: string) => {
      try {
        await host.selectCell(sheet, address);
        patch({ selected: { sheet, address }, preview: host.preview ? host.preview(sheet, address) : null, error: null });
      } catch (err) {
        patch({ error: errorMessage(err, strings) });
      }
    },
    [host, patch, strings]
  );

  const setSheet = useCallback((sheet: string) => patch({ sheet }), [patch]);

  const setAsOf = useCallback(
    (asOf: string | null) => {
      void saveSettings({ ...latest.current.settings, asOf }).catch((err) => patch({ error: errorMessage(err, strings) }));
    },
    [saveSettings, patch, strings]
  );

  const setDueSoonDays = useCallback(
    (days: number) => {
      if (!Number.isInteger(days) || days < 0 || days > 365) return;
      void saveSettings({ ...latest.current.settings, dueSoonDays: days }).catch((err) =>
        patch({ error: errorMessage(err, strings) })
      );
    },
    [saveSettings, patch, strings]
  );

  const setOverrides = useCallback(
    async (sheet: string, next: Partial<Record<Role, string | null>> | null) => {
      const current = latest.current.settings;
      const columnOverrides = { ...current.columnOverrides };
      if (next && Object.keys(next).length > 0) columnOverrides[sheet] = next;
      else delete columnOverrides[sheet];
      const settings = { ...current, columnOverrides };
      await run("check", async () => {
        await saveSettings(settings);
        return checkNow(settings);
      });
    },
    [run, saveSettings, checkNow]
  );

  const setColumn = useCallback(
    async (sheet: string, role: Role, column: string | null) => {
      const existing = latest.current.settings.columnOverrides[sheet] ?? {};
      await setOverrides(sheet, { ...existing, [role]: column });
    },
    [setOverrides]
  );

  const resetColumns = useCallback((sheet: string) => setOverrides(sheet, null), [setOverrides]);

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
      setColumn,
      resetColumns,
      dismissError: () => patch({ error: null }),
      dismissNotice: () => patch({ notice: null }),
      dismissWarning: () => patch({ warning: null }),
    },
  ];
}
