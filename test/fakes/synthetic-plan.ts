import type { CellValue } from "../../src/core/snapshot";
import { FakeWorkbook } from "./excel-fake";

/**
 * A synthetic plan sheet of `tasks` task rows (title, header, a section every 2,500 tasks, numbers running on), in a fake
 * workbook: deadlines spread over the year, a status column with some done tasks, a few empty
 * leads (errors to mark). For sync-count tests and the benchmark.
 */
export interface SyntheticOptions {
  /**
   * Mixed formatting, as plans typed by hand have it: a different fill on every other cell of the
   * task rows (6 colours), thin or medium borders on every cell, and `merges` merged areas (the
   * section rows across the table, and pairs of STT cells). Default: plain cells, no merges.
   */
  mixed?: boolean;
  merges?: number;
}

const FILLS = ["#FFF2CC", "#E2EFDA", "#DDEBF7", "#FCE4D6", "#EDEDED", "#D9E1F2"];

export function syntheticPlanWorkbook(
  tasks: number,
  sheetName = "Kế hoạch",
  options: SyntheticOptions = {},
): FakeWorkbook {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet(sheetName);
  const units = [
    "Văn phòng",
    "Phòng Nội vụ",
    "Phòng Tư pháp",
    "Phòng Tài chính - Kế hoạch",
    "Trung tâm Văn hóa Thông tin và Thể thao",
  ];
  const put = (r: number, c: number, v: CellValue) => {
    if (v === null) return;
    const cell = sheet.ensure(r, c);
    if (typeof v === "object") cell.err = v.error;
    else cell.v = v;
  };
  put(1, 1, "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2025");
  ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Sản phẩm", "Tình hình thực hiện"].forEach(
    (h, i) => put(3, i + 1, h),
  );
  let r = 4;
  let section = 0;
  for (let i = 0; i < tasks; i++) {
    if (i % 2500 === 0) {
      section++;
      put(r, 1, roman(section));
      put(r, 2, `Nhóm nhiệm vụ ${section}`);
      r++;
    }
    const month = (i % 12) + 1;
    const day = (i % 27) + 1;
    put(r, 1, i + 1);
    put(
      r,
      2,
      i % 97 === 5
        ? "- Rà soát, cập nhật danh mục"
        : `Thực hiện nhiệm vụ số ${i + 1} về cải cách thủ tục hành chính và chuyển đổi số`,
    );
    put(r, 3, i % 211 === 7 ? null : units[i % units.length]);
    put(r, 4, i % 9 === 3 ? "Thường xuyên" : `Trước ngày ${day}/${month}/2025`);
    put(r, 5, "Báo cáo kết quả");
    put(r, 6, i % 5 === 0 ? "Đã hoàn thành" : i % 5 === 1 ? "Đang thực hiện" : null);
    r++;
  }
  if (options.mixed) {
    const last = r - 1;
    for (let row = 4; row <= last; row++)
      for (let c = 1; c <= 6; c++) {
        const cell = sheet.ensure(row, c);
        if ((row + c) % 2 === 0) cell.fill = FILLS[(row * 7 + c) % FILLS.length];
        const edge = { style: "Continuous", color: "#000000", weight: (row + c) % 3 === 0 ? "Medium" : "Thin" };
        cell.borders = { EdgeTop: edge, EdgeBottom: edge, EdgeLeft: edge, EdgeRight: edge };
      }
  }
  if (options.merges) {
    // Two-row merges of the "Sản phẩm" column, every third row from the top, up to `merges`.
    for (let row = 5, n = 0; n < options.merges && row + 1 < r; row += 3, n++)
      sheet.merges.push({ top: row, left: 5, bottom: row + 1, right: 5 });
  }
  wb.activeSheet = sheetName;
  return wb;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let s = "";
  for (const [v, l] of table) while (n >= v) ((s += l), (n -= v));
  return s;
}
