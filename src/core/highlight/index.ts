/** Highlighting: which rows and cells of the plan get which mark, and the legend (pure). */
export { HIGHLIGHT_MARKS, HIGHLIGHT_STYLES, HIGHLIGHT_LEGEND, type HighlightMark, type HighlightStyle } from "./marks";
export {
  planHighlights,
  highlightPlanSchema,
  sheetHighlightSchema,
  highlightRangeSchema,
  rowMarkSchema,
  columnNumber,
  columnLetters,
  rangeAddress,
  type HighlightPlan,
  type SheetHighlight,
  type HighlightRange,
  type RowMark,
  type HighlightOptions,
} from "./plan";
