/**
 * The marks the checker draws on a plan sheet, with their colours: the pane shows this table as
 * the legend, and every host draws from it. Colours are RRGGBB (Excel's own "Bad", "Neutral" and
 * "Good" cell-style fills, which print well in grey too).
 */
export const HIGHLIGHT_MARKS = ["overdue", "due_soon", "done", "invalid"] as const;
export type HighlightMark = (typeof HIGHLIGHT_MARKS)[number];

export interface HighlightStyle {
  mark: HighlightMark;
  /** Whole-row fill over the table's columns, or null. */
  fill: string | null;
  /** Cell border drawn on all four sides, or null. */
  border: string | null;
  label: { vi: string; en: string };
  /** One line saying what the mark means, for the legend. */
  description: { vi: string; en: string };
}

export const HIGHLIGHT_STYLES: Readonly<Record<HighlightMark, HighlightStyle>> = {
  overdue: {
    mark: "overdue",
    fill: "FFC7CE",
    border: null,
    label: { vi: "Quá hạn", en: "Overdue" },
    description: { vi: "Chưa hoàn thành và đã quá thời hạn", en: "Not done and past its due date" },
  },
  due_soon: {
    mark: "due_soon",
    fill: "FFEB9C",
    border: null,
    label: { vi: "Sắp đến hạn", en: "Due soon" },
    description: {
      vi: "Chưa hoàn thành, đến hạn trong số ngày đã đặt",
      en: "Not done, due within the set number of days",
    },
  },
  done: {
    mark: "done",
    fill: "C6EFCE",
    border: null,
    label: { vi: "Đã hoàn thành", en: "Done" },
    description: { vi: "Cột tình hình thực hiện ghi đã hoàn thành", en: "The status column says it is done" },
  },
  invalid: {
    mark: "invalid",
    fill: null,
    border: "C00000",
    label: { vi: "Ô có lỗi", en: "Cell with an error" },
    description: { vi: "Ô có lỗi cần sửa (xem danh sách lỗi)", en: "A cell with an error to fix (see the issue list)" },
  },
};

/** The legend, in display order. */
export const HIGHLIGHT_LEGEND: readonly HighlightStyle[] = HIGHLIGHT_MARKS.map((m) => HIGHLIGHT_STYLES[m]);
