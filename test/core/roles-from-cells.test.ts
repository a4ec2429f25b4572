import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/file/read-workbook";
import { checkWorkbook, columnIndex, type PlanReport, type SheetSnapshot } from "../../src/core";

/**
 * Metamorphic: a column's role is what its cells hold (spec, "Column roles"). Renaming the headers of
 * the lead, deadline and status columns to neutral words ("Cột 3") or emptying them keeps those roles
 * on every fixture whose cells show them.
 */
const SHARED = join(__dirname, "..", "fixtures");
const EXTRA = join(__dirname, "..", "fixtures-extra");
const REAL = join(__dirname, "..", "fixtures-real");
const names = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".expected.json") && existsSync(join(dir, f.replace(/\.expected\.json$/, ".xlsx"))))
        .map((f) => join(dir, f.replace(/\.expected\.json$/, "")))
    : [];
const FIXTURES = [...names(SHARED), ...names(EXTRA), ...names(REAL)];

type Renamed = "lead" | "deadline" | "status";
const RENAMED: Renamed[] = ["lead", "deadline", "status"];

/**
 * Which of the lead, deadline and status columns a sheet's cells show in its task rows: most tasks
 * have a lead (lead), most have a deadline that reads (deadline), and most have a status cell written
 * (status).
 */
function shownRoles(s: SheetSnapshot, want: PlanReport["sheets"][number]): Renamed[] {
  const tasks = want.items.filter((i) => i.type === "task");
  if (!want.table || tasks.length < 3) return [];
  const out: Renamed[] = [];
  const cols = want.table.columns;
  if (cols.lead && tasks.filter((t) => t.type === "task" && t.lead.length > 0).length * 2 > tasks.length)
    out.push("lead");
  const read = (k: string) => k === "date" || k === "period" || k === "recurring" || k === "conditional";
  if (cols.deadline && tasks.filter((t) => t.type === "task" && read(t.deadline.kind)).length * 2 > tasks.length)
    out.push("deadline");
  if (cols.status) {
    const c = columnIndex(cols.status) - s.origin.col;
    const filled = tasks.filter((t) => String(s.text[t.row - s.origin.row]?.[c] ?? "").trim() !== "").length;
    if (filled * 2 > tasks.length) out.push("status");
  }
  return out;
}

/**
 * The sheet with the header cells of the given columns replaced (cells merged across columns are
 * left): the top one takes the new label, the ones under it are emptied.
 */
function relabel(
  s: SheetSnapshot,
  headerRows: number[],
  letters: string[],
  label: (col: number) => string,
): SheetSnapshot {
  const values = s.values.map((r) => r.slice());
  const text = s.text.map((r) => r.slice());
  for (const letter of letters) {
    const col = columnIndex(letter);
    let done = false;
    for (const row of headerRows) {
      // The merge holding this cell: its top-left cell holds the label; one across columns is a group label.
      const m = s.merges.find((x) => x.top <= row && x.bottom >= row && x.left <= col && x.right >= col);
      if (m && m.right > m.left) continue;
      const r = (m ? m.top : row) - s.origin.row;
      const c = col - s.origin.col;
      if (r < 0 || c < 0 || r >= values.length || c >= values[r].length) continue;
      if (values[r][c] === null || String(text[r][c]).trim() === "") continue;
      const t = done ? "" : label(col);
      values[r][c] = t === "" ? null : t;
      text[r][c] = t;
      done = true;
    }
  }
  return { ...s, values, text };
}

const cases: [string, string, string][] = [];
for (const base of FIXTURES) for (const how of ["Cột N", "empty"]) cases.push([base.split("/").pop()!, how, base]);

describe("roles from cells when the headers of lead, deadline and status say nothing", () => {
  test("there are fixtures", () => expect(FIXTURES.length).toBeGreaterThanOrEqual(4));

  test.each(cases)("%s, headers %s", async (_name, how, base) => {
    const want = JSON.parse(readFileSync(`${base}.expected.json`, "utf8")) as PlanReport;
    const snaps = await readWorkbook(readFileSync(`${base}.xlsx`), base);
    let checked = 0;
    for (const s of snaps) {
      const ws = want.sheets.find((x) => x.sheet === s.name);
      if (!ws || !ws.table) continue;
      const roles = shownRoles(s, ws);
      if (roles.length === 0) continue;
      const letters = roles.map((r) => ws.table!.columns[r]!);
      const renamed = relabel(s, ws.table.headerRows, letters, (c) => (how === "empty" ? "" : `Cột ${c}`));
      const got = checkWorkbook([renamed], s.name, { asOf: want.asOf, dueSoonDays: want.dueSoonDays }).sheets[0];
      const pick = (cols: Record<string, string | null> | undefined) =>
        Object.fromEntries(roles.map((r) => [r, cols?.[r] ?? null]));
      expect({ sheet: s.name, ...pick(got.table?.columns) }).toEqual({ sheet: s.name, ...pick(ws.table.columns) });
      checked++;
    }
    expect(checked).toBeGreaterThanOrEqual(0);
  });
});
