/**
 * The real fixtures (test/fixtures-real: plans published by public bodies, laid out verbatim, with
 * hand-written expected reports) scored the way the team scores every checker: each workbook is
 * checked in-process with its expected asOf, the report is written out and test/tools/score-report.mjs
 * (test/tools/score-report.mjs, a copy of the shared scorer) compares it with the expected report.
 *
 * The bars are 99% for columns, tasks (F1), lead, due and status, and 98% issue F1. Until the
 * checker reaches a bar, its figure is held at a floor: the TOTAL measured on main when the
 * fixtures landed (see test/fixtures-real/README.md), so it cannot go down. Raise a floor as the checker
 * improves; once a figure reaches its bar, the bar is what is asserted.
 */
import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readWorkbook } from "../src/file/read-workbook";
import { checkWorkbook, type PlanReport } from "../src/core";

const DIR = join(__dirname, "fixtures-real");
const SCORER = join(__dirname, "tools", "score-report.mjs");

type Figure = "columns" | "tasksF1" | "lead" | "due" | "status" | "issuesF1";
const BAR: Record<Figure, number> = { columns: 99, tasksF1: 99, lead: 99, due: 99, status: 99, issuesF1: 98 };
/** TOTAL on main at 03:27 (percent, one decimal as the scorer prints it): every figure is at its bar, so the bars are asserted. */
const FLOOR: Record<Figure, number> = {
  columns: 100,
  tasksF1: 100,
  lead: 100,
  due: 100,
  status: 100,
  issuesF1: 99.6,
};

describe("real fixtures scored with score-report.mjs", () => {
  const figures: Record<string, number> = {};
  let printed = "";

  beforeAll(async () => {
    const names = readdirSync(DIR)
      .filter((f) => f.endsWith(".expected.json"))
      .map((f) => f.replace(/\.expected\.json$/, ""))
      .sort();
    const out = mkdtempSync(join(tmpdir(), "kehoach-real-"));
    const args: string[] = [];
    for (const name of names) {
      const expected = join(DIR, `${name}.expected.json`);
      const want = JSON.parse(readFileSync(expected, "utf8")) as PlanReport;
      const snaps = await readWorkbook(readFileSync(join(DIR, `${name}.xlsx`)), `${name}.xlsx`);
      const got = checkWorkbook(snaps, `${name}.xlsx`, { asOf: want.asOf, dueSoonDays: want.dueSoonDays });
      const report = join(out, `${name}.json`);
      writeFileSync(report, JSON.stringify(got));
      args.push(expected, report);
    }
    printed = execFileSync(process.execPath, [SCORER, ...args], { encoding: "utf8" });
    const line = printed.split("\n").find((l) => l.startsWith("TOTAL")) ?? "";
    for (const m of line.matchAll(/(\w+)\s+([\d.]+)/g)) figures[m[1]] = Number(m[2]);
  }, 60000);

  it("has the real fixtures", () => {
    expect(readdirSync(DIR).filter((f) => f.endsWith(".expected.json")).length).toBeGreaterThanOrEqual(10);
    expect(Object.keys(figures)).toEqual(expect.arrayContaining(Object.keys(BAR)));
  });

  it.each(Object.keys(BAR) as Figure[])("%s does not fall below its floor (or its bar, once reached)", (figure) => {
    if (figures[figure] < Math.min(FLOOR[figure], BAR[figure])) console.log(printed);
    expect(figures[figure]).toBeGreaterThanOrEqual(Math.min(FLOOR[figure], BAR[figure]));
  });
});
