import type { Lang } from "../core";
/**
 * Why a workbook could not be read, as a typed error with a message that says what to do.
 * `message` is Vietnamese (the product's default language); `messageIn(lang)` gives English too.
 */
export const WORKBOOK_READ_ERROR_CODES = [
  "not_found",
  "not_xlsx",
  "xls_format",
  "corrupt",
  "encrypted",
  "empty",
  "too_large",
] as const;
export type WorkbookReadErrorCode = (typeof WORKBOOK_READ_ERROR_CODES)[number];

const MESSAGES: Record<WorkbookReadErrorCode, Record<Lang, (file: string) => string>> = {
  not_found: {
    vi: (f) => `Không tìm thấy tệp "${f}". Kiểm tra lại đường dẫn và tên tệp.`,
    en: (f) => `File "${f}" was not found. Check the path and the file name.`,
  },
  not_xlsx: {
    vi: (f) =>
      `Tệp "${f}" không phải là sổ tính Excel (.xlsx). Mở tệp trong Excel và lưu lại dưới dạng "Excel Workbook (*.xlsx)".`,
    en: (f) => `"${f}" is not an Excel workbook (.xlsx). Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
  },
  xls_format: {
    vi: (f) =>
      `Tệp "${f}" là định dạng Excel cũ (.xls), chương trình chỉ đọc được .xlsx. Mở tệp trong Excel, chọn File > Save As > "Excel Workbook (*.xlsx)" rồi kiểm tra tệp mới.`,
    en: (f) =>
      `"${f}" is an old Excel file (.xls); only .xlsx can be read. Open it in Excel, choose File > Save As > "Excel Workbook (*.xlsx)" and check the new file.`,
  },
  corrupt: {
    vi: (f) =>
      `Tệp "${f}" bị hỏng hoặc chưa tải về đầy đủ, không đọc được. Mở thử trong Excel (Excel có thể tự sửa), lưu lại rồi kiểm tra lại; hoặc lấy lại bản gốc.`,
    en: (f) =>
      `"${f}" is damaged or incompletely downloaded and cannot be read. Try opening it in Excel (which may repair it), save it and check again, or get the original copy.`,
  },
  encrypted: {
    vi: (f) =>
      `Tệp "${f}" được đặt mật khẩu nên không đọc được. Mở tệp trong Excel, bỏ mật khẩu (File > Info > Protect Workbook > Encrypt with Password, xóa mật khẩu), lưu lại rồi kiểm tra.`,
    en: (f) =>
      `"${f}" is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save and check again.`,
  },
  empty: {
    vi: (f) => `Tệp "${f}" không có dữ liệu (sổ tính trống). Kiểm tra xem đã chọn đúng tệp kế hoạch chưa.`,
    en: (f) => `"${f}" holds no data (the workbook is empty). Check that you chose the right plan file.`,
  },
  too_large: {
    vi: (f) =>
      `Tệp "${f}" quá lớn để kiểm tra. Chỉ giữ lại các trang tính kế hoạch (xóa hình ảnh, trang dữ liệu phụ) rồi thử lại.`,
    en: (f) =>
      `"${f}" is too large to check. Keep only the plan sheets (remove pictures and extra data sheets) and try again.`,
  },
};

/** The message for a code, in the given language. */
export function workbookReadErrorMessage(code: WorkbookReadErrorCode, fileName: string, lang: Lang = "vi"): string {
  return MESSAGES[code][lang](fileName);
}

/** Which hard limit a workbook went over (too_large). */
export interface ReadLimit {
  kind: "part_bytes" | "total_bytes" | "cells" | "rows" | "marker_cells";
  limit: number;
  /** The part that went over, for byte limits. */
  part?: string;
}

const LIMIT_TEXT: Record<ReadLimit["kind"], Record<Lang, (n: string, part: string) => string>> = {
  part_bytes: {
    vi: (n, p) => `phần "${p}" khi giải nén vượt quá ${n} byte (có thể là tệp nén bất thường)`,
    en: (n, p) => `part "${p}" inflates to more than ${n} bytes (possibly a malformed archive)`,
  },
  total_bytes: {
    vi: (n) => `toàn bộ tệp khi giải nén vượt quá ${n} byte (có thể là tệp nén bất thường)`,
    en: (n) => `the whole package inflates to more than ${n} bytes (possibly a malformed archive)`,
  },
  cells: {
    vi: (n) => `sổ tính có hơn ${n} ô dữ liệu`,
    en: (n) => `the workbook has more than ${n} cells`,
  },
  rows: {
    vi: (n) => `một trang tính có hơn ${n} dòng`,
    en: (n) => `a sheet has more than ${n} rows`,
  },
  marker_cells: {
    vi: (n) => `trang "_kehoach" ghi vùng tô màu hơn ${n} ô (có thể đã bị sửa tay)`,
    en: (n) => `the "_kehoach" sheet records highlighted areas of more than ${n} cells (possibly edited by hand)`,
  },
};

function limitText(limit: ReadLimit, lang: Lang): string {
  const n = limit.limit.toLocaleString(lang === "vi" ? "vi-VN" : "en-US");
  return LIMIT_TEXT[limit.kind][lang](n, limit.part ?? "");
}

export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
  readonly code: WorkbookReadErrorCode;
  readonly fileName: string;
  /** Technical detail (the underlying library's message), for logs only. */
  readonly detail: string | undefined;

  /** The hard limit the workbook went over (too_large), named in the message. */
  readonly limit: ReadLimit | undefined;

  constructor(code: WorkbookReadErrorCode, fileName: string, detail?: string, limit?: ReadLimit) {
    super(withLimit(workbookReadErrorMessage(code, fileName, "vi"), limit, "vi"));
    this.code = code;
    this.fileName = fileName;
    this.detail = detail;
    this.limit = limit;
    Object.setPrototypeOf(this, WorkbookReadError.prototype);
  }

  /** The message in another language. */
  messageIn(lang: Lang): string {
    return withLimit(workbookReadErrorMessage(this.code, this.fileName, lang), this.limit, lang);
  }
}

export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError;
}

function withLimit(message: string, limit: ReadLimit | undefined, lang: Lang): string {
  if (!limit) return message;
  return `${message} (${lang === "vi" ? "Lý do" : "Reason"}: ${limitText(limit, lang)}.)`;
}
