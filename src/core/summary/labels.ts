import { SECTION_WORD, STATUS_WORDS } from "../words";
import type { Lang } from "../lang";

/** User-facing words of the summary sheets, Vietnamese and English. */

export interface SummaryLabels {
  sheetByUnit: string;
  sheetOverdue: string;
  sheetByPeriod: string;
  sheetBySection: string;
  sheetIssues: string;
  titleIssues: string;
  sheetColumn: string;
  cell: string;
  severity: string;
  code: string;
  message: string;
  wholeSheet: string;
  legendHeading: string;

  titleByUnit: string;
  titleOverdue: string;
  titleByPeriod: string;
  titleBySection: string;
  titleUnit: (unit: string) => string;
  asOfLine: (ddmmyyyy: string) => string;

  stt: string;
  unit: string;
  total: string;
  done: string;
  onTime: string;
  overdue: string;
  dueSoon: string;
  noDeadline: string;
  doneRate: string;
  overdueRate: string;
  task: string;
  lead: string;
  support: string;
  deadlineText: string;
  due: string;
  daysOverdue: string;
  progress: string;
  source: string;
  period: string;
  tasksDue: string;
  section: string;
  role: string;
  otherUnits: string;
  status: string;

  totalRow: string;
  noUnit: string;
  noSection: string;
  noDue: string;
  roleLead: string;
  roleSupport: string;
  statusLabel: { done: string; overdue: string; due_soon: string; open: string; no_deadline: string };
  dueToday: string;
  dueInDays: (n: number) => string;
  overdueDays: (n: number) => string;
  month: (m: number, y: number) => string;
  quarter: (q: number, y: number) => string;
  wholeYear: (y: number) => string;
  linkText: (sheet: string, row: number, withSheet: boolean) => string;
  chartTitle: string;

  /** How the count columns add up; `continued`: after another note line (no "Ghi chú:" again). */
  notesCounts: (dueSoonDays: number, continued?: boolean) => string[];
  notesSection: string;
  notesPeriod: (grain: "month" | "quarter") => string;
  notesOverdueEmpty: string;
  notesUnit: string;
}

const ROMAN = ["", "I", "II", "III", "IV"];

export const LABELS: Record<Lang, SummaryLabels> = {
  vi: {
    sheetByUnit: "Theo đơn vị",
    sheetOverdue: "Quá hạn và sắp đến hạn",
    sheetByPeriod: "Theo thời hạn",
    sheetBySection: "Theo lĩnh vực",
    sheetIssues: "Lỗi cần sửa",
    titleIssues: "DANH SÁCH LỖI VÀ CẢNH BÁO TRONG KẾ HOẠCH",
    sheetColumn: "Trang tính",
    cell: "Ô",
    severity: "Mức độ",
    code: "Mã",
    message: "Nội dung",
    wholeSheet: "(cả trang)",
    legendHeading: "Chú thích màu tô trong kế hoạch:",

    titleByUnit: "TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH THEO ĐƠN VỊ",
    titleOverdue: "DANH SÁCH NHIỆM VỤ QUÁ HẠN VÀ SẮP ĐẾN HẠN",
    titleByPeriod: "TỔNG HỢP NHIỆM VỤ THEO THỜI HẠN",
    titleBySection: "TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH THEO LĨNH VỰC",
    titleUnit: (u) => `NHIỆM VỤ CỦA ${u.toLocaleUpperCase("vi")}`,
    asOfLine: (d) => `Tính đến ngày ${d}`,

    stt: "STT",
    unit: "Đơn vị chủ trì",
    total: "Tổng số nhiệm vụ",
    done: STATUS_WORDS.vi.done,
    onTime: "Chưa hoàn thành: trong hạn",
    overdue: "Chưa hoàn thành: quá hạn",
    dueSoon: STATUS_WORDS.vi.due_soon,
    noDeadline: STATUS_WORDS.vi.no_deadline,
    doneRate: "Tỷ lệ hoàn thành",
    overdueRate: "Tỷ lệ quá hạn",
    task: "Nội dung",
    lead: "Đơn vị chủ trì",
    support: "Đơn vị phối hợp",
    deadlineText: "Thời hạn",
    due: "Ngày đến hạn",
    daysOverdue: "Số ngày quá hạn",
    progress: "Tình hình thực hiện",
    source: "Dòng trong kế hoạch",
    period: "Thời hạn",
    tasksDue: "Số nhiệm vụ đến hạn",
    section: SECTION_WORD.vi,
    role: "Vai trò",
    otherUnits: "Đơn vị cùng thực hiện",
    status: "Tình trạng",

    totalRow: "Tổng cộng",
    noUnit: "(Chưa xác định)",
    noSection: "(Không thuộc mục nào)",
    noDue: STATUS_WORDS.vi.no_deadline,
    roleLead: "Chủ trì",
    roleSupport: "Phối hợp",
    statusLabel: STATUS_WORDS.vi,
    dueToday: "Đến hạn hôm nay",
    dueInDays: (n) => `Sắp đến hạn (còn ${n} ngày)`,
    overdueDays: (n) => `Quá hạn ${n} ngày`,
    month: (m, y) => `Tháng ${m}/${y}`,
    quarter: (q, y) => `Quý ${ROMAN[q]}/${y}`,
    wholeYear: (y) => `Cả năm ${y}`,
    linkText: (sheet, row, withSheet) => (withSheet ? `${sheet}, dòng ${row}` : `Dòng ${row}`),
    chartTitle: "Nhiệm vụ đã hoàn thành và quá hạn theo đơn vị",

    notesCounts: (d, continued) => [
      (continued ? "" : "Ghi chú: ") +
        "Tổng số nhiệm vụ = Đã hoàn thành + Chưa hoàn thành trong hạn + Chưa hoàn thành quá hạn + Thường xuyên / không có hạn.",
      `"Sắp đến hạn" (đến hạn trong ${d} ngày tới) là một phần của "Chưa hoàn thành: trong hạn". Tỷ lệ tính trên tổng số nhiệm vụ.`,
      "Nhiệm vụ có nhiều đơn vị chủ trì được tính một lần, cho đơn vị chủ trì đầu tiên.",
    ],
    notesSection:
      "Ghi chú: dòng in đậm là tổng của các mục bên dưới; tổng cộng bằng tổng các dòng in đậm (hoặc các dòng khi kế hoạch chỉ có một cấp mục).",
    notesPeriod: (g) =>
      `Ghi chú: nhiệm vụ xếp theo ${g === "month" ? "tháng" : "quý"} của ngày đến hạn (theo tháng khi các ngày đến hạn nằm trong 12 tháng, theo quý khi dài hơn); nhiệm vụ có thời hạn cả năm ("Trong năm 2025") ở dòng "Cả năm".`,
    notesOverdueEmpty: "Không có nhiệm vụ quá hạn hoặc sắp đến hạn.",
    notesUnit:
      "Ghi chú: gồm các nhiệm vụ đơn vị chủ trì (kể cả cùng chủ trì với đơn vị khác) và các nhiệm vụ đơn vị phối hợp.",
  },
  en: {
    sheetByUnit: "By unit",
    sheetOverdue: "Overdue and due soon",
    sheetByPeriod: "By due period",
    sheetBySection: "By section",
    sheetIssues: "Issues",
    titleIssues: "ERRORS AND WARNINGS IN THE PLAN",
    sheetColumn: "Sheet",
    cell: "Cell",
    severity: "Severity",
    code: "Code",
    message: "Message",
    wholeSheet: "(whole sheet)",
    legendHeading: "Highlight legend in the plan:",

    titleByUnit: "PLAN PROGRESS BY LEAD UNIT",
    titleOverdue: "OVERDUE TASKS AND TASKS DUE SOON",
    titleByPeriod: "TASKS BY DUE PERIOD",
    titleBySection: "PLAN PROGRESS BY SECTION",
    titleUnit: (u) => `TASKS OF ${u.toLocaleUpperCase("vi")}`,
    asOfLine: (d) => `As of ${d}`,

    stt: "No.",
    unit: "Lead unit",
    total: "Tasks",
    done: STATUS_WORDS.en.done,
    onTime: "Not done: on time",
    overdue: "Not done: overdue",
    dueSoon: STATUS_WORDS.en.due_soon,
    noDeadline: STATUS_WORDS.en.no_deadline,
    doneRate: "Done rate",
    overdueRate: "Overdue rate",
    task: "Task",
    lead: "Lead unit",
    support: "Supporting units",
    deadlineText: "Deadline (as written)",
    due: "Due date",
    daysOverdue: "Days overdue",
    progress: "Progress",
    source: "Row in the plan",
    period: "Due period",
    tasksDue: "Tasks due",
    section: SECTION_WORD.en,
    role: "Role",
    otherUnits: "Other units",
    status: "Status",

    totalRow: "Total",
    noUnit: "(No lead unit)",
    noSection: "(No section)",
    noDue: STATUS_WORDS.en.no_deadline,
    roleLead: "Lead",
    roleSupport: "Support",
    statusLabel: STATUS_WORDS.en,
    dueToday: "Due today",
    dueInDays: (n) => `Due soon (${n} days left)`,
    overdueDays: (n) => `Overdue by ${n} days`,
    month: (m, y) => `${String(m).padStart(2, "0")}/${y}`,
    quarter: (q, y) => `Q${q} ${y}`,
    wholeYear: (y) => `Whole year ${y}`,
    linkText: (sheet, row, withSheet) => (withSheet ? `${sheet}, row ${row}` : `Row ${row}`),
    chartTitle: "Done and overdue tasks by unit",

    notesCounts: (d, continued) => [
      (continued ? "" : "Note: ") + "Tasks = Done + Not done on time + Not done overdue + Ongoing / no deadline.",
      `"Due soon" (due within ${d} days) is part of "Not done: on time". Rates are of all tasks.`,
      "A task with several lead units counts once, for its first lead unit.",
    ],
    notesSection:
      "Note: bold rows sum the rows below them; the total equals the sum of the bold rows (or of all rows when the plan has one level of sections).",
    notesPeriod: (g) =>
      `Note: tasks are grouped by the ${g} of their due date (months when the due dates fall within 12 months, quarters when longer); tasks due "within the year" are on the "Whole year" row.`,
    notesOverdueEmpty: "No task is overdue or due soon.",
    notesUnit: "Note: lists the tasks the unit leads (also jointly with other units) and the tasks it supports.",
  },
};
