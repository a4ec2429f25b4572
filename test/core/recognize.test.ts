import {
  checkSheet,
  checkWorkbook,
  planReportSchema,
  type SheetReport,
  type TaskItem,
  type SectionItem,
} from "../../src/core";
import { encodeTcvn3, encodeVni } from "../../src/core/text";
import { sheet, OPTS } from "./helpers";

const tasks = (s: SheetReport) => s.items.filter((i): i is TaskItem => i.type === "task");
const sections = (s: SheetReport) => s.items.filter((i): i is SectionItem => i.type === "section");

describe("headers", () => {
  test("two-row header: a merged group header over the sub-headers, cells merged down", () => {
    const s = checkSheet(
      sheet(
        [
          ["KẾ HOẠCH NĂM 2025"],
          [],
          ["STT", "Nội dung", "Đơn vị thực hiện", null, "Thời hạn", "Ghi chú"],
          [null, null, "Chủ trì", "Phối hợp", null, null],
          ["1", "Rà soát thủ tục", "Văn phòng", "Các phòng", "Quý IV/2025", null],
          ["2", "Báo cáo", "Phòng Nội vụ", null, "Trong năm 2025", null],
        ],
        { merges: ["A1:F1", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4"] },
      ),
      OPTS,
    );
    expect(s.recognized).toBe(true);
    expect(s.table!.headerRows).toEqual([3, 4]);
    expect(s.table!.firstRow).toBe(5);
    expect(s.table!.columns).toEqual({
      stt: "A",
      task: "B",
      lead: "C",
      support: "D",
      deadline: "E",
      output: null,
      status: null,
      note: "F",
    });
    expect(tasks(s).map((t) => [t.lead, t.support])).toEqual([
      [["Văn phòng"], ["Các phòng"]],
      [["Phòng Nội vụ"], []],
    ]);
  });

  test("a group row above a one-row header is a header row too", () => {
    const s = checkSheet(
      sheet(
        [
          [null, null, "KẾ HOẠCH THỰC HIỆN", null, null],
          ["STT", "Biện pháp", "Nội dung thực hiện", "Thời gian hoàn thành", "Trách nhiệm"],
          ["01", "x", "Làm việc A", "Quý IV/2025", "Văn phòng"],
        ],
        { merges: ["C1:E1"] },
      ),
      OPTS,
    );
    expect(s.table!.headerRows).toEqual([1, 2]);
    expect(s.table!.columns.task).toBe("C");
    expect(s.table!.columns.lead).toBe("E");
  });

  test("headers typed without diacritics", () => {
    const s = checkSheet(
      sheet([
        [
          "STT",
          "Noi dung cong viec",
          "Don vi chu tri",
          "Don vi phoi hop",
          "Thoi han hoan thanh",
          "San pham",
          "Ghi chu",
        ],
        [1, "Lam viec", "Van phong", "Cac phong", "Quy III/2025", "Bao cao", null],
      ]),
      OPTS,
    );
    expect(s.table!.columns).toEqual({
      stt: "A",
      task: "B",
      lead: "C",
      support: "D",
      deadline: "E",
      output: "F",
      status: null,
      note: "G",
    });
  });

  test("a column-number row is skipped and firstRow follows it", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
        ["(1)", "(2)", "(3)", "(4)"],
        ["1", "Việc một", "Phòng Nội vụ", "Năm 2025"],
      ]),
      OPTS,
    );
    expect(s.table!.firstRow).toBe(3);
    expect(s.items).toHaveLength(1);
  });

  test("'Tiến độ' holding progress words is the status; holding times it is the deadline", () => {
    const status = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tiến độ"],
        ["1", "A", "Văn phòng", "Trước ngày 30/9/2025", "Đã hoàn thành"],
        ["2", "B", "Văn phòng", "Trước ngày 30/9/2025", "Đang thực hiện"],
        ["3", "C", "Văn phòng", "Trước ngày 30/9/2025", "50%"],
      ]),
      OPTS,
    );
    expect(status.table!.columns.status).toBe("E");
    expect(status.table!.columns.deadline).toBe("D");
    expect(tasks(status).map((t) => t.status)).toEqual(["done", "overdue", "overdue"]);
    const deadline = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Tiến độ"],
        ["1", "A", "Văn phòng", "Quý IV/2025"],
        ["2", "B", "Văn phòng", "Tháng 12/2025"],
      ]),
      OPTS,
    );
    expect(deadline.table!.columns.deadline).toBe("D");
    expect(deadline.table!.columns.status).toBeNull();
  });

  test("'Kết quả' naming products is the output, with progress words it is the status", () => {
    const out = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Kết quả"],
        ["1", "A", "Văn phòng", "Năm 2025", "Báo cáo tổng kết"],
        ["2", "B", "Văn phòng", "Năm 2025", "Quyết định ban hành"],
      ]),
      OPTS,
    );
    expect(out.table!.columns.output).toBe("E");
    const st = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Kết quả"],
        ["1", "A", "Văn phòng", "Năm 2025", "Hoàn thành"],
        ["2", "B", "Văn phòng", "Năm 2025", "Chưa thực hiện"],
      ]),
      OPTS,
    );
    expect(st.table!.columns.status).toBe("E");
  });

  test("two task columns: the one with one entry per row wins", () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nhiệm vụ", "Hoạt động", "Đơn vị chủ trì", "Thời gian"],
          ["1", "Cải cách thể chế", "Rà soát văn bản", "Phòng Tư pháp", "Quý I/2025"],
          ["2", null, "Kiểm tra văn bản", "Phòng Tư pháp", "Quý II/2025"],
          ["3", null, "Tập huấn", "Phòng Tư pháp", "Quý III/2025"],
        ],
        { merges: ["B2:B4"] },
      ),
      OPTS,
    );
    expect(s.table!.columns.task).toBe("C");
    expect(tasks(s).map((t) => t.task)).toEqual(["Rà soát văn bản", "Kiểm tra văn bản", "Tập huấn"]);
  });
});

describe("items", () => {
  test("a lead merged down over several rows is the lead of each", () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
          ["1", "A", "Phòng Nội vụ", "Năm 2025"],
          ["2", "B", null, "Năm 2025"],
          ["3", "C", null, "Năm 2025"],
        ],
        { merges: ["C2:C4"] },
      ),
      OPTS,
    );
    expect(tasks(s).map((t) => t.lead)).toEqual([["Phòng Nội vụ"], ["Phòng Nội vụ"], ["Phòng Nội vụ"]]);
    expect(s.issues.filter((i) => i.code === "missing_lead")).toEqual([]);
  });

  test("a header repeated inside the table and blank rows are skipped", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
        ["1", "A", "Phòng Nội vụ", "Năm 2025"],
        [],
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
        ["2", "B", "Phòng Nội vụ", "Năm 2025"],
      ]),
      OPTS,
    );
    expect(s.items.map((i) => i.row)).toEqual([2, 5]);
    expect(s.issues).toEqual([]);
  });

  test("continuation rows are folded into the item above with one space", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
        ["1", "Cải thiện nơi làm việc,", "Phòng Nội vụ", "Năm 2025"],
        [null, "bổ sung trang thiết bị", null, null],
        ["2", "B", "Phòng Nội vụ", "Năm 2025"],
      ]),
      OPTS,
    );
    expect(tasks(s).map((t) => [t.row, t.task])).toEqual([
      [2, "Cải thiện nơi làm việc, bổ sung trang thiết bị"],
      [4, "B"],
    ]);
  });

  test("sections A / I / numbered headings: levels, innermost section, heading holds only its x.y", () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
          ["A", "Phần một", null, null],
          ["I", "Mục một", null, null],
          ["1", "Việc 1", "Văn phòng", "Năm 2025"],
          ["2", "Nhóm việc 2", null, null],
          ["2.1", "Việc 2.1", "Văn phòng", "Năm 2025"],
          ["2.2", "Việc 2.2", "Văn phòng", "Năm 2025"],
          ["3", "Việc 3", "Văn phòng", "Năm 2025"],
          ["II.", "Mục hai", null, null],
          ["1.", "Việc 1 mục hai", "Văn phòng", "Năm 2025"],
        ],
        { merges: ["B2:D2", "B3:D3", "B5:D5", "B9:D9"] },
      ),
      OPTS,
    );
    expect(sections(s).map((x) => [x.row, x.stt, x.level])).toEqual([
      [2, "A", 1],
      [3, "I", 2],
      [5, "2", 3],
      [9, "II", 2],
    ]);
    expect(tasks(s).map((t) => [t.stt, t.section])).toEqual([
      ["1", "I"],
      ["2.1", "2"],
      ["2.2", "2"],
      ["3", "I"],
      ["1", "II"],
    ]);
    expect(s.issues).toEqual([]);
  });

  test("a section row without STT: its text spans the row", () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
          [null, "Nhóm nhiệm vụ chung", null, null],
          ["1", "Việc 1", "Văn phòng", "Năm 2025"],
        ],
        { merges: ["B2:D2"] },
      ),
      OPTS,
    );
    expect(sections(s)).toEqual([{ row: 2, type: "section", stt: null, level: 1, title: "Nhóm nhiệm vụ chung" }]);
  });

  test("the table ends at a signature block", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        ["1", "Việc 1", "Văn phòng", "Năm 2025"],
        [],
        [null, null, "KT. CHỦ TỊCH", null],
        [null, null, "PHÓ CHỦ TỊCH", null],
        [null, "Nơi nhận:", null, null],
      ]),
      OPTS,
    );
    expect(s.table!.lastRow).toBe(2);
    expect(s.items).toHaveLength(1);
  });

  test("a date cell's deadline text is dd/mm/yyyy", () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
          ["1", "Việc 1", "Văn phòng", 45930],
        ],
        {
          numberFormats: [
            ["", "", "", ""],
            ["", "", "", "dd/mm/yyyy"],
          ],
        },
      ),
      OPTS,
    );
    expect(tasks(s)[0].deadline.text).toBe("30/09/2025");
  });

  test("a numbered row without task text is a task with task null (missing_task)", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        ["1", null, "Văn phòng", "Năm 2025"],
      ]),
      OPTS,
    );
    expect(tasks(s)[0].task).toBeNull();
    expect(s.issues.map((i) => i.code)).toEqual(["missing_task"]);
  });
});

describe("sheets that are not plans, options", () => {
  test("a few lines of prose, an empty sheet: not recognized with a reason", () => {
    const r = checkWorkbook(
      [
        sheet([["HƯỚNG DẪN"], ["1. Cập nhật cột tình hình thực hiện."]], { name: "Hướng dẫn" }),
        { ...sheet([], { name: "Trống" }), index: 1 },
      ],
      "x.xlsx",
      OPTS,
    );
    expect(r.sheets.map((s) => [s.sheet, s.recognized, s.table, s.planYear])).toEqual([
      ["Hướng dẫn", false, null, null],
      ["Trống", false, null, null],
    ]);
    for (const s of r.sheets) expect(s.reason).toMatch(/\S/);
    expect(() => planReportSchema.parse(r)).not.toThrow();
  });

  test("sheets the checker generated are left out", () => {
    const gen = {
      ...sheet(
        [
          ["STT", "Nội dung", "Chủ trì"],
          ["1", "x", "y"],
        ],
        { name: "Tổng hợp" },
      ),
      generated: true,
    };
    const r = checkWorkbook([gen], "x.xlsx", OPTS);
    expect(r.sheets).toEqual([]);
  });

  test("column overrides and canonical unit spellings", () => {
    const snap = sheet(
      [
        ["STT", "Nội dung", "Người làm", "Thời hạn"],
        ["1", "Việc 1", "phòng nội vụ", "Năm 2025"],
      ],
      { name: "KH" },
    );
    const r = checkWorkbook([snap], "x.xlsx", {
      ...OPTS,
      columnOverrides: { KH: { lead: "C", deadline: null } },
      units: ["Phòng Nội vụ"],
    });
    const s = r.sheets[0];
    expect(s.table!.columns.lead).toBe("C");
    expect(s.table!.columns.deadline).toBeNull();
    expect(tasks(s)[0].lead).toEqual(["Phòng Nội vụ"]);
  });

  test("plan year: title, span, sheet name, asOf", () => {
    const body = [
      ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
      ["1", "Việc", "Văn phòng", "Thường xuyên"],
    ];
    expect(checkSheet(sheet([["KẾ HOẠCH GIAI ĐOẠN 2026 - 2030"], ...body]), OPTS).planYear).toBe(2026);
    expect(
      checkSheet(
        sheet([["Căn cứ Nghị quyết ngày 22 tháng 12 năm 2024"], ["(Kèm theo Kế hoạch ngày 01/01/2025)"], ...body]),
        OPTS,
      ).planYear,
    ).toBe(2025);
    expect(checkSheet(sheet(body, { name: "KH 2027" }), OPTS).planYear).toBe(2027);
    expect(checkSheet(sheet(body), OPTS).planYear).toBe(2025);
  });

  test("text in a legacy font encoding is reported as Unicode, with one legacy_encoding issue", () => {
    const enc = (t: string) => encodeTcvn3(t);
    const rows = [
      [enc("STT"), enc("Nội dung công việc"), enc("Đơn vị chủ trì"), enc("Thời hạn")],
      ["1", enc("Rà soát văn bản"), enc("Phòng Tư pháp"), enc("Quý IV/2025")],
    ];
    const fonts = rows.map((r) => r.map(() => ".VnTime"));
    const s = checkSheet(sheet(rows, { fonts }), OPTS);
    expect(s.recognized).toBe(true);
    expect(tasks(s)[0].task).toBe("Rà soát văn bản");
    expect(tasks(s)[0].lead).toEqual(["Phòng Tư pháp"]);
    expect(s.issues[0]).toMatchObject({ row: null, column: null, code: "legacy_encoding", severity: "info" });
  });
});

describe("more recognition cases", () => {
  test("a table naming only the task and a count is not a plan", () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Số lượng", "Ghi chú"],
          ["1", "Hồ sơ", 12, null],
        ],
        { name: "Tổng hợp" },
      ),
      OPTS,
    );
    expect(s.recognized).toBe(false);
  });
  test("'Đơn vị chủ trì' is the lead even after a 'Lãnh đạo phụ trách' column", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Lãnh đạo phụ trách", "Đơn vị chủ trì", "Thời hạn"],
        ["1", "Việc", "Phó Chủ tịch", "Phòng Nội vụ", "Năm 2025"],
      ]),
      OPTS,
    );
    expect(s.table!.columns.lead).toBe("D");
  });
  test("'Tiến độ' with 'Thực hiện trước ngày …' and 'Hoàn thành trước …' cells is the deadline", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Tiến độ"],
        ["1", "A", "Văn phòng", "Thực hiện trước ngày 15/8/2025"],
        ["2", "B", "Văn phòng", "Hoàn thành trước ngày 17/8/2025"],
        ["3", "C", "Văn phòng", "Thực hiện thường xuyên"],
      ]),
      OPTS,
    );
    expect(s.table!.columns.deadline).toBe("D");
  });
  test("a total row at the foot of the table is no item", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        ["1", "A", "Văn phòng", "Năm 2025"],
        [null, "Tổng cộng", null, null],
      ]),
      OPTS,
    );
    expect(s.items.map((i) => i.row)).toEqual([2]);
  });
  test("a title merged from the STT column across the row: its leading mark is the STT", () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
          ["I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", null, null, null],
          ["1", "A", "Văn phòng", "Năm 2025"],
        ],
        { merges: ["A2:D2"] },
      ),
      OPTS,
    );
    expect(sections(s)).toEqual([
      { row: 2, type: "section", stt: "I", level: 1, title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH" },
    ]);
    expect(tasks(s)[0].section).toBe("I");
  });
  test("a task without STT carrying a lead of its own is a task, not a continuation", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        ["1", "A", "Văn phòng", "Năm 2025"],
        [null, "B", "Phòng Nội vụ", "Năm 2025"],
      ]),
      OPTS,
    );
    expect(tasks(s).map((t) => [t.row, t.stt, t.task])).toEqual([
      [2, "1", "A"],
      [3, null, "B"],
    ]);
  });
});

test("a group header merged across over 'Chủ trì | Phối hợp' without cells merged down", () => {
  const s = checkSheet(
    sheet(
      [
        ["STT", "Nội dung", "Đơn vị thực hiện", null, "Thời hạn"],
        [null, null, "Chủ trì", "Phối hợp", null],
        ["1", "Việc", "Văn phòng", "Phòng Nội vụ", "Năm 2025"],
      ],
      { merges: ["C1:D1"] },
    ),
    OPTS,
  );
  expect(s.table!.headerRows).toEqual([1, 2]);
  expect(s.table!.firstRow).toBe(3);
  expect(s.table!.columns).toMatchObject({ lead: "C", support: "D" });
});

describe("legacy encodings", () => {
  const rowsIn = (enc: (t: string) => string) => [
    [enc("KẾ HOẠCH CÔNG TÁC NĂM 2025")],
    [enc("STT"), enc("Nội dung công việc"), enc("Đơn vị chủ trì"), enc("Thời hạn hoàn thành")],
    ["1", enc("Rà soát, cập nhật văn bản quy phạm pháp luật"), enc("Phòng Tư pháp chủ trì, phối hợp các phòng thực hiện"), enc("Quý IV/2025")],
    ["2", enc("Tổ chức kiểm tra công tác cải cách hành chính"), enc("Văn phòng"), enc("Trước ngày 15/11/2025")],
  ];
  test("VNI-Windows text with its font", () => {
    const rows = rowsIn(encodeVni);
    const s = checkSheet(sheet(rows, { fonts: rows.map((r) => r.map(() => "VNI-Times")) }), OPTS);
    expect(s.recognized).toBe(true);
    expect(tasks(s).map((t) => [t.task, t.lead, t.support, t.deadline.due])).toEqual([
      ["Rà soát, cập nhật văn bản quy phạm pháp luật", ["Phòng Tư pháp"], ["Các phòng"], "2025-12-31"],
      ["Tổ chức kiểm tra công tác cải cách hành chính", ["Văn phòng"], [], "2025-11-15"],
    ]);
    expect(s.issues.filter((i) => i.code === "legacy_encoding")).toHaveLength(1);
  });
  test("TCVN3 text without font names is recognised by its evidence", () => {
    const s = checkSheet(sheet(rowsIn(encodeTcvn3)), OPTS);
    expect(s.recognized).toBe(true);
    expect(tasks(s)[0].task).toBe("Rà soát, cập nhật văn bản quy phạm pháp luật");
    expect(s.issues[0].code).toBe("legacy_encoding");
  });
});

test("a column-number row repeated inside the table is skipped", () => {
  const s = checkSheet(
    sheet([
      ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
      ["1", "2", "3", "4"],
      ["1", "A", "Văn phòng", "Năm 2025"],
      ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
      ["1", "2", "3", "4"],
      ["2", "B", "Văn phòng", "Năm 2025"],
    ]),
    OPTS
  );
  expect(s.table!.firstRow).toBe(3);
  expect(s.items.map((i) => i.row)).toEqual([3, 6]);
});

test("remarks under the table end it", () => {
  const s = checkSheet(
    sheet(
      [
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        ["1", "A", "Văn phòng", "Năm 2025"],
        ["Ghi chú: các đơn vị báo cáo trước ngày 25 hằng tháng", null, null, null],
      ],
      { merges: ["A3:D3"] }
    ),
    OPTS
  );
  expect(s.table!.lastRow).toBe(2);
  expect(s.items.map((i) => i.row)).toEqual([2]);
});

test("an STT and a task group merged down over activities, one per row: each row is a task under that number", () => {
  const s = checkSheet(
    sheet(
      [
        ["STT", "Nhiệm vụ", "Hoạt động", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Cải cách thể chế", "Rà soát văn bản", "Phòng Tư pháp", "Quý I/2025"],
        [null, null, "Kiểm tra văn bản", "Phòng Tư pháp", "Quý II/2025"],
        ["2", "Cải cách TTHC", "Niêm yết TTHC", "Văn phòng", "Quý III/2025"],
      ],
      { merges: ["A2:A3", "B2:B3"] }
    ),
    OPTS
  );
  expect(s.table!.columns.task).toBe("C");
  expect(tasks(s).map((t) => [t.row, t.stt, t.task])).toEqual([
    [2, "1", "Rà soát văn bản"],
    [3, "1", "Kiểm tra văn bản"],
    [4, "2", "Niêm yết TTHC"],
  ]);
  expect(s.issues).toEqual([]);
});

test("a title merged over part of the width above the header is no group header", () => {
  const s = checkSheet(
    sheet(
      [
        ["PHỤ LỤC KẾ HOẠCH", null, null, null, null, null, null],
        ["STT", "Nội dung", "Chủ trì", "Phối hợp", "Thời hạn", "Sản phẩm", "Ghi chú"],
        ["1", "Việc", "Văn phòng", null, "Năm 2025", "Báo cáo", null],
      ],
      { merges: ["A1:C1"] }
    ),
    OPTS
  );
  expect(s.table!.headerRows).toEqual([2]);
});

test("without a task header, the column of longest texts is the task", () => {
  const s = checkSheet(
    sheet([
      ["STT", "Tên gọi", "Đơn vị chủ trì", "Thời hạn"],
      ["1", "Rà soát, sửa đổi quy chế làm việc của cơ quan", "Văn phòng", "Quý IV/2025"],
      ["2", "Xây dựng kế hoạch chuyển đổi số năm 2026", "Phòng Nội vụ", "Tháng 12/2025"],
    ]),
    OPTS
  );
  expect(s.table!.columns.task).toBe("B");
  expect(s.items).toHaveLength(2);
});

test("'Phần I' parts are sections above the Roman ones", () => {
  const s = checkSheet(
    sheet(
      [
        ["STT", "Nội dung", "Chủ trì", "Thời hạn"],
        ["PHẦN I. NHIỆM VỤ CHUNG", null, null, null],
        ["I", "Thể chế", null, null],
        ["1", "Việc", "Văn phòng", "Năm 2025"],
        ["Phần II", "Nhiệm vụ riêng", null, null],
        ["1", "Việc", "Văn phòng", "Năm 2025"],
      ],
      { merges: ["A2:D2", "B3:D3", "B5:D5"] }
    ),
    OPTS
  );
  expect(sections(s).map((x) => [x.row, x.stt, x.level, x.title])).toEqual([
    [2, "PHẦN I", 1, "NHIỆM VỤ CHUNG"],
    [3, "I", 2, "Thể chế"],
    [5, "Phần II", 1, "Nhiệm vụ riêng"],
  ]);
  expect(tasks(s).map((t) => t.section)).toEqual(["I", "Phần II"]);
  expect(s.issues).toEqual([]);
});

test("'Kết quả' holding 'Đã ban hành …', 'Đang trình' is the status", () => {
  const s = checkSheet(
    sheet([
      ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Sản phẩm", "Kết quả"],
      ["1", "A", "Văn phòng", "Năm 2025", "Quyết định", "Đã ban hành Quyết định số 12/QĐ-UBND ngày 05/3/2025"],
      ["2", "B", "Văn phòng", "Năm 2025", "Báo cáo", "Đang trình UBND tỉnh"],
      ["3", "C", "Văn phòng", "Năm 2025", "Báo cáo", null],
    ]),
    OPTS
  );
  expect(s.table!.columns).toMatchObject({ output: "E", status: "F" });
});
