import { readFileSync } from "fs";
import { join } from "path";
import { parseDeadline } from "../../src/core/deadline";

const rows = readFileSync(join(__dirname, "..", "fixtures", "deadlines.tsv"), "utf8")
  .split(/\r?\n/)
  .slice(1)
  .filter((l) => l.length > 0)
  .map((l) => {
    const [text, planYear, kind, due] = l.split("\t");
    return { text, planYear: Number(planYear), kind, due: due === undefined || due === "" ? null : due };
  });

describe("deadlines.tsv: every worked phrase", () => {
  it("has all the phrases", () => {
    expect(rows.length).toBe(97);
  });
  it.each(rows.map((r) => [r.text, r.planYear, r.kind, r.due] as const))("%j (plan year %i) is %s %s", (text, planYear, kind, due) => {
    const r = parseDeadline(text === "" ? null : text, planYear);
    expect({ kind: r.kind, due: r.due }).toEqual({ kind, due });
  });
});
