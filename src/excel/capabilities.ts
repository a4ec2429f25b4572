/**
 * Which Excel API requirement sets the running Excel supports. The add-in needs ExcelApi 1.7
 * (Office 2019); newer calls are used only when supported, each with a fallback.
 */
import { ExcelHostError, officeErrorCode } from "./errors";

export interface ExcelCapabilities {
  /** ExcelApi 1.8: workbook.readOnly (read-only detection besides Office.context.document.mode). */
  api18?: boolean;
  /** ExcelApi 1.9: range.getCellProperties, worksheet.getRanges, worksheet.pageLayout, fill.pattern. */
  api19: boolean;
  /** ExcelApi 1.13: range.getMergedAreasOrNullObject. */
  api113: boolean;
  /** ExcelApi 1.20: Excel.run's mergeUndoGroup (one undo record for a whole operation). */
  api120?: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

export function detectCapabilities(isSetSupported?: IsSetSupported): ExcelCapabilities {
  const check: IsSetSupported =
    isSetSupported ??
    ((name, version) => {
      try {
        return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version);
      } catch {
        return false;
      }
    });
  return {
    api18: check("ExcelApi", "1.8"),
    api19: check("ExcelApi", "1.9"),
    api113: check("ExcelApi", "1.13"),
    api120: check("ExcelApi", "1.20"),
  };
}

/**
 * Queues the load of workbook.readOnly (ExcelApi 1.8) with the caller's first sync; the returned
 * check throws read_only after that sync. Without 1.8 it checks nothing (Office.context.document.mode
 * and the AccessDenied of a refused write remain).
 */
export function queueReadOnlyCheck(context: Excel.RequestContext, caps: ExcelCapabilities): () => void {
  if (!caps.api18) return () => undefined;
  const workbook = context.workbook.load("readOnly");
  return () => {
    if (workbook.readOnly) throw new ExcelHostError("read_only");
  };
}

/**
 * Queues the load of the workbook's structure protection (workbook.protection, ExcelApi 1.7);
 * after the sync, the returned check throws protected_workbook when it is on and `addsOrDeletesSheets`
 * (adding or deleting a sheet would fail half-way otherwise).
 */
export function queueStructureCheck(context: Excel.RequestContext): (addsOrDeletesSheets: boolean) => void {
  const protection = context.workbook.protection.load("protected");
  return (addsOrDeletesSheets) => {
    if (addsOrDeletesSheets && protection.protected) throw new ExcelHostError("protected_workbook");
  };
}

/** Runs a batch against Excel (Excel.run in the add-in; the fake's run in tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const excelRun: ExcelRun = (batch) => Excel.run(batch);

/** Excel.run with all its syncs in one undo group (ExcelApi 1.20: RunOptions.mergeUndoGroup). */
export const excelRunUndoGroup: ExcelRun = (batch) => Excel.run({ mergeUndoGroup: true }, batch);

/**
 * A run that groups the operation's syncs into one undo record where ExcelApi 1.20 is supported,
 * and runs it ungrouped if Excel refuses the group (UndoNotSupported: an API in it has no undo).
 * Only for operations that can simply be run again (highlight, clear: they start from the saved state).
 */
export function undoGroupedRun(grouped: ExcelRun, plain: ExcelRun): ExcelRun {
  return async (batch) => {
    try {
      return await grouped(batch);
    } catch (e) {
      if (officeErrorCode(e) === "UndoNotSupported") return plain(batch);
      throw e;
    }
  };
}
