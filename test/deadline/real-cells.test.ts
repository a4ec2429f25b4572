/**
 * test/deadline/real-cells.tsv: deadline cells copied verbatim from plans that public bodies
 * published (sources in the file's comments and test/fixtures-real/README.md), each answer
 * decided from the spec ("Deadlines") and decisions 11-18 before running the parser.
 *
 * The bar is 97% of the cells read exactly (kind and due). The parser now reads more than the bar,
 * so the test holds FLOOR, the rate it reached, so that it cannot go down.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseDeadline } from "../../src/core/deadline";

const BAR = 0.97;
/**
 * The rate reached (150/150 on 8 Dec 2026, helper deadline), above the bar:
 * it may not go down. New cells that the parser misses lower it only with a reason in the notes.
 */
const FLOOR = 1.0; // 150/150 read exactly on main at 03:27: the bar (97%) is asserted

interface Row {
  text: string;
  planYear: number;
  kind: string;
  due: string | null;
}

function readRows(): Row[] {
  return readFileSync(join(__dirname, "real-cells.tsv"), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.length > 0 && !line.startsWith("#"))
    .map((line) => {
      const [text, planYear, kind, due] = line.split("\t");
      return { text: text.replace(/\\n/g, "\n"), planYear: Number(planYear), kind, due: due ? due : null };
    });
}

const rows = readRows();

describe("real-cells.tsv: deadline cells of real plans", () => {
  it("has the real cells", () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
  });

  it(`reads at least the floor (bar ${BAR * 100}%) of them exactly`, () => {
    const misses: string[] = [];
    for (const r of rows) {
      const got = parseDeadline(r.text, r.planYear);
      if (got.kind !== r.kind || got.due !== r.due)
        misses.push(`${JSON.stringify(r.text)}: ${got.kind} ${got.due}, expected ${r.kind} ${r.due}`);
    }
    const rate = (rows.length - misses.length) / rows.length;
    // The misses are printed so that whoever raises the floor sees what is left.
    if (misses.length > 0) console.log(`real-cells.tsv: ${(rate * 100).toFixed(1)}% exact\n${misses.join("\n")}`);
    expect(rate).toBeGreaterThanOrEqual(Math.max(FLOOR, BAR));
  });
});
