import fc from "fast-check";
import { estimateLines, lineHeight, rowHeightFor } from "../../src/core/summary";

describe("estimateLines (wrapped text in Times New Roman 12)", () => {
  test("short texts take one line; an empty text one line", () => {
    expect(estimateLines("", 10)).toBe(1);
    expect(estimateLines("Phòng Nội vụ", 36)).toBe(1);
    expect(estimateLines("Tổng cộng", 36, { bold: true })).toBe(1);
  });

  test("a task description of a plan wraps to several lines in a 48-wide column, one line in a very wide one", () => {
    const task =
      "Tổ chức thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách tại địa phương (đảm bảo 100% số kiến nghị được thực hiện).";
    expect(estimateLines(task, 48)).toBeGreaterThanOrEqual(3);
    expect(estimateLines(task, 48)).toBeLessThanOrEqual(5);
    expect(estimateLines(task, 400)).toBe(1);
  });

  test("line breaks in the cell count; a word longer than the column is broken", () => {
    expect(estimateLines("14.1 Xây dựng\n14.2 Hoàn thiện", 60)).toBe(2);
    expect(estimateLines("x".repeat(200), 10)).toBeGreaterThan(3);
  });

  test("decomposed (NFD) text takes as many lines as the same text precomposed", () => {
    const s = "Cải cách thủ tục hành chính, hiện đại hóa nền hành chính nhà nước";
    expect(estimateLines(s.normalize("NFD"), 20)).toBe(estimateLines(s.normalize("NFC"), 20));
  });

  test("a wider column never needs more lines; bold never fewer", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("Phòng", "Nội", "vụ", "UBND", "huyện", "thực", "hiện", "2025", "Ủy", "ban"), {
          maxLength: 40,
        }),
        fc.integer({ min: 4, max: 80 }),
        fc.integer({ min: 0, max: 40 }),
        (words, width, extra) => {
          const text = words.join(" ");
          expect(estimateLines(text, width + extra)).toBeLessThanOrEqual(estimateLines(text, width));
          expect(estimateLines(text, width, { bold: true })).toBeGreaterThanOrEqual(estimateLines(text, width));
        },
      ),
    );
  });

  test("row heights: Excel's 15.75 pt per line at 12 pt, plus a little room", () => {
    expect(lineHeight(12)).toBe(15.75);
    expect(rowHeightFor(1)).toBeGreaterThan(15.75);
    expect(rowHeightFor(3)).toBeGreaterThanOrEqual(3 * 15.75);
    expect(rowHeightFor(3)).toBeLessThan(4 * 15.75);
  });
});
