import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/core";
import type { PlanReport, SheetSnapshot, TaskItem } from "../../src/core";
import {
  checkRecord,
  diffChecks,
  emptyHistory,
  MAX_CHECKS,
  parseHistory,
  recordCheck,
  serializeHistory,
  type TaskChange,
} from "../../src/core/history";
import { buildChanges, buildTrend } from "../../src/core/summary/sheets/changes";
import { summaryModelSchema } from "../../src/core/summary";
import { readWorkbook } from "../../src/file";

const FIXTURES = join(__dirname, "..", "fixtures");

async function snapshots(name: string): Promise<SheetSnapshot[]> {
  return readWorkbook(readFileSync(join(FIXTURES, `${name}.xlsx`)), `${name}.xlsx`);
}

function tasks(report: PlanReport): Array<TaskItem & { sheet: string }> {
  return report.sheets.flatMap((s) =>
    s.items.filter((i): i is TaskItem => i.type === "task").map((t) => ({ ...t, sheet: s.sheet })),
  );
}

/** A copy of the snapshots with one cell's value and text replaced. */
function withCell(snaps: SheetSnapshot[], sheet: string, row: number, col: number, text: string): SheetSnapshot[] {
  return snaps.map((s) => {
    if (s.name !== sheet) return s;
    const r = row - s.origin.row;
    const c = col - s.origin.col;
    const values = s.values.map((line) => line.slice());
    const texts = s.text.map((line) => line.slice());
    values[r][c] = text;
    texts[r][c] = text;
    return { ...s, values, text: texts };
  });
}

/** The same sheets with three empty rows inserted above everything (the table moves down). */
function movedDown(snaps: SheetSnapshot[], by: number): SheetSnapshot[] {
  return snaps.map((s) => ({
    ...s,
    origin: { row: s.origin.row + by, col: s.origin.col },
    merges: s.merges.map((m) => ({ ...m, top: m.top + by, bottom: m.bottom + by })),
  }));
}

function kinds(changes: TaskChange[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const c of changes) (out[c.kind] ??= []).push(`${c.task.sheet}!${c.task.row}`);
  return out;
}

describe("history: what changed between two checks of kh-607-bqlkkt-2025", () => {
  const name = "kh-607-bqlkkt-2025";
  let first: PlanReport;
  let second: PlanReport;
  let editedRow: number;

  beforeAll(async () => {
    const snaps = await snapshots(name);
    first = checkWorkbook(snaps, `${name}.xlsx`, { asOf: "2025-10-15" });
    // Between the checks, the office marks one overdue task done.
    const sheet = first.sheets.find((s) => s.recognized)!;
    const statusCol = sheet.table!.columns.status!;
    const overdue = tasks(first).find((t) => t.status === "overdue")!;
    editedRow = overdue.row;
    const colNumber = statusCol.charCodeAt(0) - 64;
    const edited = withCell(snaps, sheet.sheet, editedRow, colNumber, "Đã hoàn thành");
    second = checkWorkbook(edited, `${name}.xlsx`, { asOf: "2025-11-20" });
  });

  test("every task is matched; none added or removed", () => {
    const diff = diffChecks(checkRecord(first), checkRecord(second));
    expect(diff.matched).toBe(tasks(first).length);
    expect(kinds(diff.changes).added).toBeUndefined();
    expect(kinds(diff.changes).removed).toBeUndefined();
  });

  test("the rows of 'Thay đổi' are the changes the two reports show, row by row", () => {
    const diff = diffChecks(checkRecord(first), checkRecord(second));
    // The oracle: the same task on the same row in both reports (the table did not move).
    const before = new Map(tasks(first).map((t) => [`${t.sheet}!${t.row}`, t]));
    const expected: Record<string, string[]> = {};
    const add = (k: string, id: string) => (expected[k] ??= []).push(id);
    for (const a of tasks(second)) {
      const id = `${a.sheet}!${a.row}`;
      const b = before.get(id)!;
      if (a.status === "overdue") add(b.status === "overdue" ? "still_overdue" : "newly_overdue", id);
      else if (a.status === "done" && b.status !== "done") add("newly_done", id);
    }
    const got = kinds(diff.changes);
    for (const k of ["newly_overdue", "still_overdue", "newly_done"]) {
      expect((got[k] ?? []).slice().sort()).toEqual((expected[k] ?? []).slice().sort());
    }
    expect(got.newly_done).toContain(`${first.sheets.find((s) => s.recognized)!.sheet}!${editedRow}`);
    expect((got.newly_overdue ?? []).length).toBeGreaterThan(0);
  });

  test("still overdue tasks come most days late first, with their days", () => {
    const diff = diffChecks(checkRecord(first), checkRecord(second));
    const still = diff.changes.filter((c) => c.kind === "still_overdue");
    for (const c of still) expect(c.daysLate).toBeGreaterThan(0);
    const days = still.map((c) => c.daysLate!);
    expect(days).toEqual(days.slice().sort((a, b) => b - a));
  });

  test("moving the table down three rows between checks still matches every task", async () => {
    const snaps = movedDown(await snapshots(name), 3);
    const moved = checkWorkbook(snaps, `${name}.xlsx`, { asOf: "2025-10-15" });
    expect(tasks(moved)[0].row).toBe(tasks(first)[0].row + 3);
    const diff = diffChecks(checkRecord(first), checkRecord(moved));
    expect(diff.matched).toBe(tasks(first).length);
    // Nothing changed but the rows: only the tasks that were and are overdue are listed.
    const overdue = tasks(first).filter((t) => t.status === "overdue").length;
    expect(diff.changes.map((c) => c.kind)).toEqual(Array(overdue).fill("still_overdue"));
  });

  test("the 'Thay đổi' and 'Diễn biến' sheets validate and count what the diff holds", () => {
    let history = recordCheck(emptyHistory(), first);
    history = recordCheck(history, second);
    const diff = diffChecks(history.checks[0], history.checks[1]);
    const changes = buildChanges(diff, "vi");
    const trend = buildTrend(history.checks, "vi");
    const model = summaryModelSchema.parse({ format: 1, lang: "vi", asOf: second.asOf, sheets: [changes, trend] });
    expect(model.sheets[0].rows).toHaveLength(diff.changes.length);
    expect(model.sheets[0].title[1]).toBe("Lần kiểm tra trước: ngày 15/10/2025; lần này: ngày 20/11/2025");
    const doneCol = trend.columns.findIndex((c) => c.key === "done");
    const doneNow = tasks(second).filter((t) => t.status === "done").length;
    expect(trend.rows[1].cells[doneCol]).toBe(doneNow);
    expect(trend.chart).not.toBeNull();
  });
});

describe("history: recording", () => {
  const report = (asOf: string, statuses: TaskItem["status"][]): PlanReport => ({
    format: 1,
    file: "x.xlsx",
    asOf,
    dueSoonDays: 7,
    sheets: [
      {
        sheet: "KH",
        recognized: true,
        reason: null,
        planYear: 2025,
        table: null,
        items: statuses.map((status, i) => ({
          row: 5 + i,
          type: "task" as const,
          stt: String(i + 1),
          section: null,
          task: `Nhiệm vụ số ${i + 1}`,
          lead: ["Văn phòng"],
          support: [],
          output: null,
          deadline: { text: "Quý IV/2025", kind: "period" as const, due: "2025-12-31" },
          status,
        })),
        issues: [],
      },
    ],
  });

  test("a check on the same day replaces the last one; at most MAX_CHECKS are kept", () => {
    let h = emptyHistory();
    h = recordCheck(h, report("2025-01-01", ["open"]));
    h = recordCheck(h, report("2025-01-01", ["done"]));
    expect(h.checks).toHaveLength(1);
    expect(h.checks[0].tasks[0][6]).toBe("done");
    for (let d = 2; d < 40; d++)
      h = recordCheck(h, report(`2025-02-${String((d % 28) + 1).padStart(2, "0")}`, ["open"]));
    expect(h.checks.length).toBeLessThanOrEqual(MAX_CHECKS);
  });

  test("round-trips through its text; damaged text gives an empty history", () => {
    const h = recordCheck(emptyHistory(), report("2025-03-01", ["open", "overdue"]));
    expect(parseHistory(serializeHistory(h))).toEqual(h);
    expect(parseHistory("{not json")).toEqual(emptyHistory());
    expect(parseHistory(JSON.stringify({ version: 99, checks: [] }))).toEqual(emptyHistory());
  });

  test("added and removed tasks, and a moved deadline", () => {
    const a = report("2025-03-01", ["open", "open"]);
    const b = report("2025-03-08", ["open", "open"]);
    const items = b.sheets[0].items as TaskItem[];
    items[1] = {
      ...items[1],
      stt: "3",
      task: "Một nhiệm vụ khác hẳn",
      deadline: { text: "x", kind: "date", due: "2025-04-01" },
    };
    items[0] = { ...items[0], deadline: { text: "Quý I/2026", kind: "period", due: "2026-03-31" } };
    const diff = diffChecks(checkRecord(a), checkRecord(b));
    expect(kinds(diff.changes)).toEqual({ deadline_moved: ["KH!5"], added: ["KH!6"], removed: ["KH!6"] });
  });
});
