import { parseDeadline } from "../../src/core/deadline";

const p = (text: string | null, planYear = 2025) => {
  const r = parseDeadline(text, planYear);
  return [r.kind, r.due];
};

describe("dates", () => {
  it("reads day/month/year with /, - and . and two-digit years", () => {
    expect(p("15/8/2026")).toEqual(["date", "2026-08-15"]);
    expect(p("15-8-2026")).toEqual(["date", "2026-08-15"]);
    expect(p("15.8.2026")).toEqual(["date", "2026-08-15"]);
    expect(p("15 / 8 / 2026")).toEqual(["date", "2026-08-15"]);
    expect(p("05/12/25")).toEqual(["date", "2025-12-05"]);
  });
  it("reads dates in words, with or without diacritics and in any case", () => {
    expect(p("Trước ngày 30 tháng 6 năm 2025")).toEqual(["date", "2025-06-30"]);
    expect(p("TRUOC NGAY 30 THANG 6 NAM 2025")).toEqual(["date", "2025-06-30"]);
    expect(p("ngày 15 tháng 8")).toEqual(["date", "2025-08-15"]);
  });
  it("gives a day without a year the plan year, or the year written after it", () => {
    expect(p("Trước ngày 15/01", 2020)).toEqual(["date", "2020-01-15"]);
    expect(p("Trước ngày 15/01 năm sau", 2025)).toEqual(["date", "2026-01-15"]);
    expect(p("Trước 30/4 năm 2026")).toEqual(["date", "2026-04-30"]);
  });
  it("reads a date cell's displayed text", () => {
    expect(p("01/09/2020", 2020)).toEqual(["date", "2020-09-01"]);
  });
  it("takes the latest of a span of days", () => {
    expect(p("Từ 01/3/2025 đến 30/4/2025")).toEqual(["date", "2025-04-30"]);
    expect(p("Từ ngày 01/10 đến 31/10/2024", 2025)).toEqual(["date", "2024-10-31"]);
  });
  it("marks dates that do not exist as invalid and unparsed", () => {
    for (const t of ["31/02/2025", "31/6/2025", "15/13/2025", "0/5/2025", "Trước ngày 32/1", "Tháng 13/2025"]) {
      expect(parseDeadline(t, 2025)).toMatchObject({ kind: "unparsed", due: null, invalidDate: true });
    }
    expect(parseDeadline("29/02", 2025).invalidDate).toBe(true);
  });
  it("says which date does not exist and which rule read it", () => {
    expect(parseDeadline("Trước ngày 31/02/2025", 2025).invalid).toEqual({
      text: "31/02/2025",
      rule: "numeric date",
      day: 31,
      month: 2,
      year: 2025,
    });
    expect(parseDeadline("Ngày 30 tháng 2 năm 2026", 2025).invalid).toMatchObject({ rule: "date in words", day: 30, month: 2 });
    expect(parseDeadline("Tháng 13/2025", 2025).invalid).toMatchObject({ rule: "month", month: 13, year: 2025 });
    expect(parseDeadline("29/02", 2025).invalid).toMatchObject({ text: "29/02", day: 29, month: 2, year: null });
    expect(parseDeadline("31/12/2025", 2025).invalid).toBeUndefined();
    expect(p("29/02", 2024)).toEqual(["date", "2024-02-29"]);
  });
  it("is not fooled by numbers that are no dates", () => {
    expect(p("1.000 hồ sơ")).toEqual(["unparsed", null]);
    expect(p("Trong 2-3 ngày")).toEqual(["unparsed", null]);
    expect(p("Hoàn thành 80%")).toEqual(["unparsed", null]);
  });
});

describe("periods", () => {
  it("reads months, with year by /, -, năm, or two digits", () => {
    expect(p("Tháng 9/2020", 2020)).toEqual(["period", "2020-09-30"]);
    expect(p("Tháng 8-2025")).toEqual(["period", "2025-08-31"]);
    expect(p("Tháng 9/25")).toEqual(["period", "2025-09-30"]);
    expect(p("Tháng 12 năm nay", 2026)).toEqual(["period", "2026-12-31"]);
    expect(p("06/2025")).toEqual(["period", "2025-06-30"]);
  });
  it("reads lists and spans of months, the last one counting", () => {
    expect(p("tháng 10, 11/2025")).toEqual(["period", "2025-11-30"]);
    expect(p("Từ tháng 3 đến tháng 5 năm 2025", 2026)).toEqual(["period", "2025-05-31"]);
    expect(p("Từ tháng 3 đến hết tháng 5/2026")).toEqual(["period", "2026-05-31"]);
    expect(p("Từ tháng 11/2025 đến tháng 2/2026")).toEqual(["period", "2026-02-28"]);
  });
  it("reads quarters in Roman and Arabic numbers, lists and Q3", () => {
    expect(p("Quý I, II/2025")).toEqual(["period", "2025-06-30"]);
    expect(p("Quý III - IV/2025")).toEqual(["period", "2025-12-31"]);
    expect(p("Hoàn thành trong Quý IV/2025")).toEqual(["period", "2025-12-31"]);
    expect(p("Quý 1 năm 2026")).toEqual(["period", "2026-03-31"]);
    expect(p("Q3/2025")).toEqual(["period", "2025-09-30"]);
    expect(p("Quý I năm sau")).toEqual(["period", "2026-03-31"]);
    expect(p("Cuối quý III")).toEqual(["period", "2025-09-30"]);
    expect(p("Quí III/2025")).toEqual(["period", "2025-09-30"]);
    expect(p("Quý II-2025")).toEqual(["period", "2025-06-30"]);
    expect(p("Trong Quý III và Quý IV năm 2025")).toEqual(["period", "2025-12-31"]);
  });
  it("reads halves and the first months of a year", () => {
    expect(p("6 tháng đầu năm")).toEqual(["period", "2025-06-30"]);
    expect(p("Sáu tháng cuối năm 2025")).toEqual(["period", "2025-12-31"]);
    expect(p("Nửa cuối năm 2026")).toEqual(["period", "2026-12-31"]);
    expect(p("9 tháng đầu năm 2025")).toEqual(["period", "2025-09-30"]);
  });
  it("reads years and spans of years", () => {
    expect(p("Năm 2025-2026")).toEqual(["period", "2026-12-31"]);
    expect(p("Giai đoạn 2025-2030")).toEqual(["period", "2030-12-31"]);
    expect(p("Hết năm 2025")).toEqual(["period", "2025-12-31"]);
    expect(p("Năm nay", 2026)).toEqual(["period", "2026-12-31"]);
  });
});

describe("several dates in a cell", () => {
  it("takes the latest, with its kind", () => {
    expect(p("Trước 15/8; trước 20/9")).toEqual(["date", "2025-09-20"]);
    expect(p("Quý IV năm 2025 và Quý I năm 2026")).toEqual(["period", "2026-03-31"]);
    expect(p("Trước 30/9/2025, báo cáo trong Quý III/2025")).toEqual(["date", "2025-09-30"]);
  });
  it("prefers date, then period, then recurring on the same day", () => {
    expect(p("Tháng 12/2025; trước 31/12/2025")).toEqual(["date", "2025-12-31"]);
    expect(p("Trước 31/12 hằng năm; năm 2025")).toEqual(["period", "2025-12-31"]);
  });
  it("lets a day or period beat recurring wording, and recurring beat conditional", () => {
    expect(p("Trước 31/12/2025 và hằng năm")).toEqual(["date", "2025-12-31"]);
    expect(p("Thường xuyên trong năm 2025")).toEqual(["period", "2025-12-31"]);
    expect(p("Thường xuyên theo quy định")).toEqual(["recurring", null]);
  });
});

describe("recurring", () => {
  it("reads recurring wording", () => {
    for (const t of ["Trước ngày 5 của tháng đầu quý sau", "Hằng tuần", "Hàng quý", "Mỗi tháng", "Định kỳ 6 tháng", "2 lần/năm", "6 tháng/lần", "Liên tục", "Từ năm 2026 trở đi", "Trực 24/7"]) {
      expect(p(t)).toEqual(["recurring", null]);
    }
  });
  it("gives a day of every quarter's last month its last occurrence in the plan year, like a monthly day", () => {
    expect(p("Trước ngày 25 của tháng cuối quý")).toEqual(["recurring", "2025-12-25"]);
    expect(p("Hàng quý vào ngày 15 tháng cuối quý", 2026)).toEqual(["recurring", "2026-12-15"]);
  });
  it("reads a day without a month as a monthly day when the cell says 'hằng tháng' elsewhere", () => {
    expect(p("Hằng tháng, trước ngày 25")).toEqual(["recurring", "2025-12-25"]);
    expect(p("Định kỳ hằng tháng (trước ngày 20)")).toEqual(["recurring", "2025-12-20"]);
    expect(p("Trước ngày 25")).toEqual(["unparsed", null]);
  });
  it("gives a recurring day or period its occurrence in the plan year", () => {
    expect(p("Chậm nhất ngày 15/12 hằng năm")).toEqual(["recurring", "2025-12-15"]);
    expect(p("Trước ngày 5 hằng tháng")).toEqual(["recurring", "2025-12-05"]);
    expect(p("Tháng 6 và tháng 12 hằng năm")).toEqual(["recurring", "2025-12-31"]);
    expect(p("Quý 4 hằng năm")).toEqual(["recurring", "2025-12-31"]);
    expect(p("Ngày 29/02 hằng năm", 2025)).toEqual(["recurring", "2025-02-28"]);
  });
});

describe("conditional", () => {
  it("reads conditional wording, also after lead words", () => {
    for (const t of ["Theo yêu cầu", "Khi có văn bản", "Tùy tình hình", "Căn cứ kết quả kiểm tra", "Sau khi được phê duyệt", "Báo cáo theo hướng dẫn", "Thực hiện: theo lịch của tỉnh", "Ngay sau khi có quyết định"]) {
      expect(p(t)).toEqual(["conditional", null]);
    }
  });
});

describe("document references", () => {
  it("ignores document numbers and the dates written after them", () => {
    expect(p("Theo Kế hoạch số 10/KH-UBND ngày 08/01/2026, trước ngày 30/6/2026")).toEqual(["date", "2026-06-30"]);
    expect(p("Ngày 05/12/2025 (Nghị quyết 57-NQ/TW)")).toEqual(["date", "2025-12-05"]);
    expect(p("Quý III/2025 (Quyết định số 04/2021/QĐ-UBND của UBND tỉnh ngày 15/8/2021)")).toEqual(["period", "2025-09-30"]);
    expect(p("Căn cứ Thông tư 01/2025/TT-BNV")).toEqual(["conditional", null]);
    expect(p("Thông tư 01/2025 quy định, trước 30/6/2025")).toEqual(["date", "2025-06-30"]);
    expect(p("Nghị định 30/2020/NĐ-CP")).toEqual(["unparsed", null]);
  });
  it("keeps a date after a document word without number or 'theo'", () => {
    expect(p("Kế hoạch ban hành trước ngày 30/6/2025")).toEqual(["date", "2025-06-30"]);
  });
});

describe("vague parts and text that says no time", () => {
  it("leaves vague parts of periods unparsed", () => {
    for (const t of ["Đầu tháng 10/2025", "Giữa năm 2025", "Tuần đầu tháng 11/2025", "Trung tuần tháng 5", "Đầu năm"]) {
      expect(p(t)).toEqual(["unparsed", null]);
    }
  });
  it("keeps the precise end of a span that starts vaguely", () => {
    expect(p("Từ đầu tháng 3 đến hết tháng 5/2025")).toEqual(["period", "2025-05-31"]);
  });
  it("reads empty cells as none", () => {
    expect(parseDeadline(null, 2025)).toEqual({ kind: "none", due: null, invalidDate: false });
    expect(parseDeadline("   ", 2025)).toEqual({ kind: "none", due: null, invalidDate: false });
  });
  it("leaves prose unparsed", () => {
    expect(p("Phải bố trí công chức theo vị trí việc làm")).toEqual(["unparsed", null]);
    expect(p("Trước Tết Nguyên đán")).toEqual(["unparsed", null]);
  });
});

describe("rules from the held-out review (test/deadline/heldout.tsv)", () => {
  it("reads 'năm sau' / 'năm tới' alone, after 'trong' and after 'của'", () => {
    expect(p("Năm sau")).toEqual(["period", "2026-12-31"]);
    expect(p("Trong năm tới")).toEqual(["period", "2026-12-31"]);
    expect(p("Quý I của năm sau")).toEqual(["period", "2026-03-31"]);
    expect(p("Trước 15/01 của năm sau")).toEqual(["date", "2026-01-15"]);
    expect(p("Trước ngày 15/01/năm sau")).toEqual(["date", "2026-01-15"]);
    expect(p("6 tháng đầu năm sau")).toEqual(["period", "2026-06-30"]);
  });
  it("keeps a document's date in words inside a 'theo …' reference", () => {
    expect(p("Theo Quyết định số 12/QĐ-UBND ngày 05 tháng 01 năm 2025")).toEqual(["conditional", null]);
    expect(p("Quyết định 57/QĐ-UBND năm 2025")).toEqual(["unparsed", null]);
  });
  it("needs a code or a year for a number after a kind of document to be a reference", () => {
    expect(p("Tổ chức Ngày Pháp luật 09/11")).toEqual(["date", "2025-11-09"]);
    expect(p("Thông tư 01/2025")).toEqual(["unparsed", null]);
  });
  it("reads glued and abbreviated months and quarters", () => {
    expect(p("T9/25")).toEqual(["period", "2025-09-30"]);
    expect(p("T10-T12/2025")).toEqual(["period", "2025-12-31"]);
    expect(p("QIV/2025")).toEqual(["period", "2025-12-31"]);
    expect(p("QuýIV/2025")).toEqual(["period", "2025-12-31"]);
    expect(p("Q III/2025")).toEqual(["period", "2025-09-30"]);
    expect(p("Quý: III/2025")).toEqual(["period", "2025-09-30"]);
    expect(parseDeadline("Quý V/2025", 2025)).toMatchObject({ kind: "unparsed", due: null, invalidDate: true });
  });
  it("reads year-first dates and days in words after a deadline word", () => {
    expect(p("2025-09-30")).toEqual(["date", "2025-09-30"]);
    expect(p("Trước 15 tháng 8")).toEqual(["date", "2025-08-15"]);
    expect(p("Tháng 8")).toEqual(["period", "2025-08-31"]);
  });
  it("does not read ratios and counts as days", () => {
    for (const t of ["Tối thiểu 2/3 số đơn vị", "Đạt 100% (15/15 xã)", "Hoàn thành 10/15 chỉ tiêu", "Ít nhất 1/2 số cán bộ"]) {
      expect(parseDeadline(t, 2025)).toEqual({ kind: "unparsed", due: null, invalidDate: false });
    }
    expect(p("Chậm nhất 30/6")).toEqual(["date", "2025-06-30"]);
  });
  it("swallows the year of a holiday (vague)", () => {
    expect(p("Trước Tết Nguyên đán Bính Ngọ 2026")).toEqual(["unparsed", null]);
    expect(p("Trước Tết Nguyên đán 2026, chậm nhất 15/01/2026")).toEqual(["date", "2026-01-15"]);
  });
  it("reads more recurring and conditional wording", () => {
    expect(p("Cuối năm hằng năm")).toEqual(["recurring", "2025-12-31"]);
    expect(p("Hai năm một lần")).toEqual(["recurring", null]);
    expect(p("2 đợt/năm")).toEqual(["recurring", null]);
    expect(p("Trực 24/24")).toEqual(["recurring", null]);
    expect(p("Trước ngày 10 của tháng sau")).toEqual(["recurring", "2025-12-10"]);
    for (const t of ["Trong thời hạn quy định", "Đúng hạn", "Đảm bảo tiến độ", "Chờ hướng dẫn của Bộ", "Đột xuất"]) expect(p(t)).toEqual(["conditional", null]);
  });
});
