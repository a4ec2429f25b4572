/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells here, not Office.js proxies */
import ExcelJS from "exceljs";
import { HISTORY_HEADER, MARKER_COLUMNS, MARKER_SHEET, joinChunks } from "../../src/core/marker";
import { parseHistory } from "../../src/core/history";
import { MULTI_LABELS } from "../../src/core/summary";
import type { PlanReport, TaskItem } from "../../src/core/report";
import { writeCheckedWorkbook } from "../../src/file/write-checked";
import { fixtureBytes, fixtureReport } from "../summary/fixtures";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function historyOf(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet(MARKER_SHEET)!;
  const col: unknown[] = [];
  for (let r = 1; r <= ws.rowCount; r++) col.push(ws.getCell(r, MARKER_COLUMNS.history.index).value);
  return parseHistory(joinChunks(col, HISTORY_HEADER));
}

/** The report a month later, with the first open task marked done. */
function laterReport(report: PlanReport): { report: PlanReport; doneRow: number } {
  const copy: PlanReport = JSON.parse(JSON.stringify(report));
  copy.asOf = "2025-11-15";
  const sheet = copy.sheets.find((s) => s.recognized)!;
  const task = sheet.items.find((i): i is TaskItem => i.type === "task" && i.status === "open")!;
  task.status = "done";
  return { report: copy, doneRow: task.row };
}

describe("the checked copy keeps a history of checks and says what changed", () => {
  const name = "kh-607-bqlkkt-2025";
  const first = fixtureReport(name);

  test("the first check is recorded in _kehoach column L; no 'Thay đổi' sheet yet", async () => {
    const out = await load(await writeCheckedWorkbook(fixtureBytes(name), first));
    const h = historyOf(out);
    expect(h.checks.map((c) => c.asOf)).toEqual([first.asOf]);
    expect(out.getWorksheet(MULTI_LABELS.vi.sheetChanges)).toBeUndefined();
  });

  test("a later check of the checked copy adds 'Thay đổi' and 'Diễn biến'; the user's sheets are unchanged", async () => {
    const once = await writeCheckedWorkbook(fixtureBytes(name), first);
    const { report: second, doneRow } = laterReport(first);
    const twice = await load(await writeCheckedWorkbook(once, second));
    expect(historyOf(twice).checks.map((c) => c.asOf)).toEqual([first.asOf, second.asOf]);
    const changes = twice.getWorksheet(MULTI_LABELS.vi.sheetChanges)!;
    expect(changes).toBeDefined();
    const rows: string[] = [];
    changes.eachRow((row) =>
      rows.push(
        (row.values as unknown[])
          .slice(1)
          .map((v) => String(v ?? ""))
          .join("|"),
      ),
    );
    expect(rows.some((r) => r.includes(MULTI_LABELS.vi.changeLabel.newly_done))).toBe(true);
    expect(twice.getWorksheet(MULTI_LABELS.vi.sheetTrend)).toBeDefined();
    // The edited task is among the changes (its sheet row shows in the history's record).
    expect(historyOf(twice).checks[1].tasks.some((t) => t[8] === doneRow && t[6] === "done")).toBe(true);
    // Generating again on the same day replaces that check: one 'Thay đổi' sheet, two checks.
    const thrice = await load(
      await writeCheckedWorkbook(await twice.xlsx.writeBuffer().then((b) => new Uint8Array(b)), second),
    );
    expect(historyOf(thrice).checks).toHaveLength(2);
    expect(thrice.worksheets.filter((w) => w.name.startsWith(MULTI_LABELS.vi.sheetChanges))).toHaveLength(1);
  });

  test("recordHistory: false leaves the history as it was", async () => {
    const out = await load(await writeCheckedWorkbook(fixtureBytes(name), first, { recordHistory: false }));
    expect(historyOf(out).checks).toEqual([]);
  });
});
