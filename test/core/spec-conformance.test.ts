/**
 * Conformance with the spec (docs/plan-report.md) and the fixtures' decisions, rule by rule,
 * for the rules no other test covers exactly.
 */
import { checkSheet, checkWorkbook, type CellValue, type Issue, type SheetReport, type TaskItem } from "../../src/core";
import { encodeTcvn3 } from "../../src/core/text";
import { sheet, OPTS } from "./helpers";

const tasks = (s: SheetReport) => s.items.filter((i): i is TaskItem => i.type === "task");
const codes = (issues: Issue[]) => issues.map((i) => `${i.row}${i.column ?? "-"}:${i.code}`);

describe("column roles: every typical header of the spec's table", () => {
  const BASE = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Sản phẩm", "Tình hình thực hiện", "Ghi chú"];
  const ROW: CellValue[] = ["1", "Rà soát thủ tục hành chính", "Văn phòng", "Các phòng", "Quý IV/2025", "Báo cáo", "Đang thực hiện", "x"];
  const ROW2: CellValue[] = ["2", "Cập nhật cơ sở dữ liệu", "Phòng Nội vụ", "Văn phòng", "Trước ngày 15/12/2025", "Cơ sở dữ liệu", "Đã hoàn thành", null];
  const LETTERS = "ABCDEFGH";
  const cases: [string, number, string][] = [];
  const add = (role: string, idx: number, headers: string[]) => headers.forEach((h) => cases.push([role, idx, h]));
  add("stt", 0, ["STT", "Stt", "TT", "Số TT"]);
  add("task", 1, ["Nội dung công việc", "Nhiệm vụ", "Nhiệm vụ cụ thể", "Nội dung", "Hoạt động", "Nội dung thực hiện", "Tên nhiệm vụ"]);
  add("lead", 2, ["Đơn vị chủ trì", "Cơ quan chủ trì", "Chủ trì", "Trách nhiệm thực hiện", "Trách nhiệm", "Đơn vị thực hiện"]);
  add("support", 3, ["Đơn vị phối hợp", "Cơ quan phối hợp", "Phối hợp", "Cơ quan phối hợp và thực hiện"]);
  add("deadline", 4, ["Thời gian hoàn thành", "Thời hạn hoàn thành", "Thời hạn", "Tiến độ thực hiện", "Thời gian thực hiện", "Thời gian"]);
  add("output", 5, ["Sản phẩm", "Kết quả/sản phẩm", "Sản phẩm đầu ra", "Kết quả dự kiến", "Hình thức sản phẩm", "Kết quả"]);
  add("status", 6, ["Tình hình thực hiện", "Kết quả thực hiện", "Tình trạng", "Trạng thái", "Tiến độ"]);
  add("note", 7, ["Ghi chú"]);
  const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
  test.each(cases.flatMap(([r, i, h]) => [[r, i, h], [r, i, fold(h)]] as [string, number, string][]))(
    "%s <- %s",
    (role, idx, header) => {
      const head = BASE.slice();
      head[idx] = header;
      const s = checkSheet(sheet([head, ROW, ROW2]), OPTS);
      expect(s.recognized).toBe(true);
      expect((s.table!.columns as Record<string, string | null>)[role]).toBe(LETTERS[idx]);
    },
  );
  test("a role with no column is null", () => {
    const s = checkSheet(sheet([["STT", "Nội dung", "Chủ trì", "Thời hạn"], ["1", "Việc", "Văn phòng", "Năm 2025"]]), OPTS);
    expect(s.table!.columns).toEqual({ stt: "A", task: "B", lead: "C", support: null, deadline: "D", output: null, status: null, note: null });
  });
});

describe("items", () => {
  test("stt without its trailing period; empty output null, empty support []", () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm"],
          ["I.", "Mục một", null, null, null, null],
          ["1.", "Việc", "Văn phòng", null, "Năm 2025", null],
        ],
        { merges: ["B2:F2"] },
      ),
      OPTS,
    );
    expect(s.items[0]).toMatchObject({ type: "section", stt: "I" });
    expect(tasks(s)[0]).toMatchObject({ stt: "1", section: "I", support: [], output: null });
  });
  test("a column-number row '1 2 3 4' is skipped", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        [1, 2, 3, 4],
        ["1", "Việc", "Văn phòng", "Năm 2025"],
      ]),
      OPTS,
    );
    expect(s.table!.firstRow).toBe(3);
    expect(s.items).toHaveLength(1);
  });
  const H4 = ["STT", "Nội dung", "Chủ trì", "Thời hạn"];
  const t4 = (n: CellValue): CellValue[] => [n, "Việc", "Văn phòng", "Năm 2025"];
  const e4: CellValue[] = [null, null, null, null];
  test("headers in capitals, with doubled spaces or broken onto two lines in the cell", () => {
    const s = checkSheet(
      sheet([["STT", "NỘI DUNG\nCÔNG VIỆC", "ĐƠN VỊ  CHỦ TRÌ", "Đơn vị\nphối hợp", "THỜI GIAN\nHOÀN THÀNH"], ["1", "Việc", "Văn phòng", "Phòng Nội vụ", "Năm 2025"]]),
      OPTS,
    );
    expect(s.table!.columns).toMatchObject({ stt: "A", task: "B", lead: "C", support: "D", deadline: "E" });
  });
  test("a long run of empty rows ends the table; a couple inside it are skipped; lastRow is the last non-empty row", () => {
    const s = checkSheet(sheet([H4, t4(1), e4, e4, t4(2), e4, e4, e4, e4, e4, t4(3)]), OPTS);
    expect(s.table!.lastRow).toBe(5);
    expect(tasks(s).map((t) => t.row)).toEqual([2, 5]);
  });
  test("Roman numerals I, IV, VIII are sections; level 1 is the outermost kind in the sheet; a task before any section has section null", () => {
    const s = checkSheet(sheet([H4, t4(1), ["IV", "Mục", null, null], t4(1), ["VIII", "Mục", null, null], t4(1)]), OPTS);
    expect(s.items.map((i) => (i.type === "section" ? [i.stt, i.level] : [i.stt, i.section]))).toEqual([
      ["1", null],
      ["IV", 1],
      ["1", "IV"],
      ["VIII", 1],
      ["1", "VIII"],
    ]);
    // IV is the first Roman numeral (not checked); VIII is not the next after it.
    expect(codes(s.issues)).toEqual(["5A:stt_sequence"]);
  });
  test("a letter or Roman STT makes a section even where the row has a lead and a deadline", () => {
    const s = checkSheet(sheet([H4, ["A", "Phần A", "Văn phòng", "Năm 2025"], t4(1), ["B", "Phần B", "Văn phòng", "Năm 2025"], t4(1)]), OPTS);
    expect(s.items.map((i) => `${i.type}:${i.stt}`)).toEqual(["section:A", "task:1", "section:B", "task:1"]);
    expect(s.issues).toEqual([]);
  });
  test("a numbered row with nothing else is a task with task null", () => {
    const s = checkSheet(sheet([H4, t4(1), ["2", null, null, null], t4(3)]), OPTS);
    expect(tasks(s)[1]).toMatchObject({ row: 3, stt: "2", task: null, lead: [], support: [] });
    expect(codes(s.issues)).toEqual(["3B:missing_task", "3C:missing_lead", "3D:missing_deadline"]);
  });
  test("vertically merged deadline, output and status cells belong to every row they cover", () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Sản phẩm", "Tình hình thực hiện"],
          ["1", "Việc 1", "Văn phòng", "Trước ngày 30/9/2025", "Báo cáo", "Đã hoàn thành"],
          ["2", "Việc 2", "Văn phòng", null, null, null],
          ["3", "Việc 3", "Văn phòng", "Quý IV/2025", "Kế hoạch", null],
        ],
        { merges: ["D2:D3", "E2:E3", "F2:F3"] },
      ),
      OPTS,
    );
    expect(tasks(s).map((t) => [t.deadline.due, t.output, t.status])).toEqual([
      ["2025-09-30", "Báo cáo", "done"],
      ["2025-09-30", "Báo cáo", "done"],
      ["2025-12-31", "Kế hoạch", "open"],
    ]);
    expect(s.issues).toEqual([]);
  });
  test("the same unit in the lead cell and in the support cell is listed in both", () => {
    const s = checkSheet(
      sheet([["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn"], ["1", "Việc", "Trung tâm Văn hóa", "Trung tâm Văn hóa; Phòng Nội vụ", "Năm 2025"]]),
      OPTS,
    );
    expect(tasks(s)[0]).toMatchObject({ lead: ["Trung tâm Văn hóa"], support: ["Trung tâm Văn hóa", "Phòng Nội vụ"] });
  });
  test("'Nơi nhận' ends the table", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        ["1", "Việc", "Văn phòng", "Năm 2025"],
        ["Nơi nhận:", null, null, null],
        ["- Như trên;", null, null, null],
      ]),
      OPTS,
    );
    expect(s.table!.lastRow).toBe(2);
  });
});

describe("deadlines as they meet the engine", () => {
  const body = (deadlines: CellValue[]): CellValue[][] => [
    ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
    ...deadlines.map((d, i) => [String(i + 1), `Việc ${i + 1}`, "Văn phòng", d]),
  ];
  test("plan year: the title lines come before the sheet's name", () => {
    expect(checkSheet(sheet([["KẾ HOẠCH NĂM 2024"], ...body(["Quý IV"])], { name: "KH 2027" }), OPTS).planYear).toBe(2024);
  });
  test("plan year: the sheet's name comes before the deadline column's years", () => {
    const s = checkSheet(sheet(body(["Quý I/2023", "Quý II/2023"]), { name: "KH 2027" }), OPTS);
    expect(s.planYear).toBe(2027);
  });
  test("plan year: the most frequent year among the deadline column's explicit dates, before asOf", () => {
    const s = checkSheet(sheet(body(["Quý I/2023", "15/8/2023", "Tháng 3/2024", "Quý IV"]), { name: "Sheet1" }), OPTS);
    expect(s.planYear).toBe(2023);
    expect(tasks(s)[3].deadline).toEqual({ text: "Quý IV", kind: "period", due: "2023-12-31" });
  });
  test("a day or month without a year takes the plan year", () => {
    const s = checkSheet(sheet([["KẾ HOẠCH NĂM 2026"], ...body(["Trước ngày 15/01", "Tháng 9"])]), OPTS);
    expect(tasks(s).map((t) => t.deadline.due)).toEqual(["2026-01-15", "2026-09-30"]);
  });
  test("a 'giai đoạn' span in the title: its first year is the plan year and the whole span is allowed", () => {
    const s = checkSheet(
      sheet([["KẾ HOẠCH GIAI ĐOẠN 2026 - 2030"], ...body(["Năm 2029", "Năm 2030", "Năm 2025"])]),
      OPTS,
    );
    expect(s.planYear).toBe(2026);
    expect(codes(s.issues)).toEqual(["5D:deadline_outside_plan_year"]);
  });
  test("the last day of the year after the plan year is inside; the first of the plan year too", () => {
    const s = checkSheet(sheet([["KẾ HOẠCH NĂM 2025"], ...body(["31/12/2026", "01/01/2025", "31/12/2024", "01/01/2027"])]), OPTS);
    expect(codes(s.issues)).toEqual(["5D:deadline_outside_plan_year", "6D:deadline_outside_plan_year"]);
  });
});

describe("status", () => {
  const HEAD = ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tình hình thực hiện"];
  const st = (status: CellValue, head = HEAD, numberFormat = "") =>
    tasks(
      checkSheet(
        sheet(
          [head, ["1", "Việc", "Văn phòng", "Trước ngày 30/9/2025", status], ["2", "Việc", "Văn phòng", "Trước ngày 30/9/2025", "Đang thực hiện"]],
          { numberFormats: [[], ["", "", "", "", numberFormat], []] },
        ),
        OPTS,
      ),
    )[0].status;
  test.each([
    ["Đã hoàn thành", "done"],
    ["Hoàn thành", "done"],
    ["Xong", "done"],
    ["Đã thực hiện", "done"],
    ["100%", "done"],
    ["Đã xong", "done"],
    ["Hoàn thành 100%", "done"],
    ["Chưa hoàn thành", "overdue"],
    ["Đang thực hiện", "overdue"],
    ["Hoàn thành 80%", "overdue"],
    ["Không thực hiện", "overdue"],
  ])("%s -> %s", (text, want) => {
    expect(st(text)).toBe(want);
  });
  test("an Excel error in the status cell is not done", () => {
    expect(st({ error: "#N/A" })).toBe("overdue");
  });
  test("a percent-formatted 0.5 shows 50% (not done), 1 shows 100% (done)", () => {
    expect(st(0.5, HEAD, "0%")).toBe("overdue");
    expect(st(1, HEAD, "0%")).toBe("done");
  });
  test.each([["x"], ["X"], ["✓"]])("'%s' under a status column headed 'Hoàn thành' / 'Đã hoàn thành' is done", (mark) => {
    for (const h of ["Hoàn thành", "Đã hoàn thành"]) {
      const head = ["STT", "Nội dung", "Chủ trì", "Thời hạn", h];
      const s = checkSheet(
        sheet([
          head,
          ["1", "Việc", "Văn phòng", "Trước ngày 30/9/2025", mark],
          ["2", "Việc", "Văn phòng", "Trước ngày 30/9/2025", null],
          ["3", "Việc", "Văn phòng", "Trước ngày 30/9/2025", mark],
        ]),
        OPTS,
      );
      expect(s.table!.columns.status).toBe("E");
      expect(tasks(s).map((t) => t.status)).toEqual(["done", "overdue", "done"]);
    }
  });
  test.each([
    [["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"], "E", ["done", "overdue", "overdue"]],
    [["Đang thực hiện", "Đã hoàn thành", "Chưa hoàn thành"], "F", ["overdue", "done", "overdue"]],
  ])("marks under 'Tình hình thực hiện' over %j: the done column is the status", (sub, letter, want) => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Tình hình thực hiện", null, null],
          [null, null, null, null, ...sub],
          ["1", "Việc", "Văn phòng", "Trước ngày 30/9/2025", "x", null, null],
          ["2", "Việc", "Văn phòng", "Trước ngày 30/9/2025", null, "x", null],
          ["3", "Việc", "Văn phòng", "Trước ngày 30/9/2025", null, null, "x"],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1"] },
      ),
      OPTS,
    );
    expect(s.table!.columns.status).toBe(letter);
    expect(tasks(s).map((t) => t.status)).toEqual(want);
  });
  test("a ticked check box (TRUE) under 'Hoàn thành' is done; FALSE is not", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Hoàn thành"],
        ["1", "Việc", "Văn phòng", "Trước ngày 30/9/2025", true],
        ["2", "Việc", "Văn phòng", "Trước ngày 30/9/2025", false],
      ]),
      OPTS,
    );
    expect(s.table!.columns.status).toBe("E");
    expect(tasks(s).map((t) => t.status)).toEqual(["done", "overdue"]);
  });
  test("'x' under 'Tình hình thực hiện' is no word for done", () => {
    expect(st("x")).toBe("overdue");
  });
});

describe("issues", () => {
  const HEAD = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Sản phẩm", "Ghi chú"];
  test("each code's severity", () => {
    const s = checkSheet(
      sheet([
        ["KẾ HOẠCH NĂM 2025"],
        HEAD,
        ["1", null, null, null, null, null],
        ["2", "Việc", "Phòng A, Phòng B", "Sau bão", "Báo cáo", null],
        ["3", "Việc", "Văn phòng", "31/02/2025", "Báo cáo", null],
        ["3", "Việc", "Văn phòng", "Năm 2030", "Báo cáo", null],
        ["6", "Việc", { error: "#REF!" }, "Năm 2025", "Báo cáo", null],
      ]),
      OPTS,
    );
    const sev = Object.fromEntries(s.issues.map((i) => [i.code, i.severity]));
    expect(sev).toEqual({
      missing_task: "error",
      missing_lead: "error",
      missing_deadline: "error",
      missing_output: "warning",
      unparsed_deadline: "warning",
      invalid_date: "error",
      deadline_outside_plan_year: "warning",
      duplicate_stt: "error",
      stt_sequence: "warning",
      cell_error: "error",
      multiple_leads: "warning",
    });
    expect(codes(s.issues)).toEqual([
      "3B:missing_task",
      "3C:missing_lead",
      "3D:missing_deadline",
      "3E:missing_output",
      "4C:multiple_leads",
      "4D:unparsed_deadline",
      "5D:invalid_date",
      "6A:duplicate_stt",
      "6D:deadline_outside_plan_year",
      "7A:stt_sequence",
      "7C:cell_error",
    ]);
    for (const i of s.issues) expect(i.message).toMatch(/\S{3}/);
  });
  test("invalid_date is not also unparsed_deadline; 15/13/2025 too", () => {
    const s = checkSheet(sheet([HEAD, ["1", "Việc", "Văn phòng", "15/13/2025", "Báo cáo", null]]), OPTS);
    expect(codes(s.issues)).toEqual(["2D:invalid_date"]);
    expect(tasks(s)[0].deadline).toMatchObject({ kind: "unparsed", due: null });
  });
  test("missing_deadline only when the table has a deadline column; missing_output only with an output column", () => {
    const s = checkSheet(sheet([["STT", "Nội dung", "Đơn vị chủ trì", "Ghi chú"], ["1", "Việc", "Văn phòng", null]]), OPTS);
    expect(s.issues).toEqual([]);
    expect(tasks(s)[0]).toMatchObject({ output: null, deadline: { text: null, kind: "none", due: null } });
  });
  test("missing_lead is raised for a task with no lead unit even without a lead column: a whole-row issue, listed first in its row", () => {
    const s = checkSheet(sheet([["STT", "Nội dung", "Thời hạn", "Sản phẩm"], ["1", "Việc", null, null]]), OPTS);
    expect(codes(s.issues)).toEqual(["2-:missing_lead", "2C:missing_deadline", "2D:missing_output"]);
  });
  test("no missing_lead where the user said the table has no lead column (a column override)", () => {
    const snap = sheet([["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"], ["1", "Việc", "Văn phòng", "Năm 2025"]], { name: "KH" });
    const r = checkWorkbook([snap], "x.xlsx", { ...OPTS, columnOverrides: { KH: { lead: null } } });
    expect(r.sheets[0].table!.columns.lead).toBeNull();
    expect(r.sheets[0].issues).toEqual([]);
  });
  test("a lead cell saying only 'thực hiện' names no unit: missing_lead", () => {
    const s = checkSheet(sheet([HEAD, ["1", "Việc", "Thực hiện", "Năm 2025", "Báo cáo", null]]), OPTS);
    expect(codes(s.issues)).toEqual(["2C:missing_lead"]);
  });
  test("legacy_encoding: one issue per sheet, row and column null, listed first", () => {
    const rows: CellValue[][] = [[encodeTcvn3("STT"), encodeTcvn3("Nội dung công việc"), encodeTcvn3("Đơn vị chủ trì"), encodeTcvn3("Thời hạn")]];
    for (let i = 1; i <= 5; i++)
      rows.push([String(i), encodeTcvn3("Rà soát văn bản"), i === 3 ? null : encodeTcvn3("Phòng Tư pháp"), encodeTcvn3("Quý IV/2025")]);
    const s = checkSheet(sheet(rows, { fonts: rows.map((r) => r.map(() => ".VnTime")) }), OPTS);
    expect(codes(s.issues)).toEqual(["null-:legacy_encoding", "4C:missing_lead"]);
    expect(s.issues[0]).toMatchObject({ row: null, column: null, severity: "info" });
  });
  test("the first number of a level is not checked", () => {
    const s = checkSheet(sheet([HEAD, ["3", "Việc", "Văn phòng", "Năm 2025", "Báo cáo", null], ["4", "Việc", "Văn phòng", "Năm 2025", "Báo cáo", null]]), OPTS);
    expect(s.issues).toEqual([]);
  });
  test("duplicate and out-of-order section numbers raise on the section row", () => {
    const t = (n: string): CellValue[] => [n, "Việc", "Văn phòng", "Năm 2025", "Báo cáo", null];
    const s = checkSheet(sheet([HEAD, ["I", "Mục", null, null, null, null], t("1"), ["I", "Mục", null, null, null, null], t("1"), ["II", "Mục", null, null, null, null], t("1")]), OPTS);
    // After a duplicate the next number is compared with the duplicate: I, I, II raises only the duplicate.
    expect(codes(s.issues)).toEqual(["4A:duplicate_stt"]);
    const s2 = checkSheet(sheet([HEAD, ["A", "Phần", null, null, null, null], t("1"), ["C", "Phần", null, null, null, null], t("1")]), OPTS);
    expect(codes(s2.issues)).toEqual(["4A:stt_sequence"]);
  });
  test("numbering per level within its section: sub-items x.y under the same x are checked", () => {
    const t = (n: string): CellValue[] => [n, "Việc", "Văn phòng", "Năm 2025", "Báo cáo", null];
    const s = checkSheet(sheet([HEAD, t("1"), t("1.1"), t("1.2"), t("1.2"), t("2"), t("2.2")]), OPTS);
    expect(codes(s.issues)).toEqual(["5A:duplicate_stt", "7A:stt_sequence"]);
  });
  test("a row raises each code at most once", () => {
    const s = checkSheet(
      sheet([HEAD, ["1", { error: "#N/A" }, { error: "#REF!" }, { error: "#VALUE!" }, "Báo cáo", null]]),
      OPTS,
    );
    expect(codes(s.issues)).toEqual(["2B:cell_error"]);
  });
  test("cell_error: none for an error in a column with no role", () => {
    const s = checkSheet(
      sheet([["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Số lượng"], ["1", "Việc", "Văn phòng", "Năm 2025", { error: "#DIV/0!" }]]),
      OPTS,
    );
    expect(s.table!.columns).toMatchObject({ stt: "A", task: "B", lead: "C", deadline: "D", output: null, status: null, note: null });
    expect(s.issues).toEqual([]);
  });
  test("cell_error on the first role column in sheet order (columns out of role order)", () => {
    const s = checkSheet(
      sheet([["STT", "Thời hạn", "Nội dung", "Đơn vị chủ trì"], ["1", { error: "#NAME?" }, { error: "#N/A" }, "Văn phòng"]]),
      OPTS,
    );
    expect(codes(s.issues)).toEqual(["2B:cell_error"]);
  });
  test("sections raise only duplicate_stt, stt_sequence and cell_error", () => {
    const s = checkSheet(
      sheet(
        [HEAD, ["I", "Mục có cả lỗi", null, "31/02/2025", null, null], ["1", "Việc", "Văn phòng", "Năm 2025", "Báo cáo", null]],
        { merges: [] },
      ),
      OPTS,
    );
    const sectionIssues = s.issues.filter((i) => i.row === 2).map((i) => i.code);
    expect(sectionIssues.every((c) => ["duplicate_stt", "stt_sequence", "cell_error"].includes(c))).toBe(true);
    expect(s.items[0]).toMatchObject({ type: "section", stt: "I" });
  });
});

describe("workbook", () => {
  test("every sheet in workbook order except the generated ones; an unrecognised one has no table, items, issues, plan year", () => {
    const plan = (name: string, index: number) => ({
      ...sheet([["STT", "Nội dung", "Chủ trì", "Thời hạn"], ["1", "Việc", "Văn phòng", "Năm 2025"]], { name }),
      index,
    });
    const r = checkWorkbook(
      [plan("C", 2), { ...sheet([["Ghi chép"]], { name: "A" }), index: 0 }, { ...plan("Tổng hợp kiểm tra", 1), generated: true }, plan("Tổng hợp", 3)],
      "x.xlsx",
      OPTS,
    );
    expect(r.sheets.map((s) => s.sheet)).toEqual(["A", "C", "Tổng hợp"]);
    expect(r.sheets[0]).toMatchObject({ recognized: false, table: null, items: [], issues: [], planYear: null });
    expect(r.sheets[0].reason).toMatch(/\S/);
    expect(r.sheets[2].recognized).toBe(true);
  });
});
