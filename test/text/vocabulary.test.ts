import { matchesPhrase, startsWithPhrase, equalsFolded, phraseMatcher, foldedWords, indexOfWords, isVietnameseSyllable } from "../../src/core/text";

describe("phrase matching", () => {
  it("matches whole words ignoring case, diacritics and spacing", () => {
    expect(matchesPhrase("Đơn vị  CHỦ TRÌ", "don vi chu tri")).toBe(true);
    expect(matchesPhrase("Công an tỉnh", "Công an")).toBe(true);
    expect(matchesPhrase("Công nghệ", "Công an")).toBe(false);
    expect(matchesPhrase("Tổng hợp", "Tổ")).toBe(false);
    expect(matchesPhrase("Thời gian hoàn thành/yêu cầu khác", "thời gian hoàn thành")).toBe(true);
    expect(startsWithPhrase("Theo quy định", "theo")).toBe(true);
    expect(startsWithPhrase("Thực hiện theo", "theo")).toBe(false);
    expect(equalsFolded("Văn Phòng", "van phong")).toBe(true);
  });
  it("builds reusable matchers over a vocabulary", () => {
    const m = phraseMatcher(["Văn phòng", "Phòng", "Ủy ban nhân dân"]);
    expect(m.phrases).toEqual(["van phong", "phong", "uy ban nhan dan"]);
    expect(m.find("Các PHÒNG chuyên môn")).toBe("phong");
    expect(m.prefixFolded("van phong so")).toBe("van phong");
    expect(m.test("Uỷ ban nhân dân huyện")).toBe(true);
    expect(m.test("Sở Nội vụ")).toBe(false);
    expect(m.hasFolded("phong")).toBe(true);
    expect(indexOfWords("a phong b", "phong")).toBe(2);
  });
  it("splits folded text into words", () => {
    expect(foldedWords("truoc ngay 15/8/2026, (quy iii)")).toEqual(["truoc", "ngay", "15", "8", "2026", "quy", "iii"]);
  });
  it("knows the shape of a Vietnamese syllable", () => {
    for (const w of ["Thời", "gian", "hoàn", "thành", "nghiêng", "khuyến", "quyết", "giữa", "Đơn", "người"]) expect(isVietnameseSyllable(w)).toBe(true);
    for (const w of ["Thêi", "Müller", "hoµn", "Jürgen", "xyz", "hóà"]) expect(isVietnameseSyllable(w)).toBe(false);
  });
});
