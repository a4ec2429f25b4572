import { jsonBytes, utf8Length } from "../../src/excel/bytes";
import { linkFormula } from "../../src/excel/write-summary";

test("payload sizes are UTF-8 bytes, as on the wire (Vietnamese letters are 2-3 bytes)", () => {
  for (const s of ["", "abc", "Kiểm tra Kế hoạch", "Đơn vị chủ trì", "😀 ok", "\u00e9", "x\ud800"])
    expect(utf8Length(s)).toBe(Buffer.byteLength(s, "utf8"));
  const grid = [
    ["Ủy ban nhân dân tỉnh", 1, null],
    ["Sở Tài chính", true, "=x"],
  ];
  expect(jsonBytes(grid)).toBe(Buffer.byteLength(JSON.stringify(grid), "utf8"));
  expect(jsonBytes(grid)).toBeGreaterThan(JSON.stringify(grid).length);
});

test("HYPERLINK formulas keep each string literal within Excel's 255 characters", () => {
  const long = "Nhiệm vụ “quan trọng” ".repeat(30);
  const f = linkFormula("Phụ lục 1", "B23", long);
  const literals = [...f.matchAll(/"((?:[^"]|"")*)"/g)].map((m) => m[1].replace(/""/g, '"'));
  expect(literals[0]).toBe("#'Phụ lục 1'!B23");
  for (const l of literals) expect(l.length).toBeLessThanOrEqual(255);
  expect(linkFormula("KH", "C5", 'Dòng "5"')).toBe('=HYPERLINK("#KH!C5","Dòng ""5""")');
});
