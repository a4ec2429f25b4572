/* src/core/text/unicode-classes.ts: the ES5 stand-ins for \p{…} match what \p{…} matches in the BMP. */
import { execFileSync } from "child_process";
import { join } from "path";
import { LETTER, LOWER, MARK, NUMBER, UPPER } from "../../src/core/text/unicode-classes";

const root = join(__dirname, "..", "..");

test("the generated file is up to date with its generator", () => {
  // Exits 1 (and the test fails) when the file differs from what the script writes now.
  expect(() => execFileSync(process.execPath, [join(root, "scripts/unicode-classes.mjs"), "--check"])).not.toThrow();
});

test.each([
  ["LETTER", "L", LETTER],
  ["UPPER", "Lu", UPPER],
  ["LOWER", "Ll", LOWER],
  ["NUMBER", "N", NUMBER],
  ["MARK", "M", MARK],
])("%s matches exactly the BMP code points of \\p{%s}, without the u flag", (_name, category, cls) => {
  const es5 = new RegExp(`^[${cls}]$`);
  const unicode = new RegExp(`^\\p{${category}}$`, "u");
  const wrong: string[] = [];
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    if (es5.test(ch) !== unicode.test(ch)) wrong.push(c.toString(16));
  }
  expect(wrong).toEqual([]);
});

test("every Vietnamese letter, both cases, NFC and NFD", () => {
  const lower = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ";
  const letter = new RegExp(`^[${LETTER}]+$`);
  const withMarks = new RegExp(`^[${LETTER}${MARK}]+$`);
  expect(letter.test(lower)).toBe(true);
  expect(letter.test(lower.toUpperCase())).toBe(true);
  expect(withMarks.test(lower.normalize("NFD"))).toBe(true);
  for (const ch of lower) {
    expect({ ch, lower: new RegExp(`^[${LOWER}]$`).test(ch) }).toEqual({ ch, lower: true });
    expect({ ch, upper: new RegExp(`^[${UPPER}]$`).test(ch.toUpperCase()) }).toEqual({ ch, upper: true });
  }
  expect(new RegExp(`^[${LETTER}]$`).test("1")).toBe(false);
  expect(new RegExp(`^[${NUMBER}]+$`).test("0123456789½Ⅻ")).toBe(true);
});
