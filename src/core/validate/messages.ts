import type { IssueCode, Severity } from "../report";

/** Severity of each issue code (spec "Issues"). */
export const SEVERITY: Record<IssueCode, Severity> = {
  missing_task: "error",
  missing_lead: "error",
  missing_deadline: "error",
  missing_output: "warning",
  unparsed_deadline: "warning",
  invalid_date: "error",
  deadline_outside_plan_year: "warning",
  duplicate_stt: "error",
  stt_sequence: "warning",
  cell_error: "error",
  multiple_leads: "warning",
  legacy_encoding: "info",
};

/** Vietnamese messages that say what to fix. */
export const MESSAGES = {
  missing_task: (stt: string | null) =>
    `Dòng số ${stt ?? ""} chưa có nội dung công việc; nhập nội dung nhiệm vụ hoặc xóa số thứ tự thừa`.replace(
      "số  ",
      "",
    ),
  missing_lead: (noColumn = false) =>
    noColumn
      ? "Thiếu đơn vị chủ trì: bảng không có cột đơn vị chủ trì; hãy thêm cột và ghi đơn vị chủ trì cho nhiệm vụ này"
      : "Thiếu đơn vị chủ trì",
  missing_deadline: () => "Thiếu thời gian hoàn thành",
  missing_output: () => "Thiếu kết quả/sản phẩm đầu ra",
  unparsed_deadline: (text: string) =>
    `Không đọc được thời gian hoàn thành "${text}"; ghi theo dạng ngày/tháng/năm, tháng/năm, quý hoặc năm`,
  invalid_date: (date: string) => `Ngày "${date}" không tồn tại; kiểm tra lại ngày, tháng`,
  deadline_outside_plan_year: (due: string, from: number, to: number) =>
    `Thời hạn ${due} nằm ngoài năm kế hoạch (${from === to ? from : `${from}-${to}`}); kiểm tra lại năm của thời hạn`,
  duplicate_stt: (stt: string) => `Số thứ tự ${stt} bị trùng trong cùng mục`,
  stt_sequence: (stt: string, prev: string) => `Số thứ tự ${stt} không liền sau ${prev}; kiểm tra lại cách đánh số`,
  cell_error: (cell: string, error: string) => `Ô ${cell} chứa lỗi ${error}; sửa lại công thức hoặc nhập lại giá trị`,
  multiple_leads: (units: string[]) =>
    `Có ${units.length} đơn vị chủ trì (${units.join("; ")}); nên giao một đơn vị chủ trì, các đơn vị còn lại phối hợp`,
  legacy_encoding: (enc: string) =>
    `Trang tính dùng phông chữ tiếng Việt cũ (${enc}); nên chuyển sang Unicode (phông Times New Roman, Arial) để tra cứu và sắp xếp đúng`,
};
