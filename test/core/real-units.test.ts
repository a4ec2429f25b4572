/**
 * test/core/real-units.tsv: responsibility cells copied verbatim from plans that public bodies
 * published (sources in the file's comments and test/fixtures-real/README.md), each split into
 * lead and support by the spec's Items rules before running the reader.
 *
 * The bar is 98% of the cells read exactly (both lists). Until the reader reaches it, this test
 * holds a floor at the rate it had when the table landed, so the rate cannot go down; raise FLOOR
 * as the reader improves, and switch to the bar once it is reached.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readResponsibility } from "../../src/core";

const BAR = 0.98;
/** Exact-match rate measured on main when the table landed (see test/fixtures-real/README.md). */
const FLOOR = 0.98; // 150/150 read exactly on main at 03:27: the bar (98%) is asserted

interface Row {
  text: string;
  mode: "lead" | "support";
  lead: string[];
  support: string[];
}

function readRows(): Row[] {
  return readFileSync(join(__dirname, "real-units.tsv"), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.length > 0 && !line.startsWith("#"))
    .map((line) => {
      const [text, mode, lead, support] = line.split("\t");
      return {
        text: text.replace(/\\n/g, "\n"),
        mode: mode as "lead" | "support",
        lead: JSON.parse(lead) as string[],
        support: JSON.parse(support) as string[],
      };
    });
}

const rows = readRows();

describe("real-units.tsv: responsibility cells of real plans", () => {
  it("has the real cells", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });

  it(`reads at least the floor (bar ${BAR * 100}%) of them exactly`, () => {
    const misses: string[] = [];
    for (const r of rows) {
      const got = readResponsibility(r.text, r.mode);
      const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((u, i) => u === b[i]);
      if (!same(got.lead, r.lead) || !same(got.support, r.support))
        misses.push(
          `${JSON.stringify(r.text)} (${r.mode}): ${JSON.stringify(got)}, expected ${JSON.stringify({ lead: r.lead, support: r.support })}`,
        );
    }
    const rate = (rows.length - misses.length) / rows.length;
    if (misses.length > 0) console.log(`real-units.tsv: ${(rate * 100).toFixed(1)}% exact\n${misses.join("\n")}`);
    expect(rate).toBeGreaterThanOrEqual(Math.min(FLOOR, BAR));
  });
});
