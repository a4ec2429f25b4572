/**
 * The engine and the writer the CLI calls, in one place so the command can take substitutes
 * (tests of output handling) and load the engine only when a file is actually checked.
 */
import type { PlanReport } from "../core/report";
import type { CheckOptionsInput } from "../core/settings";
import type { SheetSnapshot } from "../core/snapshot";

export type CheckWorkbook = (snapshots: SheetSnapshot[], file: string, options: CheckOptionsInput) => PlanReport;

export interface WriteCheckedOptions {
  lang: "vi" | "en";
}
export type WriteChecked = (input: Uint8Array, report: PlanReport, options: WriteCheckedOptions) => Promise<Uint8Array>;

export interface CheckDeps {
  checkWorkbook(): Promise<CheckWorkbook>;
  /** The checked-workbook writer, or null while it is not available. */
  writeCheckedWorkbook(): Promise<WriteChecked | null>;
}

// TEMPORARY: src/core/index.ts (checkWorkbook) is being written in parallel; until it lands the
// module is loaded by a computed path so the CLI still compiles. Replace by a static import then.
const CORE_MODULE = ["..", "core"].join("/");

export const defaultDeps: CheckDeps = {
  checkWorkbook: async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const core = require(CORE_MODULE) as { checkWorkbook?: CheckWorkbook };
    if (typeof core.checkWorkbook !== "function") throw new Error("checkWorkbook is missing from src/core");
    return core.checkWorkbook;
  },
  writeCheckedWorkbook: async () => null,
};
