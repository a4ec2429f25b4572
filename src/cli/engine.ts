/**
 * The engine and the writer the CLI calls, in one place: the command takes substitutes through
 * `CheckDeps` (used to test its own failure handling), and loads them only when a file is checked.
 */
import type { PlanReport } from "../core/report";
import type { CheckOptionsInput } from "../core/settings";
import type { SheetSnapshot } from "../core/snapshot";
import type { Lang } from "../core";

export type CheckWorkbook = (snapshots: SheetSnapshot[], file: string, options: CheckOptionsInput) => PlanReport;

export interface WriteCheckedOptions {
  lang: Lang;
  units?: string[];
  /** The snapshots the report was made from (the writer then does not read the workbook again). */
  snapshots?: SheetSnapshot[];
  /** One more summary sheet per lead unit (`--per-unit`). */
  perUnitSheets?: boolean;
}
export type WriteChecked = (input: Uint8Array, report: PlanReport, options: WriteCheckedOptions) => Promise<Uint8Array>;

export interface CheckDeps {
  checkWorkbook(): Promise<CheckWorkbook>;
  /** The checked-workbook writer, or null where it is not available. */
  writeCheckedWorkbook(): Promise<WriteChecked | null>;
}

export const defaultDeps: CheckDeps = {
  checkWorkbook: async () => (await import("../core")).checkWorkbook,
  writeCheckedWorkbook: async () => (await import("../file/write-checked")).writeCheckedWorkbook,
};
