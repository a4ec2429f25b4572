import { createContext, useContext } from "react";
import type { IssueCode, Role, RoleEvidence, Severity, Status } from "../core/report";
import { issueCounts, SECTION_WORD, SEVERITY_WORDS, severityCount, STATUS_WORDS } from "../core/words";
import { uiLanguage } from "../host/language";
import type { Lang } from "../core";

/** The pane's user-facing text. Vietnamese by default; English when Office speaks English. */

export interface Strings {
  language: Lang;
  appTitle: string;
  check: string;
  actionsLabel: string;
  showMore: (n: number, severity: Severity) => string;
  /** The button under a long task list: shows the next page of tasks. */
  showMoreTasks: (n: number) => string;
  checkedSummary: (tasks: number, issues: Record<Severity, number>) => string;
  checking: string;
  clearHighlights: string;
  clearing: string;
  clearedHighlights: string;
  makeSummary: string;
  summarizing: string;
  summaryDone: (sheets: string[]) => string;
  openFile: string;
  openFileHint: string;
  dropHere: string;
  reading: string;
  download: string;
  downloading: string;
  privacyNote: string;
  fileOpen: (name: string) => string;
  asOf: string;
  asOfPlaceholder: string;
  asOfHint: string;
  asOfPick: string;
  asOfToday: string;
  asOfRefused: (
    reason: "format" | "no_such_day" | "year_range",
    text: string,
    minYear: number,
    maxYear: number,
  ) => string;
  asOfFarFromPlanYear: (planYear: number) => string;
  /** Under the status counts: the day the results shown were computed for. */
  resultsAsOf: (ddmmyyyy: string) => string;
  dueSoonDays: string;
  settingsHeading: string;
  recognizedHeading: string;
  sheet: string;
  sheetPicker: string;
  headerRows: string;
  dataRows: string;
  planYear: string;
  tasks: string;
  sections: string;
  noRole: string;
  roleColumn: (role: string) => string;
  /** A column letter with its header text, in the column dropdown ("C – Trách nhiệm"). */
  columnWithHeader: (letter: string, header: string | undefined) => string;
  /** Why a role has its column (shown on hover). */
  roleEvidence: (e: RoleEvidence) => string;
  resetColumns: string;
  columnsHeading: string;
  unitsHeading: (n: number) => string;
  unitsLabel: string;
  unitsHint: string;
  unitsSave: string;
  unitsSaved: (n: number) => string;
  closePreview: string;
  notAPlan: (reason: string | null) => string;
  noPlanAnywhere: string;
  statusHeading: string;
  issuesHeading: string;
  noIssues: string;
  issueCount: (n: number, severity: Severity) => string;
  overdueHeading: string;
  tasksHeading: string;
  listHeading: (status: Status, n: number) => string;
  noTasks: string;
  noLead: string;
  daysLate: (n: number) => string;
  daysLeft: (n: number) => string;
  unitFilter: string;
  allUnits: string;
  statusFilterHint: string;
  noOverdue: string;
  legendHeading: string;
  rowLabel: (row: number) => string;
  cellLabel: (sheet: string, address: string) => string;
  selectedCell: (sheet: string, address: string) => string;
  previewHeading: string;
  highlightedRows: (n: number) => string;
  dismiss: string;
  unexpectedError: string;
  hostUnavailable: string;
  startHint: string;
  due: (date: string) => string;
  severity: Record<Severity, string>;
  status: Record<Status, string>;
  role: Record<Role, string>;
  issueCode: Record<IssueCode, string>;
}

const vi: Strings = {
  language: "vi",
  appTitle: "Kiểm tra Kế hoạch",
  check: "Kiểm tra",
  actionsLabel: "Thao tác",
  showMore: (n, severity) => `Hiện thêm ${severityCount(n, severity, "vi")}`,
  showMoreTasks: (n) => `Hiện thêm ${n} nhiệm vụ`,
  checkedSummary: (tasks, issues) =>
    `Đã kiểm tra: ${tasks} nhiệm vụ; ${issueCounts(issues, "vi") || "không có lỗi, cảnh báo nào"}.`,
  checking: "Đang kiểm tra…",
  clearHighlights: "Xóa tô màu",
  clearing: "Đang xóa tô màu…",
  clearedHighlights: "Đã xóa tô màu, các ô trở lại như trước.",
  makeSummary: "Tạo tổng hợp",
  summarizing: "Đang tạo tổng hợp…",
  summaryDone: (sheets) => `Đã tạo trang tổng hợp: ${sheets.join(", ")}.`,
  openFile: "Mở tệp Excel",
  openFileHint: "Chọn một tệp .xlsx hoặc kéo thả tệp vào đây.",
  dropHere: "Thả tệp .xlsx vào đây",
  reading: "Đang đọc tệp…",
  download: "Tải về",
  downloading: "Đang chuẩn bị tệp…",
  privacyNote: "Tệp được xử lý ngay trên máy của bạn; không có dữ liệu nào được gửi đi.",
  fileOpen: (name) => `Tệp đang mở: ${name}`,
  asOf: "Tính đến ngày",
  asOfPlaceholder: "ngày/tháng/năm",
  asOfHint: "Nhập ngày/tháng/năm (ví dụ 15/10/2025) hoặc chọn trên lịch.",
  asOfPick: "Chọn ngày trên lịch",
  asOfToday: "Hôm nay",
  asOfRefused: (reason, text, minYear, maxYear) =>
    reason === "no_such_day"
      ? `Không có ngày “${text}”. Ngày tính vẫn giữ như cũ.`
      : reason === "year_range"
        ? `Năm của “${text}” phải từ ${minYear} đến ${maxYear}. Ngày tính vẫn giữ như cũ.`
        : `Không đọc được “${text}” là một ngày: hãy nhập ngày/tháng/năm, ví dụ 15/10/2025. Ngày tính vẫn giữ như cũ.`,
  asOfFarFromPlanYear: (y) => `Ngày này cách năm kế hoạch ${y} hơn một năm: hãy xem lại năm.`,
  resultsAsOf: (d) => `Kết quả tính đến ngày ${d}`,
  dueSoonDays: "Số ngày coi là sắp đến hạn",
  settingsHeading: "Thiết lập",
  recognizedHeading: "Bảng kế hoạch nhận dạng được",
  sheet: "Trang tính",
  sheetPicker: "Chọn trang tính",
  headerRows: "Dòng tiêu đề",
  dataRows: "Dòng dữ liệu",
  planYear: "Năm kế hoạch",
  tasks: "Nhiệm vụ",
  sections: SECTION_WORD.vi,
  noRole: "(không có)",
  roleColumn: (role) => `Cột ${role}`,
  columnWithHeader: (letter, header) => (header ? `${letter} – ${header}` : `${letter} (tiêu đề trống)`),
  roleEvidence: (e) => {
    const p = e.params ?? {};
    switch (e.code) {
      case "header_label":
        return `Theo tiêu đề cột: "${p.label ?? ""}"`;
      case "cells_units":
        return `Theo nội dung: ${p.share}% ô trong cột là tên đơn vị`;
      case "cells_deadlines":
        return `Theo nội dung: ${p.share}% ô trong cột là thời hạn`;
      case "cells_progress":
        return `Theo nội dung: ${p.share}% ô trong cột là tình hình thực hiện`;
      case "cells_persons":
        return `Theo nội dung: ${p.share}% ô trong cột nêu người hoặc đơn vị phụ trách`;
      case "cells_text":
        return `Theo nội dung: cột có các đoạn chữ dài nhất (trung bình ${p.length} ký tự)`;
      case "cells_numbers":
        return "Theo nội dung: cột chứa số thứ tự";
      case "user_override":
        return "Do bạn chọn";
      default:
        return e.source === "header" ? "Theo tiêu đề cột" : e.source === "user" ? "Do bạn chọn" : "Theo nội dung cột";
    }
  },
  resetColumns: "Dùng lại nhận dạng tự động",
  columnsHeading: "Cột của từng mục (sửa nếu nhận dạng sai)",
  unitsHeading: (n) => `Danh sách đơn vị của cơ quan (${n})`,
  unitsLabel: "Tên chuẩn của các đơn vị, mỗi dòng một đơn vị",
  unitsHint: "Dùng để gộp các cách viết khác nhau của cùng một đơn vị trong phần tổng hợp.",
  unitsSave: "Lưu danh sách",
  unitsSaved: (n) => `Đã lưu danh sách ${n} đơn vị; bấm Kiểm tra để áp dụng.`,
  closePreview: "Đóng xem trước",
  notAPlan: (reason) => `Không thấy bảng kế hoạch trong trang tính này${reason ? `: ${reason}` : "."}`,
  noPlanAnywhere:
    "Không tìm thấy bảng kế hoạch nào. Hãy kiểm tra bảng có dòng tiêu đề (STT, Nội dung công việc, Đơn vị chủ trì, Thời hạn…) rồi bấm Kiểm tra lại.",
  statusHeading: "Tình trạng nhiệm vụ",
  issuesHeading: "Các lỗi cần sửa",
  noIssues: "Không có lỗi nào.",
  issueCount: (n, severity) => severityCount(n, severity, "vi"),
  overdueHeading: "Nhiệm vụ quá hạn",
  tasksHeading: "Nhiệm vụ cần đôn đốc",
  listHeading: (status, n) => `${STATUS_WORDS.vi[status]} (${n})`,
  noTasks: "Không có nhiệm vụ nào.",
  noLead: "(chưa có đơn vị chủ trì)",
  daysLate: (n) => `quá hạn ${n} ngày`,
  daysLeft: (n) => (n === 0 ? "đến hạn hôm nay" : `còn ${n} ngày`),
  unitFilter: "Lọc theo đơn vị chủ trì",
  allUnits: "Tất cả đơn vị",
  statusFilterHint: "Bấm một tình trạng để xem danh sách nhiệm vụ đó; bấm lại để bỏ lọc.",
  noOverdue: "Không có nhiệm vụ quá hạn.",
  legendHeading: "Chú thích màu tô",
  rowLabel: (row) => `Dòng ${row}`,
  cellLabel: (sheet, address) => `${sheet}!${address}`,
  selectedCell: (sheet, address) => `Đang chọn ô ${address} của trang “${sheet}”.`,
  previewHeading: "Xem trước",
  highlightedRows: (n) => `Đã tô màu ${n} dòng.`,
  dismiss: "Đóng",
  unexpectedError: "Đã xảy ra lỗi không mong muốn. Hãy thử lại; nếu vẫn lỗi, hãy lưu tệp và mở lại.",
  hostUnavailable: "Chức năng này không có ở chế độ hiện tại.",
  startHint: "Bấm Kiểm tra để nhận dạng bảng kế hoạch trong trang tính đang mở.",
  due: (date) => `hạn ${date}`,
  severity: SEVERITY_WORDS.vi,
  status: STATUS_WORDS.vi,
  role: {
    stt: "STT",
    task: "Nội dung công việc",
    lead: "Đơn vị chủ trì",
    support: "Đơn vị phối hợp",
    deadline: "Thời hạn",
    output: "Sản phẩm",
    status: "Tình hình thực hiện",
    note: "Ghi chú",
  },
  issueCode: {
    missing_task: "Thiếu nội dung công việc",
    missing_lead: "Thiếu đơn vị chủ trì",
    missing_deadline: "Thiếu thời hạn",
    missing_output: "Thiếu sản phẩm",
    unparsed_deadline: "Thời hạn không đọc được",
    invalid_date: "Ngày không có thật",
    deadline_outside_plan_year: "Thời hạn ngoài năm kế hoạch",
    duplicate_stt: "STT bị trùng",
    stt_sequence: "STT không liên tục",
    cell_error: "Ô có lỗi Excel",
    multiple_leads: "Nhiều đơn vị chủ trì",
    legacy_encoding: "Phông chữ cũ (TCVN3/VNI)",
  },
};

const en: Strings = {
  language: "en",
  appTitle: "Plan Checker",
  check: "Check",
  actionsLabel: "Actions",
  showMore: (n, severity) => `Show ${severityCount(n, severity, "en")} more`,
  showMoreTasks: (n) => `Show ${n} more ${n === 1 ? "task" : "tasks"}`,
  checkedSummary: (tasks, issues) =>
    `Checked: ${tasks} ${tasks === 1 ? "task" : "tasks"}; ${issueCounts(issues, "en") || "no errors or warnings"}.`,
  checking: "Checking…",
  clearHighlights: "Clear highlights",
  clearing: "Clearing highlights…",
  clearedHighlights: "Highlights cleared; cells are back as they were.",
  makeSummary: "Create summary",
  summarizing: "Creating summary…",
  summaryDone: (sheets) => `Summary sheets written: ${sheets.join(", ")}.`,
  openFile: "Open Excel file",
  openFileHint: "Choose an .xlsx file or drop one here.",
  dropHere: "Drop an .xlsx file here",
  reading: "Reading the file…",
  download: "Download",
  downloading: "Preparing the file…",
  privacyNote: "The file is processed on your computer; nothing is sent anywhere.",
  fileOpen: (name) => `Open file: ${name}`,
  asOf: "As of",
  asOfPlaceholder: "dd/mm/yyyy",
  asOfHint: "Type day/month/year (e.g. 15/10/2025) or pick it on the calendar.",
  asOfPick: "Pick a day on the calendar",
  asOfToday: "Today",
  asOfRefused: (reason, text, minYear, maxYear) =>
    reason === "no_such_day"
      ? `There is no day “${text}”. The as-of day is unchanged.`
      : reason === "year_range"
        ? `The year of “${text}” must be from ${minYear} to ${maxYear}. The as-of day is unchanged.`
        : `“${text}” is not a day: type day/month/year, e.g. 15/10/2025. The as-of day is unchanged.`,
  asOfFarFromPlanYear: (y) => `This day is more than a year from the plan year ${y}: check the year.`,
  resultsAsOf: (d) => `Results as of ${d}`,
  dueSoonDays: "Days counted as due soon",
  settingsHeading: "Settings",
  recognizedHeading: "Recognized plan table",
  sheet: "Sheet",
  sheetPicker: "Choose a sheet",
  headerRows: "Header rows",
  dataRows: "Data rows",
  planYear: "Plan year",
  tasks: "Tasks",
  sections: "Sections",
  noRole: "(none)",
  roleColumn: (role) => `${role} column`,
  columnWithHeader: (letter, header) => (header ? `${letter} – ${header}` : `${letter} (empty header)`),
  roleEvidence: (e) => {
    const p = e.params ?? {};
    switch (e.code) {
      case "header_label":
        return `From the column header: "${p.label ?? ""}"`;
      case "cells_units":
        return `From the cells: ${p.share}% of them name units`;
      case "cells_deadlines":
        return `From the cells: ${p.share}% of them read as deadlines`;
      case "cells_progress":
        return `From the cells: ${p.share}% of them are progress words or percentages`;
      case "cells_persons":
        return `From the cells: ${p.share}% of them name persons or units in charge`;
      case "cells_text":
        return `From the cells: the longest texts (${p.length} characters on average)`;
      case "cells_numbers":
        return "From the cells: row numbers";
      case "user_override":
        return "Your choice";
      default:
        return e.source === "header"
          ? "From the column header"
          : e.source === "user"
            ? "Your choice"
            : "From the cells";
    }
  },
  resetColumns: "Use automatic recognition again",
  columnsHeading: "Column of each role (correct a wrong one)",
  unitsHeading: (n) => `The organisation's units (${n})`,
  unitsLabel: "Canonical unit names, one per line",
  unitsHint: "Used to merge different spellings of the same unit in the summary.",
  unitsSave: "Save the list",
  unitsSaved: (n) => `Saved the list of ${n} ${n === 1 ? "unit" : "units"}; click Check to apply it.`,
  closePreview: "Close preview",
  notAPlan: (reason) => `No plan table on this sheet${reason ? `: ${reason}` : "."}`,
  noPlanAnywhere:
    "No plan table found. Make sure the table has a header row (No., Task, Lead unit, Deadline…) and check again.",
  statusHeading: "Task status",
  issuesHeading: "Issues to fix",
  noIssues: "No issues.",
  issueCount: (n, severity) => severityCount(n, severity, "en"),
  overdueHeading: "Overdue tasks",
  tasksHeading: "Tasks to follow up",
  listHeading: (status, n) => `${STATUS_WORDS.en[status]} (${n})`,
  noTasks: "No tasks.",
  noLead: "(no lead unit)",
  daysLate: (n) => `${n} ${n === 1 ? "day" : "days"} late`,
  daysLeft: (n) => (n === 0 ? "due today" : `${n} ${n === 1 ? "day" : "days"} left`),
  unitFilter: "Filter by lead unit",
  allUnits: "All units",
  statusFilterHint: "Click a status to list its tasks; click it again to clear the filter.",
  noOverdue: "No overdue tasks.",
  legendHeading: "Highlight legend",
  rowLabel: (row) => `Row ${row}`,
  cellLabel: (sheet, address) => `${sheet}!${address}`,
  selectedCell: (sheet, address) => `Cell ${address} of sheet “${sheet}” is selected.`,
  previewHeading: "Preview",
  highlightedRows: (n) => `${n} ${n === 1 ? "row" : "rows"} highlighted.`,
  dismiss: "Dismiss",
  unexpectedError: "Something unexpected went wrong. Try again; if it persists, save the file and reopen it.",
  hostUnavailable: "This feature is not available here.",
  startHint: "Click Check to recognize the plan table on the active sheet.",
  due: (date) => `due ${date}`,
  severity: SEVERITY_WORDS.en,
  status: STATUS_WORDS.en,
  role: {
    stt: "No.",
    task: "Task",
    lead: "Lead unit",
    support: "Supporting units",
    deadline: "Deadline",
    output: "Output",
    status: "Progress",
    note: "Note",
  },
  issueCode: {
    missing_task: "Missing task text",
    missing_lead: "Missing lead unit",
    missing_deadline: "Missing deadline",
    missing_output: "Missing output",
    unparsed_deadline: "Unreadable deadline",
    invalid_date: "Date does not exist",
    deadline_outside_plan_year: "Deadline outside the plan year",
    duplicate_stt: "Duplicate number",
    stt_sequence: "Numbering out of sequence",
    cell_error: "Excel error in a cell",
    multiple_leads: "Several lead units",
    legacy_encoding: "Legacy font encoding (TCVN3/VNI)",
  },
};

const TABLES: Record<Lang, Strings> = { vi, en };

/** English when Office's display language is English ("en", "en-US", …); Vietnamese otherwise. */
/** The add-in's one rule (src/host/language.ts): English for en-*, as the manifest's ribbon. */
export function pickLanguage(displayLanguage: string | null | undefined): Lang {
  return uiLanguage(displayLanguage);
}

export function stringsFor(language: Lang): Strings {
  return TABLES[language];
}

export const StringsContext = createContext<Strings>(vi);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
