/* global console, __dirname */
/**
 * Builds the extra fixtures: plan layouts the shared fixtures do not cover, written the way
 * Vietnamese agencies write their plan appendices, each with a hand-written expected report
 * (plan report format 1). Run: `npx tsx test/fixtures-extra/make-extra.ts` (rewrites the .xlsx and
 * .expected.json files beside this script; commit them together).
 *
 * Every expected value below was written by hand from docs/plan-report.md and the
 * fixtures' README (the decisions taken where they are silent are in README.md beside this file);
 * only mechanical values are filled in from the cells: the task text (one row), the STT less its
 * trailing period, the output cell, the deadline cell as shown.
 */
import ExcelJS from "exceljs";
import { writeFileSync } from "fs";
import { join } from "path";
import { encodeTcvn3, encodeVni } from "../../src/core/text";

type Role = "stt" | "task" | "lead" | "support" | "deadline" | "output" | "status" | "note";
type Kind = "date" | "period" | "recurring" | "conditional" | "none" | "unparsed";
type Status = "done" | "overdue" | "due_soon" | "open" | "no_deadline";
/** A cell: text, a number, a date ("=2025-12-15"), or a number with a format. */
type V = string | number | { date: string } | { v: number; fmt: string } | null;
type Cells = Record<string, V>;

const SEVERITY: Record<string, string> = {
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
  legacy_encoding: "info",
};
const MESSAGE: Record<string, string> = {
  missing_task: "Dòng có số thứ tự nhưng thiếu nội dung công việc",
  missing_lead: "Thiếu đơn vị chủ trì",
  missing_deadline: "Thiếu thời hạn hoàn thành",
  missing_output: "Thiếu sản phẩm đầu ra",
  unparsed_deadline: "Không đọc được thời hạn",
  invalid_date: "Ngày không có thật",
  deadline_outside_plan_year: "Thời hạn nằm ngoài năm kế hoạch",
  duplicate_stt: "Số thứ tự bị trùng",
  stt_sequence: "Số thứ tự không liền mạch",
  cell_error: "Ô có lỗi Excel",
  multiple_leads: "Nhiều đơn vị chủ trì",
  legacy_encoding: "Văn bản dùng bảng mã cũ",
};

interface TaskExp {
  section: string | null;
  lead: string[];
  support?: string[];
  kind: Kind;
  due: string | null;
  status: Status;
  /** Overrides of the mechanical values. */
  stt?: string | null;
  task?: string | null;
  output?: string | null;
  text?: string | null;
}

/** "vni-lost-font": VNI bytes in a Unicode font (the font was lost on the way, as in converted files). */
type Enc = "tcvn3" | "vni" | "vni-lost-font" | null;

const isUpper = (s: string): boolean => {
  const letters = s.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toLocaleUpperCase("vi");
};

const dmy = (iso: string): string => {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
};

class SheetBuilder {
  readonly ws: ExcelJS.Worksheet;
  readonly items: unknown[] = [];
  readonly issues: { row: number | null; column: string | null; code: string }[] = [];
  constructor(
    wb: ExcelJS.Workbook,
    readonly name: string,
    readonly cols: Record<Role, string | null>,
    readonly enc: Enc = null,
  ) {
    this.ws = wb.addWorksheet(name);
    for (let i = 1; i <= 12; i++) this.ws.getColumn(i).width = i === 2 || i === 4 ? 40 : 18;
  }

  put(r: number, cells: Cells): void {
    for (const [col, v] of Object.entries(cells)) {
      if (v === null || v === "") continue;
      const cell = this.ws.getCell(`${col}${r}`);
      if (typeof v === "string") {
        if (this.enc === "tcvn3") {
          const caps = isUpper(v);
          // Plain capitals A-Z are themselves in TCVN3 (encodeTcvn3 writes them in lower case).
          cell.value = caps
            ? encodeTcvn3(v, { capitals: true })
            : [...v].map((ch) => (/[A-Z]/.test(ch) ? ch : encodeTcvn3(ch))).join("");
          cell.font = { name: caps ? ".VnTimeH" : ".VnTime", size: 13 };
        } else if (this.enc === "vni" || this.enc === "vni-lost-font") {
          cell.value = encodeVni(v);
          cell.font = { name: this.enc === "vni" ? "VNI-Times" : "Times New Roman", size: 13 };
        } else cell.value = v;
        cell.alignment = { wrapText: true, vertical: "top" };
      } else if (typeof v === "number") cell.value = v;
      else if ("date" in v) {
        const [y, m, d] = v.date.split("-").map(Number);
        cell.value = new Date(Date.UTC(y, m - 1, d));
        cell.numFmt = "dd/mm/yyyy";
      } else {
        cell.value = v.v;
        cell.numFmt = v.fmt;
      }
    }
  }

  merge(...ranges: string[]): void {
    for (const r of ranges) this.ws.mergeCells(r);
  }

  private shown(v: V | undefined): string | null {
    if (v === null || v === undefined || v === "") return null;
    if (typeof v === "string") return v;
    if (typeof v === "number") return String(v);
    if ("date" in v) return dmy(v.date);
    return String(v.v);
  }

  private at(cells: Cells, role: Role): string | null {
    const c = this.cols[role];
    return c === null ? null : this.shown(cells[c]);
  }

  section(r: number, cells: Cells, exp: { stt: string | null; level: number; title: string | null }): void {
    this.put(r, cells);
    this.items.push({ row: r, type: "section", stt: exp.stt, level: exp.level, title: exp.title });
  }

  task(r: number, cells: Cells, exp: TaskExp): void {
    this.put(r, cells);
    const stt = exp.stt !== undefined ? exp.stt : (this.at(cells, "stt")?.replace(/\.+$/, "") ?? null);
    const text = exp.text !== undefined ? exp.text : this.at(cells, "deadline");
    this.items.push({
      row: r,
      type: "task",
      stt,
      section: exp.section,
      task: exp.task !== undefined ? exp.task : this.at(cells, "task"),
      lead: exp.lead,
      support: exp.support ?? [],
      output: exp.output !== undefined ? exp.output : this.cols.output === null ? null : this.at(cells, "output"),
      deadline: { text, kind: exp.kind, due: exp.due },
      status: exp.status,
    });
  }

  issue(row: number | null, column: string | null, code: string): void {
    this.issues.push({ row, column, code });
  }

  report(planYear: number, headerRows: number[], firstRow: number, lastRow: number): unknown {
    return {
      sheet: this.name,
      recognized: true,
      reason: null,
      planYear,
      table: { headerRows, firstRow, lastRow, columns: this.cols },
      items: this.items,
      issues: this.issues.map((i) => ({ ...i, severity: SEVERITY[i.code], message: MESSAGE[i.code] })),
    };
  }
}

function notAPlan(wb: ExcelJS.Workbook, name: string, rows: [number, Cells][], reason: string): unknown {
  const ws = wb.addWorksheet(name);
  for (const [r, cells] of rows)
    for (const [col, v] of Object.entries(cells)) if (v !== null) ws.getCell(`${col}${r}`).value = v as string | number;
  return { sheet: name, recognized: false, reason, planYear: null, table: null, items: [], issues: [] };
}

const COLS = (m: Partial<Record<Role, string>>): Record<Role, string | null> => ({
  stt: m.stt ?? null,
  task: m.task ?? null,
  lead: m.lead ?? null,
  support: m.support ?? null,
  deadline: m.deadline ?? null,
  output: m.output ?? null,
  status: m.status ?? null,
  note: m.note ?? null,
});

const fixtures: { file: string; asOf: string; build: (wb: ExcelJS.Workbook) => unknown[] }[] = [];

// ---------------------------------------------------------------------------------------------
// 1. A Sở's administrative-reform plan: the table starts at column C row 10 under a long title
//    block; "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn | Sản phẩm | Ghi chú";
//    STT written "1."; Roman sections merged across the row; numbering restarts per section;
//    "-" bullets with their own lead and deadline; a task split over two rows; the header and
//    its column-number row repeated after a page break; a gap, a duplicate, an impossible date.
fixtures.push({
  file: "kh-cchc-so-noi-vu-2025",
  asOf: "2025-06-20",
  build(wb) {
    const s = new SheetBuilder(
      wb,
      "Phụ lục",
      COLS({ stt: "C", task: "D", lead: "E", support: "F", deadline: "G", output: "H", note: "I" }),
    );
    s.put(1, { C: "UBND TỈNH QUẢNG TRỊ", G: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" });
    s.put(2, { C: "SỞ NỘI VỤ", G: "Độc lập - Tự do - Hạnh phúc" });
    s.put(4, { C: "PHỤ LỤC" });
    s.put(5, { C: "DANH MỤC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025" });
    s.put(6, { C: "(Kèm theo Kế hoạch số 45/KH-SNV ngày 10/01/2025 của Sở Nội vụ tỉnh Quảng Trị)" });
    s.put(7, {
      C:
        "Căn cứ Quyết định số 1234/QĐ-UBND ngày 28/12/2024 của UBND tỉnh ban hành Kế hoạch cải cách hành chính " +
        "năm 2025, Sở Nội vụ xác định các nhiệm vụ cụ thể, phân công cơ quan chủ trì, cơ quan phối hợp và thời hạn " +
        "hoàn thành như sau:",
    });
    s.merge("C1:E1", "G1:I1", "C2:E2", "G2:I2", "C4:I4", "C5:I5", "C6:I6", "C7:I7");
    const header = {
      C: "TT",
      D: "Nhiệm vụ",
      E: "Cơ quan chủ trì",
      F: "Cơ quan phối hợp",
      G: "Thời hạn",
      H: "Sản phẩm",
      I: "Ghi chú",
    };
    const numbers = { C: "(1)", D: "(2)", E: "(3)", F: "(4)", G: "(5)", H: "(6)", I: "(7)" };
    s.put(10, header);
    s.put(11, numbers);
    s.section(12, { C: "I", D: "CẢI CÁCH THỂ CHẾ" }, { stt: "I", level: 1, title: "CẢI CÁCH THỂ CHẾ" });
    s.merge("D12:I12");
    s.task(
      13,
      {
        C: "1.",
        D: "Rà soát, đánh giá các văn bản quy phạm pháp luật thuộc lĩnh vực nội vụ do tỉnh ban hành",
        E: "Phòng Tổ chức - Biên chế",
        F: "Văn phòng Sở; Thanh tra Sở",
        G: "Quý II/2025",
        H: "Báo cáo kết quả rà soát",
      },
      {
        section: "I",
        lead: ["Phòng Tổ chức - Biên chế"],
        support: ["Văn phòng Sở", "Thanh tra Sở"],
        kind: "period",
        due: "2025-06-30",
        status: "open",
      },
    );
    s.task(
      14,
      {
        C: "2.",
        D: "Tham mưu xây dựng Quyết định quy định chức năng, nhiệm vụ, quyền hạn của Sở",
        E: "Văn phòng Sở",
        F: "Các phòng chuyên môn",
        G: "Trước ngày 15/6/2025",
        H: "Quyết định của UBND tỉnh",
      },
      {
        section: "I",
        lead: ["Văn phòng Sở"],
        support: ["Các phòng chuyên môn"],
        kind: "date",
        due: "2025-06-15",
        status: "overdue",
      },
    );
    // "-" bullets under task 2, each with its own lead and deadline: tasks without a number.
    s.task(
      15,
      {
        C: "-",
        D: "Xây dựng dự thảo Quyết định",
        E: "Phòng Tổ chức - Biên chế",
        G: "Trước ngày 30/5/2025",
        H: "Dự thảo Quyết định",
      },
      {
        section: "I",
        lead: ["Phòng Tổ chức - Biên chế"],
        kind: "date",
        due: "2025-05-30",
        status: "overdue",
        stt: null,
      },
    );
    s.task(
      16,
      {
        C: "-",
        D: "Lấy ý kiến các sở, ngành có liên quan",
        E: "Văn phòng Sở",
        G: "Tháng 6/2025",
        H: "Văn bản góp ý",
      },
      { section: "I", lead: ["Văn phòng Sở"], kind: "period", due: "2025-06-30", status: "open", stt: null },
    );
    s.task(
      17,
      {
        C: "3.",
        D: "Tổ chức kiểm tra công tác cải cách hành chính tại các",
        E: "Thanh tra Sở",
        F: "Văn phòng Sở",
        G: "Quý III/2025",
        H: "Báo cáo kết quả kiểm tra",
      },
      {
        section: "I",
        lead: ["Thanh tra Sở"],
        support: ["Văn phòng Sở"],
        kind: "period",
        due: "2025-09-30",
        status: "open",
        task: "Tổ chức kiểm tra công tác cải cách hành chính tại các phòng, đơn vị trực thuộc Sở",
      },
    );
    s.put(18, { D: "phòng, đơn vị trực thuộc Sở" });
    s.section(
      19,
      { C: "II", D: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" },
      { stt: "II", level: 1, title: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH" },
    );
    s.merge("D19:I19");
    s.task(
      20,
      {
        C: "1.",
        D: "Công bố, công khai thủ tục hành chính thuộc thẩm quyền giải quyết của Sở",
        E: "Văn phòng Sở",
        F: "Trung tâm Phục vụ hành chính công tỉnh",
        G: "Thường xuyên",
        H: "Thủ tục hành chính được công khai đầy đủ",
      },
      {
        section: "II",
        lead: ["Văn phòng Sở"],
        support: ["Trung tâm Phục vụ hành chính công tỉnh"],
        kind: "recurring",
        due: null,
        status: "no_deadline",
      },
    );
    s.task(
      21,
      {
        C: "2.",
        D: "Rà soát, đơn giản hóa thủ tục hành chính, giấy tờ công dân",
        E: "Các phòng chuyên môn",
        F: "Văn phòng Sở",
        G: "Trước ngày 25/6/2025",
        H: "Phương án đơn giản hóa",
      },
      {
        section: "II",
        lead: ["Các phòng chuyên môn"],
        support: ["Văn phòng Sở"],
        kind: "date",
        due: "2025-06-25",
        status: "due_soon",
      },
    );
    // The table ran over a printed page: header and column numbers again.
    s.put(22, header);
    s.put(23, numbers);
    s.task(
      24,
      {
        C: "3.",
        D: "Thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
        E: "Văn phòng Sở",
        G: "Năm 2025",
      },
      { section: "II", lead: ["Văn phòng Sở"], kind: "period", due: "2025-12-31", status: "open" },
    );
    s.issue(24, "H", "missing_output");
    s.task(
      25,
      {
        C: "5.",
        D: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
        E: "Văn phòng Sở, Trung tâm Lưu trữ lịch sử",
        G: "Trong năm 2025",
        H: "Hồ sơ được số hóa",
      },
      {
        section: "II",
        lead: ["Văn phòng Sở", "Trung tâm Lưu trữ lịch sử"],
        kind: "period",
        due: "2025-12-31",
        status: "open",
      },
    );
    s.issue(25, "C", "stt_sequence");
    s.issue(25, "E", "multiple_leads");
    s.section(
      26,
      { C: "III", D: "CẢI CÁCH TỔ CHỨC BỘ MÁY" },
      { stt: "III", level: 1, title: "CẢI CÁCH TỔ CHỨC BỘ MÁY" },
    );
    s.merge("D26:I26");
    s.task(
      27,
      {
        C: "1.",
        D: "Sắp xếp, kiện toàn tổ chức bộ máy các phòng thuộc Sở",
        F: "Các phòng chuyên môn",
        G: "Theo chỉ đạo của UBND tỉnh",
        H: "Đề án sắp xếp",
      },
      {
        section: "III",
        lead: [],
        support: ["Các phòng chuyên môn"],
        kind: "conditional",
        due: null,
        status: "no_deadline",
      },
    );
    s.issue(27, "E", "missing_lead");
    s.task(
      28,
      {
        C: "2.",
        D: "Thực hiện tinh giản biên chế theo quy định",
        E: "Phòng Tổ chức - Biên chế",
        G: "Trước ngày 31/9/2025",
        H: "Báo cáo tinh giản biên chế",
      },
      { section: "III", lead: ["Phòng Tổ chức - Biên chế"], kind: "unparsed", due: null, status: "no_deadline" },
    );
    s.issue(28, "G", "invalid_date");
    s.task(
      29,
      {
        C: "2.",
        D: "Đánh giá, xếp loại chất lượng công chức năm 2025",
        E: "Văn phòng Sở",
        G: "Cuối năm 2025",
        H: "Kết quả đánh giá, xếp loại",
      },
      { section: "III", lead: ["Văn phòng Sở"], kind: "period", due: "2025-12-31", status: "open" },
    );
    s.issue(29, "C", "duplicate_stt");
    s.put(31, { C: "Nơi nhận:", H: "GIÁM ĐỐC" });
    s.put(32, { C: "- UBND tỉnh;" });
    s.put(33, { C: "- Lưu: VT, VP." });
    return [s.report(2025, [10], 12, 29)];
  },
});

// ---------------------------------------------------------------------------------------------
// 2. A district's digital-transformation plan: two-row header with "Đơn vị thực hiện" over
//    "Chủ trì | Phối hợp" and "Thời gian thực hiện" over "Bắt đầu | Hoàn thành" (the deadline is
//    the end column); "Tiến độ" holding percentages (the status); letter sections A/B over Roman
//    I; deep numbering 1 / 1.1 / 1.1.1 with headings.
fixtures.push({
  file: "kh-chuyen-doi-so-huyen-2025",
  asOf: "2025-09-10",
  build(wb) {
    const s = new SheetBuilder(
      wb,
      "Phụ lục 1",
      COLS({ stt: "A", task: "B", lead: "C", support: "D", deadline: "F", output: "G", status: "H" }),
    );
    s.put(1, { A: "PHỤ LỤC" });
    s.put(2, { A: "NHIỆM VỤ CHUYỂN ĐỔI SỐ NĂM 2025 CỦA HUYỆN" });
    s.put(3, { A: "(Kèm theo Kế hoạch số 112/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân huyện)" });
    s.merge("A1:H1", "A2:H2", "A3:H3");
    s.put(5, {
      A: "STT",
      B: "Nhiệm vụ",
      C: "Đơn vị thực hiện",
      E: "Thời gian thực hiện",
      G: "Kết quả dự kiến",
      H: "Tiến độ",
    });
    s.put(6, { C: "Chủ trì", D: "Phối hợp", E: "Bắt đầu", F: "Hoàn thành" });
    s.merge("A5:A6", "B5:B6", "C5:D5", "E5:F5", "G5:G6", "H5:H6");
    s.section(7, { A: "A", B: "NHIỆM VỤ CHUNG" }, { stt: "A", level: 1, title: "NHIỆM VỤ CHUNG" });
    s.merge("B7:H7");
    s.section(8, { A: "I", B: "Chuyển đổi nhận thức" }, { stt: "I", level: 2, title: "Chuyển đổi nhận thức" });
    s.merge("B8:H8");
    s.section(
      9,
      { A: "1", B: "Tuyên truyền, phổ biến về chuyển đổi số" },
      { stt: "1", level: 3, title: "Tuyên truyền, phổ biến về chuyển đổi số" },
    );
    s.task(
      10,
      {
        A: "1.1",
        B: "Xây dựng chuyên mục chuyển đổi số trên Cổng thông tin điện tử huyện",
        C: "Văn phòng HĐND - UBND huyện",
        D: "Trung tâm Văn hóa - Thông tin và Thể thao",
        E: "Tháng 01/2025",
        F: "Tháng 3/2025",
        G: "Chuyên mục được xây dựng",
        H: { v: 1, fmt: "0%" },
      },
      {
        section: "1",
        lead: ["Văn phòng HĐND - UBND huyện"],
        support: ["Trung tâm Văn hóa - Thông tin và Thể thao"],
        kind: "period",
        due: "2025-03-31",
        status: "done",
      },
    );
    s.task(
      11,
      {
        A: "1.2",
        B: "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức",
        C: "Phòng Văn hóa và Thông tin",
        D: "Các cơ quan, đơn vị; UBND các xã, thị trấn",
        E: "Quý II/2025",
        F: "Quý III/2025",
        G: "Lớp tập huấn",
        H: "80%",
      },
      {
        section: "1",
        lead: ["Phòng Văn hóa và Thông tin"],
        support: ["Các cơ quan, đơn vị", "UBND các xã, thị trấn"],
        kind: "period",
        due: "2025-09-30",
        status: "open",
      },
    );
    s.section(12, { A: "2", B: "Phát triển nền tảng số" }, { stt: "2", level: 3, title: "Phát triển nền tảng số" });
    s.section(
      13,
      { A: "2.1", B: "Triển khai các nền tảng số dùng chung" },
      { stt: "2.1", level: 4, title: "Triển khai các nền tảng số dùng chung" },
    );
    s.task(
      14,
      {
        A: "2.1.1",
        B: "Triển khai hệ thống họp trực tuyến đến cấp xã",
        C: "Phòng Văn hóa và Thông tin",
        D: "Viettel huyện",
        E: "Tháng 4/2025",
        F: "30/6/2025",
        G: "Hệ thống họp trực tuyến hoạt động",
        H: "Hoàn thành 80%",
      },
      {
        section: "2.1",
        lead: ["Phòng Văn hóa và Thông tin"],
        support: ["Viettel huyện"],
        kind: "date",
        due: "2025-06-30",
        status: "overdue",
      },
    );
    s.task(
      15,
      {
        A: "2.1.2",
        B: "Triển khai chữ ký số cho cán bộ, công chức cấp xã",
        C: "UBND các xã, thị trấn",
        D: "Phòng Văn hóa và Thông tin",
        F: "Tháng 9/2025",
        G: "Chữ ký số được cấp",
        H: "Đang triển khai",
      },
      {
        section: "2.1",
        lead: ["UBND các xã, thị trấn"],
        support: ["Phòng Văn hóa và Thông tin"],
        kind: "period",
        due: "2025-09-30",
        status: "open",
      },
    );
    s.task(
      16,
      {
        A: "2.2",
        B: "Duy trì hệ thống quản lý văn bản và điều hành",
        C: "Văn phòng HĐND - UBND huyện",
        F: "Thường xuyên",
      },
      { section: "2", lead: ["Văn phòng HĐND - UBND huyện"], kind: "recurring", due: null, status: "no_deadline" },
    );
    s.issue(16, "G", "missing_output");
    s.section(
      17,
      { A: "B", B: "NHIỆM VỤ CỦA CÁC XÃ, THỊ TRẤN" },
      { stt: "B", level: 1, title: "NHIỆM VỤ CỦA CÁC XÃ, THỊ TRẤN" },
    );
    s.merge("B17:H17");
    s.section(18, { A: "I", B: "Hạ tầng số" }, { stt: "I", level: 2, title: "Hạ tầng số" });
    s.merge("B18:H18");
    s.task(
      19,
      {
        A: "1",
        B: "Phủ sóng di động 4G đến các thôn, buôn",
        C: "UBND các xã, thị trấn",
        D: "Các doanh nghiệp viễn thông",
        F: "15/9/2025",
        G: "Tỷ lệ thôn, buôn có sóng 4G đạt 100%",
        H: "50%",
      },
      {
        section: "I",
        lead: ["UBND các xã, thị trấn"],
        support: ["Các doanh nghiệp viễn thông"],
        kind: "date",
        due: "2025-09-15",
        status: "due_soon",
      },
    );
    s.task(
      20,
      {
        A: "2",
        B: "Hỗ trợ người dân cài đặt, kích hoạt tài khoản định danh điện tử",
        C: "Công an huyện; Đoàn Thanh niên huyện",
        D: "UBND các xã, thị trấn",
        F: "Trước ngày 31/8/2025",
      },
      {
        section: "I",
        lead: ["Công an huyện", "Đoàn Thanh niên huyện"],
        support: ["UBND các xã, thị trấn"],
        kind: "date",
        due: "2025-08-31",
        status: "overdue",
      },
    );
    s.issue(20, "C", "multiple_leads");
    s.issue(20, "G", "missing_output");
    return [s.report(2025, [5, 6], 7, 20)];
  },
});

// ---------------------------------------------------------------------------------------------
// 3. A commune's disaster-prevention plan: "Số TT | Hoạt động | Chủ trì | Phối hợp | Thời gian |
//    Kết quả (products) | Ghi chú"; unnumbered section titles merged from the STT column across
//    the row; a lead merged down over three tasks; a task without STT in a numbered table; a date
//    cell; conditional deadlines; a signature block.
fixtures.push({
  file: "kh-pctt-xa-2025",
  asOf: "2025-05-15",
  build(wb) {
    const s = new SheetBuilder(
      wb,
      "KH PCTT 2025",
      COLS({ stt: "A", task: "B", lead: "C", support: "D", deadline: "E", output: "F", note: "G" }),
    );
    s.put(1, { A: "ỦY BAN NHÂN DÂN XÃ HƯƠNG PHONG" });
    s.put(2, { A: "KẾ HOẠCH PHÒNG, CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN NĂM 2025" });
    s.merge("A1:C1", "A2:G2");
    s.put(4, {
      A: "Số TT",
      B: "Hoạt động",
      C: "Chủ trì",
      D: "Phối hợp",
      E: "Thời gian",
      F: "Kết quả",
      G: "Ghi chú",
    });
    s.section(
      5,
      { A: "CÔNG TÁC CHUẨN BỊ TRƯỚC MÙA MƯA BÃO" },
      { stt: null, level: 1, title: "CÔNG TÁC CHUẨN BỊ TRƯỚC MÙA MƯA BÃO" },
    );
    s.merge("A5:G5");
    s.task(
      6,
      {
        A: 1,
        B: "Kiện toàn Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn xã",
        C: "Văn phòng - Thống kê xã",
        D: "Các ban, ngành, đoàn thể xã",
        E: "Tháng 3/2025",
        F: "Quyết định kiện toàn",
      },
      {
        section: null,
        lead: ["Văn phòng - Thống kê xã"],
        support: ["Các ban, ngành, đoàn thể xã"],
        kind: "period",
        due: "2025-03-31",
        status: "overdue",
      },
    );
    s.task(
      7,
      {
        A: 2,
        B: "Rà soát, cập nhật phương án ứng phó thiên tai theo cấp độ rủi ro",
        D: "Các thôn",
        E: "Trước ngày 30/4/2025",
        F: "Phương án được phê duyệt",
      },
      {
        section: null,
        lead: ["Văn phòng - Thống kê xã"],
        support: ["Các thôn"],
        kind: "date",
        due: "2025-04-30",
        status: "overdue",
      },
    );
    s.task(
      8,
      {
        A: 3,
        B: "Kiểm tra hiện trạng đê điều, hồ đập, kênh mương",
        D: "Ban Chỉ huy quân sự xã",
        E: "Trước 15/5/2025",
        F: "Biên bản kiểm tra",
      },
      {
        section: null,
        lead: ["Văn phòng - Thống kê xã"],
        support: ["Ban Chỉ huy quân sự xã"],
        kind: "date",
        due: "2025-05-15",
        status: "due_soon",
      },
    );
    s.merge("C6:C8");
    s.task(
      9,
      {
        A: 4,
        B: "Dự trữ lương thực, thuốc men, vật tư phòng chống thiên tai",
        C: "Trạm Y tế xã, Hội Chữ thập đỏ xã",
        E: "Tháng 5/2025",
        F: "Cơ số thuốc, vật tư dự trữ",
      },
      {
        section: null,
        lead: ["Trạm Y tế xã", "Hội Chữ thập đỏ xã"],
        kind: "period",
        due: "2025-05-31",
        status: "open",
      },
    );
    s.issue(9, "C", "multiple_leads");
    // No STT, but its own lead and deadline: a task without a number.
    s.task(
      10,
      {
        B: "Tổ chức diễn tập phòng chống thiên tai cấp xã",
        C: "Ban Chỉ huy PCTT và TKCN xã",
        D: "Các thôn",
        E: "Tháng 6/2025",
        F: "Cuộc diễn tập",
      },
      {
        section: null,
        lead: ["Ban Chỉ huy PCTT và TKCN xã"],
        support: ["Các thôn"],
        kind: "period",
        due: "2025-06-30",
        status: "open",
      },
    );
    s.section(
      11,
      { A: "ỨNG PHÓ VÀ KHẮC PHỤC HẬU QUẢ THIÊN TAI" },
      { stt: null, level: 1, title: "ỨNG PHÓ VÀ KHẮC PHỤC HẬU QUẢ THIÊN TAI" },
    );
    s.merge("A11:G11");
    s.task(
      12,
      {
        A: 1,
        B: "Tổ chức trực ban 24/24 giờ trong thời gian có bão, lũ",
        C: "Ban Chỉ huy PCTT và TKCN xã",
        E: "Khi có thiên tai xảy ra",
        F: "Sổ trực ban",
      },
      { section: null, lead: ["Ban Chỉ huy PCTT và TKCN xã"], kind: "conditional", due: null, status: "no_deadline" },
    );
    s.task(
      13,
      {
        A: 2,
        B: "Sơ tán người dân ra khỏi vùng nguy hiểm",
        C: "Công an xã",
        D: "Các thôn; Ban Chỉ huy quân sự xã",
        E: "Theo lệnh của Ban Chỉ huy",
      },
      {
        section: null,
        lead: ["Công an xã"],
        support: ["Các thôn", "Ban Chỉ huy quân sự xã"],
        kind: "conditional",
        due: null,
        status: "no_deadline",
      },
    );
    s.issue(13, "F", "missing_output");
    s.task(
      14,
      {
        A: 3,
        B: "Thống kê, đánh giá thiệt hại, báo cáo UBND huyện",
        C: "Văn phòng - Thống kê xã",
        D: "Các thôn",
        E: "Sau khi thiên tai kết thúc",
        F: "Báo cáo thiệt hại",
      },
      {
        section: null,
        lead: ["Văn phòng - Thống kê xã"],
        support: ["Các thôn"],
        kind: "conditional",
        due: null,
        status: "no_deadline",
      },
    );
    s.task(
      15,
      {
        A: 4,
        B: "Tổng kết công tác phòng, chống thiên tai năm 2025",
        C: "Văn phòng - Thống kê xã",
        E: { date: "2025-12-15" },
        F: "Báo cáo tổng kết",
      },
      { section: null, lead: ["Văn phòng - Thống kê xã"], kind: "date", due: "2025-12-15", status: "open" },
    );
    s.put(17, { E: "TM. ỦY BAN NHÂN DÂN" });
    s.put(18, { E: "CHỦ TỊCH" });
    return [s.report(2025, [4], 5, 15)];
  },
});

// ---------------------------------------------------------------------------------------------
// 4. A legal-education plan: "TT | Nhiệm vụ | Hoạt động | Đơn vị thực hiện | Thời gian thực hiện |
//    Sản phẩm | Tình trạng"; "Nhiệm vụ" (and its STT) merged down over several "Hoạt động" rows:
//    the task is the "Hoạt động" column; a row with no activity takes the "Nhiệm vụ" text.
fixtures.push({
  file: "kh-tuyen-truyen-pbgdpl-2026",
  asOf: "2026-03-01",
  build(wb) {
    const s = new SheetBuilder(
      wb,
      "Kế hoạch",
      COLS({ stt: "A", task: "C", lead: "D", deadline: "E", output: "F", status: "G" }),
    );
    s.put(1, { A: "KẾ HOẠCH TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026" });
    s.merge("A1:G1");
    s.put(3, {
      A: "TT",
      B: "Nhiệm vụ",
      C: "Hoạt động",
      D: "Đơn vị thực hiện",
      E: "Thời gian thực hiện",
      F: "Sản phẩm",
      G: "Tình trạng",
    });
    s.task(
      4,
      {
        A: "1",
        B: "Tuyên truyền trên các phương tiện thông tin đại chúng",
        C: "Xây dựng chuyên mục pháp luật trên Báo Quảng Ngãi",
        D: "Báo Quảng Ngãi",
        E: "Hằng tháng",
        F: "12 chuyên mục",
        G: "Đang triển khai",
      },
      { section: null, lead: ["Báo Quảng Ngãi"], kind: "recurring", due: null, status: "no_deadline" },
    );
    s.task(
      5,
      {
        C: "Phát sóng phóng sự trên Đài Phát thanh - Truyền hình tỉnh",
        D: "Đài Phát thanh - Truyền hình tỉnh",
        E: "Quý II/2026",
        F: "04 phóng sự",
        G: "Chưa thực hiện",
      },
      {
        section: null,
        stt: "1",
        lead: ["Đài Phát thanh - Truyền hình tỉnh"],
        kind: "period",
        due: "2026-06-30",
        status: "open",
      },
    );
    s.task(
      6,
      {
        C: "Đăng tải tin, bài trên Cổng thông tin điện tử của Sở",
        D: "Văn phòng Sở Tư pháp",
        E: "Thường xuyên",
        F: "Tin, bài",
        G: "Đang triển khai",
      },
      { section: null, stt: "1", lead: ["Văn phòng Sở Tư pháp"], kind: "recurring", due: null, status: "no_deadline" },
    );
    s.merge("A4:A6", "B4:B6");
    s.task(
      7,
      {
        A: "2",
        B: "Tổ chức hội nghị, tọa đàm",
        C: "Hội nghị phổ biến văn bản luật mới cho cán bộ chủ chốt",
        D: "Phòng Phổ biến, giáo dục pháp luật",
        E: "Tháng 02/2026",
        F: "Hội nghị",
        G: "Đã xong",
      },
      {
        section: null,
        lead: ["Phòng Phổ biến, giáo dục pháp luật"],
        kind: "period",
        due: "2026-02-28",
        status: "done",
      },
    );
    s.task(
      8,
      {
        C: "Tọa đàm pháp luật cho đoàn viên, thanh niên",
        D: "Tỉnh đoàn; Phòng Phổ biến, giáo dục pháp luật",
        E: "06/3/2026",
        F: "Tọa đàm",
        G: "Chưa thực hiện",
      },
      {
        section: null,
        stt: "2",
        lead: ["Tỉnh đoàn", "Phòng Phổ biến, giáo dục pháp luật"],
        kind: "date",
        due: "2026-03-06",
        status: "due_soon",
      },
    );
    s.issue(8, "D", "multiple_leads");
    s.merge("A7:A8", "B7:B8");
    s.task(
      9,
      {
        A: "3",
        B: "Thi tìm hiểu pháp luật",
        C: "Tổ chức cuộc thi trực tuyến tìm hiểu Hiến pháp và pháp luật",
        D: "Sở Tư pháp",
        E: "Quý III/2026",
        F: "Cuộc thi",
      },
      { section: null, lead: ["Sở Tư pháp"], kind: "period", due: "2026-09-30", status: "open" },
    );
    s.task(
      10,
      {
        A: "4",
        B: "Xây dựng, khai thác tủ sách pháp luật tại cơ sở",
        D: "UBND các xã",
        E: "Năm 2026",
        F: "Tủ sách pháp luật",
        G: "Hoàn thành 100%",
      },
      {
        section: null,
        lead: ["UBND các xã"],
        kind: "period",
        due: "2026-12-31",
        status: "done",
        task: "Xây dựng, khai thác tủ sách pháp luật tại cơ sở",
      },
    );
    return [s.report(2026, [3], 4, 10)];
  },
});

// ---------------------------------------------------------------------------------------------
// 5. A fire-safety plan typed in TCVN3 (.VnTime, capitals in .VnTimeH).
fixtures.push({
  file: "kh-pccc-tcvn3-2025",
  asOf: "2025-08-01",
  build(wb) {
    const s = new SheetBuilder(
      wb,
      "Sheet1",
      COLS({ stt: "A", task: "B", lead: "C", support: "D", deadline: "E", note: "F" }),
      "tcvn3",
    );
    s.put(1, { A: "KẾ HOẠCH CÔNG TÁC PHÒNG CHÁY, CHỮA CHÁY NĂM 2025" });
    s.merge("A1:F1");
    s.put(3, {
      A: "STT",
      B: "Nội dung công việc",
      C: "Đơn vị chủ trì",
      D: "Đơn vị phối hợp",
      E: "Thời gian hoàn thành",
      F: "Ghi chú",
    });
    s.issue(null, null, "legacy_encoding");
    s.task(
      4,
      {
        A: 1,
        B: "Tuyên truyền kiến thức phòng cháy, chữa cháy cho người lao động",
        C: "Phòng Tổ chức - Hành chính",
        D: "Đội phòng cháy chữa cháy cơ sở",
        E: "Quý III/2025",
      },
      {
        section: null,
        lead: ["Phòng Tổ chức - Hành chính"],
        support: ["Đội phòng cháy chữa cháy cơ sở"],
        kind: "period",
        due: "2025-09-30",
        status: "open",
      },
    );
    s.task(
      5,
      {
        A: 2,
        B: "Kiểm tra, bảo dưỡng phương tiện chữa cháy",
        C: "Đội phòng cháy chữa cháy cơ sở",
        E: "Hằng quý",
      },
      { section: null, lead: ["Đội phòng cháy chữa cháy cơ sở"], kind: "recurring", due: null, status: "no_deadline" },
    );
    s.task(
      6,
      {
        A: 3,
        B: "Tổ chức thực tập phương án chữa cháy tại cơ sở",
        C: "Đội phòng cháy chữa cháy cơ sở",
        D: "Công an phường",
        E: "Trước ngày 05/8/2025",
      },
      {
        section: null,
        lead: ["Đội phòng cháy chữa cháy cơ sở"],
        support: ["Công an phường"],
        kind: "date",
        due: "2025-08-05",
        status: "due_soon",
      },
    );
    s.task(
      7,
      {
        A: 4,
        B: "Tập huấn nghiệp vụ cho lực lượng phòng cháy chữa cháy cơ sở",
        C: "Phòng Tổ chức - Hành chính",
        D: "Công an tỉnh",
        E: "Tháng 7/2025",
      },
      {
        section: null,
        lead: ["Phòng Tổ chức - Hành chính"],
        support: ["Công an tỉnh"],
        kind: "period",
        due: "2025-07-31",
        status: "overdue",
      },
    );
    s.task(
      8,
      { A: 5, B: "Sơ kết, tổng kết công tác phòng cháy, chữa cháy", E: "Tháng 12/2025" },
      { section: null, lead: [], kind: "period", due: "2025-12-31", status: "open" },
    );
    s.issue(8, "C", "missing_lead");
    return [s.report(2025, [3], 4, 8)];
  },
});

// ---------------------------------------------------------------------------------------------
// 6. An inspection plan typed in VNI-Windows (VNI-Times); every deadline a date cell; no year in
//    the title, the sheet's name gives it; "Tên nhiệm vụ", "Trạng thái".
fixtures.push({
  file: "kh-kiem-tra-vni-2026",
  asOf: "2026-04-10",
  build(wb) {
    const s = new SheetBuilder(
      wb,
      "KH 2026",
      COLS({ stt: "A", task: "B", lead: "C", deadline: "D", output: "E", status: "F" }),
      "vni",
    );
    s.put(1, { A: "KẾ HOẠCH KIỂM TRA CÔNG VỤ" });
    s.merge("A1:F1");
    s.put(3, {
      A: "STT",
      B: "Tên nhiệm vụ",
      C: "Đơn vị chủ trì",
      D: "Thời hạn hoàn thành",
      E: "Sản phẩm",
      F: "Trạng thái",
    });
    s.issue(null, null, "legacy_encoding");
    s.task(
      4,
      {
        A: 1,
        B: "Kiểm tra công vụ tại các phòng chuyên môn",
        C: "Thanh tra huyện",
        D: { date: "2026-03-31" },
        E: "Báo cáo kết quả kiểm tra",
        F: "Đã hoàn thành",
      },
      { section: null, lead: ["Thanh tra huyện"], kind: "date", due: "2026-03-31", status: "done" },
    );
    s.task(
      5,
      {
        A: 2,
        B: "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính",
        C: "Phòng Nội vụ",
        D: { date: "2026-04-15" },
        E: "Thông báo kết quả kiểm tra",
        F: "Đang thực hiện",
      },
      { section: null, lead: ["Phòng Nội vụ"], kind: "date", due: "2026-04-15", status: "due_soon" },
    );
    s.task(
      6,
      {
        A: 3,
        B: "Kiểm tra công tác văn thư, lưu trữ",
        C: "Phòng Nội vụ",
        D: { date: "2026-06-30" },
        E: "Biên bản kiểm tra",
      },
      { section: null, lead: ["Phòng Nội vụ"], kind: "date", due: "2026-06-30", status: "open" },
    );
    s.task(
      7,
      {
        A: 4,
        B: "Tổng hợp kết quả kiểm tra năm trước",
        C: "Phòng Nội vụ",
        D: { date: "2025-12-20" },
        E: "Báo cáo tổng hợp",
        F: "Chưa thực hiện",
      },
      { section: null, lead: ["Phòng Nội vụ"], kind: "date", due: "2025-12-20", status: "overdue" },
    );
    s.issue(7, "D", "deadline_outside_plan_year");
    return [s.report(2026, [3], 4, 7)];
  },
});

// ---------------------------------------------------------------------------------------------
// 7. A workbook with a cover, a list of people, a budget table and an empty sheet beside one plan
//    ("Nội dung thực hiện | Trách nhiệm | Tiến độ (times) | Kết quả thực hiện (status)", letter
//    sections A/B, numbering restarting in B with a gap).
fixtures.push({
  file: "kh-kem-danh-sach-kinh-phi-2025",
  asOf: "2025-10-01",
  build(wb) {
    const out: unknown[] = [];
    out.push(
      notAPlan(
        wb,
        "Bìa",
        [
          [2, { B: "ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH" }],
          [3, { B: "SỞ THÔNG TIN VÀ TRUYỀN THÔNG" }],
          [8, { B: "KẾ HOẠCH" }],
          [9, { B: "Thực hiện nhiệm vụ trọng tâm năm 2025" }],
          [20, { B: "Bình Định, tháng 01 năm 2025" }],
        ],
        "Chỉ có vài dòng chữ, không có bảng kế hoạch",
      ),
    );
    const s = new SheetBuilder(wb, "Kế hoạch", COLS({ stt: "A", task: "B", lead: "C", deadline: "D", status: "E" }));
    s.put(1, { A: "NHIỆM VỤ TRỌNG TÂM NĂM 2025" });
    s.merge("A1:E1");
    s.put(2, { A: "STT", B: "Nội dung thực hiện", C: "Trách nhiệm", D: "Tiến độ", E: "Kết quả thực hiện" });
    s.section(3, { A: "A", B: "CÔNG TÁC TỔ CHỨC" }, { stt: "A", level: 1, title: "CÔNG TÁC TỔ CHỨC" });
    s.merge("B3:E3");
    s.task(
      4,
      { A: 1, B: "Ban hành kế hoạch triển khai nhiệm vụ năm", C: "Văn phòng", D: "Tháng 01/2025", E: "Đã thực hiện" },
      { section: "A", lead: ["Văn phòng"], kind: "period", due: "2025-01-31", status: "done" },
    );
    s.task(
      5,
      {
        A: 2,
        B: "Phân công nhiệm vụ cho các phòng, đơn vị",
        C: "Lãnh đạo Sở",
        D: "Quý I/2025",
        E: "Chưa hoàn thành",
      },
      { section: "A", lead: ["Lãnh đạo Sở"], kind: "period", due: "2025-03-31", status: "overdue" },
    );
    s.section(6, { A: "B", B: "TRIỂN KHAI THỰC HIỆN" }, { stt: "B", level: 1, title: "TRIỂN KHAI THỰC HIỆN" });
    s.merge("B6:E6");
    s.task(
      7,
      {
        A: 1,
        B: "Thực hiện các nhiệm vụ chuyên môn được giao",
        C: "Các phòng, đơn vị thuộc Sở",
        D: "Thường xuyên",
        E: "Đang thực hiện",
      },
      { section: "B", lead: ["Các phòng, đơn vị thuộc Sở"], kind: "recurring", due: null, status: "no_deadline" },
    );
    s.task(
      8,
      { A: 3, B: "Sơ kết công tác 9 tháng đầu năm", C: "Văn phòng", D: "Tháng 10/2025" },
      { section: "B", lead: ["Văn phòng"], kind: "period", due: "2025-10-31", status: "open" },
    );
    s.issue(8, "A", "stt_sequence");
    out.push(s.report(2025, [2], 3, 8));
    out.push(
      notAPlan(
        wb,
        "Danh sách",
        [
          [1, { A: "DANH SÁCH CÁN BỘ THAM GIA TỔ GIÚP VIỆC" }],
          [3, { A: "STT", B: "Họ và tên", C: "Chức vụ", D: "Đơn vị" }],
          [4, { A: 1, B: "Nguyễn Văn An", C: "Phó Giám đốc", D: "Sở Thông tin và Truyền thông" }],
          [5, { A: 2, B: "Trần Thị Bình", C: "Chánh Văn phòng", D: "Văn phòng Sở" }],
          [6, { A: 3, B: "Lê Văn Cường", C: "Trưởng phòng", D: "Phòng Bưu chính, Viễn thông" }],
          [7, { A: 4, B: "Phạm Thị Dung", C: "Chuyên viên", D: "Văn phòng Sở" }],
        ],
        "Bảng danh sách người, không phải bảng kế hoạch",
      ),
    );
    out.push(
      notAPlan(
        wb,
        "Kinh phí",
        [
          [1, { A: "DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH" }],
          [3, { A: "STT", B: "Nội dung", C: "Đơn vị thực hiện", D: "Kinh phí (triệu đồng)", E: "Nguồn vốn" }],
          [4, { A: 1, B: "Tổ chức hội nghị triển khai", C: "Văn phòng Sở", D: 50, E: "Ngân sách tỉnh" }],
          [5, { A: 2, B: "Tập huấn chuyển đổi số", C: "Phòng Công nghệ thông tin", D: 120, E: "Ngân sách tỉnh" }],
          [
            6,
            {
              A: 3,
              B: "Thuê dịch vụ công nghệ thông tin",
              C: "Trung tâm Công nghệ thông tin",
              D: 300,
              E: "Nguồn sự nghiệp",
            },
          ],
          [7, { B: "Tổng cộng", D: 470 }],
        ],
        "Bảng kinh phí, không phải bảng kế hoạch",
      ),
    );
    out.push(
      notAPlan(
        wb,
        "Ban Chỉ đạo",
        [
          [1, { A: "DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO" }],
          [3, { A: "STT", B: "Họ và tên", C: "Chức vụ, đơn vị", D: "Nhiệm vụ trong Ban Chỉ đạo" }],
          [4, { A: 1, B: "Nguyễn Văn An", C: "Giám đốc Sở", D: "Trưởng ban" }],
          [5, { A: 2, B: "Trần Thị Bình", C: "Phó Giám đốc Sở", D: "Phó Trưởng ban thường trực" }],
          [6, { A: 3, B: "Lê Văn Cường", C: "Chánh Văn phòng Sở", D: "Thành viên" }],
        ],
        "Bảng danh sách người, không phải bảng kế hoạch",
      ),
    );
    out.push(notAPlan(wb, "Trống", [], "Trang tính trống, không có bảng kế hoạch"));
    return out;
  },
});

// ---------------------------------------------------------------------------------------------
// 8. A ministry's strategy plan for a span of years: "giai đoạn 2026 - 2030" (plan year 2026, due
//    dates allowed to the end of 2031); "I." / "1." / "1.1." written with periods; Roman sections
//    as text in the task column only (not merged); supports naming ministries, acronyms and
//    "các địa phương"; "Hình thức sản phẩm".
fixtures.push({
  file: "kh-bo-khcn-giai-doan-2026-2030",
  asOf: "2026-05-01",
  build(wb) {
    const s = new SheetBuilder(
      wb,
      "Phụ lục",
      COLS({ stt: "A", task: "B", lead: "C", support: "D", deadline: "E", output: "F" }),
    );
    s.put(1, { A: "PHỤ LỤC" });
    s.put(2, { A: "DANH MỤC NHIỆM VỤ THỰC HIỆN CHIẾN LƯỢC PHÁT TRIỂN KHOA HỌC, CÔNG NGHỆ GIAI ĐOẠN 2026 - 2030" });
    s.put(3, {
      A: "(Kèm theo Quyết định số 456/QĐ-BKHCN ngày 15 tháng 3 năm 2026 của Bộ trưởng Bộ Khoa học và Công nghệ)",
    });
    s.merge("A1:F1", "A2:F2", "A3:F3");
    s.put(5, {
      A: "TT",
      B: "Nhiệm vụ",
      C: "Cơ quan chủ trì",
      D: "Cơ quan phối hợp",
      E: "Thời gian hoàn thành",
      F: "Hình thức sản phẩm",
    });
    s.section(
      6,
      { A: "I.", B: "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH" },
      { stt: "I", level: 1, title: "HOÀN THIỆN THỂ CHẾ, CHÍNH SÁCH" },
    );
    s.task(
      7,
      {
        A: "1.",
        B: "Xây dựng Luật sửa đổi, bổ sung một số điều của Luật Chuyển giao công nghệ",
        C: "Bộ Khoa học và Công nghệ",
        D: "Bộ Tư pháp, Văn phòng Chính phủ, các bộ, ngành liên quan",
        E: "Năm 2027",
        F: "Luật",
      },
      {
        section: "I",
        lead: ["Bộ Khoa học và Công nghệ"],
        support: ["Bộ Tư pháp", "Văn phòng Chính phủ", "Các bộ, ngành liên quan"],
        kind: "period",
        due: "2027-12-31",
        status: "open",
      },
    );
    s.task(
      8,
      {
        A: "2.",
        B: "Xây dựng Nghị định quy định chi tiết thi hành Luật Khoa học, công nghệ và đổi mới sáng tạo",
        C: "Bộ Khoa học và Công nghệ",
        D: "Bộ Tài chính; Bộ Tư pháp",
        E: "Quý IV/2026",
        F: "Nghị định của Chính phủ",
      },
      {
        section: "I",
        lead: ["Bộ Khoa học và Công nghệ"],
        support: ["Bộ Tài chính", "Bộ Tư pháp"],
        kind: "period",
        due: "2026-12-31",
        status: "open",
      },
    );
    s.section(
      9,
      { A: "II.", B: "PHÁT TRIỂN HẠ TẦNG VÀ NGUỒN LỰC" },
      { stt: "II", level: 1, title: "PHÁT TRIỂN HẠ TẦNG VÀ NGUỒN LỰC" },
    );
    s.section(
      10,
      { A: "1.", B: "Phát triển mạng lưới tổ chức khoa học và công nghệ" },
      { stt: "1", level: 2, title: "Phát triển mạng lưới tổ chức khoa học và công nghệ" },
    );
    s.task(
      11,
      {
        A: "1.1.",
        B: "Rà soát, sắp xếp các viện nghiên cứu công lập",
        C: "Bộ Khoa học và Công nghệ và các địa phương",
        D: "Bộ Nội vụ",
        E: "2026 - 2027",
        F: "Đề án sắp xếp",
      },
      {
        section: "1",
        lead: ["Bộ Khoa học và Công nghệ", "Các địa phương"],
        support: ["Bộ Nội vụ"],
        kind: "period",
        due: "2027-12-31",
        status: "open",
      },
    );
    s.issue(11, "C", "multiple_leads");
    s.task(
      12,
      {
        A: "1.2.",
        B: "Đầu tư nâng cấp các phòng thí nghiệm trọng điểm quốc gia",
        C: "Bộ Khoa học và Công nghệ",
        D: "Bộ Tài chính, Bộ Xây dựng",
        E: "2026 - 2030",
        F: "Phòng thí nghiệm được nâng cấp",
      },
      {
        section: "1",
        lead: ["Bộ Khoa học và Công nghệ"],
        support: ["Bộ Tài chính", "Bộ Xây dựng"],
        kind: "period",
        due: "2030-12-31",
        status: "open",
      },
    );
    s.task(
      13,
      {
        A: "2.",
        B: "Phát triển thị trường khoa học và công nghệ, truyền thông về đổi mới sáng tạo",
        C: "Bộ Khoa học và Công nghệ",
        D: "VTV, VOV, TTXVN, các địa phương",
        E: "Hằng năm",
        F: "Báo cáo",
      },
      {
        section: "II",
        lead: ["Bộ Khoa học và Công nghệ"],
        support: ["VTV", "VOV", "TTXVN", "Các địa phương"],
        kind: "recurring",
        due: null,
        status: "no_deadline",
      },
    );
    s.task(
      14,
      {
        A: "3.",
        B: "Tổng kết việc thực hiện Chiến lược",
        C: "Bộ Khoa học và Công nghệ",
        D: "Các bộ, ngành, địa phương",
        E: "2032",
        F: "Báo cáo tổng kết",
      },
      {
        section: "II",
        lead: ["Bộ Khoa học và Công nghệ"],
        support: ["Các bộ, ngành, địa phương"],
        kind: "period",
        due: "2032-12-31",
        status: "open",
      },
    );
    s.issue(14, "E", "deadline_outside_plan_year");
    s.task(
      15,
      {
        A: "4.",
        B: "Hợp tác quốc tế về khoa học, công nghệ và đổi mới sáng tạo",
        C: "Bộ Ngoại giao",
        D: "Bộ Khoa học và Công nghệ",
        E: "Theo kế hoạch hợp tác được phê duyệt",
      },
      {
        section: "II",
        lead: ["Bộ Ngoại giao"],
        support: ["Bộ Khoa học và Công nghệ"],
        kind: "conditional",
        due: null,
        status: "no_deadline",
      },
    );
    s.issue(15, "F", "missing_output");
    return [s.report(2026, [5], 6, 15)];
  },
});

// ---------------------------------------------------------------------------------------------
// 9. An anti-corruption plan with no STT column: "Nội dung công việc | Đơn vị thực hiện | Thời gian
//    thực hiện | Sản phẩm | Ghi chú"; sections as capital titles merged across; a task whose text
//    runs on to the next row (lower-case start); "X chủ trì, Y phối hợp thực hiện".
fixtures.push({
  file: "kh-pctn-khong-stt-2025",
  asOf: "2025-11-20",
  build(wb) {
    const s = new SheetBuilder(wb, "Sheet1", COLS({ task: "A", lead: "B", deadline: "C", output: "D", note: "E" }));
    s.put(1, { A: "KẾ HOẠCH THỰC HIỆN CÔNG TÁC PHÒNG, CHỐNG THAM NHŨNG NĂM 2025" });
    s.merge("A1:E1");
    s.put(3, {
      A: "Nội dung công việc",
      B: "Đơn vị thực hiện",
      C: "Thời gian thực hiện",
      D: "Sản phẩm",
      E: "Ghi chú",
    });
    s.section(4, { A: "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO" }, { stt: null, level: 1, title: "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO" });
    s.merge("A4:E4");
    s.task(
      5,
      {
        A: "Ban hành kế hoạch phòng, chống tham nhũng năm 2025.",
        B: "Thanh tra Sở",
        C: "Tháng 01/2025",
        D: "Kế hoạch",
      },
      { section: null, lead: ["Thanh tra Sở"], kind: "period", due: "2025-01-31", status: "overdue" },
    );
    s.task(
      6,
      {
        A: "Quán triệt, phổ biến các văn bản pháp luật về phòng, chống tham nhũng đến toàn thể",
        B: "Văn phòng Sở",
        C: "Quý I/2025",
        D: "Hội nghị quán triệt",
      },
      {
        section: null,
        lead: ["Văn phòng Sở"],
        kind: "period",
        due: "2025-03-31",
        status: "overdue",
        task:
          "Quán triệt, phổ biến các văn bản pháp luật về phòng, chống tham nhũng đến toàn thể " +
          "công chức, viên chức và người lao động.",
      },
    );
    s.put(7, { A: "công chức, viên chức và người lao động." });
    s.section(
      8,
      { A: "CÔNG KHAI, MINH BẠCH TRONG HOẠT ĐỘNG" },
      { stt: null, level: 1, title: "CÔNG KHAI, MINH BẠCH TRONG HOẠT ĐỘNG" },
    );
    s.merge("A8:E8");
    s.task(
      9,
      {
        A: "Công khai dự toán, quyết toán ngân sách theo quy định.",
        B: "Phòng Kế hoạch - Tài chính",
        C: "Theo quy định",
        D: "Văn bản công khai",
      },
      { section: null, lead: ["Phòng Kế hoạch - Tài chính"], kind: "conditional", due: null, status: "no_deadline" },
    );
    s.task(
      10,
      {
        A: "Thực hiện chuyển đổi vị trí công tác đối với công chức",
        B: "Văn phòng Sở",
        D: "Quyết định chuyển đổi vị trí công tác",
      },
      { section: null, lead: ["Văn phòng Sở"], kind: "none", due: null, status: "no_deadline" },
    );
    s.issue(10, "C", "missing_deadline");
    s.task(
      11,
      {
        A: "Kê khai tài sản, thu nhập năm 2025",
        B: "Văn phòng Sở chủ trì, các phòng phối hợp thực hiện",
        C: "Trước ngày 31/12/2025",
        D: "Bản kê khai tài sản, thu nhập",
      },
      {
        section: null,
        lead: ["Văn phòng Sở"],
        support: ["Các phòng"],
        kind: "date",
        due: "2025-12-31",
        status: "open",
      },
    );
    s.task(
      12,
      {
        A: "Báo cáo công tác phòng, chống tham nhũng",
        B: "Thanh tra Sở",
        C: "Định kỳ hằng quý",
        D: "Báo cáo quý",
      },
      { section: null, lead: ["Thanh tra Sở"], kind: "recurring", due: null, status: "no_deadline" },
    );
    return [s.report(2025, [3], 4, 12)];
  },
});

// ---------------------------------------------------------------------------------------------
// 10. The whole plan pasted into one sheet: 30 rows of the plan's own text (purpose, content,
//     organisation, "Nơi nhận", signature) above the appendix table; capital headers; "Kết quả"
//     holding progress words (the status) beside "Sản phẩm"; STT "1)", "2)" with "a)", "b)".
fixtures.push({
  file: "kh-theo-doi-thi-hanh-phap-luat-2025",
  asOf: "2025-12-05",
  build(wb) {
    const s = new SheetBuilder(
      wb,
      "KH 89",
      COLS({ stt: "A", task: "B", lead: "C", support: "D", deadline: "E", output: "F", status: "G" }),
    );
    const prose = [
      "UBND TỈNH ĐẮK LẮK",
      "SỞ TƯ PHÁP",
      "Số: 89/KH-STP",
      "KẾ HOẠCH",
      "Theo dõi tình hình thi hành pháp luật năm 2025",
      "Căn cứ Nghị định số 32/2020/NĐ-CP ngày 05/3/2020 của Chính phủ; căn cứ kết quả năm 2024, Sở Tư pháp ban hành Kế hoạch như sau:",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Mục đích",
      "Nắm bắt tình hình thi hành pháp luật, kịp thời phát hiện những khó khăn, vướng mắc để kiến nghị sửa đổi, bổ sung.",
      "2. Yêu cầu",
      "Bám sát nhiệm vụ trọng tâm; bảo đảm tiến độ, chất lượng, hiệu quả.",
      "II. NỘI DUNG",
      "1. Lĩnh vực theo dõi trọng tâm: xử lý vi phạm hành chính; trợ giúp pháp lý.",
      "2. Nhiệm vụ cụ thể: theo Phụ lục kèm theo Kế hoạch này.",
      "III. TỔ CHỨC THỰC HIỆN",
      "1. Phòng Văn bản và Theo dõi thi hành pháp luật chủ trì, phối hợp với các phòng, đơn vị thực hiện Kế hoạch.",
      "2. Văn phòng Sở bảo đảm kinh phí thực hiện.",
      "3. Thời gian thực hiện: năm 2025.",
      "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Tư pháp để được hướng dẫn.",
    ];
    prose.forEach((t, i) => s.put(i + 1, { A: t }));
    for (let i = 1; i <= prose.length; i++) s.merge(`A${i}:G${i}`);
    s.put(22, { A: "Nơi nhận:", E: "GIÁM ĐỐC" });
    s.put(23, { A: "- UBND tỉnh;" });
    s.put(24, { A: "- Lưu: VT." });
    s.put(27, { E: "Nguyễn Văn Hùng" });
    s.put(30, { A: "PHỤ LỤC" });
    s.put(31, { A: "(Kèm theo Kế hoạch số 89/KH-STP ngày 20/01/2025 của Sở Tư pháp)" });
    s.merge("A30:G30", "A31:G31");
    s.put(33, {
      A: "STT",
      B: "NỘI DUNG CÔNG VIỆC",
      C: "ĐƠN VỊ CHỦ TRÌ",
      D: "ĐƠN VỊ PHỐI HỢP",
      E: "THỜI GIAN HOÀN THÀNH",
      F: "SẢN PHẨM",
      G: "KẾT QUẢ",
    });
    s.section(
      34,
      { A: "I", B: "LĨNH VỰC XỬ LÝ VI PHẠM HÀNH CHÍNH" },
      { stt: "I", level: 1, title: "LĨNH VỰC XỬ LÝ VI PHẠM HÀNH CHÍNH" },
    );
    s.merge("B34:G34");
    s.task(
      35,
      {
        A: "1)",
        B: "Kiểm tra tình hình thi hành pháp luật về xử lý vi phạm hành chính tại các sở, ngành",
        C: "Phòng Văn bản và Theo dõi thi hành pháp luật",
        D: "Thanh tra Sở",
        E: "Quý III/2025",
        F: "Báo cáo kiểm tra",
        G: "Đã hoàn thành",
      },
      {
        section: "I",
        lead: ["Phòng Văn bản và Theo dõi thi hành pháp luật"],
        support: ["Thanh tra Sở"],
        kind: "period",
        due: "2025-09-30",
        status: "done",
      },
    );
    s.task(
      36,
      {
        A: "2)",
        B: "Tổng hợp, đánh giá tình hình thi hành pháp luật về xử lý vi phạm hành chính",
        C: "Phòng Văn bản và Theo dõi thi hành pháp luật",
        E: "Trước ngày 15/11/2025",
        F: "Báo cáo đánh giá",
        G: "Chưa hoàn thành",
      },
      {
        section: "I",
        lead: ["Phòng Văn bản và Theo dõi thi hành pháp luật"],
        kind: "date",
        due: "2025-11-15",
        status: "overdue",
      },
    );
    s.task(
      37,
      {
        A: "a)",
        B: "Tổng hợp số liệu từ các sở, ngành",
        C: "Văn phòng Sở",
        E: "Tháng 10/2025",
        F: "Số liệu tổng hợp",
        G: "Đã hoàn thành",
      },
      { section: "I", lead: ["Văn phòng Sở"], kind: "period", due: "2025-10-31", status: "done" },
    );
    s.task(
      38,
      {
        A: "b)",
        B: "Xây dựng dự thảo báo cáo đánh giá",
        C: "Phòng Văn bản và Theo dõi thi hành pháp luật",
        E: "Trước ngày 10/12/2025",
        F: "Dự thảo báo cáo",
        G: "Đang thực hiện",
      },
      {
        section: "I",
        lead: ["Phòng Văn bản và Theo dõi thi hành pháp luật"],
        kind: "date",
        due: "2025-12-10",
        status: "due_soon",
      },
    );
    s.section(
      39,
      { A: "II", B: "LĨNH VỰC TRỢ GIÚP PHÁP LÝ" },
      { stt: "II", level: 1, title: "LĨNH VỰC TRỢ GIÚP PHÁP LÝ" },
    );
    s.merge("B39:G39");
    s.task(
      40,
      {
        A: "1)",
        B: "Theo dõi tình hình thi hành pháp luật về trợ giúp pháp lý",
        C: "Trung tâm Trợ giúp pháp lý nhà nước",
        D: "Phòng Hành chính tư pháp",
        E: "Năm 2025",
        F: "Báo cáo",
        G: "Đang thực hiện",
      },
      {
        section: "II",
        lead: ["Trung tâm Trợ giúp pháp lý nhà nước"],
        support: ["Phòng Hành chính tư pháp"],
        kind: "period",
        due: "2025-12-31",
        status: "open",
      },
    );
    s.task(
      41,
      {
        A: "2)",
        B: "Khảo sát nhu cầu trợ giúp pháp lý của người dân",
        C: "Trung tâm Trợ giúp pháp lý nhà nước, Phòng Hành chính tư pháp",
        E: "06/2025",
        F: "Phiếu khảo sát",
        G: "Chưa thực hiện",
      },
      {
        section: "II",
        lead: ["Trung tâm Trợ giúp pháp lý nhà nước", "Phòng Hành chính tư pháp"],
        kind: "period",
        due: "2025-06-30",
        status: "overdue",
      },
    );
    s.issue(41, "C", "multiple_leads");
    return [s.report(2025, [33], 34, 41)];
  },
});

// ---------------------------------------------------------------------------------------------
// 11. A food-safety month plan: numbered titles merged across the row ("1 | CÔNG TÁC TUYÊN TRUYỀN")
//     heading "-" bullets; "2.2" with no lead nor deadline heading its "a)", "b)".
fixtures.push({
  file: "kh-attp-huyen-2025",
  asOf: "2025-04-20",
  build(wb) {
    const s = new SheetBuilder(
      wb,
      "Kế hoạch",
      COLS({ stt: "A", task: "B", lead: "C", support: "D", deadline: "E", note: "F" }),
    );
    s.put(1, { A: "KẾ HOẠCH TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 2025" });
    s.merge("A1:F1");
    s.put(3, {
      A: "STT",
      B: "Nội dung hoạt động",
      C: "Đơn vị chủ trì",
      D: "Đơn vị phối hợp",
      E: "Thời gian",
      F: "Ghi chú",
    });
    s.section(4, { A: "1", B: "CÔNG TÁC TUYÊN TRUYỀN" }, { stt: "1", level: 1, title: "CÔNG TÁC TUYÊN TRUYỀN" });
    s.merge("B4:F4");
    s.task(
      5,
      {
        A: "-",
        B: "Treo băng rôn, khẩu hiệu hưởng ứng Tháng hành động",
        C: "UBND các xã, thị trấn",
        E: "Trước ngày 25/4/2025",
      },
      { section: "1", stt: null, lead: ["UBND các xã, thị trấn"], kind: "date", due: "2025-04-25", status: "due_soon" },
    );
    s.task(
      6,
      {
        A: "-",
        B: "Phát thanh tuyên truyền trên hệ thống loa truyền thanh cơ sở",
        C: "Trung tâm Văn hóa - Thông tin và Thể thao huyện",
        D: "UBND các xã, thị trấn",
        E: "Từ 15/4 đến 15/5/2025",
      },
      {
        section: "1",
        stt: null,
        lead: ["Trung tâm Văn hóa - Thông tin và Thể thao huyện"],
        support: ["UBND các xã, thị trấn"],
        kind: "date",
        due: "2025-05-15",
        status: "open",
      },
    );
    s.section(
      7,
      { A: "2", B: "CÔNG TÁC THANH TRA, KIỂM TRA" },
      { stt: "2", level: 1, title: "CÔNG TÁC THANH TRA, KIỂM TRA" },
    );
    s.merge("B7:F7");
    s.task(
      8,
      {
        A: "2.1",
        B: "Thành lập đoàn kiểm tra liên ngành về an toàn thực phẩm",
        C: "Phòng Y tế",
        D: "Phòng Kinh tế và Hạ tầng; Công an huyện",
        E: "Tháng 4/2025",
      },
      {
        section: "2",
        lead: ["Phòng Y tế"],
        support: ["Phòng Kinh tế và Hạ tầng", "Công an huyện"],
        kind: "period",
        due: "2025-04-30",
        status: "open",
      },
    );
    s.section(
      9,
      { A: "2.2", B: "Kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm" },
      { stt: "2.2", level: 2, title: "Kiểm tra các cơ sở sản xuất, kinh doanh thực phẩm" },
    );
    s.task(
      10,
      {
        A: "a)",
        B: "Kiểm tra bếp ăn tập thể tại các trường học",
        C: "Đoàn kiểm tra liên ngành huyện",
        E: "Tháng 5/2025",
      },
      { section: "2.2", lead: ["Đoàn kiểm tra liên ngành huyện"], kind: "period", due: "2025-05-31", status: "open" },
    );
    s.task(
      11,
      {
        A: "b)",
        B: "Kiểm tra cơ sở kinh doanh thức ăn đường phố",
        C: "UBND các xã, thị trấn",
        D: "Trạm Y tế xã",
        E: "Tháng 5/2025",
      },
      {
        section: "2.2",
        lead: ["UBND các xã, thị trấn"],
        support: ["Trạm Y tế xã"],
        kind: "period",
        due: "2025-05-31",
        status: "open",
      },
    );
    s.task(
      12,
      {
        A: "3",
        B: "Tổng kết, báo cáo kết quả Tháng hành động",
        C: "Phòng Y tế, Văn phòng HĐND - UBND huyện",
        E: "Trước ngày 31/5/2025",
      },
      {
        section: null,
        lead: ["Phòng Y tế", "Văn phòng HĐND - UBND huyện"],
        kind: "date",
        due: "2025-05-31",
        status: "open",
      },
    );
    s.issue(12, "C", "multiple_leads");
    return [s.report(2025, [3], 4, 12)];
  },
});

// ---------------------------------------------------------------------------------------------
// 12. A converted VNI file whose font was lost (VNI bytes in Times New Roman); header words carried
//     on into a second row without merges ("Số | Nội dung | Đơn vị" over "TT | công việc | chủ trì");
//     STT and task merged down over two rows each with its own lead and deadline; a sub-title typed
//     without merging before numbering that restarts at 1.
fixtures.push({
  file: "kh-dan-van-vni-mat-font-2025",
  asOf: "2025-07-01",
  build(wb) {
    const s = new SheetBuilder(
      wb,
      "Sheet1",
      COLS({ stt: "A", task: "B", lead: "C", support: "D", deadline: "E", note: "F" }),
      "vni-lost-font",
    );
    s.put(1, { A: "ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG" });
    s.put(2, { A: "KẾ HOẠCH THỰC HIỆN CÔNG TÁC DÂN VẬN CHÍNH QUYỀN NĂM 2025" });
    s.merge("A1:F1", "A2:F2");
    s.put(4, { A: "Số", B: "Nội dung", C: "Đơn vị", D: "Đơn vị", E: "Thời gian", F: "Ghi" });
    s.put(5, { A: "TT", B: "công việc", C: "chủ trì", D: "phối hợp", E: "hoàn thành", F: "chú" });
    s.issue(null, null, "legacy_encoding");
    s.section(
      6,
      { A: "I", B: "CÔNG TÁC TUYÊN TRUYỀN, ĐỐI THOẠI" },
      { stt: "I", level: 1, title: "CÔNG TÁC TUYÊN TRUYỀN, ĐỐI THOẠI" },
    );
    s.merge("B6:F6");
    s.task(
      7,
      {
        A: 1,
        B: "Tuyên truyền, phổ biến chủ trương của Đảng, chính sách, pháp luật của Nhà nước",
        C: "Phòng Văn hóa và Thông tin",
        D: "UBND các xã, thị trấn",
        E: "Thường xuyên",
      },
      {
        section: "I",
        lead: ["Phòng Văn hóa và Thông tin"],
        support: ["UBND các xã, thị trấn"],
        kind: "recurring",
        due: null,
        status: "no_deadline",
      },
    );
    s.task(
      8,
      {
        A: 2,
        B: "Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân",
        C: "Chủ tịch UBND huyện",
        D: "Văn phòng HĐND - UBND huyện",
        E: "Quý II/2025",
      },
      {
        section: "I",
        lead: ["Chủ tịch UBND huyện"],
        support: ["Văn phòng HĐND - UBND huyện"],
        kind: "period",
        due: "2025-06-30",
        status: "overdue",
      },
    );
    s.task(
      9,
      { C: "Chủ tịch UBND các xã, thị trấn", E: "Quý III/2025" },
      {
        section: "I",
        stt: "2",
        task: "Tổ chức đối thoại giữa người đứng đầu cấp ủy, chính quyền với Nhân dân",
        lead: ["Chủ tịch UBND các xã, thị trấn"],
        kind: "period",
        due: "2025-09-30",
        status: "open",
      },
    );
    s.merge("A8:A9", "B8:B9");
    s.section(
      10,
      { B: "Dân vận trong cơ quan hành chính nhà nước" },
      { stt: null, level: 2, title: "Dân vận trong cơ quan hành chính nhà nước" },
    );
    s.task(
      11,
      { A: 1, B: "Thực hiện quy chế dân chủ ở cơ sở", C: "Các cơ quan, đơn vị", E: "Năm 2025" },
      { section: null, lead: ["Các cơ quan, đơn vị"], kind: "period", due: "2025-12-31", status: "open" },
    );
    s.task(
      12,
      {
        A: 2,
        B: "Cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân",
        C: "Văn phòng HĐND - UBND huyện",
        D: "Các phòng chuyên môn",
        E: "Trước ngày 05/7/2025",
      },
      {
        section: null,
        lead: ["Văn phòng HĐND - UBND huyện"],
        support: ["Các phòng chuyên môn"],
        kind: "date",
        due: "2025-07-05",
        status: "due_soon",
      },
    );
    s.section(13, { A: "II", B: "KIỂM TRA, GIÁM SÁT" }, { stt: "II", level: 1, title: "KIỂM TRA, GIÁM SÁT" });
    s.merge("B13:F13");
    s.task(
      14,
      {
        A: 1,
        B: "Kiểm tra việc thực hiện công tác dân vận chính quyền",
        C: "Ban Chỉ đạo công tác dân vận huyện",
        E: "Tháng 11/2025",
      },
      {
        section: "II",
        lead: ["Ban Chỉ đạo công tác dân vận huyện"],
        kind: "period",
        due: "2025-11-30",
        status: "open",
      },
    );
    s.task(
      15,
      { A: 2, B: "Sơ kết, tổng kết công tác dân vận chính quyền", E: "Tháng 12/2025" },
      { section: "II", lead: [], kind: "period", due: "2025-12-31", status: "open" },
    );
    s.issue(15, "C", "missing_lead");
    s.put(17, { D: "TM. ỦY BAN NHÂN DÂN" });
    return [s.report(2025, [4, 5], 6, 15)];
  },
});

async function main(): Promise<void> {
  const dir = __dirname;
  for (const f of fixtures) {
    const wb = new ExcelJS.Workbook();
    wb.creator = "kiem-tra-ke-hoach fixtures";
    wb.created = new Date(Date.UTC(2025, 0, 1));
    wb.modified = wb.created;
    const sheets = f.build(wb);
    await wb.xlsx.writeFile(join(dir, `${f.file}.xlsx`));
    const report = { format: 1, file: `${f.file}.xlsx`, asOf: f.asOf, dueSoonDays: 7, sheets };
    writeFileSync(join(dir, `${f.file}.expected.json`), JSON.stringify(report, null, 2) + "\n");
    console.log(`${f.file}.xlsx`);
  }
}

void main();
