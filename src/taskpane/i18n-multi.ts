import type { ChangeKind } from "../core/history";
import { useStrings } from "./i18n";
import type { Lang } from "../core";

/** The pane's words for several files at once and for what changed since the last check. */
export interface MultiStrings {
  consolidateHeading: string;
  consolidateHint: string;
  pickFiles: string;
  consolidating: string;
  consolidated: (checked: number, failed: number) => string;
  fileColumn: string;
  tasksColumn: string;
  overdueColumn: string;
  dueSoonColumn: string;
  doneColumn: string;
  unreadable: (file: string, reason: string) => string;
  downloadSummary: string;
  writeSummary: string;
  written: (sheets: string[]) => string;
  changesHeading: (fromDdmmyyyy: string) => string;
  noChanges: string;
  changeKind: Record<ChangeKind, string>;
  lateDays: (n: number) => string;
  moved: (from: string, to: string) => string;
}

const MULTI: Record<Lang, MultiStrings> = {
  vi: {
    consolidateHeading: "Tổng hợp nhiều tệp",
    consolidateHint:
      "Chọn các tệp kế hoạch (hoặc báo cáo tiến độ) của các đơn vị: mỗi tệp được kiểm tra ngay trên máy này và gộp thành một bảng tổng hợp.",
    pickFiles: "Chọn các tệp…",
    consolidating: "Đang kiểm tra và tổng hợp…",
    consolidated: (n, f) => `Đã tổng hợp ${n} tệp${f > 0 ? `; ${f} tệp không đọc được` : ""}.`,
    fileColumn: "Tệp",
    tasksColumn: "Nhiệm vụ",
    overdueColumn: "Quá hạn",
    dueSoonColumn: "Sắp đến hạn",
    doneColumn: "Đã hoàn thành",
    unreadable: (file, reason) => `${file}: ${reason}`,
    downloadSummary: "Tải bảng tổng hợp",
    writeSummary: "Ghi bảng tổng hợp vào sổ tính",
    written: (sheets) => `Đã ghi các trang: ${sheets.join(", ")}.`,
    changesHeading: (d) => `Thay đổi so với lần kiểm tra ngày ${d}`,
    noChanges: "Không có thay đổi nào so với lần kiểm tra trước.",
    changeKind: {
      newly_overdue: "Mới quá hạn",
      still_overdue: "Vẫn quá hạn",
      newly_done: "Mới hoàn thành",
      deadline_moved: "Đổi thời hạn",
      added: "Nhiệm vụ mới",
      removed: "Nhiệm vụ không còn",
    },
    lateDays: (n) => `quá hạn ${n} ngày`,
    moved: (a, b) => `${a} → ${b}`,
  },
  en: {
    consolidateHeading: "Consolidate several files",
    consolidateHint:
      "Choose the plan (or progress) files of the units: each file is checked on this computer and all are combined into one summary.",
    pickFiles: "Choose files…",
    consolidating: "Checking and consolidating…",
    consolidated: (n, f) => `Consolidated ${n} files${f > 0 ? `; ${f} could not be read` : ""}.`,
    fileColumn: "File",
    tasksColumn: "Tasks",
    overdueColumn: "Overdue",
    dueSoonColumn: "Due soon",
    doneColumn: "Done",
    unreadable: (file, reason) => `${file}: ${reason}`,
    downloadSummary: "Download the summary",
    writeSummary: "Write the summary into the workbook",
    written: (sheets) => `Wrote the sheets: ${sheets.join(", ")}.`,
    changesHeading: (d) => `Changes since the check of ${d}`,
    noChanges: "Nothing changed since the previous check.",
    changeKind: {
      newly_overdue: "Newly overdue",
      still_overdue: "Still overdue",
      newly_done: "Newly done",
      deadline_moved: "Deadline moved",
      added: "New task",
      removed: "Task removed",
    },
    lateDays: (n) => `${n} days late`,
    moved: (a, b) => `${a} → ${b}`,
  },
};

export function useMultiStrings(): MultiStrings {
  return MULTI[useStrings().language];
}
