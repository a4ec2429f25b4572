import type { PlanReport } from "../report";
import { isoToDmy } from "../dates";
import { LABELS } from "./labels";
import type { SummaryModel, SummarySheet } from "./model";
import { sheetNameKey, uniqueSheetName } from "./sheet-name";
import { buildByPeriod, type PeriodGrain } from "./sheets/by-period";
import { buildBySection } from "./sheets/by-section";
import { buildByUnit } from "./sheets/by-unit";
import type { SummaryContext } from "./sheets/context";
import { buildOverdue } from "./sheets/overdue";
import { buildPerUnit } from "./sheets/per-unit";
import { buildIssues } from "./sheets/issues";
import { planTitleLines } from "./plan-title";
import { collectTasks } from "./tasks";
import { decodingCellText } from "./legacy-text";
import { lastChange } from "../history/diff";
import type { History } from "../history/schema";
import { buildChanges, buildTrend } from "./sheets/changes";
import type { Lang } from "../lang";

export interface SummaryOptions {
  /** The organisation's unit list (settings): canonical spellings, and the order of the unit sheet. */
  units?: readonly string[];
  /** Adds one sheet per lead unit. */
  perUnitSheets?: boolean;
  lang?: Lang;
  /** Months or quarters on "Theo thời hạn" (default: months when the due dates span at most 12 months). */
  periodGrain?: PeriodGrain;
  /**
   * The text of a source cell as displayed, when the host has the workbook at hand. Used for the
   * status column's text ("Tình hình thực hiện") in the overdue list; without it, or when the
   * cell is empty, the list says how late the task is.
   */
  cellText?: (sheet: string, address: string) => string | null;
  /**
   * Shows the plan's own title (read through `cellText` from the lines above its table, see
   * plan-title.ts) under each sheet's title: "(Kèm theo Kế hoạch số ...)". Off by default: the
   * title block then has a different number of rows, which a host's tests must expect.
   */
  planTitle?: boolean;
  /** Adds "Lỗi cần sửa", every issue with a link to its cell and the colour legend (default: on). */
  issuesSheet?: boolean;
  /**
   * The workbook's check history with this check recorded last (core/history): with two checks
   * or more, adds "Thay đổi" (what changed since the previous check) and "Diễn biến".
   */
  history?: History;
}

/**
 * The summary sheets of a plan report: by unit, overdue and due soon, by due period, by section,
 * and optionally one per lead unit. All tasks of all recognized sheets are combined.
 * Pure and deterministic: the same report and options give the same model.
 */
export function buildSummary(report: PlanReport, options: SummaryOptions = {}): SummaryModel {
  const lang = options.lang ?? "vi";
  const L = LABELS[lang];
  const collected = collectTasks(report, options.units ?? []);
  const statusColumn = new Map<string, string | null>();
  for (const s of report.sheets) statusColumn.set(s.sheet, s.table?.columns.status ?? null);
  const cellText = decodingCellText(report, options.cellText);
  const ctx: SummaryContext = {
    ...collected,
    L,
    lang,
    asOf: report.asOf,
    dueSoonDays: report.dueSoonDays,
    asOfLine: L.asOfLine(isoToDmy(report.asOf)),
    planTitle: options.planTitle ? planTitleLines(report, cellText) : [],
    statusText: (t) => {
      const col = statusColumn.get(t.sheet);
      if (!cellText || !col) return null;
      const text = cellText(t.sheet, `${col}${t.item.row}`);
      return text === null || text.trim() === "" ? null : text.trim();
    },
  };
  const sheets: SummarySheet[] = [
    buildByUnit(ctx),
    buildOverdue(ctx),
    buildByPeriod(ctx, options.periodGrain),
    buildBySection(ctx),
  ];
  if (options.perUnitSheets) sheets.push(...buildPerUnit(ctx));
  if (options.issuesSheet !== false) sheets.push(buildIssues(report, L, lang, ctx));
  const change = options.history ? lastChange(options.history.checks) : null;
  if (options.history && change) sheets.push(buildChanges(change, lang), buildTrend(options.history.checks, lang));
  // Names unique among themselves (Excel ignores case).
  const taken = new Set<string>();
  for (const s of sheets) {
    s.name = uniqueSheetName(s.name, taken);
    taken.add(sheetNameKey(s.name));
  }
  return { format: 1, lang, asOf: report.asOf, sheets };
}
