/**
 * Checks one workbook file for a run over several files: reads it, checks it, keeps the report
 * and the plan's title lines, and lets the snapshots go. Runs in a worker thread or in-process.
 */
import type { PlanReport } from "../core/report";
import type { CheckOptionsInput } from "../core/settings";
import { checkWorkbookBytes, isWorkbookReadError } from "../file";
import { readWorkbookBytes } from "../file/read-file-node";

export interface CheckJob {
  /** Absolute path. */
  path: string;
  /** The name shown to the user (relative to the working folder). */
  name: string;
  options: CheckOptionsInput;
}

export type CheckOutcome =
  | { ok: true; name: string; report: PlanReport; planTitle: string[] }
  | { ok: false; name: string; message: { vi: string; en: string } };

export async function checkOneFile(job: CheckJob): Promise<CheckOutcome> {
  const base = job.name.split(/[\\/]/).pop() ?? job.name;
  try {
    const { report, planTitle } = await checkWorkbookBytes(await readWorkbookBytes(job.path), base, job.options);
    return { ok: true, name: job.name, report, planTitle };
  } catch (e) {
    if (isWorkbookReadError(e))
      return { ok: false, name: job.name, message: { vi: e.messageIn("vi"), en: e.messageIn("en") } };
    const detail = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      name: job.name,
      message: { vi: `lỗi không mong đợi khi kiểm tra: ${detail}`, en: `unexpected error while checking: ${detail}` },
    };
  }
}
