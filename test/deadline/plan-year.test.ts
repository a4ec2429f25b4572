import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { detectPlanYear, detectPlanSpan, allowedDueRange, explicitYears, parseDeadline } from "../../src/core/deadline";

describe("detectPlanYear", () => {
  const base = { titleLines: [] as string[], sheetName: "Sheet1", deadlineTexts: [] as string[], asOfYear: 2030 };

  it("takes the latest year the title lines name", () => {
    const titleLines = [
      "KẾ HOẠCH Triển khai Nghị quyết 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị",
      "(Kèm theo Kế hoạch số 12/KH-UBND ngày 01 tháng 01 năm 2025)",
    ];
    expect(detectPlanYear({ ...base, titleLines })).toBe(2025);
    expect(detectPlanYear({ ...base, titleLines: ["(Kèm theo Kế hoạch số 607/KH-KKTKCN ngày 12/9/2025)"] })).toBe(2025);
    expect(detectPlanYear({ ...base, titleLines: ["Kế hoạch ngày 12/9/25"] })).toBe(2025);
  });
  it("does not read document numbers as years", () => {
    expect(detectPlanYear({ ...base, titleLines: ["Thực hiện Quyết định số 2050/QĐ-UBND ngày 3/2/2024", "NĂM 2024"] })).toBe(2024);
  });
  it("reads a 'giai đoạn' span as its first year; a bare span as two years", () => {
    expect(detectPlanYear({ ...base, titleLines: ["KẾ HOẠCH giai đoạn 2026 - 2030"] })).toBe(2026);
    expect(detectPlanYear({ ...base, titleLines: ["KE HOACH GIAI DOAN 2026-2030"] })).toBe(2026);
    expect(detectPlanYear({ ...base, titleLines: ["Kế hoạch 2026 - 2030"] })).toBe(2030);
    expect(detectPlanYear({ ...base, titleLines: ["Nghị quyết giai đoạn 2021-2025", "Kế hoạch năm 2026"] })).toBe(2026);
  });
  it("reads realistic title blocks", () => {
    const cases: [string[], number][] = [
      [["KẾ HOẠCH", "Thực hiện công tác cải cách hành chính năm 2026", "(Ban hành kèm theo Quyết định số 123/QĐ-UBND ngày 30/12/2025 của UBND huyện)"], 2026],
      [["KẾ HOẠCH", "Cải cách hành chính giai đoạn 2026-2030", "(Kèm theo Quyết định số 45/QĐ-UBND ngày 15/01/2026)"], 2026],
      [["ỦY BAN NHÂN DÂN HUYỆN KRÔNG PA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Krông Pa, ngày 11 tháng 8 năm 2020"], 2020],
      [["PHỤ LỤC", "NHIỆM VỤ, GIẢI PHÁP THỰC HIỆN NĂM 2025", "(Kèm theo Kế hoạch số 607/KH-KKTKCN ngày 12/9/2025 của Ban Quản lý)"], 2025],
      [["KẾ HOẠCH thực hiện Nghị quyết số 04/2021/NQ-HĐND năm 2025"], 2025],
      [["Kế hoạch năm 2025", "(Kèm theo Quyết định 2050/QĐ-UBND ngày 12/12/2024)"], 2025],
      [["KE HOACH CAI CACH HANH CHINH NAM 2026", "(Kem theo Quyet dinh so 123/QD-UBND ngay 30/12/2025)"], 2026],
      [["Kế hoạch giai đoạn 2021 - 2025 và năm 2026"], 2026],
      [["KẾ HOẠCH Phát triển KT-XH 5 năm giai đoạn 2026 – 2030"], 2026],
      [["Kế hoạch thực hiện Chỉ thị 05-CT/TW năm 2025"], 2025],
      [["Kế hoạch số 12/KH-UBND ngày 05 tháng 01 năm 2026 về công tác CCHC"], 2026],
      [["KẾ HOẠCH KIỂM TRA CÔNG TÁC NỘI VỤ NĂM 2026", "Căn cứ Quyết định số 1500/QĐ-UBND"], 2026],
      [["KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH 2025 - 2026"], 2026],
      [["Kế hoạch từ năm 2025 đến năm 2030"], 2030],
    ];
    for (const [titleLines, year] of cases) expect([titleLines, detectPlanYear({ ...base, titleLines })]).toEqual([titleLines, year]);
    expect(detectPlanYear({ ...base, titleLines: ["Kế hoạch triển khai Luật số 47/2019/QH14"] })).toBe(2030); // no year: asOf
  });
  it("reads a horizon ('định hướng đến năm 2030', 'tầm nhìn 2045') only when the title names no other year", () => {
    expect(detectPlanYear({ ...base, titleLines: ["KẾ HOẠCH Chuyển đổi số năm 2025, định hướng đến năm 2030"] })).toBe(2025);
    expect(
      detectPlanYear({ ...base, titleLines: ["Kế hoạch thực hiện Chiến lược phát triển đến năm 2030, tầm nhìn đến năm 2045 trên địa bàn tỉnh năm 2026"] }),
    ).toBe(2026);
    expect(detectPlanYear({ ...base, titleLines: ["Kế hoạch năm 2026 thực hiện Đề án đến năm 2030", "(Kèm theo Quyết định số 5/QĐ-UBND ngày 05/01/2026)"] })).toBe(2026);
    expect(detectPlanYear({ ...base, titleLines: ["Kế hoạch thực hiện Chiến lược đến năm 2030, tầm nhìn 2045"] })).toBe(2045);
  });
  it("then reads the sheet name", () => {
    for (const [sheetName, year] of [["KH 2026", 2026], ["PL1_2026", 2026], ["KH2026", 2026], ["Phụ lục (2025)", 2025], ["Năm 2025-2026", 2026], ["CCHC 25", 2030]] as const) {
      expect([sheetName, detectPlanYear({ ...base, sheetName })]).toEqual([sheetName, year]);
    }
    expect(detectPlanYear({ ...base, sheetName: "KH rủi ro 2025" })).toBe(2025);
  });
  it("then the most frequent explicit year of the deadlines (earliest on a tie), ignoring references", () => {
    const deadlineTexts = ["Quý III/2025", "Trước 30/9/2025", "Tháng 1/2026", "Quý IV", "Theo Kế hoạch số 1/KH-UBND ngày 2/1/2026", "Thường xuyên"];
    expect(detectPlanYear({ ...base, deadlineTexts })).toBe(2025);
    expect(detectPlanYear({ ...base, deadlineTexts: ["Tháng 1/2026", "Tháng 12/2025"] })).toBe(2025);
  });
  it("else the year of asOf", () => {
    expect(detectPlanYear({ ...base, deadlineTexts: ["Thường xuyên", "Quý IV"] })).toBe(2030);
  });
});

describe("detectPlanSpan and allowedDueRange", () => {
  it("gives the span of the plan year", () => {
    expect(detectPlanSpan(["KẾ HOẠCH giai đoạn 2026 - 2030"])).toEqual({ first: 2026, last: 2030 });
    expect(detectPlanSpan(["giai đoạn từ năm 2026 đến năm 2030"])).toEqual({ first: 2026, last: 2030 });
    expect(detectPlanSpan(["Kế hoạch năm 2025"])).toBeNull();
    expect(detectPlanSpan(["Nghị quyết giai đoạn 2021-2025", "Kế hoạch năm 2026"])).toBeNull();
  });
  it("allows the plan year and the year after, or the whole span and the year after", () => {
    expect(allowedDueRange(2025, null)).toEqual({ from: "2025-01-01", to: "2026-12-31" });
    expect(allowedDueRange(2026, { first: 2026, last: 2030 })).toEqual({ from: "2026-01-01", to: "2031-12-31" });
  });
});

describe("explicitYears", () => {
  it("lists the years a deadline writes, not those of references nor the plan year", () => {
    expect(explicitYears("Trước 30/6/2025 (theo Kế hoạch số 10/KH-UBND ngày 08/01/2026)")).toEqual([2025]);
    expect(explicitYears("Quý IV")).toEqual([]);
    expect(explicitYears("Quý I năm sau")).toEqual([]);
    expect(explicitYears(null)).toEqual([]);
  });
});

/** The real fixtures: plan year from the title lines above the header, the sheet name, the deadlines. */
describe("plan year of the fixtures", () => {
  const fixtures = ["kh-607-bqlkkt-2025", "kh-34-krongpa-2020", "kh-rui-ro-2025", "kh-khong-dau"];
  it.each(fixtures)("%s", async (name) => {
    const dir = join(__dirname, "..", "fixtures");
    const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, `${name}.xlsx`));
    for (const sheet of expected.sheets.filter((s: { recognized: boolean }) => s.recognized)) {
      const ws = wb.getWorksheet(sheet.sheet)!;
      const titleLines: string[] = [];
      for (let r = 1; r < sheet.table.headerRows[0]; r++) {
        const texts: string[] = [];
        ws.getRow(r).eachCell((c) => texts.push(c.text));
        if (texts.length) titleLines.push(texts.join(" "));
      }
      const deadlineTexts = sheet.items.filter((i: { type: string }) => i.type === "task").map((i: { deadline: { text: string | null } }) => i.deadline.text);
      const asOfYear = Number(expected.asOf.slice(0, 4));
      expect(detectPlanYear({ titleLines, sheetName: sheet.sheet, deadlineTexts, asOfYear })).toBe(sheet.planYear);
      // and every deadline of the fixture reads as the expected report says
      for (const item of sheet.items.filter((i: { type: string }) => i.type === "task")) {
        const r = parseDeadline(item.deadline.text, sheet.planYear);
        expect([item.deadline.text, r.kind, r.due]).toEqual([item.deadline.text, item.deadline.kind, item.deadline.due]);
      }
    }
  });
});
