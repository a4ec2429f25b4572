import { checkWorkbook } from "../core";
import type { PlanReport } from "../core/report";
import type { CheckOptionsInput } from "../core/settings";
import { snapshotCellText } from "../core/snapshot";
import { planTitleLines } from "../core/summary/plan-title";
import { readWorkbook } from "./read-workbook";

/** A workbook checked from its bytes, with its plan's title lines (for a consolidated summary). */
export interface CheckedBytes {
  report: PlanReport;
  planTitle: string[];
}

/**
 * Reads a workbook's bytes, checks it and keeps the report and the plan's title: the snapshots are
 * dropped when this returns. One file of a consolidation (CLI worker, browser page, Excel pane).
 * Throws WorkbookReadError for a file that cannot be read.
 */
export async function checkWorkbookBytes(
  bytes: Uint8Array,
  fileName: string,
  options: CheckOptionsInput,
): Promise<CheckedBytes> {
  const snapshots = await readWorkbook(bytes, fileName);
  const report = checkWorkbook(snapshots, fileName, options);
  return { report, planTitle: planTitleLines(report, snapshotCellText(snapshots)) };
}
