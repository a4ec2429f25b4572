import { readFileSync } from "fs";
import { join } from "path";
import { planReportSchema, type PlanReport, type TaskItem } from "../../src/core/report";

export const FIXTURES = ["kh-607-bqlkkt-2025", "kh-34-krongpa-2020", "kh-rui-ro-2025", "kh-khong-dau"] as const;

const DIR = join(__dirname, "..", "fixtures");

export function fixtureReport(name: string): PlanReport {
  return planReportSchema.parse(JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), "utf8")));
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(DIR, `${name}.xlsx`)));
}

export function tasksOf(report: PlanReport): Array<TaskItem & { sheet: string }> {
  return report.sheets.flatMap((s) =>
    s.items.filter((i): i is TaskItem => i.type === "task").map((t) => ({ ...t, sheet: s.sheet })),
  );
}

export function statusCounts(report: PlanReport): Record<string, number> {
  const c: Record<string, number> = { done: 0, overdue: 0, due_soon: 0, open: 0, no_deadline: 0 };
  for (const t of tasksOf(report)) c[t.status]++;
  return c;
}

/** A one-sheet report from task rows (statuses and dues as given), for focused cases. */
export function syntheticReport(
  tasks: Array<Partial<TaskItem> & { row: number }>,
  opts: { asOf?: string; sheet?: string; extraSheets?: PlanReport["sheets"] } = {},
): PlanReport {
  return planReportSchema.parse({
    format: 1,
    file: "synthetic.xlsx",
    asOf: opts.asOf ?? "2025-10-15",
    dueSoonDays: 7,
    sheets: [
      {
        sheet: opts.sheet ?? "Phụ lục",
        recognized: true,
        reason: null,
        planYear: 2025,
        table: {
          headerRows: [1],
          firstRow: 2,
          lastRow: 1 + tasks.length,
          columns: {
            stt: "A",
            task: "B",
            lead: "C",
            support: "D",
            deadline: "E",
            output: null,
            status: "F",
            note: null,
          },
        },
        items: tasks.map((t) => ({
          type: "task",
          stt: String(t.row - 1),
          section: null,
          task: "Nhiệm vụ",
          lead: [],
          support: [],
          output: null,
          deadline: { text: null, kind: "none", due: null },
          status: "no_deadline",
          ...t,
        })),
        issues: [],
      },
      ...(opts.extraSheets ?? []),
    ],
  });
}
