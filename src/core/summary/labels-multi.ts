/** User-facing words of the consolidated sheets (several files) and of the change sheets (history). */
import type { ChangeKind } from "../history/diff";
import type { Lang } from "../lang";

export interface MultiLabels {
  sheetByFile: string;
  sheetUnreadable: string;
  sheetChanges: string;
  sheetTrend: string;
  titleByFile: string;
  titleByUnitAll: string;
  titleOverdueAll: string;
  titleByPeriodAll: string;
  titleUnreadable: string;
  titleChanges: string;
  titleTrend: string;
  filesLine: (n: number) => string;
  changesLine: (fromDmy: string, toDmy: string) => string;
  file: string;
  plan: string;
  sheet: string;
  files: string;
  reason: string;
  change: string;
  section: string;
  taskStt: string;
  dueBefore: string;
  dueNow: string;
  statusBefore: string;
  statusNow: string;
  checkDate: string;
  changeLabel: Record<ChangeKind, string>;
  notesByFile: string;
  notesUnreadableNone: string;
  notesChangesNone: string;
  notesChanges: string;
  trendChartTitle: string;
}

export const MULTI_LABELS: Record<Lang, MultiLabels> = {
  vi: {
    sheetByFile: "Theo tệp",
    sheetUnreadable: "Tệp không đọc được",
    sheetChanges: "Thay đổi",
    sheetTrend: "Diễn biến",
    titleByFile: "TỔNG HỢP TÌNH HÌNH THỰC HIỆN CÁC KẾ HOẠCH THEO TỆP",
    titleByUnitAll: "TỔNG HỢP TÌNH HÌNH THỰC HIỆN CÁC KẾ HOẠCH THEO ĐƠN VỊ",
    titleOverdueAll: "DANH SÁCH NHIỆM VỤ QUÁ HẠN VÀ SẮP ĐẾN HẠN CỦA CÁC KẾ HOẠCH",
    titleByPeriodAll: "TỔNG HỢP NHIỆM VỤ CỦA CÁC KẾ HOẠCH THEO THỜI HẠN",
    titleUnreadable: "CÁC TỆP KHÔNG ĐỌC ĐƯỢC",
    titleChanges: "NHỮNG THAY ĐỔI SO VỚI LẦN KIỂM TRA TRƯỚC",
    titleTrend: "DIỄN BIẾN QUA CÁC LẦN KIỂM TRA",
    filesLine: (n) => `Tổng hợp từ ${n} tệp kế hoạch`,
    changesLine: (a, b) => `Lần kiểm tra trước: ngày ${a}; lần này: ngày ${b}`,
    file: "Tệp",
    plan: "Kế hoạch",
    sheet: "Trang tính",
    files: "Có trong các tệp",
    reason: "Lý do",
    change: "Thay đổi",
    section: "Mục",
    taskStt: "STT nhiệm vụ",
    dueBefore: "Hạn trước đây",
    dueNow: "Hạn hiện nay",
    statusBefore: "Tình trạng lần trước",
    statusNow: "Tình trạng lần này",
    checkDate: "Ngày kiểm tra",
    changeLabel: {
      newly_overdue: "Mới quá hạn",
      still_overdue: "Vẫn quá hạn",
      newly_done: "Mới hoàn thành",
      deadline_moved: "Đổi thời hạn",
      added: "Nhiệm vụ mới",
      removed: "Nhiệm vụ không còn",
    },
    notesByFile: "Ghi chú: mỗi dòng là một tệp; tổng cộng bằng tổng các tệp.",
    notesUnreadableNone: "Mọi tệp đều đọc được.",
    notesChangesNone: "Không có thay đổi nào so với lần kiểm tra trước.",
    notesChanges:
      "Ghi chú: nhiệm vụ được đối chiếu theo trang tính, mục, số thứ tự và nội dung, không theo số dòng (chèn hoặc chuyển dòng không làm mất đối chiếu).",
    trendChartTitle: "Nhiệm vụ đã hoàn thành và quá hạn qua các lần kiểm tra",
  },
  en: {
    sheetByFile: "By file",
    sheetUnreadable: "Unreadable files",
    sheetChanges: "Changes",
    sheetTrend: "Trend",
    titleByFile: "PROGRESS OF THE PLANS BY FILE",
    titleByUnitAll: "PROGRESS OF THE PLANS BY LEAD UNIT",
    titleOverdueAll: "OVERDUE TASKS AND TASKS DUE SOON IN THE PLANS",
    titleByPeriodAll: "TASKS OF THE PLANS BY DUE PERIOD",
    titleUnreadable: "FILES THAT COULD NOT BE READ",
    titleChanges: "CHANGES SINCE THE PREVIOUS CHECK",
    titleTrend: "PROGRESS OVER THE RECORDED CHECKS",
    filesLine: (n) => `Consolidated from ${n} plan files`,
    changesLine: (a, b) => `Previous check: ${a}; this check: ${b}`,
    file: "File",
    plan: "Plan",
    sheet: "Sheet",
    files: "Named in files",
    reason: "Reason",
    change: "Change",
    section: "Section",
    taskStt: "Task No.",
    dueBefore: "Due before",
    dueNow: "Due now",
    statusBefore: "Status before",
    statusNow: "Status now",
    checkDate: "Check date",
    changeLabel: {
      newly_overdue: "Newly overdue",
      still_overdue: "Still overdue",
      newly_done: "Newly done",
      deadline_moved: "Deadline moved",
      added: "New task",
      removed: "Task removed",
    },
    notesByFile: "Note: one row per file; the total is the sum of the files.",
    notesUnreadableNone: "Every file could be read.",
    notesChangesNone: "Nothing changed since the previous check.",
    notesChanges:
      "Note: tasks are matched by sheet, section, number and text, not by row (inserted or moved rows keep the match).",
    trendChartTitle: "Done and overdue tasks over the recorded checks",
  },
};
