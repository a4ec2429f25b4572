/* global console, __dirname */
/**
 * Builds the real fixtures: plans published by Vietnamese public bodies, found in public
 * repositories (sources, commits and the layout taken for each are in README.md beside this file),
 * laid out as workbooks with their cell texts verbatim from sources/*.json. Each expected report
 * (plan report format 1) was written by hand from docs/plan-report.md, the shared
 * fixtures' decisions and the decisions in README.md, before the checker was run on it.
 * Run: `npx tsx test/fixtures-real/make-real.ts` (rewrites the .xlsx and .expected.json files).
 *
 * Only mechanical values are filled in from the cells: the task text, the STT less its trailing
 * period, the output cell, the deadline cell as shown. Leads, supports, kinds, dues, statuses,
 * sections and issues are written out below row by row.
 */
import ExcelJS from "exceljs";
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";

type Role = "stt" | "task" | "lead" | "support" | "deadline" | "output" | "status" | "note";
type Kind = "date" | "period" | "recurring" | "conditional" | "none" | "unparsed";
type Status = "done" | "overdue" | "due_soon" | "open" | "no_deadline";
type Cells = Record<string, string | null | undefined>;

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
const COLUMN_ORDER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

interface Deadline {
  kind: Kind;
  due: string | null;
}

interface TaskExp extends Deadline {
  section: string | null;
  lead: string[];
  support?: string[];
  status: Status;
  /** The deadline text when the deadline cell of this row is part of a merge started above. */
  text?: string | null;
  output?: string | null;
}

class SheetBuilder {
  readonly ws: ExcelJS.Worksheet;
  readonly items: unknown[] = [];
  readonly issues: { row: number | null; column: string | null; code: string }[] = [];
  constructor(
    wb: ExcelJS.Workbook,
    readonly name: string,
    readonly cols: Record<Role, string | null>,
    widths: Record<string, number>,
  ) {
    this.ws = wb.addWorksheet(name);
    for (const [c, w] of Object.entries(widths)) this.ws.getColumn(c).width = w;
  }

  put(r: number, cells: Cells): void {
    for (const [col, v] of Object.entries(cells)) {
      if (v === null || v === undefined || v === "") continue;
      const cell = this.ws.getCell(`${col}${r}`);
      cell.value = v;
      cell.alignment = { wrapText: true, vertical: "top" };
    }
  }

  merge(...ranges: string[]): void {
    for (const r of ranges) this.ws.mergeCells(r);
  }

  private at(cells: Cells, role: Role): string | null {
    const c = this.cols[role];
    if (c === null) return null;
    const v = cells[c];
    return v === undefined || v === null || v === "" ? null : v;
  }

  section(r: number, cells: Cells, level: number): void {
    this.put(r, cells);
    const stt = this.at(cells, "stt")?.replace(/\.+$/, "") ?? null;
    this.items.push({ row: r, type: "section", stt, level, title: this.at(cells, "task") });
  }

  task(r: number, cells: Cells, exp: TaskExp): void {
    this.put(r, cells);
    this.items.push({
      row: r,
      type: "task",
      stt: this.at(cells, "stt")?.replace(/\.+$/, "") ?? null,
      section: exp.section,
      task: this.at(cells, "task"),
      lead: exp.lead,
      support: exp.support ?? [],
      output: exp.output !== undefined ? exp.output : this.at(cells, "output"),
      deadline: { text: exp.text !== undefined ? exp.text : this.at(cells, "deadline"), kind: exp.kind, due: exp.due },
      status: exp.status,
    });
  }

  issue(row: number | null, column: string | null, code: string): void {
    this.issues.push({ row, column, code });
  }

  report(planYear: number, headerRows: number[], firstRow: number, lastRow: number): unknown {
    const order = (i: { row: number | null; column: string | null; code: string }): [number, number, string] => [
      i.row ?? -1,
      i.column === null ? -1 : COLUMN_ORDER.indexOf(i.column),
      i.code,
    ];
    const issues = [...this.issues].sort((a, b) => {
      const [ra, ca, xa] = order(a);
      const [rb, cb, xb] = order(b);
      return ra - rb || ca - cb || (xa < xb ? -1 : xa > xb ? 1 : 0);
    });
    return {
      sheet: this.name,
      recognized: true,
      reason: null,
      planYear,
      table: { headerRows, firstRow, lastRow, columns: this.cols },
      items: this.items,
      issues: issues.map((i) => ({ ...i, severity: SEVERITY[i.code], message: MESSAGE[i.code] })),
    };
  }
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

/** Status on asOf with dueSoonDays 7 (no status column in these plans). */
function statusOf(due: string | null, asOf: string): Status {
  if (due === null) return "no_deadline";
  if (due < asOf) return "overdue";
  const soon = new Date(`${asOf}T00:00:00Z`);
  soon.setUTCDate(soon.getUTCDate() + 7);
  return due <= soon.toISOString().slice(0, 10) ? "due_soon" : "open";
}

const source = (name: string): any => JSON.parse(readFileSync(join(__dirname, "sources", `${name}.json`), "utf8"));

const fixtures: { file: string; asOf: string; build: (wb: ExcelJS.Workbook, asOf: string) => unknown[] }[] = [];

// ---------------------------------------------------------------------------------------------
// 1. KH 252/KH-BCĐQG1237 (2013), Ban Chỉ đạo quốc gia 1237: nine Roman parts, each with its
//    measures a), b) … and one responsibility block and one time for the whole part (merged down).
fixtures.push({
  file: "kh-252-bcdqg1237-2013",
  asOf: "2013-12-26",
  build(wb, asOf) {
    const src = source("kh-252-bcdqg1237-2013");
    const s = new SheetBuilder(
      wb,
      "Kế hoạch 252",
      COLS({ stt: "A", task: "B", lead: "C", support: "D", deadline: "E" }),
      { A: 6, B: 70, C: 34, D: 34, E: 18 },
    );
    const [t1, t2, t3, t4, t5] = src.title as string[];
    s.put(1, { A: t1 });
    s.put(2, { A: t2, D: t3 });
    s.put(4, { A: t4 });
    s.put(5, { A: t5 });
    s.merge("A1:C1", "A2:C2", "D2:E2", "A4:E4", "A5:E5");
    s.put(7, {
      A: "TT",
      B: "Nội dung, biện pháp",
      C: "Cơ quan chủ trì",
      D: "Cơ quan phối hợp",
      E: "Thời gian thực hiện",
    });
    // Expected per part, by hand (README.md: line breaks and "- " bullets separate units; the
    // bracketed remark of part V is a note; "Đơn vị thực hiện:" is a label).
    const expect: Record<string, { lead: string[]; support: string[]; kind: Kind; due: string | null }> = {
      I: {
        lead: ["Ban Chỉ đạo quốc gia", "Các Bộ, ngành liên quan", "Ban Chỉ đạo các quân khu", "Ban Chỉ đạo các tỉnh"],
        support: [
          "Mặt trận Tổ quốc Việt Quốc gia",
          "Hội Cựu chiến binh các cấp",
          "Các đơn vị thuộc Bộ Quốc phòng",
          "Các tổ chức chính trị - xã hội",
        ],
        kind: "period",
        due: "2013-12-31",
      },
      II: {
        lead: [
          "Ban Chỉ đạo quốc gia",
          "Bộ Quốc phòng",
          "Các Bộ, ngành, cơ quan liên quan",
          "Ban Chỉ đạo các quân khu",
          "Ban Chỉ đạo các tỉnh",
        ],
        support: [],
        kind: "period",
        due: "2013-12-31",
      },
      III: {
        lead: [
          "Ban Chỉ đạo quốc gia",
          "Bộ Thông tin và Truyền thông",
          "Ban Tuyên giáo Trung ương",
          "Bộ Ngoại giao",
          "Ban Chỉ đạo các quân khu",
          "Ban Chỉ đạo các tỉnh",
          "Các cơ quan báo chí Trung ương, địa phương, quân đội",
        ],
        support: [
          "Mặt trận Tổ quốc Việt Nam",
          "Hội Cựu chiến binh",
          "Đoàn Thanh niên Cộng sản Hồ Chí Minh các cấp",
          "Các đơn vị, địa phương",
          "Các tổ chức chính trị - xã hội và cơ quan tổ chức có liên quan",
        ],
        kind: "recurring",
        due: null,
      },
      IV: {
        lead: [
          "Ban Chỉ đạo quốc gia",
          "Bộ Quốc phòng",
          "Tư lệnh các quân khu",
          "Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương",
        ],
        support: [],
        kind: "period",
        due: "2013-12-31",
      },
      V: {
        lead: [
          "Ban Chỉ đạo quốc gia",
          "Bộ Quốc phòng",
          "Bộ Lao động - Thương binh và Xã hội",
          "Trung ương Hội Cựu chiến binh Việt Nam",
          "Ban Chỉ đạo các quân khu",
          "Ban Chỉ đạo các tỉnh",
        ],
        support: [
          "Các cơ quan, đơn vị, địa phương",
          "Mặt trận Tổ quốc Việt Nam",
          "Hội Cựu chiến binh các cấp",
          "Các tổ chức, đoàn thể có liên quan",
        ],
        kind: "recurring",
        due: null,
      },
      VI: {
        lead: [
          "Ban Chỉ đạo quốc gia",
          "Bộ Quốc phòng",
          "Các quân khu",
          "Các tỉnh",
          "Ban Công tác đặc biệt",
          "Ban Chuyên trách các cấp",
        ],
        support: ["Các Đội chuyên trách của quân đội"],
        kind: "recurring",
        due: null,
      },
      VII: {
        lead: [
          "Ban Chỉ đạo quốc gia",
          "Ban Công tác đặc biệt - Ủy ban Chuyên trách Chính phủ",
          "Bộ Ngoại giao",
          "Các Quân khu",
          "Ủy ban nhân dân các tỉnh",
        ],
        support: ["Các Bộ, ngành có liên quan", "Trung ương Hội Cựu chiến binh Việt Nam"],
        kind: "recurring",
        due: null,
      },
      VIII: {
        lead: ["Bộ Quốc phòng", "Bộ Tài chính"],
        support: [
          "Các quân khu",
          "Các tỉnh",
          "Văn phòng Ban Chỉ đạo và cơ quan thường trực các cấp",
          "Các đơn vị, địa phương",
        ],
        kind: "recurring",
        due: null,
      },
      IX: {
        lead: [
          "Ban Chỉ đạo quốc gia",
          "Ban Chỉ đạo các quân khu",
          "Ban Chỉ đạo các tỉnh",
          "Các Bộ, ngành, địa phương và đơn vị",
        ],
        support: ["Mặt trận Tổ quốc Việt Nam", "Hội Cựu chiến binh các cấp", "Các tổ chức chính trị - xã hội"],
        kind: "recurring",
        due: null,
      },
    };
    let r = 8;
    for (const part of src.parts as {
      stt: string;
      title: string;
      measures: [string | null, string][];
      lead: string;
      support: string | null;
      time: string;
    }[]) {
      s.section(r, { A: part.stt, B: part.title }, 1);
      s.merge(`B${r}:E${r}`);
      r++;
      // An unnumbered paragraph after the last measure goes on in that measure's cell.
      const measures: [string, string][] = [];
      for (const [stt, text] of part.measures) {
        if (stt === null) measures[measures.length - 1][1] += `\n${text}`;
        else measures.push([stt, text]);
      }
      const e = expect[part.stt];
      const first = r;
      for (const [stt, text] of measures) {
        const top = r === first;
        s.task(
          r,
          { A: stt, B: text, C: top ? part.lead : null, D: top ? part.support : null, E: top ? part.time : null },
          {
            section: part.stt,
            lead: e.lead,
            support: e.support,
            kind: e.kind,
            due: e.due,
            status: statusOf(e.due, asOf),
            text: part.time,
          },
        );
        if (e.lead.length > 1) s.issue(r, "C", "multiple_leads");
        // Plan year 2020 (the latest year of the title: "… ĐẾN NĂM 2020 …", decision 18).
        if (e.due !== null && (e.due < "2020-01-01" || e.due > "2021-12-31"))
          s.issue(r, "E", "deadline_outside_plan_year");
        r++;
      }
      if (r - 1 > first) s.merge(`C${first}:C${r - 1}`, `D${first}:D${r - 1}`, `E${first}:E${r - 1}`);
    }
    const last = r - 1;
    s.put(r + 1, { A: "Nơi nhận:", D: "TM. BAN CHỈ ĐẠO" });
    return [s.report(2020, [7], 8, last)];
  },
});

// ---------------------------------------------------------------------------------------------
// 2. KH 16/KH-MTTQ-BTT (18/11/2025), Ban Thường trực UBMTTQ xã Lương Minh: items 1.1-7.2 under
//    numbered headings 1-7, a person-position as "Đơn vị chủ trì", 3.1-3.3 sharing one block
//    (merged down), a "3.2" written twice, items with no "Kết quả".
fixtures.push({
  file: "kh-16-mttq-luong-minh-2025",
  asOf: "2026-01-10",
  build(wb, asOf) {
    const src = source("kh-16-mttq-luong-minh-2025");
    const s = new SheetBuilder(
      wb,
      "KH 16",
      COLS({ stt: "A", task: "B", deadline: "C", lead: "D", support: "E", output: "F" }),
      { A: 6, B: 70, C: 24, D: 28, E: 30, F: 34 },
    );
    const title = src.title as string[][];
    s.put(1, { A: title[0][0], D: title[0][1] });
    s.put(2, { A: title[1][0], D: title[1][1] });
    s.put(3, { A: title[2][0] });
    s.put(4, { A: title[3][0], D: title[3][1] });
    s.put(6, { A: title[4][0] });
    s.put(7, { A: title[5][0] });
    s.put(8, { A: title[6][0] });
    s.merge("A1:C1", "D1:F1", "A2:C2", "D2:F2", "A3:C3", "A4:C4", "D4:F4", "A6:F6", "A7:F7", "A8:F8");
    const h = src.header as string[];
    s.put(10, { A: h[0], B: h[1], C: h[2], D: h[3], E: h[4], F: h[5] });
    const lead = ["Đồng chí Phó chủ tịch Thường trực, phụ trách lĩnh vực Giám sát và Phản biện xã hội"];
    const support = ["Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã", "Các đồng chí Chuyên viên cơ quan MTTQ xã"];
    // Deadlines by hand (plan year 2031: "nhiệm kỳ 2026-2031" in the title, decision 18).
    const due: Record<string, Deadline> = {
      "Dự kiến tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn).": {
        kind: "period",
        due: "2025-11-30",
      },
      "ngày Tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn);": {
        kind: "period",
        due: "2025-11-30",
      },
      "Tháng 11/2025 (sau khi Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Hướng dẫn).": {
        kind: "period",
        due: "2025-11-30",
      },
      "Quý IV/2025 và Quý I/2026;": { kind: "period", due: "2026-03-31" },
      "Quý I/2026;": { kind: "period", due: "2026-03-31" },
      "Từ tháng 12/2025 đến quý I/2026.": { kind: "period", due: "2026-03-31" },
      "Quý IV/2025;": { kind: "period", due: "2025-12-31" },
      "Quý IV/2025.": { kind: "period", due: "2025-12-31" },
      "Từ tháng 11/2025 đến tháng 4/2026.": { kind: "period", due: "2026-04-30" },
      "Từ tháng 11/2025 đến quý I/2026.": { kind: "period", due: "2026-03-31" },
      "Tháng 4/2026. ": { kind: "period", due: "2026-04-30" },
      "tháng 11/2025 đến tháng 4/2026;": { kind: "period", due: "2026-04-30" },
    };
    let r = 11;
    let section: string | null = null;
    let block: { time: string; output: string | null; from: number; rows: number } | null = null;
    const seen = new Set<string>();
    for (const row of src.rows as {
      stt: string;
      task: string;
      time?: string;
      output?: string | null;
      support?: string;
      merge?: number;
      merged?: boolean;
    }[]) {
      const stt = row.stt.replace(/\.+$/, "");
      if (!stt.includes(".")) {
        s.section(r, { A: row.stt, B: row.task }, 1);
        section = stt;
        r++;
        continue;
      }
      if (row.merge) block = { time: row.time!, output: row.output ?? null, from: r, rows: row.merge };
      const inBlock = block !== null && r < block.from + block.rows;
      const time = inBlock ? block!.time : row.time!;
      const output = inBlock ? block!.output : (row.output ?? null);
      const top = !inBlock || r === block!.from;
      const d = due[time];
      s.task(
        r,
        {
          A: row.stt,
          B: row.task,
          C: top ? time : null,
          D: top ? src.lead : null,
          E: top ? (row.support ?? src.support) : null,
          F: top ? output : null,
        },
        {
          section,
          lead,
          support: row.support
            ? [
                "Các đ/c Phó chỉ tịch, Trưởng đoàn thể xã",
                "Các chuyên viên cơ quan MTTQ xã tham mưu, giúp việc thuộc Cơ quan Ủy ban MTTQ Việt Nam xã",
              ]
            : support,
          kind: d.kind,
          due: d.due,
          status: statusOf(d.due, asOf),
          text: time,
          output,
        },
      );
      if (seen.has(stt)) s.issue(r, "A", "duplicate_stt");
      seen.add(stt);
      s.issue(r, "C", "deadline_outside_plan_year");
      if (output === null) s.issue(r, "F", "missing_output");
      if (block !== null && r === block.from + block.rows - 1) {
        s.merge(`C${block.from}:C${r}`, `D${block.from}:D${r}`, `E${block.from}:E${r}`, `F${block.from}:F${r}`);
        block = null;
      }
      r++;
    }
    const last = r - 1;
    s.put(r + 2, { A: "Nơi nhận:", D: "TM. BAN THƯỜNG TRỰC" });
    s.put(r + 3, { A: "- BTT Ủy ban MTTQ Việt Nam tỉnh; ", D: "CHỦ TỊCH" });
    s.put(r + 4, { A: "- Thường trực Đảng ủy xã;" });
    s.put(r + 7, { D: "Lan Thị Vân" });
    return [s.report(2031, [10], 11, last)];
  },
});

// ---------------------------------------------------------------------------------------------
// 3. KH (25/11/2025) tổ chức các hội nghị hiệp thương, Ban Thường trực UBMTTQ xã Lương Minh: a
//    "Thành phần" column (lists of bodies: no role in its header, units in its cells: support), a
//    task "3" with its own "3.3" (numbering skips 3.1-3.2), report items with no lead nor time.
fixtures.push({
  file: "kh-hiep-thuong-luong-minh-2025",
  asOf: "2026-01-10",
  build(wb, asOf) {
    const src = source("kh-hiep-thuong-luong-minh-2025");
    const s = new SheetBuilder(
      wb,
      "Hiệp thương",
      COLS({ stt: "A", task: "B", deadline: "C", support: "D", lead: "E", output: "F" }),
      { A: 6, B: 60, C: 26, D: 40, E: 24, F: 34 },
    );
    const title = src.title as string[][];
    s.put(1, { A: title[0][0], D: title[0][1] });
    s.put(2, { A: title[1][0], D: title[1][1] });
    s.put(3, { A: title[2][0] });
    s.put(4, { A: title[3][0], D: title[3][1] });
    s.put(6, { A: title[4][0] });
    s.put(7, { A: title[5][0] });
    s.put(8, { A: title[6][0] });
    s.merge("A1:C1", "D1:F1", "A2:C2", "D2:F2", "A3:C3", "A4:C4", "D4:F4", "A6:F6", "A7:F7", "A8:F8");
    const h = src.header as string[];
    s.put(10, { A: h[0], B: h[1], C: h[2], D: h[3], E: h[4], F: h[5] });
    // By hand, per row (plan year 2031, decision 18).
    const exp: Record<string, { section: string | null; lead: string[]; support: string[]; d: Deadline }> = {
      "1.1.": {
        section: "1",
        lead: ["Ban Công tác mặt trận thôn"],
        support: [
          "Ban Thường trực Ủy ban MTTQ xã",
          "Thường trực HĐND",
          "UBND xã",
          "Ủy ban Bầu cử xã",
          "Đại diện lãnh đạo các tổ chức thành viên của MTTQ xã",
          "Ban Công tác mặt trận thôn và cử tri các thôn",
        ],
        d: { kind: "date", due: "2025-12-10" },
      },
      "1.2.": { section: "1", lead: [], support: [], d: { kind: "none", due: null } },
      "2.1.": {
        section: "2",
        lead: ["Ban Thường trực Ủy ban MTTQ Việt Nam xã"],
        support: [
          "Ban Thường trực Ủy ban MTTQ xã",
          "Đại diện các tổ chức thành viên",
          "Ban Công tác mặt trận thôn",
          "Mời đại diện Ủy ban Bầu cử xã, Thường trực HĐND",
          "UBND xã và cử tri các thôn",
        ],
        d: { kind: "date", due: "2026-02-03" },
      },
      "2.2.": { section: "2", lead: [], support: [], d: { kind: "none", due: null } },
      "3.": {
        section: null,
        lead: ["Ban Công tác mặt trận thôn"],
        support: [
          "Ban Thường trực Ủy ban MTTQ xã",
          "Đại diện các tổ chức thành viên",
          "Ban Công tác mặt trận thôn",
          "Mời đại diện Ủy ban Bầu cử xã, Thường trực HĐND",
          "UBND xã, cử tri các thôn",
        ],
        d: { kind: "date", due: "2026-02-20" },
      },
      "3.3.": { section: null, lead: [], support: [], d: { kind: "none", due: null } },
    };
    let r = 11;
    for (const row of src.rows as {
      stt: string;
      task: string;
      time?: string;
      members?: string;
      lead?: string;
      output?: string;
    }[]) {
      const e = exp[row.stt];
      if (e === undefined) {
        s.section(r, { A: row.stt, B: row.task }, 1);
        r++;
        continue;
      }
      s.task(
        r,
        { A: row.stt, B: row.task, C: row.time, D: row.members, E: row.lead, F: row.output },
        {
          section: e.section,
          lead: e.lead,
          support: e.support,
          kind: e.d.kind,
          due: e.d.due,
          status: statusOf(e.d.due, asOf),
        },
      );
      if (e.d.due !== null) s.issue(r, "C", "deadline_outside_plan_year");
      else s.issue(r, "C", "missing_deadline");
      if (e.lead.length === 0) s.issue(r, "E", "missing_lead");
      if (!row.output) s.issue(r, "F", "missing_output");
      if (row.stt === "3.3.") s.issue(r, "A", "stt_sequence");
      r++;
    }
    const last = r - 1;
    s.put(r + 2, { A: "Nơi nhận:", D: "TM. BAN THƯỜNG TRỰC" });
    s.put(r + 3, { A: "- BTT Ủy ban MTTQ Việt Nam tỉnh; ", D: "CHỦ TỊCH" });
    s.put(r + 7, { D: "Lan Thị Vân" });
    return [s.report(2031, [10], 11, last)];
  },
});

// ---------------------------------------------------------------------------------------------
// 4. KH 277 (UBND Thành phố Hà Nội, 100 ngày cao điểm chuyển đổi số, 2026), as the repository's
//    parser exported it: snake_case headers with no diacritics, no STT, PDF line breaks inside
//    unit names, long cells cut with "...", deadlines counted from the plan's issue.
fixtures.push({
  file: "kh-277-ha-noi-cds-2026",
  asOf: "2026-07-28",
  build(wb, asOf) {
    const src = source("kh-277-ha-noi-cds-2026");
    const s = new SheetBuilder(wb, "KH277", COLS({ task: "A", lead: "B", support: "C", output: "D", deadline: "E" }), {
      A: 48,
      B: 22,
      C: 22,
      D: 36,
      E: 16,
    });
    const h = src.header as string[];
    s.put(1, { A: h[0], B: h[1], C: h[2], D: h[3], E: h[4] });
    const SKHCN = "Sở Khoa học và Công nghệ";
    const TTPV = "Trung tâm Phục vụ hành chính công";
    const XA = "UBND các xã, phường";
    // Per row, by hand: [leads, supports]. PDF line breaks inside a cell are spaces (README.md).
    const units: [string[], string[]][] = [
      [["Sở Tài chính"], [SKHCN]],
      [["Sở Quy hoạch - Kiến trúc"], [SKHCN]],
      [["Sở Nông nghiệp và Môi trường"], [SKHCN]],
      [["Sở Xây dựng", "Các công ty quản lý lĩnh vực li"], [SKHCN]],
      [[TTPV, "Sở, ban"], [SKHCN]],
      [["Văn phòng UBND Thành phố"], [SKHCN]],
      [["Sở Y tế"], [SKHCN]],
      [["Sở Giáo dục và Đào tạo"], [SKHCN]],
      [["Sở Nông nghiệp và Môi trường"], ["UBND xã/phường", "Công an Thành phố", "Sở Khoa h"]],
      [["Sở Nông nghiệp và Môi trường"], ["UBND xã/phường", "Công an Thành phố", "Sở Khoa h"]],
      [[SKHCN], ["Các Sở, ban, ngành", "Các đơn vị quản lý hệ thống"]],
      [[SKHCN], ["Công an Thành phố", "Văn phòng UBND Thành phố"]],
      [[SKHCN], ["Văn phòng Thành ủy", "Văn phòng HĐND Thành phố"]],
      [[TTPV, "Các Sở, b"], ["Các Bộ, ngành liên quan"]],
      [[TTPV, "Sở Nông n"], ["Các Bộ, ngành liên quan"]],
      [[XA], ["Sở Xây dựng"]],
      [["Các cơ quan, đơn vị giải quyết TTHC"], []],
      [
        ["Sở Tài chính", "Ban Quản lý các Khu công nghệ"],
        [SKHCN, "Sở Công Thương", "Sở"],
      ],
      [["Sở Công Thương"], [SKHCN, "Sở Tài chính"]],
      [[XA], [SKHCN, "Sở Tài chính", "Sở C"]],
      [["Thuế Hà Nội"], [SKHCN, XA]],
      [[XA], ["Sở Khoa học và Công nghệ, Thuế Hà Nội, Trung"]],
      [[SKHCN], ["Sở Tài chính", "Sở Công Thương, sở, ngành có l"]],
      [["Sở Công Thương"], ["Sở Nông nghiệp và Môi trường", "Sở Khoa học và"]],
      [[XA], ["Sở Công Thương", SKHCN, "Sở"]],
      [[XA], ["Sở Công Thương", SKHCN, "Sở"]],
      [["Sở Công Thương"], [SKHCN, "Sở Nông nghiệp và"]],
      [["Sở Văn hóa và Thể thao"], ["Sở Du lịch", SKHCN, "Các đơ"]],
      [["Sở Du lịch"], ["Sở Văn hóa và Thể thao", "Sở Khoa học và Công"]],
      [["UBND các xã, phường trực tiếp triển khai tại"], ["UB MTTQ Việt Nam Thành phố, MTTQ cấp xã và B"]],
      [
        ["Sở Giáo dục và Đào tạo", "UBND các xã/phường t"],
        ["Sở Nông nghiệp và Môi trường", "Sở Giáo dục và"],
      ],
      [
        ["Các Sở, ban, ngành", XA],
        ["Sở Tài chính", SKHCN],
      ],
      [
        ["Các Sở, ban, ngành", XA],
        ["Sở Tài chính", SKHCN],
      ],
    ];
    const deadline = (text: string): Deadline => {
      const m = /^(\d+)\/(\d+)\/(\d{4})$/.exec(text);
      if (m) return { kind: "date", due: `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` };
      if (text.includes("kể")) return { kind: "conditional", due: null }; // counted from the plan's issue
      if (text.includes("trở đi")) return { kind: "recurring", due: null }; // as "Từ năm 2025 trở đi"
      return { kind: "unparsed", due: null }; // "100 ngày": a length with no start
    };
    const rows = src.rows as (string | null)[][];
    rows.forEach((row, i) => {
      const r = i + 2;
      const [lead, support] = units[i];
      const d = deadline(row[4]!);
      s.task(
        r,
        { A: row[0], B: row[1], C: row[2], D: row[3], E: row[4] },
        { section: null, lead, support, kind: d.kind, due: d.due, status: statusOf(d.due, asOf) },
      );
      if (lead.length > 1) s.issue(r, "B", "multiple_leads");
      if (d.kind === "unparsed") s.issue(r, "E", "unparsed_deadline");
    });
    // Plan year 2026: no title, no year in the sheet name, the deadline column's dates are of 2026.
    return [s.report(2026, [1], 2, rows.length + 1)];
  },
});

// ---------------------------------------------------------------------------------------------
// 5. Công văn 6582 (Sở Y tế Hà Nội): a CSV export with snake_case headers, no STT, a "thoi_han"
//    column holding numbers of days (number cells) and "Sở KHCN đưa ra kế hoạch".
fixtures.push({
  file: "cv-6582-so-y-te-ha-noi",
  asOf: "2026-03-16",
  build(wb, asOf) {
    const src = source("cv-6582-so-y-te-ha-noi");
    const s = new SheetBuilder(wb, "cv6582_normalized", COLS({ task: "A", lead: "B", support: "C", deadline: "D" }), {
      A: 48,
      B: 16,
      C: 20,
      D: 14,
    });
    const h = src.header as string[];
    s.put(1, { A: h[0], B: h[1], C: h[2], D: h[3] });
    const lead = (cell: string): string[] => [cell.replace(/\n/g, " ")];
    const support = (cell: string): string[] =>
      cell === "Sở KHCN,\nTập đoàn\nViettel" ? ["Sở KHCN", "Tập đoàn Viettel"] : [cell.replace(/\n/g, " ")];
    const rows = src.rows as [string, string, string, string | number][];
    rows.forEach((row, i) => {
      const r = i + 2;
      s.task(
        r,
        { A: row[0], B: row[1], C: row[2], D: typeof row[3] === "string" ? row[3] : null },
        // A number of days is no deadline the spec reads (unparsed); so is "Sở KHCN đưa ra kế hoạch".
        {
          section: null,
          lead: lead(row[1]),
          support: support(row[2]),
          kind: "unparsed",
          due: null,
          status: statusOf(null, asOf),
          text: String(row[3]),
        },
      );
      if (typeof row[3] === "number") s.ws.getCell(`D${r}`).value = row[3];
      s.issue(r, "D", "unparsed_deadline");
    });
    // Plan year: no title, no year in the sheet name nor in the deadline column: the year of asOf.
    return [s.report(2026, [1], 2, rows.length + 1)];
  },
});

// ---------------------------------------------------------------------------------------------
// 6. Trường Đại học Thủy lợi, "Thông báo triển khai kế hoạch tính toán khối lượng vượt giờ năm học
//    2019-2020": a real table with office codes (P2, P3, P5, P9, BCN) as units, Roman sections
//    (two of them, III and VI, carrying their own time and units), numbering restarting in each,
//    a "2" heading "2.1"-"2.3", a closing sentence below the table.
fixtures.push({
  file: "tb-vuot-gio-dh-thuy-loi-2020",
  asOf: "2020-08-20",
  build(wb, asOf) {
    const src = source("tb-vuot-gio-dh-thuy-loi-2020");
    const s = new SheetBuilder(wb, "Vượt giờ", COLS({ stt: "A", task: "B", deadline: "C", lead: "D", support: "E" }), {
      A: 6,
      B: 70,
      C: 18,
      D: 14,
      E: 22,
    });
    const [t1, t2] = src.title as string[];
    s.put(1, { A: t1 });
    s.put(2, { A: t2 });
    s.merge("A1:E1", "A2:E2");
    const h = src.header as string[];
    s.put(4, { A: h[0], B: h[1], C: h[2], D: h[3], E: h[4] });
    const units = (cell: string | null): string[] => (cell === null ? [] : cell.split(", "));
    let r = 5;
    let section: string | null = null;
    let sub: string | null = null;
    const rows = src.rows as (string | null)[][];
    rows.forEach((row, i) => {
      const [stt, task, time, lead, support] = row as [string, string, string | null, string | null, string | null];
      const cells = { A: stt, B: task, C: time, D: lead, E: support };
      if (/^[IVX]+$/.test(stt)) {
        // A Roman numeral makes a section (the spec's rule), even where the row has a time and units.
        s.section(r, cells, 1);
        section = stt;
        sub = null;
      } else if (time === null && lead === null && (rows[i + 1]?.[0] ?? "").startsWith(`${stt}.`)) {
        s.section(r, cells, 2); // "2" heading "2.1"-"2.3"
        sub = stt;
      } else {
        const m = /^(\d+)\/(\d+)\/(\d{4})$/.exec(time!.replace(/^Trước /, ""))!;
        const due = `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}`;
        const leads = units(lead);
        s.task(r, cells, {
          section: stt.includes(".") ? sub : section,
          lead: leads,
          support: units(support),
          kind: "date",
          due,
          status: statusOf(due, asOf),
        });
        if (leads.length > 1) s.issue(r, "D", "multiple_leads");
      }
      r++;
    });
    const last = r - 1;
    s.put(r + 1, { A: src.after });
    s.merge(`A${r + 1}:E${r + 1}`);
    // Plan year 2020: "năm học 2019-2020" in the title (a bare span: its latest year, decision 18).
    return [s.report(2020, [4], 5, last)];
  },
});

// ---------------------------------------------------------------------------------------------
// 7. KH kiểm tra, giám sát công tác bầu cử (11/2025), BTT UBMTTQ phường Bắc Cam Ranh: a plan that
//    names no unit per item (STT | Nội dung | Thời gian thực hiện only), times written as spans of
//    days with hours, "Đợt 1/2/3" lines, spans bounded by events, 7.1-7.2 under a dated 7.
fixtures.push({
  file: "kh-giam-sat-bau-cu-bac-cam-ranh-2025",
  asOf: "2026-02-05",
  build(wb, asOf) {
    const src = source("kh-giam-sat-bau-cu-bac-cam-ranh-2025");
    const s = new SheetBuilder(wb, "KH giám sát", COLS({ stt: "A", task: "B", deadline: "C" }), { A: 6, B: 80, C: 40 });
    const title = src.title as string[][];
    s.put(1, { A: title[0][0], C: title[0][1] });
    s.put(2, { A: title[1][0], C: title[1][1] });
    s.put(3, { A: title[2][0] });
    s.put(4, { A: title[3][0], C: title[3][1] });
    s.put(6, { A: title[4][0] });
    s.put(7, { A: title[5][0] });
    s.put(8, { A: title[6][0] });
    s.merge("A1:B1", "A2:B2", "A3:B3", "A4:B4", "A6:C6", "A7:C7", "A8:C8");
    const h = src.header as string[];
    s.put(10, { A: h[0], B: h[1], C: h[2] });
    // By hand. A span bounded by events ("Từ khi thành lập đến khi kết thúc …", "Từ ngày thành lập …
    // đến ngày kết thúc …") depends on something else: conditional (README.md).
    const due: Record<string, Deadline> = {
      "1.": { kind: "conditional", due: null },
      "2.": { kind: "date", due: "2026-02-20" },
      "3.": { kind: "date", due: "2026-02-01" },
      "4.": { kind: "date", due: "2026-02-08" },
      "5.": { kind: "date", due: "2026-03-15" },
      "6.": { kind: "date", due: "2026-03-15" },
      "7.": { kind: "date", due: "2026-03-14" },
      "7.1.": { kind: "date", due: "2026-03-14" },
      "7.2.": { kind: "date", due: "2026-03-14" },
      "8.": { kind: "date", due: "2026-03-20" },
      "9.": { kind: "conditional", due: null },
    };
    let r = 11;
    let seven = "";
    for (const [stt, task, time] of src.rows as [string, string, string | null][]) {
      if (stt === "7.") seven = time!;
      const d = due[stt];
      s.task(
        r,
        { A: stt, B: task, C: time },
        { section: null, lead: [], kind: d.kind, due: d.due, status: statusOf(d.due, asOf), text: time ?? seven },
      );
      s.issue(r, null, "missing_lead"); // no responsibility column: the issue is the row's
      if (d.due !== null) s.issue(r, "C", "deadline_outside_plan_year"); // plan year 2031 (decision 18)
      r++;
    }
    s.merge("C17:C19");
    const last = r - 1;
    s.put(r + 2, { A: "Nơi nhận:", C: "TM. BAN THƯỜNG TRỰC" });
    s.put(r + 3, { A: "- BTT UBMTTQVN Tỉnh( B/c),", C: "CHỦ TỊCH" });
    s.put(r + 7, { C: "Phạm Thị Thúy" });
    return [s.report(2031, [10], 11, last)];
  },
});

// ---------------------------------------------------------------------------------------------
// 8. KH 165/KH-UBND (21/11/2025), UBND thành phố Cần Thơ: tasks assigned body by body with no
//    deadline at all; the bodies' column has a header that names no role ("Cơ quan, đơn vị"); one
//    row names two bodies; "Đề nghị" before the Fatherland Front committee.
fixtures.push({
  file: "kh-165-can-tho-dan-so-2025",
  asOf: "2025-12-15",
  build(wb, asOf) {
    const src = source("kh-165-can-tho-dan-so-2025");
    const s = new SheetBuilder(wb, "KH 165", COLS({ stt: "A", lead: "B", task: "C" }), { A: 6, B: 34, C: 100 });
    const title = src.title as string[][];
    s.put(1, { A: title[0][0], C: title[0][1] });
    s.put(2, { A: title[1][0], C: title[1][1] });
    s.put(4, { A: title[2][0] });
    s.put(5, { A: title[3][0] });
    s.put(7, { A: title[4][0] });
    s.merge("A1:B1", "A2:B2", "A4:C4", "A5:C5", "A7:C7");
    const h = src.header as string[];
    s.put(9, { A: h[0], B: h[1], C: h[2] });
    // By hand: the bodies' cells split by the spec; "Đề nghị" is a request, not part of a name (README.md).
    const leads: string[][] = [
      ["Sở Y tế"],
      ["Sở Tài chính"],
      ["Sở Giáo dục và Đào tạo"],
      ["Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Cần Thơ"],
      ["Sở, ban, ngành liên quan"],
      ["Ủy ban nhân dân xã, phường"],
      ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"],
    ];
    const rows = src.rows as [string, string, string][];
    rows.forEach(([stt, unit, tasks], i) => {
      const r = 10 + i;
      s.task(
        r,
        { A: stt, B: unit, C: tasks },
        { section: null, lead: leads[i], kind: "none", due: null, status: statusOf(null, asOf), text: null },
      );
      if (leads[i].length > 1) s.issue(r, "B", "multiple_leads");
    });
    const last = 10 + rows.length - 1;
    s.put(last + 2, { A: "Nơi nhận:", C: "TM. ỦY BAN NHÂN DÂN" });
    s.put(last + 3, { A: "- Văn phòng Chính phủ (để b/c);", C: "KT. CHỦ TỊCH" });
    s.put(last + 4, { C: "PHÓ CHỦ TỊCH" });
    s.put(last + 7, { C: "Nguyễn Thị Ngọc Điệp" });
    // Plan year 2025: the latest year of the title lines ("ngày 21 tháng 11 năm 2025"). No deadline
    // column, so no missing_deadline.
    return [s.report(2025, [9], 10, last)];
  },
});

// ---------------------------------------------------------------------------------------------
// 9. Công điện 234/CĐ-TTg (30/11/2025), Thủ tướng Chính phủ: five paragraphs for the provincial
//    chairs, laid out as a tracking table; a time phrase with two deadlines, paragraphs with none.
fixtures.push({
  file: "cd-234-ttg-2025",
  asOf: "2025-12-02",
  build(wb, asOf) {
    const src = source("cd-234-ttg-2025");
    const s = new SheetBuilder(wb, "CĐ 234", COLS({ stt: "A", task: "B", lead: "C", deadline: "D" }), {
      A: 6,
      B: 80,
      C: 30,
      D: 30,
    });
    const [t1, t2] = src.title as string[];
    s.put(1, { A: t1 });
    s.put(2, { A: t2 });
    s.merge("A1:D1", "A2:D2");
    const h = src.header as string[];
    s.put(4, { A: h[0], B: h[1], C: h[2], D: h[3] });
    // By hand. The addressee is one unit: the pieces after its commas start no unit.
    const due: (Deadline & { text: string | null })[] = [
      { kind: "date", due: "2025-12-01", text: "vào ngày 01/12/2025" },
      { kind: "date", due: "2026-01-31", text: null },
      { kind: "none", due: null, text: null },
      { kind: "date", due: "2025-12-03", text: null },
      { kind: "none", due: null, text: null },
    ];
    const rows = src.rows as [string, string, string | null][];
    rows.forEach(([stt, task, time], i) => {
      const r = 5 + i;
      s.task(
        r,
        { A: stt, B: task, C: i === 0 ? src.lead : null, D: time },
        { section: null, lead: [src.lead], kind: due[i].kind, due: due[i].due, status: statusOf(due[i].due, asOf) },
      );
      if (time === null) s.issue(r, "D", "missing_deadline");
    });
    s.merge(`C5:C${4 + rows.length}`);
    // Plan year 2025: the latest year of the title lines.
    return [s.report(2025, [4], 5, 4 + rows.length)];
  },
});

// ---------------------------------------------------------------------------------------------
// 10. Chỉ thị 012/CT-UBND (26/11/2025), UBND tỉnh Đắk Lắk: headings naming who acts as section
//     rows, tasks a)-i) (Vietnamese letters: no "f"), the bodies merged down beside their tasks, one
//     heading naming two kinds of heads; no deadline in the directive.
fixtures.push({
  file: "ct-012-dak-lak-2025",
  asOf: "2025-12-15",
  build(wb, asOf) {
    const src = source("ct-012-dak-lak-2025");
    const s = new SheetBuilder(wb, "Chỉ thị 012", COLS({ stt: "A", task: "B", lead: "C" }), { A: 6, B: 100, C: 34 });
    const title = src.title as string[][];
    s.put(1, { A: title[0][0], C: title[0][1] });
    s.put(2, { A: title[1][0], C: title[1][1] });
    s.put(4, { A: title[2][0] });
    s.put(5, { A: title[3][0] });
    s.merge("A1:B1", "A2:B2", "A4:C4", "A5:C5");
    const h = src.header as string[];
    s.put(7, { A: h[0], B: h[1], C: h[2] });
    // By hand: the bodies of each heading, split by the spec.
    const leads: string[][] = [
      ["Thủ trưởng các sở, ban, ngành tỉnh", "Chủ tịch UBND các xã, phường"],
      ["Sở Khoa học và Công nghệ"],
      ["Sở Nội vụ"],
      ["Văn phòng UBND tỉnh"],
    ];
    let r = 8;
    (src.groups as { stt: string; unit: string; items: [string, string][] }[]).forEach((g, i) => {
      s.section(r, { A: g.stt, B: g.unit }, 1);
      s.merge(`B${r}:C${r}`);
      r++;
      const first = r;
      for (const [stt, task] of g.items) {
        s.task(
          r,
          { A: stt, B: task, C: r === first ? g.unit : null },
          {
            section: g.stt.replace(/\.$/, ""),
            lead: leads[i],
            kind: "none",
            due: null,
            status: statusOf(null, asOf),
            text: null,
          },
        );
        if (leads[i].length > 1) s.issue(r, "C", "multiple_leads");
        r++;
      }
      if (r - 1 > first) s.merge(`C${first}:C${r - 1}`);
    });
    const last = r - 1;
    s.put(r + 1, { A: "Nơi nhận:", C: "KT. CHỦ TỊCH" });
    s.put(r + 2, { A: "- TT Tỉnh ủy, TT HĐND tỉnh (b/c);", C: "PHÓ CHỦ TỊCH" });
    s.put(r + 5, { C: "Trương Công Thái" });
    // Plan year 2025 (the title lines' latest year); no deadline column.
    return [s.report(2025, [7], 8, last)];
  },
});

async function main(): Promise<void> {
  const dir = __dirname;
  for (const f of fixtures) {
    const wb = new ExcelJS.Workbook();
    wb.creator = "kiem-tra-ke-hoach fixtures";
    wb.created = new Date(Date.UTC(2025, 0, 1));
    wb.modified = wb.created;
    const sheets = f.build(wb, f.asOf);
    await wb.xlsx.writeFile(join(dir, `${f.file}.xlsx`));
    const report = { format: 1, file: `${f.file}.xlsx`, asOf: f.asOf, dueSoonDays: 7, sheets };
    writeFileSync(join(dir, `${f.file}.expected.json`), JSON.stringify(report, null, 2) + "\n");
    console.log(`${f.file}.xlsx`);
  }
}

void main();
