import type { PlanReport } from "../core/report";
import { inline, issueCounts, STATUS_WORDS } from "../core";
import { renderHostMessage, type HostMessage } from "../host";
import type { Lang } from "../core";

/** The short texts the ribbon commands show when they are done (pure). */

export interface Notice {
  title: string;
  text: string;
  kind: "info" | "error";
}

/** The host's warnings (codes with parameters) in the notice's language, one a line; undefined when none. */
export function warningsText(warnings: readonly HostMessage[] | undefined, lang: Lang): string | undefined {
  if (!warnings || warnings.length === 0) return undefined;
  return warnings.map((w) => renderHostMessage(w, lang)).join("\n");
}

export function checkNotice(
  report: PlanReport,
  highlightedRows: number,
  lang: Lang,
  warnings?: readonly HostMessage[],
): Notice {
  const warning = warningsText(warnings, lang);
  const sheets = report.sheets.filter((s) => s.recognized);
  if (sheets.length === 0) {
    const name = report.sheets[0]?.sheet ?? "";
    return lang === "en"
      ? {
          kind: "error",
          title: "No plan table",
          text: `No plan table was found on the sheet “${name}”. Open the sheet that holds the plan (STT, task, lead unit, deadline columns) and try again.`,
        }
      : {
          kind: "error",
          title: "Không có bảng kế hoạch",
          text: `Không tìm thấy bảng kế hoạch trên trang “${name}”. Hãy mở trang có bảng kế hoạch (các cột STT, Nội dung, Đơn vị chủ trì, Thời hạn) rồi thử lại.`,
        };
  }
  const count = { task: 0, overdue: 0, due_soon: 0, done: 0 };
  const issues = { error: 0, warning: 0, info: 0 };
  for (const s of sheets) {
    for (const i of s.items) {
      if (i.type !== "task") continue;
      count.task++;
      if (i.status === "overdue" || i.status === "due_soon" || i.status === "done") count[i.status]++;
    }
    for (const i of s.issues) issues[i.severity]++;
  }
  const names = sheets.map((s) => `“${s.sheet}”`).join(", ");
  if (lang === "en") {
    const lines = [
      `Sheet ${names}: ${count.task} tasks — ${count.overdue} ${inline(STATUS_WORDS.en.overdue)}, ${count.due_soon} ${inline(STATUS_WORDS.en.due_soon)}, ${count.done} ${inline(STATUS_WORDS.en.done)} (as of ${report.asOf}).`,
      `${issueCounts({ ...issues, info: 0 }, "en") || "No errors or warnings"}. Open the pane (Open pane) for the list.`,
      warning ??
        (highlightedRows > 0
          ? `${highlightedRows} rows highlighted; “Clear highlights” removes them.`
          : "Nothing to highlight."),
    ];
    return { kind: "info", title: "Plan checked", text: lines.join("\n") };
  }
  const lines = [
    `Trang ${names}: ${count.task} nhiệm vụ — ${count.overdue} ${inline(STATUS_WORDS.vi.overdue)}, ${count.due_soon} ${inline(STATUS_WORDS.vi.due_soon)}, ${count.done} ${inline(STATUS_WORDS.vi.done)} (tính đến ${viDate(report.asOf)}).`,
    `${issueCounts({ ...issues, info: 0 }, "vi") || "Không có lỗi hay cảnh báo"}. Mở ngăn (Mở ngăn) để xem danh sách.`,
    warning ??
      (highlightedRows > 0
        ? `Đã tô màu ${highlightedRows} dòng; nút “Xóa tô màu” sẽ bỏ tô màu.`
        : "Không có dòng nào cần tô màu."),
  ];
  return { kind: "info", title: "Đã kiểm tra kế hoạch", text: lines.join("\n") };
}

export function clearNotice(sheets: string[], lang: Lang, warnings?: readonly HostMessage[]): Notice {
  const notice = clearNoticeBase(sheets, lang);
  const extra = warningsText(warnings, lang);
  return extra ? { ...notice, text: `${notice.text}\n${extra}` } : notice;
}

function clearNoticeBase(sheets: string[], lang: Lang): Notice {
  if (sheets.length === 0) {
    return lang === "en"
      ? {
          kind: "info",
          title: "Nothing to clear",
          text: "There is no highlighting from the plan checker in this workbook.",
        }
      : {
          kind: "info",
          title: "Không có gì để xóa",
          text: "Sổ làm việc này không có tô màu nào của Kiểm tra Kế hoạch.",
        };
  }
  const names = sheets.map((s) => `“${s}”`).join(", ");
  return lang === "en"
    ? {
        kind: "info",
        title: "Highlights cleared",
        text: `The highlighting on ${names} was removed; fills and borders are as they were.`,
      }
    : {
        kind: "info",
        title: "Đã xóa tô màu",
        text: `Đã xóa tô màu trên trang ${names}; màu nền và đường viền đã trở lại như trước.`,
      };
}

export function summaryNotice(names: string[], lang: Lang): Notice {
  if (names.length === 0)
    return errorNotice(
      lang === "en"
        ? "No plan table was found in this workbook."
        : "Không tìm thấy bảng kế hoạch nào trong sổ làm việc.",
      lang,
    );
  const list = names.map((s) => `“${s}”`).join(", ");
  return lang === "en"
    ? { kind: "info", title: "Summary created", text: `Sheets written: ${list}.` }
    : { kind: "info", title: "Đã tạo tổng hợp", text: `Đã tạo các trang: ${list}.` };
}

export function errorNotice(message: string, lang: Lang): Notice {
  return { kind: "error", title: lang === "en" ? "Could not finish" : "Chưa thực hiện được", text: message };
}

function viDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The notice as URL query parameters of the dialog page, and back. */
export function noticeQuery(n: Notice): string {
  return `notice=${encodeURIComponent(JSON.stringify(n))}`;
}

export function parseNoticeQuery(search: string): Notice | null {
  const m = /[?&]notice=([^&]*)/.exec(search);
  if (!m) return null;
  try {
    const n = JSON.parse(decodeURIComponent(m[1])) as Partial<Notice>;
    if (typeof n.title !== "string" || typeof n.text !== "string") return null;
    return { title: n.title, text: n.text, kind: n.kind === "error" ? "error" : "info" };
  } catch {
    return null;
  }
}
