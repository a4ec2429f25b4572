import type { PlanReport } from "../core/report";
import type { CheckOptionsInput } from "../core/settings";

/**
 * The one small interface between the UI (task pane, ribbon commands) and a host
 * (Excel through Office.js, or an .xlsx file opened in the browser page).
 * Nothing in the UI knows which host it talks to.
 */
export type HostKind = "excel" | "browser";

export interface CheckOutcome {
  report: PlanReport;
  /** Rows that got a highlight (0 when the host does not highlight). */
  highlightedRows: number;
}

export interface PlanHost {
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
