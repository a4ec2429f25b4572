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

export type MessageLang = "vi" | "en";

const MESSAGES: Record<WorkbookReadErrorCode, Record<MessageLang, (file: string) => string>> = {
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
export function workbookReadErrorMessage(
  code: WorkbookReadErrorCode,
  fileName: string,
  lang: MessageLang = "vi",
): string {
  return MESSAGES[code][lang](fileName);
}

export class WorkbookReadError extends Error {
  override readonly name = "WorkbookReadError";
  readonly code: WorkbookReadErrorCode;
  readonly fileName: string;
  /** Technical detail (the underlying library's message), for logs only. */
  readonly detail: string | undefined;

  constructor(code: WorkbookReadErrorCode, fileName: string, detail?: string) {
    super(workbookReadErrorMessage(code, fileName, "vi"));
    this.code = code;
    this.fileName = fileName;
    this.detail = detail;
    Object.setPrototypeOf(this, WorkbookReadError.prototype);
  }

  /** The message in another language. */
  messageIn(lang: MessageLang): string {
    return workbookReadErrorMessage(this.code, this.fileName, lang);
  }
}

export function isWorkbookReadError(e: unknown): e is WorkbookReadError {
  return e instanceof WorkbookReadError;
}
