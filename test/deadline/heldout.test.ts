/**
 * test/deadline/heldout.tsv: phrases written the way plan appendices write deadlines, each
 * answer decided from the spec ("Deadlines") and decisions 11-18, not from the parser. Lines
 * starting with "#" are comments (decisions where the spec is silent); "\n" in a text is a line
 * break inside the cell. A text that does not exist raises invalidDate exactly when the
 * comment section says so (the "dates that do not exist" block).
 */
import { readFileSync } from "fs";
import { join } from "path";
import { parseDeadline } from "../../src/core/deadline";

interface Row {
  text: string;
  planYear: number;
  kind: string;
  due: string | null;
  invalid: boolean;
}

function readRows(): Row[] {
  const lines = readFileSync(join(__dirname, "heldout.tsv"), "utf8").split(/\r?\n/).slice(1);
  const rows: Row[] = [];
  let section = "";
  for (const line of lines) {
    if (line.length === 0) continue;
    if (line.startsWith("#")) {
      if (line.startsWith("# ---")) section = line;
      continue;
    }
    const [text, planYear, kind, due] = line.split("\t");
    rows.push({
      text: text.replace(/\\n/g, "\n"),
      planYear: Number(planYear),
      kind,
      due: due === undefined || due === "" ? null : due,
      invalid: section.includes("do not exist"),
    });
  }
  return rows;
}

const rows = readRows();

describe("heldout.tsv: deadlines as plan appendices write them", () => {
  it("has at least 300 phrases", () => {
    expect(rows.length).toBeGreaterThanOrEqual(300);
  });
  it.each(rows.map((r) => [r.text, r.planYear, r.kind, r.due, r.invalid] as const))(
    "%j (plan year %i) is %s %s",
    (text, planYear, kind, due, invalid) => {
      const r = parseDeadline(text, planYear);
      expect({ kind: r.kind, due: r.due, invalidDate: r.invalidDate }).toEqual({ kind, due, invalidDate: invalid });
    },
  );
});
