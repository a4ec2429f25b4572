import { isoToDmy } from "../dates";
import type { Lang } from "../lang";

/** One task of a reminder: as people name it, what it is, when it was due. */
export interface ReminderTask {
  label: string;
  task: string | null;
  due: string | null;
  overdue: boolean;
}

const MAX_TASK = 160;
const clip = (t: string) => {
  const s = t.replace(/\s+/g, " ").trim();
  return s.length > MAX_TASK ? `${s.slice(0, MAX_TASK - 1)}…` : s;
};

/** A day `days` after an ISO day. */
function plusDays(iso: string, days: number): string {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)) + days));
  return d.toISOString().slice(0, 10);
}

/**
 * The reminder an office sends a unit about its overdue and due-soon tasks, in Vietnamese
 * administrative style, ready to copy into a letter ("công văn đôn đốc"):
 *   "Đề nghị Phòng Tư pháp khẩn trương hoàn thành các nhiệm vụ sau: 1) Mục II, nhiệm vụ 3: … (hạn
 *    30/09/2025, đã quá hạn); …; báo cáo kết quả về Văn phòng trước ngày 22/10/2025."
 * The report-back day is a week after the as-of day. Lines: the request, one per task, the close.
 */
export function reminderLines(
  unit: string,
  tasks: readonly ReminderTask[],
  asOf: string,
  lang: Lang = "vi",
  office: string = lang === "vi" ? "Văn phòng" : "the Office",
): string[] {
  if (tasks.length === 0) return [];
  const by = isoToDmy(plusDays(asOf, 7));
  const items = tasks.map((t, i) => {
    const due = t.due ? isoToDmy(t.due) : null;
    const state =
      lang === "vi"
        ? due
          ? `hạn ${due}${t.overdue ? ", đã quá hạn" : ", sắp đến hạn"}`
          : t.overdue
            ? "đã quá hạn"
            : "sắp đến hạn"
        : due
          ? `due ${due}${t.overdue ? ", overdue" : ", due soon"}`
          : t.overdue
            ? "overdue"
            : "due soon";
    const text = t.task ? `: ${clip(t.task)}` : "";
    return `${i + 1}) ${t.label}${text} (${state})${i === tasks.length - 1 ? "." : ";"}`;
  });
  if (lang === "en") {
    return [
      `${unit} is asked to complete the following tasks without delay:`,
      ...items,
      `and to report the results to ${office} by ${by}.`,
    ];
  }
  return [
    `Đề nghị ${unit} khẩn trương hoàn thành các nhiệm vụ sau:`,
    ...items,
    `và báo cáo kết quả về ${office} trước ngày ${by}.`,
  ];
}
