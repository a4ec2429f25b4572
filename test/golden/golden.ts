/**
 * Golden reports: every fixture's report (test/fixtures, test/fixtures-extra), checked with the
 * fixture's own asOf and dueSoonDays, as the JSON text saved in test/golden/<fixture>.json. The
 * test compares byte for byte; `npm run golden:update` rewrites them when behaviour changes on purpose.
 */
import { readFileSync, readdirSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/file/read-workbook";
import { checkWorkbook, type PlanReport } from "../../src/core";

export const GOLDEN_DIR = __dirname;
const FIXTURE_DIRS = [join(__dirname, "..", "fixtures"), join(__dirname, "..", "fixtures-extra")];

export interface Fixture {
  name: string;
  xlsx: string;
  expected: string;
}

/** Every fixture workbook that has an expected report (which gives the day it is checked on). */
export function fixtures(): Fixture[] {
  return FIXTURE_DIRS.flatMap((dir) => {
    const files = readdirSync(dir);
    return files
      .filter((f) => f.endsWith(".xlsx") && files.includes(f.replace(/\.xlsx$/, ".expected.json")))
      .sort()
      .map((f) => ({ name: f.replace(/\.xlsx$/, ""), xlsx: join(dir, f), expected: join(dir, f.replace(/\.xlsx$/, ".expected.json")) }));
  });
}

export function goldenPath(name: string): string {
  return join(GOLDEN_DIR, `${name}.json`);
}

/** The report's JSON text exactly as saved. */
export async function reportText(fx: Fixture): Promise<string> {
  const want = JSON.parse(readFileSync(fx.expected, "utf8")) as PlanReport;
  const file = `${fx.name}.xlsx`;
  const snapshots = await readWorkbook(readFileSync(fx.xlsx), file);
  const report = checkWorkbook(snapshots, file, { asOf: want.asOf, dueSoonDays: want.dueSoonDays });
  return JSON.stringify(report, null, 2) + "\n";
}
