import { renderHostMessage, type HostMessage, type HostMessageParams } from "../host";
import type { Lang } from "../core";

/**
 * The Excel host's typed error: a code with parameters (a host message, src/host/messages.ts),
 * rendered by the UI in its language (`messageIn`). `message` is the Vietnamese text.
 */
export const EXCEL_HOST_ERROR_CODES = [
  "protected_sheet",
  "no_plan_table",
  "read_only",
  "no_state",
  "too_large",
  "sheet_name_taken",
  "protected_workbook",
  "cell_edit_mode",
  "generated_sheet",
  "busy",
  "time_limit",
  "excel_error",
] as const;
export type ExcelHostErrorCode = (typeof EXCEL_HOST_ERROR_CODES)[number];

export class ExcelHostError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(
    readonly code: ExcelHostErrorCode,
    readonly params: HostMessageParams = {},
  ) {
    const vi = renderHostMessage({ code, params }, "vi");
    super(vi);
    this.name = "ExcelHostError";
    this.vi = vi;
    this.en = renderHostMessage({ code, params }, "en");
  }
  /** The message in the UI's language. */
  messageIn(lang: Lang): string {
    return lang === "en" ? this.en : this.vi;
  }
  /** As a host message (code and parameters), e.g. for a warning. */
  toMessage(): HostMessage {
    return { code: this.code, params: this.params };
  }
}

export function isExcelHostError(e: unknown): e is ExcelHostError {
  return e instanceof ExcelHostError;
}

/** Office.js error code of an error thrown by context.sync(), if any. */
export function officeErrorCode(e: unknown): string | null {
  if (e && typeof e === "object" && "code" in e && typeof (e as { code: unknown }).code === "string")
    return (e as { code: string }).code;
  return null;
}

/** Turns an Office.js failure into a typed error with a message the user can act on. */
export function toHostError(e: unknown, sheet?: string): ExcelHostError {
  if (isExcelHostError(e)) return e;
  const code = officeErrorCode(e);
  if (code === "AccessDenied") return new ExcelHostError(sheet ? "protected_sheet" : "read_only", { sheet });
  // Excel refuses every API call while the user is typing in a cell (Excel error code list).
  if (code === "InvalidOperationInCellEditMode") return new ExcelHostError("cell_edit_mode");
  if (code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded")
    return new ExcelHostError("too_large", { detail: code });
  return new ExcelHostError("excel_error", { detail: e instanceof Error ? e.message : String(e) });
}
