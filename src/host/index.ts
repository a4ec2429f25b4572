import type { HistoryDiff } from "../core/history";
import type { PlanReport, Role } from "../core/report";
import type { SummaryModel } from "../core/summary";
import type { CheckOptionsInput } from "../core/settings";
import { todayIso } from "../core";
import type { HostMessage } from "./messages";

export {
  HOST_MESSAGE_CODES,
  renderHostMessage,
  isHostMessage,
  type HostMessage,
  type HostMessageCode,
  type HostMessageParams,
} from "./messages";

/**
 * The one small interface between the UI (task pane, ribbon commands) and a host
 * (Excel through Office.js, or an .xlsx file opened in the browser page).
 * Nothing in the UI knows which host it talks to.
 */
export type HostKind = "excel" | "browser";

export interface CheckOutcome {
  report: PlanReport;
  /**
   * What changed since the last check the workbook recorded (core/history), or null when it holds
   * none; absent when the host keeps no history.
   */
  changes?: HistoryDiff | null;
  /** Rows that got a highlight (0 when the host does not highlight). */
  highlightedRows: number;
  /**
   * What the user should know about the run (why nothing was drawn although there are findings,
   * a conditional format that may hide the marks…): codes with parameters, rendered by the UI in
   * its language (renderHostMessage).
   */
  warnings?: HostMessage[];
}

export interface PlanHost extends PlanHostExtras {
  readonly kind: HostKind;
  /** Reads the sheet(s), checks them, applies highlighting where the host can. */
  check(options: CheckOptionsInput): Promise<CheckOutcome>;
  /** Removes every highlight the add-in drew, restoring what was there. */
  clearHighlights(): Promise<void>;
  /** Writes the summary sheets for the given report. Returns the names of the sheets written. */
  generateSummary(report: PlanReport, options: CheckOptionsInput): Promise<string[]>;
  /** Selects a cell (address like "C23") on a sheet. */
  selectCell(sheet: string, address: string): Promise<void>;
}

/**
 * Optional members (added for the task pane and the browser page). A host that lacks one simply
 * doesn't offer the feature; the pane checks for them.
 */

/** What the pane keeps between runs: in the workbook (Excel) or in memory (browser page). */
export interface HostSettings {
  /** The as-of day (YYYY-MM-DD); null or absent means today. */
  asOf?: string | null;
  dueSoonDays: number;
  /** Column role overrides per sheet name (same shape as CheckOptions.columnOverrides). */
  columnOverrides: Record<string, Partial<Record<Role, string | null>>>;
  units: string[];
}

/** The settings before the user changes any: today, 7 days, no overrides, no unit list. */
export const DEFAULT_SETTINGS: HostSettings = { asOf: null, dueSoonDays: 7, columnOverrides: {}, units: [] };

/** The check options for a run: the as-of day is today (local) when the settings leave it open. */
export function checkOptionsFrom(settings: HostSettings, today: string = todayIso()): CheckOptionsInput {
  return {
    asOf: settings.asOf || today,
    dueSoonDays: settings.dueSoonDays,
    columnOverrides: settings.columnOverrides,
    units: settings.units,
  };
}

export interface LoadedSettings {
  settings: HostSettings;
  /** Set when stored settings were unreadable or old and defaults were used. */
  warning?: HostMessage;
}

/** A few rows around a cell, as displayed text, for the browser page's preview. */
export interface CellPreview {
  sheet: string;
  /** Column letters shown, left to right. */
  columns: string[];
  rows: { row: number; cells: string[] }[];
  selected: { row: number; column: string };
}

/** A workbook file the user picked (several at once for a consolidation). */
export interface PickedFile {
  name: string;
  data: ArrayBuffer;
}

/** Several plan files checked and consolidated (core/summary/consolidate.ts). */
export interface ConsolidatedFiles {
  model: SummaryModel;
  /** Files read and checked. */
  checked: number;
  /** Files that could not be read, with the reason in the UI's language. */
  failures: { file: string; reason: string }[];
}

export interface PlanHostExtras {
  /** Reads and checks several workbook files (never stops at a bad one) and consolidates them. */
  consolidateFiles?(files: PickedFile[], options: CheckOptionsInput): Promise<ConsolidatedFiles>;
  /** Browser page: a new workbook holding the consolidated sheets, to download. */
  exportConsolidated?(model: SummaryModel): Promise<{ fileName: string; data: Uint8Array }>;
  /** Excel: writes the consolidated sheets into the open workbook (never over a user's sheet). */
  writeConsolidated?(model: SummaryModel): Promise<string[]>;
  loadSettings?(): Promise<LoadedSettings>;
  saveSettings?(settings: HostSettings): Promise<void>;
  /** Browser page: opens a workbook from its bytes (throws with a Vietnamese message on a bad file). */
  openWorkbook?(data: ArrayBuffer, fileName: string): Promise<void>;
  /** Browser page: the name of the workbook open, or null. */
  currentFileName?(): string | null;
  /** Browser page: the checked workbook (highlights + summary sheets) for a report. */
  exportCheckedWorkbook?(
    report: PlanReport,
    options: CheckOptionsInput,
  ): Promise<{ fileName: string; data: Uint8Array }>;
  /** Browser page: rows around a cell (the last one selected by selectCell when omitted). */
  preview?(sheet: string, address: string, radius?: number): CellPreview | null;
}
