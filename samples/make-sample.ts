/**
 * Writes samples/ke-hoach-mau.xlsx: a plausible plan appendix of a commune People's Committee
 * (UBND xã) for 2026, with a title block, a one-row header, the column-number row, Roman sections,
 * ~30 tasks (some with sub-items), a signature block, and a few defects for the checker to find.
 *
 *   npx tsx samples/make-sample.ts            (writes samples/ke-hoach-mau.xlsx)
 *
 * Best checked on 15/06/2026 (`--as-of 2026-06-15`): it then shows every status.
 * The plan, its number and the commune are invented.
 */
import ExcelJS from "exceljs";
import * as path from "path";
import { estimateLines, rowHeightFor } from "../src/core/summary";

/** The height a table row needs for its wrapped text (Excel does not fit rows of a written file). */
export function fittedHeight(texts: readonly (string | null)[], widths: readonly number[], bold = false): number {
  let lines = 1;
  texts.forEach((t, i) => {
    if (t) lines = Math.max(lines, estimateLines(t, widths[i], { bold }));
  });
  return rowHeightFor(lines);
}

type Deadline = string | Date | null;
interface Task {
  stt: string | number;
  task: string;
  lead: string | null;
  support: string;
  deadline: Deadline;
  output: string | null;
  status?: string | number | { formula: string; result: { error: string } };
}
interface Section {
  stt: string;
  title: string;
  tasks: Task[];
}

const d = (day: number, month: number) => new Date(Date.UTC(2026, month - 1, day));

const SECTIONS: Section[] = [
  {
    stt: "I",
    title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
    tasks: [
      { stt: 1, task: "Ban hành Kế hoạch cải cách hành chính năm 2026 của xã", lead: "Văn phòng UBND xã", support: "Các phòng chuyên môn", deadline: "Trước ngày 31/01/2026", output: "Kế hoạch của UBND xã", status: "Đã hoàn thành" },
      { stt: 2, task: "Kiểm tra công tác cải cách hành chính tại các thôn, tổ dân phố", lead: "Văn phòng UBND xã", support: "Phòng Kinh tế", deadline: "Quý II/2026", output: "Báo cáo kết quả kiểm tra", status: "Đang thực hiện" },
      { stt: 3, task: "Báo cáo định kỳ công tác cải cách hành chính", lead: "Văn phòng UBND xã", support: "Các phòng chuyên môn", deadline: "Định kỳ hằng quý", output: "Báo cáo quý" },
      { stt: 4, task: "Tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm", lead: "Văn phòng UBND xã", support: "Các phòng chuyên môn", deadline: d(20, 6), output: "Báo cáo sơ kết", status: "Đang chuẩn bị" },
    ],
  },
  {
    stt: "II",
    title: "CẢI CÁCH THỂ CHẾ",
    tasks: [
      { stt: 1, task: "Rà soát văn bản quy phạm pháp luật do HĐND, UBND xã ban hành", lead: "Phòng Văn hóa - Xã hội", support: "Văn phòng UBND xã", deadline: "Trước ngày 30/4/2026", output: "Danh mục văn bản rà soát" },
      { stt: 2, task: "Theo dõi tình hình thi hành pháp luật trên địa bàn xã", lead: "Văn phòng UBND xã", support: "Công an xã", deadline: "Thường xuyên", output: "Báo cáo theo dõi thi hành pháp luật" },
      // Defect: no lead unit.
      { stt: 3, task: "Tuyên truyền, phổ biến văn bản pháp luật mới cho người dân", lead: null, support: "Đoàn Thanh niên, Hội Phụ nữ xã", deadline: "Tháng 5/2026", output: "Các buổi tuyên truyền", status: 0.6 },
    ],
  },
  {
    stt: "III",
    title: "CẢI CÁCH THỦ TỤC HÀNH CHÍNH",
    tasks: [
      { stt: 1, task: "Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa", lead: "Văn phòng UBND xã", support: "", deadline: "Trước ngày 15/02/2026", output: "Bảng niêm yết", status: "Hoàn thành 100%" },
      { stt: 2, task: "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", lead: "Bộ phận Một cửa", support: "Văn phòng UBND xã", deadline: "6 tháng đầu năm 2026", output: "Hồ sơ được số hóa", status: "Đang thực hiện" },
      { stt: 3, task: "Tiếp nhận, giải quyết phản ánh, kiến nghị của người dân về thủ tục hành chính", lead: "Văn phòng UBND xã", support: "Các phòng chuyên môn", deadline: "Khi có phản ánh, kiến nghị", output: "Văn bản trả lời" },
      // Defect: the same number twice.
      { stt: 3, task: "Đánh giá chất lượng giải quyết thủ tục hành chính", lead: "Văn phòng UBND xã", support: "Bộ phận Một cửa", deadline: "Trước ngày 30/11/2026", output: "Báo cáo đánh giá" },
      // Defect: a date that does not exist.
      { stt: 5, task: "Cập nhật quy trình nội bộ giải quyết thủ tục hành chính lên hệ thống", lead: "Bộ phận Một cửa", support: "", deadline: "Trước ngày 31/06/2026", output: "Quy trình được cập nhật" },
    ],
  },
  {
    stt: "IV",
    title: "CẢI CÁCH TỔ CHỨC BỘ MÁY VÀ CHẾ ĐỘ CÔNG VỤ",
    tasks: [
      { stt: 1, task: "Rà soát, sắp xếp vị trí việc làm của cán bộ, công chức xã", lead: "Phòng Văn hóa - Xã hội", support: "Văn phòng UBND xã", deadline: d(31, 3), output: "Đề án vị trí việc làm", status: "Đã hoàn thành" },
      { stt: 2, task: "Đánh giá, xếp loại chất lượng cán bộ, công chức năm 2026", lead: "Phòng Văn hóa - Xã hội", support: "Các phòng chuyên môn", deadline: "Tháng 12/2026", output: "Kết quả đánh giá, xếp loại" },
      // Defect: no deadline.
      { stt: 3, task: "Cử cán bộ, công chức tham gia bồi dưỡng kỹ năng, nghiệp vụ", lead: "Phòng Văn hóa - Xã hội", support: "", deadline: null, output: "Danh sách cử đi bồi dưỡng" },
      { stt: 4, task: "Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính", lead: "Văn phòng UBND xã, Phòng Văn hóa - Xã hội", support: "", deadline: "Quý III/2026", output: "Thông báo kết quả kiểm tra" },
    ],
  },
  {
    stt: "V",
    title: "CẢI CÁCH TÀI CHÍNH CÔNG",
    tasks: [
      { stt: 1, task: "Công khai dự toán, quyết toán ngân sách xã theo quy định", lead: "Phòng Kinh tế", support: "Văn phòng UBND xã", deadline: "Theo quy định", output: "Văn bản công khai", status: "Đã công khai dự toán" },
      { stt: 2, task: "Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp", lead: "Phòng Kinh tế", support: "Trung tâm Dịch vụ tổng hợp", deadline: d(10, 6), output: "Phương án tự chủ", status: "Đang thực hiện" },
      // Defect: the status cell holds an Excel error.
      { stt: 3, task: "Quản lý, sử dụng tài sản công đúng mục đích, tiết kiệm", lead: "Phòng Kinh tế", support: "", deadline: "Năm 2026", output: "Báo cáo tài sản công", status: { formula: "VLOOKUP(\"Tài sản công\",A1:A2,1,FALSE)", result: { error: "#N/A" } } },
    ],
  },
  {
    stt: "VI",
    title: "XÂY DỰNG CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ",
    tasks: [
      { stt: 1, task: "Duy trì hệ thống quản lý văn bản và điều hành", lead: "Văn phòng UBND xã", support: "", deadline: "Thường xuyên trong năm", output: "Văn bản điện tử được xử lý trên hệ thống" },
      { stt: 2, task: "Triển khai thanh toán trực tuyến phí, lệ phí thủ tục hành chính", lead: "Bộ phận Một cửa", support: "Phòng Kinh tế", deadline: "Trước ngày 18/6/2026", output: "Tỷ lệ hồ sơ thanh toán trực tuyến", status: "Chưa hoàn thành" },
      { stt: 3, task: "Nâng cấp Trang thông tin điện tử của xã", lead: "Văn phòng UBND xã", support: "Trung tâm Dịch vụ tổng hợp", deadline: "Quý IV/2026", output: "Trang thông tin được nâng cấp" },
      { stt: 4, task: "Tập huấn kỹ năng số cho cán bộ, công chức và Tổ công nghệ số cộng đồng", lead: "Văn phòng UBND xã", support: "Đoàn Thanh niên", deadline: "Tháng 7/2026", output: null },
      { stt: "4.1", task: "Tập huấn cho cán bộ, công chức xã", lead: "Văn phòng UBND xã", support: "", deadline: "Trước ngày 15/7/2026", output: "Danh sách học viên" },
      { stt: "4.2", task: "Tập huấn cho Tổ công nghệ số cộng đồng ở các thôn", lead: "Đoàn Thanh niên", support: "Các thôn, tổ dân phố", deadline: "Trước ngày 31/7/2026", output: "Danh sách học viên" },
      // Defect: the deadline cell holds a requirement, not a time.
      { stt: 5, task: "Bảo đảm an toàn thông tin mạng trong hoạt động của cơ quan", lead: "Văn phòng UBND xã", support: "Công an xã", deadline: "Phải có phương án dự phòng dữ liệu", output: "Phương án bảo đảm an toàn thông tin" },
      { stt: 6, task: "Cập nhật dữ liệu dân cư phục vụ giải quyết thủ tục hành chính", lead: "Công an xã", support: "Bộ phận Một cửa", deadline: d(30, 9), output: "Dữ liệu được cập nhật" },
    ],
  },
  {
    stt: "VII",
    title: "THÔNG TIN, TUYÊN TRUYỀN VÀ ĐÁNH GIÁ",
    tasks: [
      { stt: 1, task: "Tuyên truyền cải cách hành chính trên hệ thống loa truyền thanh xã", lead: "Trung tâm Dịch vụ tổng hợp", support: "Các thôn, tổ dân phố", deadline: "Hằng tháng", output: "Tin, bài tuyên truyền" },
      { stt: 2, task: "Khảo sát sự hài lòng của người dân đối với dịch vụ hành chính công", lead: "Văn phòng UBND xã", support: "Mặt trận Tổ quốc xã", deadline: "Trước ngày 15/10/2026", output: "Báo cáo kết quả khảo sát" },
      { stt: 3, task: "Tổng kết công tác cải cách hành chính năm 2026", lead: "Văn phòng UBND xã", support: "Các phòng chuyên môn", deadline: "Trước ngày 15/12/2026", output: "Báo cáo tổng kết" },
    ],
  },
];

const FONT = "Times New Roman";
const COLUMNS = ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm", "Tình hình thực hiện"];
const WIDTHS = [6, 48, 24, 24, 20, 28, 20];

export async function makeSample(outFile: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kiểm tra Kế hoạch (tệp mẫu)";
  wb.created = new Date(Date.UTC(2026, 0, 20));
  wb.modified = wb.created;
  const ws = wb.addWorksheet("Phụ lục", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "8:8" },
    views: [{ state: "frozen", ySplit: 9 }],
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const base: Partial<ExcelJS.Font> = { name: FONT, size: 12 };

  const put = (address: string, value: ExcelJS.CellValue, font: Partial<ExcelJS.Font> = {}, align: Partial<ExcelJS.Alignment> = {}) => {
    const cell = ws.getCell(address);
    cell.value = value;
    cell.font = { ...base, ...font };
    cell.alignment = { vertical: "middle", wrapText: true, ...align };
    return cell;
  };

  // Title block.
  ws.mergeCells("A1:C1");
  put("A1", "ỦY BAN NHÂN DÂN", { bold: true }, { horizontal: "center" });
  ws.mergeCells("A2:C2");
  put("A2", "XÃ HÒA AN", { bold: true }, { horizontal: "center" });
  ws.mergeCells("D1:G1");
  put("D1", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true }, { horizontal: "center" });
  ws.mergeCells("D2:G2");
  put("D2", "Độc lập - Tự do - Hạnh phúc", { bold: true, italic: true }, { horizontal: "center" });
  ws.mergeCells("A4:G4");
  put("A4", "PHỤ LỤC", { bold: true, size: 14 }, { horizontal: "center" });
  ws.mergeCells("A5:G5");
  put("A5", "NHIỆM VỤ TRỌNG TÂM THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2026", { bold: true, size: 14 }, { horizontal: "center" });
  ws.getRow(5).height = 22;
  ws.mergeCells("A6:G6");
  put("A6", "(Kèm theo Kế hoạch số 15/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân xã Hòa An)", { italic: true }, { horizontal: "center" });

  const border: Partial<ExcelJS.Borders> = {
    top: { style: "thin" },
    left: { style: "thin" },
    bottom: { style: "thin" },
    right: { style: "thin" },
  };
  const tableRow = (rowNumber: number, values: ExcelJS.CellValue[], font: Partial<ExcelJS.Font> = {}, center = false) => {
    const row = ws.getRow(rowNumber);
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      cell.value = v;
      cell.font = { ...base, ...font };
      cell.border = border;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: center || i === 0 ? "center" : "left" };
    });
    return row;
  };

  // Header and the column-number row.
  tableRow(8, COLUMNS, { bold: true }, true).height = 32;
  tableRow(9, COLUMNS.map((_, i) => `(${i + 1})`), { italic: true }, true);

  let r = 10;
  for (const section of SECTIONS) {
    tableRow(r, [section.stt, section.title, null, null, null, null, null], { bold: true }).height = fittedHeight(
      [section.stt, section.title],
      [WIDTHS[0], WIDTHS.slice(1).reduce((a, b) => a + b, 0)],
      true,
    );
    ws.mergeCells(r, 2, r, 7);
    r++;
    for (const t of section.tasks) {
      const row = tableRow(r, [t.stt, t.task, t.lead, t.support || null, t.deadline, t.output, (t.status ?? null) as ExcelJS.CellValue]);
      if (t.deadline instanceof Date) {
        row.getCell(5).numFmt = "dd/mm/yyyy";
        row.getCell(5).alignment = { vertical: "middle", horizontal: "center" };
      }
      if (typeof t.status === "number") row.getCell(7).numFmt = "0%";
      const shown = [String(t.stt), t.task, t.lead, t.support || null, typeof t.deadline === "string" ? t.deadline : null, t.output, typeof t.status === "string" ? t.status : null];
      row.height = fittedHeight(shown, WIDTHS);
      if (typeof t.stt === "string" && t.stt.includes(".")) row.getCell(2).font = { ...base, italic: true };
      r++;
    }
  }

  // Signature block.
  r += 1;
  put(`A${r}`, "Nơi nhận:", { bold: true, italic: true, size: 11 });
  ws.mergeCells(`E${r}:G${r}`);
  put(`E${r}`, "TM. ỦY BAN NHÂN DÂN", { bold: true }, { horizontal: "center" });
  put(`A${r + 1}`, "- UBND tỉnh (b/c);", { size: 11 }, { wrapText: false });
  ws.mergeCells(`E${r + 1}:G${r + 1}`);
  put(`E${r + 1}`, "CHỦ TỊCH", { bold: true }, { horizontal: "center" });
  put(`A${r + 2}`, "- Các phòng chuyên môn;", { size: 11 }, { wrapText: false });
  put(`A${r + 3}`, "- Lưu: VT.", { size: 11 }, { wrapText: false });
  ws.mergeCells(`E${r + 5}:G${r + 5}`);
  put(`E${r + 5}`, "Nguyễn Văn An", { bold: true }, { horizontal: "center" });

  await wb.xlsx.writeFile(outFile);
}

if (require.main === module) {
  const out = path.join(__dirname, "ke-hoach-mau.xlsx");
  makeSample(out).then(
    () => console.log(`Đã ghi ${path.relative(process.cwd(), out)}`),
    (e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    }
  );
}
