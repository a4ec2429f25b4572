import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/file/read-workbook";
import {
  checkWorkbook,
  planReportSchema,
  type PlanReport,
  type SheetReport,
  type TaskItem,
  type SectionItem,
} from "../../src/core";

/**
 * Every fixture workbook in `dir` is checked with its expected asOf and compared with its .expected.json:
 * sheets recognized, column roles, table bounds, items (sections and tasks with every field the
 * report defines) and issues (row, column, code, severity).
 */
export function compareFixtures(dir: string, minimum: number): void {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => f.replace(/\.xlsx$/, ""))
    .filter((n) => readdirSync(dir).includes(`${n}.expected.json`));

  const reports = new Map<string, PlanReport>();

  async function reportFor(name: string): Promise<{ got: PlanReport; want: PlanReport }> {
    const want = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as PlanReport;
    let got = reports.get(name);
    if (!got) {
      const snaps = await readWorkbook(readFileSync(join(dir, `${name}.xlsx`)), `${name}.xlsx`);
      got = checkWorkbook(snaps, `${name}.xlsx`, { asOf: want.asOf, dueSoonDays: want.dueSoonDays });
      reports.set(name, got);
    }
    return { got, want };
  }

  const sheetOf = (r: PlanReport, name: string): SheetReport => {
    const s = r.sheets.find((x) => x.sheet === name);
    if (!s) throw new Error(`sheet ${name} not reported`);
    return s;
  };

  test("there are fixtures", () => {
    expect(names.length).toBeGreaterThanOrEqual(minimum);
  });

  describe.each(names)("%s", (name) => {
    test("the report passes the schema and lists the same sheets in order", async () => {
      const { got, want } = await reportFor(name);
      expect(() => planReportSchema.parse(got)).not.toThrow();
      expect(got.sheets.map((s) => s.sheet)).toEqual(want.sheets.map((s) => s.sheet));
      expect(got.asOf).toBe(want.asOf);
    });

    test("sheets recognized, plan year, table and column roles", async () => {
      const { got, want } = await reportFor(name);
      for (const ws of want.sheets) {
        const gs = sheetOf(got, ws.sheet);
        expect({ sheet: ws.sheet, recognized: gs.recognized }).toEqual({ sheet: ws.sheet, recognized: ws.recognized });
        expect(gs.planYear).toBe(ws.planYear);
        // The evidence is not scored (spec: an optional field).
        const bare = (t: typeof gs.table) => (t === null ? null : { ...t, evidence: undefined });
        expect(bare(gs.table)).toEqual(bare(ws.table));
        if (!ws.recognized) expect(typeof gs.reason).toBe("string");
      }
    });

    test("sections: row, stt, level, title", async () => {
      const { got, want } = await reportFor(name);
      for (const ws of want.sheets) {
        const pick = (s: SheetReport) =>
          s.items
            .filter((i): i is SectionItem => i.type === "section")
            .map((i) => ({ row: i.row, stt: i.stt, level: i.level, title: i.title }));
        expect(pick(sheetOf(got, ws.sheet))).toEqual(pick(ws));
      }
    });

    test("tasks: row, stt, section, task text, lead, support, output", async () => {
      const { got, want } = await reportFor(name);
      for (const ws of want.sheets) {
        const pick = (s: SheetReport) =>
          s.items
            .filter((i): i is TaskItem => i.type === "task")
            .map((i) => ({
              row: i.row,
              stt: i.stt,
              section: i.section,
              task: i.task,
              lead: i.lead,
              support: i.support,
              output: i.output,
            }));
        expect(pick(sheetOf(got, ws.sheet))).toEqual(pick(ws));
      }
    });

    test("tasks: deadline text, kind, due date and status", async () => {
      const { got, want } = await reportFor(name);
      for (const ws of want.sheets) {
        const pick = (s: SheetReport) =>
          s.items
            .filter((i): i is TaskItem => i.type === "task")
            .map((i) => ({ row: i.row, deadline: i.deadline, status: i.status }));
        expect(pick(sheetOf(got, ws.sheet))).toEqual(pick(ws));
      }
    });

    test("issues: row, column, code, severity, in order", async () => {
      const { got, want } = await reportFor(name);
      for (const ws of want.sheets) {
        const pick = (s: SheetReport) =>
          s.issues.map((i) => ({ row: i.row, column: i.column, code: i.code, severity: i.severity }));
        expect(pick(sheetOf(got, ws.sheet))).toEqual(pick(ws));
        for (const i of sheetOf(got, ws.sheet).issues) expect(i.message.length).toBeGreaterThan(5);
      }
    });
  });
}
