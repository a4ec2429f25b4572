import { checkSheet, isDoneText, statusOf, type CellValue, type Issue } from "../../src/core";
import { sheet, OPTS } from "./helpers";

const HEAD = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Sản phẩm", "Tình hình thực hiện"];
const row = (
  stt: string | number | null,
  extra: Partial<Record<"task" | "lead" | "deadline" | "output" | "status", CellValue>> = {},
): CellValue[] => [
  stt,
  "task" in extra ? (extra.task ?? null) : "Việc",
  "lead" in extra ? (extra.lead ?? null) : "Văn phòng",
  "deadline" in extra ? (extra.deadline ?? null) : "Năm 2025",
  "output" in extra ? (extra.output ?? null) : "Báo cáo",
  "status" in extra ? (extra.status ?? null) : null,
];
const codes = (issues: Issue[]) => issues.map((i) => `${i.row}${i.column ?? "-"}:${i.code}`);
const check = (rows: unknown[][], merges: string[] = []) =>
  checkSheet(sheet([HEAD, ...(rows as never[][])], { merges }), OPTS);

describe("numbering", () => {
  test("1, 2, 4 raises stt_sequence on 4; 1, 3, 2 on 3 and on 2", () => {
    expect(codes(check([row(1), row(2), row(4)]).issues)).toEqual(["4A:stt_sequence"]);
    expect(codes(check([row(1), row(3), row(2)]).issues)).toEqual(["3A:stt_sequence", "4A:stt_sequence"]);
  });
  test("a repeated number raises duplicate_stt on the later row instead", () => {
    expect(codes(check([row(1), row(2), row(2), row(3)]).issues)).toEqual(["4A:duplicate_stt"]);
  });
  test("numbering restarts at 1 in each section or runs on: both in order", () => {
    const restart = check([["I", "Mục 1"], row(1), row(2), ["II", "Mục 2"], row(1), row(2)]);
    const runOn = check([["I", "Mục 1"], row(1), row(2), ["II", "Mục 2"], row(3), row(4)]);
    expect(restart.issues).toEqual([]);
    expect(runOn.issues).toEqual([]);
    expect(codes(check([["I", "Mục 1"], row(1), ["III", "Mục 3"], row(2)]).issues)).toEqual(["4A:stt_sequence"]);
  });
  test("the same number in two sections is no duplicate; x.y under a new x starts at x.1", () => {
    expect(check([["I", "Mục 1"], row(1), ["II", "Mục 2"], row(1)]).issues).toEqual([]);
    expect(check([row(1), row("1.1"), row("1.2"), row(2), row("2.1")]).issues).toEqual([]);
    expect(codes(check([row(1), row("1.1"), row("1.3")]).issues)).toEqual(["4A:stt_sequence"]);
  });
});

describe("row rules", () => {
  test("missing lead, deadline, output; multiple leads; each on its column", () => {
    const s = check([
      row(1, { lead: null, deadline: null, output: null }),
      row(2, { lead: "Phòng Nội vụ, Phòng Tư pháp" }),
    ]);
    expect(codes(s.issues)).toEqual([
      "2C:missing_lead",
      "2D:missing_deadline",
      "2E:missing_output",
      "3C:multiple_leads",
    ]);
    expect(s.issues.every((i) => i.message.length > 10)).toBe(true);
  });
  test("cell_error once per row on the first role column holding an error; sections raise it too", () => {
    const s = check([row(1, { lead: { error: "#N/A" }, status: { error: "#REF!" } }), ["II", { error: "#VALUE!" }]]);
    expect(codes(s.issues)).toEqual(["2C:cell_error", "3B:cell_error"]);
    expect(s.issues[0].message).toContain("C2");
    expect(s.issues[0].message).toContain("#N/A");
  });
  test("an error in the status cell is not done", () => {
    const s = check([row(1, { status: { error: "#REF!" }, deadline: "Trước ngày 01/10/2025" })]);
    expect(s.items[0]).toMatchObject({ status: "overdue" });
  });
  test("deadline_outside_plan_year: before 1 January of the plan year or after 31 December of the next", () => {
    const s = checkSheet(
      sheet([
        ["KẾ HOẠCH NĂM 2025"],
        HEAD,
        row(1, { deadline: "Trước ngày 15/8/2024" }),
        row(2, { deadline: "Trước ngày 15/8/2026" }),
        row(3, { deadline: "Trước ngày 15/8/2027" }),
      ]),
      OPTS,
    );
    expect(codes(s.issues)).toEqual(["3D:deadline_outside_plan_year", "5D:deadline_outside_plan_year"]);
  });
  test("sections raise only numbering and cell errors", () => {
    const s = check([
      ["I", "Mục"],
      ["III", null],
    ]);
    expect(codes(s.issues)).toEqual(["3A:stt_sequence"]);
  });
  test("issues are ordered by row, then column (whole-row first), then code", () => {
    const s = check([row(1, { lead: "Phòng A, Phòng B", deadline: null, output: null }), row(1, { lead: null })]);
    expect(codes(s.issues)).toEqual([
      "2C:multiple_leads",
      "2D:missing_deadline",
      "2E:missing_output",
      "3A:duplicate_stt",
      "3C:missing_lead",
    ]);
  });
});

describe("status", () => {
  test.each([
    ["Đã hoàn thành", true],
    ["Hoàn thành", true],
    ["Xong", true],
    ["Đã xong", true],
    ["Đã thực hiện", true],
    ["100%", true],
    ["Hoàn thành 100%", true],
    ["Chưa hoàn thành", false],
    ["Đang thực hiện", false],
    ["Hoàn thành 80%", false],
    ["50%", false],
    ["Không thực hiện", false],
    ["", false],
  ])("%s -> done %s", (text, done) => {
    expect(isDoneText(text)).toBe(done);
  });
  test("a percent-formatted number: 1 shows 100% (done), 0.5 shows 50%", () => {
    const s = checkSheet(
      sheet([HEAD, row(1, { status: 1 }), row(2, { status: 0.5 })], {
        numberFormats: [[], ["", "", "", "", "", "0%"], ["", "", "", "", "", "0%"]],
      }),
      OPTS,
    );
    expect(s.items.map((i) => (i.type === "task" ? i.status : null))).toEqual(["done", "open"]);
  });
  test("overdue, due_soon (asOf..asOf+days), open, no_deadline", () => {
    expect(statusOf(false, "2025-10-14", "2025-10-15", 7)).toBe("overdue");
    expect(statusOf(false, "2025-10-15", "2025-10-15", 7)).toBe("due_soon");
    expect(statusOf(false, "2025-10-22", "2025-10-15", 7)).toBe("due_soon");
    expect(statusOf(false, "2025-10-23", "2025-10-15", 7)).toBe("open");
    expect(statusOf(false, null, "2025-10-15", 7)).toBe("no_deadline");
    expect(statusOf(true, "2020-01-01", "2025-10-15", 7)).toBe("done");
  });
});

test("a), b) restart under each numbered item", () => {
  expect(check([row(1), row("a"), row("b"), row(2), row("a"), row("b")]).issues).toEqual([]);
  expect(codes(check([row(1), row("a"), row("c")]).issues)).toEqual(["4A:stt_sequence"]);
});

test("partly done is not done", () => {
  expect(isDoneText("Hoàn thành một phần")).toBe(false);
  expect(isDoneText("Cơ bản hoàn thành")).toBe(false);
  expect(isDoneText("Đã hoàn thành (Quyết định số 12/QĐ-UBND)")).toBe(true);
});

test("'1)', 'I)' number like '1', 'I'", () => {
  expect(check([["I)", "Mục"], row("1)"), row("2)"), row("4)")]).issues.map((i) => `${i.row}:${i.code}`)).toEqual(["5:stt_sequence"]);
  expect(check([["I)", "Mục"], row("1)")]).items[0]).toMatchObject({ type: "section", stt: "I)" });
});
