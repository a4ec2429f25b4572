import { checkSheet, type SheetReport, type TaskItem, type SectionItem } from "../../src/core";
import { encodeVni } from "../../src/core/text";
import { sheet, OPTS } from "./helpers";

const tasks = (s: SheetReport) => s.items.filter((i): i is TaskItem => i.type === "task");
const sections = (s: SheetReport) => s.items.filter((i): i is SectionItem => i.type === "section");

describe("header layouts beyond the shared fixtures", () => {
  test('"Thời gian thực hiện" over "Từ ngày | Đến ngày" (no other merges): the end column is the deadline', () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Chủ trì", "Thời gian thực hiện", null, "Sản phẩm"],
          [null, null, null, "Từ ngày", "Đến ngày", null],
          [1, "Rà soát thủ tục", "Sở Nội vụ", "01/01/2025", "31/3/2025", "Báo cáo"],
          [2, "Báo cáo kết quả", "Sở Tư pháp", "01/02/2025", "30/6/2025", "Báo cáo"],
        ],
        { merges: ["D1:E1"] },
      ),
      OPTS,
    );
    expect(s.table!.headerRows).toEqual([1, 2]);
    expect(s.table!.columns.deadline).toBe("E");
    expect(tasks(s).map((t) => t.deadline.due)).toEqual(["2025-03-31", "2025-06-30"]);
  });

  test('"Tiến độ" over "Bắt đầu | Hoàn thành": both hold times, the end is the deadline and neither the status', () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Chủ trì", "Tiến độ", null],
          [null, null, null, "Bắt đầu", "Hoàn thành"],
          [1, "Rà soát thủ tục", "Sở Nội vụ", "Tháng 1/2025", "Quý I/2025"],
          [2, "Báo cáo kết quả", "Sở Tư pháp", "Tháng 2/2025", "Quý II/2025"],
        ],
        { merges: ["A1:A2", "B1:B2", "C1:C2", "D1:E1"] },
      ),
      OPTS,
    );
    expect(s.table!.columns.deadline).toBe("E");
    expect(s.table!.columns.status).toBeNull();
  });

  test("header words carried on into the next row without merges are read whole", () => {
    const s = checkSheet(
      sheet([
        ["Số", "Nội dung", "Đơn vị", "Đơn vị", "Thời gian"],
        ["TT", "công việc", "chủ trì", "phối hợp", "hoàn thành"],
        [1, "Rà soát thủ tục", "Sở Nội vụ", "Sở Tài chính", "Quý I/2025"],
        [2, "Báo cáo kết quả", "Sở Tư pháp", null, "Quý II/2025"],
      ]),
      OPTS,
    );
    expect(s.table!.headerRows).toEqual([1, 2]);
    expect(s.table!.firstRow).toBe(3);
    expect(s.table!.columns).toMatchObject({ stt: "A", task: "B", lead: "C", support: "D", deadline: "E" });
    expect(tasks(s).map((t) => t.row)).toEqual([3, 4]);
  });

  test('"Hoàn thành" alone: the deadline when its cells are times, the status when they are marks', () => {
    const times = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Hoàn thành"],
        [1, "Rà soát thủ tục", "Sở Nội vụ", "Quý I/2025"],
        [2, "Báo cáo kết quả", "Sở Tư pháp", "30/9/2025"],
      ]),
      OPTS,
    );
    expect(times.table!.columns).toMatchObject({ deadline: "D", status: null });
    const marks = checkSheet(
      sheet([
        ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Hoàn thành"],
        [1, "Rà soát thủ tục", "Sở Nội vụ", "Quý I/2025", "x"],
        [2, "Báo cáo kết quả", "Sở Tư pháp", "30/9/2025", null],
      ]),
      OPTS,
    );
    expect(marks.table!.columns).toMatchObject({ deadline: "D", status: "E" });
  });

  test('"Kết quả" or "Tiến độ" whose cells do not fit the role left to them has none; empty, it takes it', () => {
    const cols = (rows: (string | number | null)[][]) => checkSheet(sheet(rows), OPTS).table!.columns;
    const head = ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Sản phẩm"];
    expect(
      cols([
        [...head, "Kết quả"],
        [1, "Rà soát", "Sở Nội vụ", "Quý I/2025", "Báo cáo", "Báo cáo tổng hợp"],
        [2, "Ban hành", "Sở Tư pháp", "30/9/2025", "Quyết định", "Quyết định ban hành"],
      ]),
    ).toMatchObject({ output: "E", status: null });
    expect(
      cols([
        [...head, "Kết quả"],
        [1, "Rà soát", "Sở Nội vụ", "Quý I/2025", "Báo cáo", "Đã hoàn thành"],
        [2, "Ban hành", "Sở Tư pháp", "30/9/2025", "Quyết định", "Đang thực hiện"],
      ]),
    ).toMatchObject({ output: "E", status: "F" });
    expect(
      cols([
        [...head, "Tiến độ"],
        [1, "Rà soát", "Sở Nội vụ", "Quý I/2025", "Báo cáo", "Tháng 1/2025"],
        [2, "Ban hành", "Sở Tư pháp", "30/9/2025", "Quyết định", "Tháng 9/2025"],
      ]),
    ).toMatchObject({ deadline: "D", status: null });
    expect(
      cols([
        [...head, "Tiến độ"],
        [1, "Rà soát", "Sở Nội vụ", "Quý I/2025", "Báo cáo", null],
        [2, "Ban hành", "Sở Tư pháp", "30/9/2025", "Quyết định", null],
      ]),
    ).toMatchObject({ deadline: "D", status: "F" });
  });

  test("a first data row starting in lower case is not taken for header words", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"],
        [1, "rà soát thủ tục", "Sở Nội vụ", "trước ngày 15/3/2025"],
        [2, "Báo cáo kết quả", "Sở Tư pháp", "Quý II/2025"],
      ]),
      OPTS,
    );
    expect(s.table!.headerRows).toEqual([1]);
    expect(tasks(s)).toHaveLength(2);
  });
});

describe("numbered headings beyond x.y", () => {
  test('a numbered title merged across the row heads the "-" bullets under it', () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian"],
          ["1", "CÔNG TÁC TUYÊN TRUYỀN", null, null],
          ["-", "Tuyên truyền trên báo", "Phòng Văn hóa", "Quý II/2025"],
          ["-", "Tuyên truyền trên loa", "UBND các xã", "Tháng 5/2025"],
          ["2", "Tổng kết", "Phòng Nội vụ", "Tháng 12/2025"],
        ],
        { merges: ["B2:D2"] },
      ),
      OPTS,
    );
    expect(sections(s).map((x) => [x.row, x.stt, x.level])).toEqual([[2, "1", 1]]);
    expect(tasks(s).map((t) => [t.row, t.stt, t.section])).toEqual([
      [3, null, "1"],
      [4, null, "1"],
      [5, "2", null],
    ]);
    expect(s.issues.filter((i) => i.code === "missing_lead")).toEqual([]);
  });

  test('a numbered row with no lead nor deadline heads its "a)", "b)"; nested headings 1 / 1.1 / 1.1.1', () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời gian hoàn thành"],
        ["I", "NHIỆM VỤ CHUNG", null, null],
        [1, "Xây dựng kế hoạch", null, null],
        ["a)", "Dự thảo", "Văn phòng", "Tháng 3/2025"],
        ["b)", "Trình ký", "Văn phòng", "Tháng 4/2025"],
        [2, "Phát triển nền tảng số", null, null],
        ["2.1", "Nền tảng dùng chung", null, null],
        ["2.1.1", "Họp trực tuyến", "Phòng Văn hóa", "Quý II/2025"],
        ["2.2", "Quản lý văn bản", "Văn phòng", "Thường xuyên"],
        [3, "Tổng kết", "Văn phòng", "Tháng 12/2025"],
      ]),
      OPTS,
    );
    expect(sections(s).map((x) => [x.stt, x.level])).toEqual([
      ["I", 1],
      ["1", 2],
      ["2", 2],
      ["2.1", 3],
    ]);
    expect(tasks(s).map((t) => [t.stt, t.section])).toEqual([
      ["a)", "1"],
      ["b)", "1"],
      ["2.1.1", "2.1"],
      ["2.2", "2"],
      ["3", "I"],
    ]);
    expect(s.issues).toEqual([]);
  });
});

describe("tables that are not plans", () => {
  test("a list of members (Họ và tên, Chức vụ, đơn vị, Nhiệm vụ trong Ban) is not a plan", () => {
    const s = checkSheet(
      sheet([
        ["DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO"],
        ["STT", "Họ và tên", "Chức vụ, đơn vị", "Nhiệm vụ trong Ban Chỉ đạo"],
        [1, "Nguyễn Văn A", "Giám đốc Sở", "Trưởng ban"],
        [2, "Trần Văn B", "Phó Giám đốc Sở", "Phó Trưởng ban thường trực"],
      ]),
      OPTS,
    );
    expect(s.recognized).toBe(false);
    expect(s.reason).toMatch(/danh sách người/);
    expect(s.table).toBeNull();
  });

  test("a budget (Nội dung, Đơn vị thực hiện, Kinh phí, Nguồn kinh phí) with no deadline is not a plan", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Đơn vị thực hiện", "Kinh phí (triệu đồng)", "Nguồn kinh phí"],
        [1, "Tổ chức hội nghị", "Văn phòng", 50, "Ngân sách tỉnh"],
        [2, "Tập huấn", "Phòng Nội vụ", 120, "Ngân sách tỉnh"],
      ]),
      OPTS,
    );
    expect(s.recognized).toBe(false);
    expect(s.reason).toMatch(/kinh phí/);
  });

  test("a plan with a budget column and a deadline column is a plan", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Đơn vị thực hiện", "Thời gian", "Kinh phí (triệu đồng)"],
        [1, "Tổ chức hội nghị", "Văn phòng", "Quý II/2025", 50],
        [2, "Tập huấn", "Phòng Nội vụ", "Quý III/2025", 120],
      ]),
      OPTS,
    );
    expect(s.recognized).toBe(true);
    expect(tasks(s)).toHaveLength(2);
  });
});

describe("section titles typed without merging", () => {
  test("a capitalised text-only row before numbering that restarts at 1 is a section, not a continuation", () => {
    const s = checkSheet(
      sheet([
        ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
        ["1", "Ban hành kế hoạch.", "Sở Nội vụ", "Quý I/2025"],
        ["2", "Phân công nhiệm vụ", "Sở Tư pháp", "Quý II/2025"],
        [null, "Nhiệm vụ cụ thể", null, null],
        ["1", "Rà soát thủ tục", "Sở Nội vụ", "Quý III/2025"],
        ["2", "Báo cáo kết quả", "Sở Tư pháp", "Quý IV/2025"],
        [null, "và đề xuất giải pháp", null, null],
      ]),
      OPTS,
    );
    expect(sections(s).map((x) => [x.row, x.stt, x.title])).toEqual([[4, null, "Nhiệm vụ cụ thể"]]);
    expect(tasks(s).map((t) => [t.row, t.task])).toEqual([
      [2, "Ban hành kế hoạch."],
      [3, "Phân công nhiệm vụ"],
      [5, "Rà soát thủ tục"],
      [6, "Báo cáo kết quả và đề xuất giải pháp"],
    ]);
    expect(s.issues).toEqual([]);
  });
});

describe("a task merged down over rows of its own", () => {
  test("STT and task merged down over rows each with its own lead and deadline: one task per row", () => {
    const s = checkSheet(
      sheet(
        [
          ["STT", "Nội dung", "Đơn vị chủ trì", "Thời gian"],
          ["1", "Tổ chức tập huấn", "Sở Nội vụ", "Quý I/2025"],
          [null, null, "Sở Tư pháp", "Quý II/2025"],
          [null, null, "Sở Y tế", "Quý III/2025"],
          ["2", "Kiểm tra", "Thanh tra tỉnh", "Năm 2025"],
          [null, null, "Công an tỉnh", null],
        ],
        { merges: ["A2:A4", "B2:B4", "B5:B6"] },
      ),
      OPTS,
    );
    expect(tasks(s).map((t) => [t.row, t.stt, t.task, t.lead])).toEqual([
      [2, "1", "Tổ chức tập huấn", ["Sở Nội vụ"]],
      [3, "1", "Tổ chức tập huấn", ["Sở Tư pháp"]],
      [4, "1", "Tổ chức tập huấn", ["Sở Y tế"]],
      // The number not merged along and no deadline of its own: the row only adds a lead.
      [5, "2", "Kiểm tra", ["Thanh tra tỉnh", "Công an tỉnh"]],
    ]);
    expect(s.issues.map((i) => [i.row, i.code])).toEqual([[5, "multiple_leads"]]);
  });
});

describe("legacy text without a legacy font", () => {
  test("a VNI sheet in a Unicode font: short cells are converted with the encoding the sheet gives", () => {
    const rows = [
      ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn hoàn thành"],
      [1, "Rà soát thủ tục hành chính", "Phòng Tư pháp", "Quý III/2025"],
      [2, "Tổ chức hội nghị tổng kết", "Văn phòng", "Trước ngày 15/12/2025"],
      [3, "Kiểm tra công vụ", "Phòng Nội vụ; Thanh tra huyện", "Thường xuyên"],
    ].map((r) => r.map((v) => (typeof v === "string" ? encodeVni(v) : v)));
    const s = checkSheet(sheet(rows, { fonts: rows.map((r) => r.map(() => "Times New Roman")) }), OPTS);
    expect(s.table!.columns.lead).toBe("C");
    expect(tasks(s).map((t) => [t.lead[0], t.deadline.text])).toEqual([
      ["Phòng Tư pháp", "Quý III/2025"],
      ["Văn phòng", "Trước ngày 15/12/2025"],
      ["Phòng Nội vụ", "Thường xuyên"],
    ]);
    expect(s.issues[0]).toMatchObject({ row: null, code: "legacy_encoding" });
  });
});

test("a mixed-case title merged from the STT column across the row, after tasks, is a section", () => {
  const s = checkSheet(
    sheet(
      [
        ["STT", "Nội dung", "Chủ trì", "Thời gian"],
        [1, "Kiện toàn Ban Chỉ huy", "Văn phòng", "Tháng 3/2025"],
        ["Ứng phó và khắc phục hậu quả", null, null, null],
        [1, "Trực ban", "Công an xã", "Khi có thiên tai"],
      ],
      { merges: ["A3:D3"] },
    ),
    OPTS,
  );
  expect(sections(s).map((x) => [x.row, x.stt, x.title])).toEqual([[3, null, "Ứng phó và khắc phục hậu quả"]]);
  expect(tasks(s).map((t) => [t.row, t.task])).toEqual([
    [2, "Kiện toàn Ban Chỉ huy"],
    [4, "Trực ban"],
  ]);
});

test("a row broken off mid-sentence (text and lead going on in lower case) continues the task above", () => {
  const s = checkSheet(
    sheet([
      ["STT", "Nội dung", "Trách nhiệm thực hiện", "Thời gian", "Sản phẩm"],
      ["1", "Rà soát thủ tục hành chính thuộc", "Phòng Nội vụ chủ trì, phối hợp", "Quý I/2025", "Báo cáo"],
      [null, "thẩm quyền giải quyết của huyện", "các phòng liên quan thực hiện", null, "kết quả rà soát"],
      ["2", "Báo cáo", "Văn phòng HĐND - UBND", "Quý II/2025", "Báo cáo"],
      [null, "định kỳ", "huyện", null, null],
      ["3", "Kiểm tra", "Thanh tra huyện chủ trì, phối hợp", "Quý III/2025", "Kết luận"],
      [null, null, "Phòng Tư pháp thực hiện", null, null],
    ]),
    OPTS,
  );
  expect(tasks(s).map((t) => [t.row, t.task, t.lead, t.support, t.output])).toEqual([
    [
      2,
      "Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của huyện",
      ["Phòng Nội vụ"],
      ["Các phòng liên quan"],
      "Báo cáo kết quả rà soát",
    ],
    [4, "Báo cáo định kỳ", ["Văn phòng HĐND - UBND huyện"], [], "Báo cáo"],
    [6, "Kiểm tra", ["Thanh tra huyện"], ["Phòng Tư pháp"], "Kết luận"],
  ]);
  expect(s.issues).toEqual([]);
});

test("an STT merged down over a task's second line in lower case: the line goes on with the task", () => {
  const s = checkSheet(
    sheet(
      [
        ["STT", "Nội dung", "Chủ trì", "Thời gian"],
        [1, "Rà soát thủ tục hành chính thuộc", "Sở Nội vụ", "Quý I/2025"],
        [null, "thẩm quyền của tỉnh", null, null],
        [2, "Báo cáo kết quả", "Sở Tư pháp", "Quý II/2025"],
      ],
      { merges: ["A2:A3", "C2:C3", "D2:D3"] },
    ),
    OPTS,
  );
  expect(tasks(s).map((t) => [t.row, t.stt, t.task])).toEqual([
    [2, "1", "Rà soát thủ tục hành chính thuộc thẩm quyền của tỉnh"],
    [4, "2", "Báo cáo kết quả"],
  ]);
});
