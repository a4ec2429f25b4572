import type { Lang } from "../core";

/**
 * What a host tells the user, as a code with parameters: it crosses the host interface as data,
 * and the UI renders it in ITS language (the pane's, or the ribbon notices': Office's display
 * language), never in the host's. One table for every host message, warnings and errors alike.
 */
export const HOST_MESSAGE_CODES = [
  // errors (ExcelHostError)
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
  "excel_error",
  // warnings
  "state_unreadable",
  "settings_unreadable",
  "conditional_formats",
  "highlights_missing",
  "time_limit",
  "pattern_fills_kept",
] as const;
export type HostMessageCode = (typeof HOST_MESSAGE_CODES)[number];

/** Parameters of a message: `sheet`, `sheets` (comma list), `detail`, `op` (check | clear | summary), `minutes`. */
export type HostMessageParams = Partial<Record<"sheet" | "sheets" | "detail" | "op" | "minutes", string>>;

export interface HostMessage {
  code: HostMessageCode;
  params?: HostMessageParams;
}

const TEXTS: Record<HostMessageCode, Record<Lang, string>> = {
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
  busy: {
    vi: "Kiểm tra Kế hoạch đang {op} trong sổ làm việc này (từ ngăn hoặc từ nút trên thanh công cụ). Hãy đợi việc đó xong rồi thử lại; chưa có gì bị thay đổi.",
    en: "The plan checker is already {op} in this workbook (from the pane or a ribbon button). Wait until it finishes and try again; nothing was changed.",
  },
  excel_error: {
    vi: "Excel báo lỗi: {detail}. Hãy thử lại; nếu lỗi còn, hãy lưu sổ làm việc rồi mở lại.",
    en: "Excel reported an error: {detail}. Try again; if it persists, save the workbook and reopen it.",
  },
  state_unreadable: {
    vi: "Dữ liệu tô màu cũ không đọc được ({detail}); đã thay bằng dữ liệu mới.",
    en: "The saved highlighting data could not be read ({detail}); it was replaced with new data.",
  },
  settings_unreadable: {
    vi: "Không đọc được cài đặt đã lưu trong sổ làm việc (dữ liệu hỏng hoặc của phiên bản cũ); đang dùng cài đặt mặc định. Hãy kiểm tra lại rồi lưu cài đặt.",
    en: "The settings saved in the workbook could not be read (damaged or from an older version); the defaults are used. Check them and save the settings again.",
  },
  conditional_formats: {
    vi: "Trang “{sheet}” có định dạng có điều kiện: nơi quy tắc đó tô màu, màu tô của Kiểm tra Kế hoạch có thể bị che.",
    en: "The sheet “{sheet}” has conditional formatting: where its rules colour cells, the plan checker's highlighting may be hidden.",
  },
  highlights_missing: {
    vi: "Không tìm thấy trang {sheets} đã tô màu trước đây (đã đổi tên hoặc xóa): tô màu ở đó được giữ nguyên; đặt lại tên cũ rồi bấm Xóa tô màu để bỏ.",
    en: "The sheet {sheets} highlighted earlier was not found (renamed or deleted): its highlighting was left; give it its old name back and click Clear highlights to remove it.",
  },
  time_limit: {
    vi: "Việc này dừng lại sau {minutes} phút (Excel ngắt nút lệnh sau 5 phút) và chưa thay đổi gì. Hãy dùng ngăn Kiểm tra Kế hoạch cho bảng lớn như vậy, hoặc chia bảng thành nhiều trang.",
    en: "This stopped after {minutes} minutes (Excel stops ribbon commands after 5) and changed nothing. Use the plan checker's pane for a table this large, or split it across sheets.",
  },
  pattern_fills_kept: {
    vi: "Một số ô có mẫu tô (họa tiết); chúng được ghi lại và sẽ trở lại như cũ khi xóa tô màu.",
    en: "Some cells have pattern fills; they were recorded and come back as they were when the highlighting is cleared.",
  },
};

const OPS: Record<string, Record<Lang, string>> = {
  check: { vi: "kiểm tra", en: "checking" },
  clear: { vi: "xóa tô màu", en: "clearing the highlighting" },
  summary: { vi: "tạo tổng hợp", en: "creating the summary" },
};

/** The message in the UI's language. */
export function renderHostMessage(message: HostMessage, lang: Lang): string {
  const params: HostMessageParams = { ...(message.params ?? {}) };
  if (params.op && OPS[params.op]) params.op = OPS[params.op][lang];
  return TEXTS[message.code][lang].replace(
    /\{(\w+)\}/g,
    (_, name: string) => params[name as keyof HostMessageParams] ?? "",
  );
}

export function isHostMessage(v: unknown): v is HostMessage {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as HostMessage).code === "string" &&
    (HOST_MESSAGE_CODES as readonly string[]).includes((v as HostMessage).code)
  );
}
