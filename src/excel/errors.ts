/**
 * The Excel host's typed error: a code, and what to tell the user in Vietnamese and English.
 * `message` is the Vietnamese text (the UI's default language).
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
  "excel_error",
] as const;
export type ExcelHostErrorCode = (typeof EXCEL_HOST_ERROR_CODES)[number];

const MESSAGES: Record<ExcelHostErrorCode, { vi: string; en: string }> = {
  protected_sheet: {
    vi: "Trang tính “{sheet}” đang được bảo vệ. Hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại. Chưa có gì bị thay đổi.",
    en: "The sheet “{sheet}” is protected. Unprotect it (Review › Unprotect Sheet) and try again. Nothing was changed.",
  },
  no_plan_table: {
    vi: "Không tìm thấy bảng kế hoạch trên trang tính “{sheet}”. Hãy mở trang có bảng (có các cột STT, Nội dung, Đơn vị chủ trì, Thời hạn) rồi thử lại.",
    en: "No plan table was found on the sheet “{sheet}”. Open the sheet that holds the table (STT, task, lead unit, deadline columns) and try again.",
  },
  read_only: {
    vi: "Sổ làm việc đang mở ở chế độ chỉ đọc. Hãy bật chỉnh sửa (hoặc lưu một bản sao) rồi thử lại. Chưa có gì bị thay đổi.",
    en: "The workbook is open read-only. Enable editing (or save a copy) and try again. Nothing was changed.",
  },
  no_state: {
    vi: "Không có tô màu nào của Kiểm tra Kế hoạch để xóa.",
    en: "There is no highlighting from the plan checker to remove.",
  },
  too_large: {
    vi: "Bảng quá lớn để xử lý trong một lần ({detail}). Hãy chia bảng thành nhiều trang tính rồi thử lại. Chưa có gì bị thay đổi.",
    en: "The table is too large to process at once ({detail}). Split it across several sheets and try again. Nothing was changed.",
  },
  sheet_name_taken: {
    vi: "Không tạo được trang tổng hợp “{sheet}”: tên này đã được dùng. Hãy đổi tên trang tính của bạn rồi thử lại.",
    en: "Could not create the summary sheet “{sheet}”: the name is taken. Rename your sheet and try again.",
  },
  protected_workbook: {
    vi: "Cấu trúc sổ làm việc đang được bảo vệ nên không thêm hay xóa được trang tính. Hãy bỏ bảo vệ (Xem lại › Bảo vệ Sổ làm việc) rồi thử lại. Chưa có gì bị thay đổi.",
    en: "The workbook's structure is protected, so sheets cannot be added or deleted. Unprotect it (Review › Protect Workbook) and try again. Nothing was changed.",
  },
  cell_edit_mode: {
    vi: "Excel đang ở chế độ sửa ô. Hãy nhấn Enter hoặc Esc để kết thúc việc sửa ô rồi thử lại. Chưa có gì bị thay đổi.",
    en: "Excel is in cell-edit mode. Press Enter or Esc to finish editing the cell, then try again. Nothing was changed.",
  },
  generated_sheet: {
    vi: "Trang “{sheet}” là trang tổng hợp do Kiểm tra Kế hoạch tạo, không phải bảng kế hoạch. Hãy mở trang có bảng kế hoạch rồi bấm Kiểm tra.",
    en: "The sheet “{sheet}” is a summary the plan checker generated, not a plan. Open the sheet that holds the plan and click Check.",
  },
  excel_error: {
    vi: "Excel báo lỗi: {detail}. Hãy thử lại; nếu lỗi còn, hãy lưu sổ làm việc rồi mở lại.",
    en: "Excel reported an error: {detail}. Try again; if it persists, save the workbook and reopen it.",
  },
};

export class ExcelHostError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(
    readonly code: ExcelHostErrorCode,
    params: { sheet?: string; detail?: string } = {},
  ) {
    const fill = (s: string) => s.replace("{sheet}", params.sheet ?? "").replace("{detail}", params.detail ?? "");
    const vi = fill(MESSAGES[code].vi);
    super(vi);
    this.name = "ExcelHostError";
    this.vi = vi;
    this.en = fill(MESSAGES[code].en);
  }
  /** The message in the UI's language. */
  messageIn(lang: "vi" | "en"): string {
    return lang === "en" ? this.en : this.vi;
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
