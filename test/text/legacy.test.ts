import fc from "fast-check";
import {
  decodeLegacy,
  decodeLegacyCells,
  detectLegacyEncoding,
  encodeTcvn3,
  encodeVni,
  fontEncoding,
  convertTcvn3,
  convertVni,
} from "../../src/core/text";

/** Every Vietnamese letter with every tone, lower case. */
const BASES = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"];
const TONES = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"];
const LOWER = [...BASES.flatMap((b) => TONES.map((t) => (b + t).normalize("NFC"))), "đ"];
const UPPER = LOWER.map((c) => c.toUpperCase());

describe("legacy encodings: round trips over every letter and tone", () => {
  it("has 73 distinct letters in each case", () => {
    expect(new Set(LOWER).size).toBe(73);
    expect(new Set(UPPER).size).toBe(73);
  });
  it.each(LOWER)("TCVN3 lower case %s", (ch) => {
    const enc = encodeTcvn3(ch);
    expect(enc).toHaveLength(1);
    if (!/[aeiouy]/.test(ch)) expect(enc.charCodeAt(0)).toBeGreaterThanOrEqual(0xa1);
    expect(convertTcvn3(enc)).toBe(ch);
    expect(decodeLegacy(enc, ".VnTime").text).toBe(ch);
  });
  it.each(UPPER)("TCVN3 capital %s through an H font", (ch) => {
    const enc = encodeTcvn3(ch, { capitals: true });
    expect(enc).toHaveLength(1);
    expect(convertTcvn3(enc, true)).toBe(ch);
    expect(decodeLegacy(enc, ".VnTimeH").text).toBe(ch);
  });
  it("TCVN3 regular fonts have Ă Â Ê Ô Ơ Ư Đ as capitals", () => {
    expect(encodeTcvn3("ĂÂÊÔƠƯĐ")).toBe("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7");
    expect(convertTcvn3("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7")).toBe("ĂÂÊÔƠƯĐ");
  });
  it("TCVN3 regular fonts keep plain ASCII capitals (UBND, PAR INDEX) as they are", () => {
    expect(encodeTcvn3("PAR INDEX")).toBe("PAR INDEX");
    expect(encodeTcvn3("UBND")).toBe("UBND");
    expect(encodeTcvn3("Ủy ban nhân dân (UBND)")).toBe("ñy ban nh\u00a9n d\u00a9n (UBND)");
    const s = "Kế hoạch của UBND tỉnh: chỉ số PAR INDEX, SIPAS năm 2025; Ông Ánh, Ý kiến";
    expect(convertTcvn3(encodeTcvn3(s))).toBe(s.replace("Ánh", "ánh").replace("Ý", "ý"));
    expect(decodeLegacy(encodeTcvn3("Kế hoạch của UBND tỉnh về PAR INDEX"), ".VnTime").text).toBe("Kế hoạch của UBND tỉnh về PAR INDEX");
  });
  it.each([...LOWER, ...UPPER])("VNI %s", (ch) => {
    const enc = encodeVni(ch);
    expect(convertVni(enc)).toBe(ch);
    expect(decodeLegacy(enc, "VNI-Times").text).toBe(ch);
  });
  it("round-trips whole sentences, decomposed input included", () => {
    const s = "Kế hoạch cải cách hành chính năm 2025 của Ban Quản lý; Đơn vị chủ trì: Văn phòng, Phòng Nội vụ thực hiện thường xuyên";
    expect(decodeLegacy(encodeTcvn3(s), ".VnTime")).toEqual({ text: s, encoding: "tcvn3" });
    expect(decodeLegacy(encodeVni(s), "VNI-Times")).toEqual({ text: s, encoding: "vni" });
    expect(decodeLegacy(encodeTcvn3(s.toUpperCase(), { capitals: true }), ".VnArialH")).toEqual({ text: s.toUpperCase(), encoding: "tcvn3" });
    expect(decodeLegacy(s.normalize("NFD"))).toEqual({ text: s, encoding: null });
  });
  it("reads the published examples", () => {
    expect(convertTcvn3("B¶o Th¾ng")).toBe("Bảo Thắng");
    expect(convertTcvn3("M\u00adêng Kh\u00ad¬ng")).toBe("Mường Khương");
    expect(convertVni("Xin chaøo caùc baïn")).toBe("Xin chào các bạn");
    expect(convertVni("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam")).toBe("Cộng hòa xã hội chủ nghĩa Việt Nam");
  });
});

describe("legacy encodings: font names", () => {
  it("knows the TCVN3 and VNI fonts", () => {
    expect(fontEncoding(".VnTime")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(fontEncoding(".VnTimeH")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(fontEncoding(".VnArial NarrowH")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(fontEncoding(".VnArial")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(fontEncoding("VNI-Times")).toEqual({ encoding: "vni", capitals: false });
    expect(fontEncoding("VNI-Helve")).toEqual({ encoding: "vni", capitals: false });
    expect(fontEncoding("Times New Roman")).toBeNull();
    expect(fontEncoding("Calibri")).toBeNull();
    expect(fontEncoding(null)).toBeNull();
  });
  it("trusts Unicode over a legacy font name when the text holds letters only Unicode has", () => {
    expect(decodeLegacy("Kế hoạch năm 2025", ".VnTime")).toEqual({ text: "Kế hoạch năm 2025", encoding: null });
    expect(decodeLegacy("Đơn vị", "VNI-Times")).toEqual({ text: "Đơn vị", encoding: null });
  });
});

describe("legacy encodings: detection without a font name", () => {
  it("detects real TCVN3 and VNI text", () => {
    expect(decodeLegacy("Thêi gian hoµn thµnh")).toEqual({ text: "Thời gian hoàn thành", encoding: "tcvn3" });
    expect(decodeLegacy("Phßng Néi vô chñ tr×, phèi hîp")).toEqual({ text: "Phòng Nội vụ chủ trì, phối hợp", encoding: "tcvn3" });
    expect(decodeLegacy("Thôøi gian hoaøn thaønh")).toEqual({ text: "Thời gian hoàn thành", encoding: "vni" });
    expect(detectLegacyEncoding(["§¬n vÞ", "chñ tr×"])).toBe("tcvn3");
  });
  it("reads an all-capitals TCVN3 cell as a title typed in an H font", () => {
    expect(decodeLegacy("KÕ HO¹CH C¶I C¸CH")).toEqual({ text: "KẾ HOẠCH CẢI CÁCH", encoding: "tcvn3" });
  });
  it("never converts Unicode Vietnamese, even the words legacy tables could read", () => {
    const unicode = [
      "Tháng 9 hoàn thành",
      "Hoàn thành trước ngày 30/6",
      "Thông tin và truyền thông",
      "Thí điểm",
      "Hoà Bình, Khoá học, Quá trình",
      "Tổ chức thực hiện các nhiệm vụ được giao tại Kế hoạch CCHC của tỉnh năm 2025",
      "Chí Thành; Lê Văn Hòa; Ông Bà",
      "Trần Thị Thúy",
      "Các phòng chuyên môn",
    ];
    for (const s of unicode) expect(decodeLegacy(s)).toEqual({ text: s, encoding: null });
  });
  it("never converts other languages' Latin-1 text", () => {
    for (const s of ["Müller Jürgen Noël Bjørn naïve", "Crème brûlée à la française", "São Paulo, Açores", "Ærø Ålborg Øresund", "© 2025 Công ty ABC ®", "µm ± 5 °C ¼ ½"]) {
      expect(decodeLegacy(s).encoding).toBeNull();
    }
  });
  it("needs two words of evidence", () => {
    expect(decodeLegacy("§¬n").encoding).toBeNull();
  });
});

describe("legacy encodings: no false positives on Unicode", () => {
  // Words of plan tables that use only Latin-1 letters (the ones a legacy table could misread).
  const WORDS = (
    "Tháng Quý Năm Thông tin và truyền thông Hoàn thành Thời gian Phòng chủ trì phối hợp Văn phòng các đơn vị " +
    "Tài chính Kế hoạch Thí điểm Chí Hòa Hoà Khoá Quá trình Lê Thị Thúy Ông Bà Tâm Sơn Châu Tú Mã Lý Vĩnh Tô " +
    "Báo cáo Cà Mau Gò Vấp Tây Nguyên Hà Nội Huế Đà Nẵng Tân Bình Bình Dương An Giang Mê Kông ký tên số hóa"
  ).split(" ");
  it("leaves random sentences of Unicode words alone", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 12 }), fc.constantFrom(" ", ", ", "; ", " - "), (ws, sep) => {
        const s = ws.join(sep);
        const r = decodeLegacy(s);
        return r.encoding === null && r.text === s;
      }),
      { numRuns: 3000 },
    );
  });
  it("leaves random Latin-1 strings alone unless they read as Vietnamese", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0xff }).map((c) => String.fromCharCode(c)), maxLength: 20 }), (s) => {
        const r = decodeLegacy(s);
        return r.encoding === null ? r.text === s.normalize("NFC") : r.text.length > 0;
      }),
      { numRuns: 3000 },
    );
  });
});

describe("decodeLegacyCells: a sheet at once", () => {
  it("converts by font where given and judges the other cells together", () => {
    const cells = ["§¬n vÞ", "chñ tr×", "Tháng 9", "KÕ ho¹ch", "Kế hoạch năm 2025", "STT"];
    const r = decodeLegacyCells(cells, null);
    expect(r.encoding).toBe("tcvn3");
    expect(r.texts).toEqual(["Đơn vị", "chủ trì", "Thỏng 9", "Kế hoạch", "Kế hoạch năm 2025", "STT"]);
    const withFonts = decodeLegacyCells(["Thêi gian", "Tháng 9", encodeVni("Việt Nam")], [".VnTime", "Times New Roman", "VNI-Times"]);
    expect(withFonts.texts).toEqual(["Thời gian", "Tháng 9", "Việt Nam"]);
    expect(withFonts.encoding).toBe("tcvn3");
  });
  it("leaves a Unicode sheet alone and reports no encoding", () => {
    const cells = ["Thời gian hoàn thành", "Tháng 9", "Hoàn thành", "Quý III/2025"];
    expect(decodeLegacyCells(cells)).toEqual({ texts: cells, encoding: null });
  });
});
