/**
 * Which Excel API requirement sets the running Excel supports. The add-in needs ExcelApi 1.7
 * (Office 2019); newer calls are used only when supported, each with a fallback.
 */
export interface ExcelCapabilities {
  /** ExcelApi 1.9: range.getCellProperties, worksheet.getRanges, worksheet.pageLayout, fill.pattern. */
  api19: boolean;
  /** ExcelApi 1.13: range.getMergedAreasOrNullObject. */
  api113: boolean;
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
  return { api19: check("ExcelApi", "1.9"), api113: check("ExcelApi", "1.13") };
}

/** Runs a batch against Excel (Excel.run in the add-in; the fake's run in tests). */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export const excelRun: ExcelRun = (batch) => Excel.run(batch);
