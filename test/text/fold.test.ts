import fc from "fast-check";
import { fold, foldKeep, hasMarks } from "../../src/core/text";
import { isDoneText } from "../../src/core/plan/status";
import { parseDeadline } from "../../src/core/deadline";

/** The definition, slowly: NFC, strip marks, đ -> d, lower case, collapse whitespace. */
function reference(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u200b\u200c\u200d\u2060\u00ad]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[ðÐ]/g, "d")
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

describe("fold", () => {
  it("folds Vietnamese headers and phrases", () => {
    expect(fold("  Thời gian   HOÀN THÀNH ")).toBe("thoi gian hoan thanh");
    expect(fold("Đơn vị chủ trì")).toBe("don vi chu tri");
    expect(fold("Ủy ban")).toBe(fold("Uỷ ban"));
    expect(fold("Tiến\tđộ\n thực\u00a0hiện")).toBe("tien do thuc hien");
    expect(fold("stt")).toBe("stt");
    expect(fold("")).toBe("");
  });
  it("reads the look-alike Ð (Eth) typed or converted for Đ as d", () => {
    expect(fold("ÐẾN HẾT QUÝ II")).toBe("den het quy ii");
    expect(fold("Ðơn vị")).toBe(fold("Đơn vị"));
  });
  it("gives the same for decomposed and precomposed text", () => {
    const s = "Kế hoạch cải cách hành chính năm 2025";
    expect(fold(s.normalize("NFD"))).toBe(fold(s));
  });
  it("agrees with its definition on every Vietnamese letter", () => {
    const letters = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ";
    for (const ch of letters + letters.toUpperCase()) expect(fold(ch)).toBe(reference(ch));
  });
  it("agrees with its definition on random text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii", maxLength: 30 }), fc.string({ maxLength: 30 }), (a, b) => {
        const s = a + " Đồng Nai " + b;
        return fold(s) === reference(s);
      }),
      { numRuns: 5000 },
    );
  });
  it("is idempotent on every BMP character (U+212B Å folds to a, not to å)", () => {
    expect(fold("\u212b")).toBe("a");
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const f = fold(String.fromCharCode(c));
      if (fold(f) !== f) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });
  it("is idempotent", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => fold(fold(s)) === fold(s)), { numRuns: 5000 });
  });
});

describe("foldKeep: the same fold, keeping the length", () => {
  it("agrees with fold on every BMP character: fold's unit where fold keeps one, else the character as it is", () => {
    const bad: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const ch = String.fromCharCode(c);
      const f = fold(ch);
      const k = foldKeep(ch);
      const want = f.length === 1 ? f : ch;
      if (k !== want || fold(k) !== f) bad.push(c.toString(16));
    }
    expect(bad).toEqual([]);
  });
  it("keeps the length and folds to the same text on random strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (s) => foldKeep(s).length === s.length && fold(foldKeep(s)) === fold(s)),
      { numRuns: 2000 },
    );
  });
  it("reads the Eth look-alike the same way everywhere", () => {
    expect(foldKeep("ÐÃ HOÀN THÀNH")).toBe("da hoan thanh");
    expect(isDoneText("ÐÃ HOÀN THÀNH")).toBe(isDoneText("ĐÃ HOÀN THÀNH"));
    expect(isDoneText("ĐÃ HOÀN THÀNH")).toBe(true);
    expect(parseDeadline("ÐẾN HẾT QUÝ II/2025", 2025)).toEqual(parseDeadline("ĐẾN HẾT QUÝ II/2025", 2025));
  });
  it("hasMarks: a diacritic, đ or its look-alike, or a combining mark", () => {
    expect(hasMarks("Phòng Nội vụ")).toBe(true);
    expect(hasMarks("Ðoàn")).toBe(true);
    expect(hasMarks("Phong Noi vu")).toBe(false);
    expect(hasMarks("Pho\u0300ng")).toBe(true);
  });
});
