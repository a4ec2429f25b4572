import { checkSheet, type CellValue } from "../../src/core";
import { OPTS, sheet } from "./helpers";

/** Where a table ends (spec, Items): a prose line after the table, and another table further down. */
const HEADER: CellValue[] = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"];
const tasks = (n: number): CellValue[][] =>
  Array.from({ length: n }, (_, i) => [String(i + 1), `Nhiệm vụ số ${i + 1} của kế hoạch`, "Văn phòng", "Quý IV/2025"]);

describe("where a table ends", () => {
  test("an empty row, then one merged sentence without STT ('Đề nghị các đơn vị …'), ends the table; it is no section", () => {
    const rows: CellValue[][] = [
      ["KẾ HOẠCH NĂM 2025"],
      HEADER,
      ...tasks(4),
      [null, null, null, null],
      ["Đề nghị các đơn vị, cá nhân liên quan chịu trách nhiệm triển khai thực hiện đúng thời hạn.", null, null, null],
    ];
    const r = checkSheet(sheet(rows, { merges: ["A8:D8"] }), OPTS);
    expect(r.table?.lastRow).toBe(6);
    expect(r.items.filter((i) => i.type === "section")).toEqual([]);
    expect(r.items).toHaveLength(4);
  });

  test("'Đề xuất kiến nghị: …' after the table ends it too", () => {
    const rows: CellValue[][] = [
      HEADER,
      ...tasks(3),
      [null, null, null, null],
      ["Đề xuất kiến nghị: bổ sung kinh phí cho các nhiệm vụ phát sinh trong năm", null, null, null],
    ];
    const r = checkSheet(sheet(rows), OPTS);
    expect(r.table?.lastRow).toBe(4);
    expect(r.items).toHaveLength(3);
  });

  test("a section title after an empty row stays in the table", () => {
    const rows: CellValue[][] = [
      HEADER,
      ["I", "CÔNG TÁC CHỈ ĐẠO", null, null],
      ...tasks(2),
      [null, null, null, null],
      ["II", "CÔNG TÁC TUYÊN TRUYỀN", null, null],
      ...tasks(2).map((r) => [String(Number(r[0]) + 2), ...r.slice(1)]),
    ];
    const r = checkSheet(sheet(rows), OPTS);
    expect(r.table?.lastRow).toBe(8);
    expect(r.items.filter((i) => i.type === "section")).toHaveLength(2);
  });

  test("a second, different table further down is not run into the first; the reason says it follows", () => {
    const rows: CellValue[][] = [
      HEADER,
      ...tasks(3),
      [null, null, null, null],
      ["DANH SÁCH THÀNH VIÊN TỔ GIÚP VIỆC", null, null, null],
      ["STT", "Họ và tên", "Chức vụ", "Đơn vị"],
      ["1", "Nguyễn Văn An", "Phó Giám đốc", "Sở Nội vụ"],
      ["2", "Trần Thị Bình", "Chuyên viên", "Văn phòng Sở"],
    ];
    const r = checkSheet(sheet(rows), OPTS);
    expect(r.recognized).toBe(true);
    expect(r.table?.lastRow).toBe(4);
    expect(r.items).toHaveLength(3);
    expect(r.reason).toMatch(/bảng khác từ dòng 7/);
  });

  test("the header repeated after a page break is no other table", () => {
    const rows: CellValue[][] = [
      HEADER,
      ...tasks(3),
      [null, null, null, null],
      HEADER,
      ...tasks(2).map((r) => [String(Number(r[0]) + 3), ...r.slice(1)]),
    ];
    const r = checkSheet(sheet(rows), OPTS);
    expect(r.reason).toBeNull();
    expect(r.items.filter((i) => i.type === "task")).toHaveLength(5);
  });
});
