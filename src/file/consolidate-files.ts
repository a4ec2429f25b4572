import type { CheckOptionsInput } from "../core/settings";
import { buildConsolidated, type ConsolidateFailure, type ConsolidateInput, type SummaryModel } from "../core/summary";
import { checkWorkbookBytes } from "./check-bytes";
import { isWorkbookReadError } from "./errors";
import type { Lang } from "../core";

/**
 * Several workbooks picked in the browser page or the Excel pane, checked one after the other
 * (each file's snapshot dropped once its report is taken) and consolidated. A file that cannot be
 * read is listed with the reason, never stops the others.
 */
export async function consolidateWorkbooks(
  files: readonly { name: string; data: ArrayBuffer | Uint8Array }[],
  options: CheckOptionsInput,
  lang: Lang,
): Promise<{ model: SummaryModel; checked: number; failures: ConsolidateFailure[] }> {
  const inputs: ConsolidateInput[] = [];
  const failures: ConsolidateFailure[] = [];
  for (const f of files) {
    const bytes = f.data instanceof Uint8Array ? f.data : new Uint8Array(f.data);
    try {
      const { report, planTitle } = await checkWorkbookBytes(bytes, f.name, options);
      inputs.push({ file: f.name, report, planTitle });
    } catch (e) {
      if (!isWorkbookReadError(e)) throw e;
      failures.push({ file: f.name, reason: e.messageIn(lang) });
    }
  }
  return {
    model: buildConsolidated(inputs, failures, { lang, units: options.units }),
    checked: inputs.length,
    failures,
  };
}
