import { checkSheet } from "../../src/core";
import { bigMergeSheet, longTextSheet, longTitleSheet, wideSheet } from "./shapes";

/** What the engine finds on odd sheet shapes (their timing: `npx tsx test/heldout/shapes-timing.ts`). */
const opts = { asOf: "2025-10-15", dueSoonDays: 7 };
const PLAN_COLUMNS = { stt: "A", task: "B", lead: "C", support: "D", deadline: "E", output: "F" };

test("a sheet 200 columns wide: the plan columns are found and the other columns have no role", () => {
  const r = checkSheet(wideSheet(300), opts);
  expect(r.recognized).toBe(true);
  expect(r.table?.columns).toEqual({ ...PLAN_COLUMNS, status: null, note: null });
  expect(r.table?.headerRows).toEqual([2]);
  expect(r.items.filter((i) => i.type === "task")).toHaveLength(300);
});

test("thirty rows of title prose above the table: the header is below them, the plan year from the title", () => {
  const r = checkSheet(longTitleSheet(50), opts);
  expect(r.recognized).toBe(true);
  expect(r.table?.headerRows).toEqual([31]);
  expect(r.table?.firstRow).toBe(32);
  expect(r.planYear).toBe(2025);
  expect(r.items).toHaveLength(50);
});

test("a note merged down over the whole table is every row's note; the title merged across is no header", () => {
  const r = checkSheet(bigMergeSheet(40), opts);
  expect(r.table?.columns.note).toBe("G");
  expect(r.table?.headerRows).toEqual([2]);
  expect(r.table?.lastRow).toBe(42);
  expect(r.items.filter((i) => i.type === "task")).toHaveLength(40);
});

test("cells of 20,000 characters are read whole", () => {
  const r = checkSheet(longTextSheet(3, 20_000), opts);
  const tasks = r.items.filter((i) => i.type === "task");
  expect(tasks).toHaveLength(3);
  for (const t of tasks) {
    if (t.type !== "task") continue;
    expect(t.task!.length).toBeGreaterThan(20_000);
    expect(t.lead.slice(0, 2)).toEqual(["Phòng Nội vụ", "Văn phòng"]);
    expect(t.deadline.kind).toBe("recurring");
  }
});

test("a whole plan of 200 rows of text above its appendix table: the header is still found", () => {
  const s = longTitleSheet(20);
  const prose = s.values.slice(0, 30);
  const more = Array.from({ length: 6 }, () => prose).flat();
  const values = [...more, ...s.values];
  const r = checkSheet(
    { ...s, values, text: values.map((row) => row.map((v) => (v === null ? "" : String(v)))), merges: [] },
    opts,
  );
  expect(r.recognized).toBe(true);
  expect(r.table?.headerRows).toEqual([211]);
  expect(r.items).toHaveLength(20);
});
