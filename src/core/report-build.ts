import { checkOptionsSchema, overridesFor, type CheckOptions, type CheckOptionsInput } from "./settings";
import { planReportSchema, ROLES, type Columns, type PlanReport, type SheetReport } from "./report";
import type { SheetSnapshot } from "./snapshot";
import { fold } from "./text";
import { recognize, detectPlanYear } from "./recognize";
import { columnLetter } from "./a1";
import { classifyRows } from "./plan/rows";
import { buildItems, deadlineCellText } from "./plan/items";
import { decodeSnapshot } from "./plan/legacy";
import { validate } from "./validate";

function notRecognized(sheet: string, reason: string): SheetReport {
  return { sheet, recognized: false, reason, planYear: null, table: null, items: [], issues: [] };
}

function unitMap(units: string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const u of units) {
    const k = fold(u);
    if (k && !m.has(k)) m.set(k, u.trim());
  }
  return m;
}

/** Checks one sheet: recognition, items, status on asOf, issues. */
export function checkSheet(snapshot: SheetSnapshot, options: CheckOptionsInput | CheckOptions): SheetReport {
  const opts = checkOptionsSchema.parse(options);
  return checkSheetParsed(snapshot, opts, unitMap(opts.units));
}

function checkSheetParsed(input: SheetSnapshot, opts: CheckOptions, units: Map<string, string>): SheetReport {
  const { snapshot, encoding } = decodeSnapshot(input);
  const overrides = overridesFor(opts.columnOverrides, snapshot.name);
  const rec = recognize(snapshot, overrides);
  if (!rec.ok) return notRecognized(snapshot.name, rec.reason);
  const g = rec.grid;
  const cols = rec.columns;
  const rows = classifyRows(g, cols, rec.firstRow, rec.lastRow, rec.header.labels);
  if (!rows.some((r) => r.kind !== "continuation"))
    return notRecognized(snapshot.name, "Có dòng tiêu đề nhưng bảng chưa có dòng nhiệm vụ nào");
  const deadlineTexts: string[] = [];
  if (cols.deadline !== null)
    for (const r of rows) {
      if (r.kind !== "task") continue;
      const t = deadlineCellText(g, r.row, cols.deadline);
      if (t !== null) deadlineTexts.push(t);
    }
  const asOfYear = Number(opts.asOf.slice(0, 4));
  const py = detectPlanYear({ titleLines: rec.titleLines, sheetName: snapshot.name, deadlineTexts, asOfYear });
  const facts = buildItems(g, cols, rows, {
    asOf: opts.asOf,
    dueSoonDays: opts.dueSoonDays,
    planYear: py.year,
    units,
    statusLabel: cols.status === null ? undefined : rec.header.labels.get(cols.status)?.label,
  });
  const issues = validate(facts, {
    cols,
    planYear: py.year,
    from: py.from,
    to: py.to,
    legacyEncoding: encoding,
    noLeadByChoice: overrides.lead === null,
  });
  const columns = Object.fromEntries(
    ROLES.map((r) => [r, cols[r] === null ? null : columnLetter(cols[r]!)]),
  ) as Columns;
  return {
    sheet: snapshot.name,
    recognized: true,
    // A recognized sheet has no reason, unless another table follows the one checked.
    reason:
      rec.nextTable === null
        ? null
        : `Trang còn một bảng khác từ dòng ${rec.nextTable}; chỉ bảng đầu tiên (dòng ${rec.headerRows[0]}–${rec.lastRow}) được kiểm tra`,
    planYear: py.year,
    table: {
      headerRows: rec.headerRows,
      firstRow: rec.firstRow,
      lastRow: rec.lastRow,
      columns,
      evidence: rec.evidence,
    },
    items: facts.map((f) => f.item),
    issues,
  };
}

/** Checks a workbook's sheets (skipping the summary sheets the checker generated) into a plan report. */
export function checkWorkbook(snapshots: SheetSnapshot[], file: string, options: CheckOptionsInput): PlanReport {
  const opts = checkOptionsSchema.parse(options);
  const units = unitMap(opts.units);
  const sheets: SheetReport[] = [];
  for (const s of [...snapshots].sort((a, b) => a.index - b.index)) {
    if (s.generated) continue;
    try {
      sheets.push(checkSheetParsed(s, opts, units));
    } catch (e) {
      // Never let one odd sheet stop the whole check.
      sheets.push(
        notRecognized(
          s.name,
          `Không đọc được trang này (${e instanceof Error ? e.message : String(e)}); hãy kiểm tra lại bảng`,
        ),
      );
    }
  }
  return { format: 1, file, asOf: opts.asOf, dueSoonDays: opts.dueSoonDays, sheets };
}

/** Validates a report against the schema (for hosts that receive one from elsewhere). */
export function parseReport(data: unknown): PlanReport {
  return planReportSchema.parse(data);
}
