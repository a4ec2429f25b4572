import { HIGHLIGHT_LEGEND } from "../../highlight";
import type { PlanReport } from "../../report";
import { columnIndex } from "../../a1";
import { issueMessageIn, SEVERITY_WORDS } from "../../words";
import type { SummaryLabels } from "../labels";
import type { SummaryRow, SummarySheet } from "../model";
import { cellText } from "../text";
import type { Lang } from "../../lang";

/**
 * "Lỗi cần sửa": every issue of every sheet checked, one a row, grouped by sheet in report order,
 * with a link to its cell, its severity and its message in the user's language; under it the
 * colour legend of the highlighting, so the checked workbook explains itself.
 */
export function buildIssues(
  report: PlanReport,
  L: SummaryLabels,
  lang: Lang,
  head: { planTitle: string[]; asOfLine: string },
): SummarySheet {
  const rows: SummaryRow[] = [];
  for (const sheet of report.sheets) {
    const columns = sheet.table ? Object.values(sheet.table.columns).filter((c): c is string => c !== null) : [];
    const first = columns.sort((a, b) => columnIndex(a) - columnIndex(b))[0] ?? "A";
    for (const issue of sheet.issues) {
      const address = issue.row === null ? null : `${issue.column ?? first}${issue.row}`;
      rows.push({
        cells: [
          rows.length + 1,
          sheet.sheet,
          address === null ? L.wholeSheet : { sheet: sheet.sheet, address, text: address },
          SEVERITY_WORDS[lang][issue.severity],
          issue.code,
          cellText(issueMessageIn(issue, lang)),
        ],
      });
    }
  }
  return {
    kind: "issues",
    name: L.sheetIssues,
    title: [L.titleIssues, ...head.planTitle, head.asOfLine],
    columns: [
      { key: "stt", header: L.stt, kind: "number", width: 6 },
      { key: "sheet", header: L.sheetColumn, kind: "text", width: 16, wrap: true },
      { key: "cell", header: L.cell, kind: "link", width: 10 },
      { key: "severity", header: L.severity, kind: "text", width: 12 },
      { key: "code", header: L.code, kind: "text", width: 22 },
      { key: "message", header: L.message, kind: "text", width: 70, wrap: true },
    ],
    rows,
    total: null,
    notes: [L.legendHeading, ...HIGHLIGHT_LEGEND.map((m) => `– ${m.label[lang]}: ${m.description[lang]}`)],
    chart: null,
  };
}
