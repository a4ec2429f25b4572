/**
 * fast-check generators of deadline phrases: realistic pieces assembled at random, then
 * mutated (case, diacritics dropped, spaces, punctuation, characters cut or inserted).
 * Shared by the property test and the million-phrase run in bench/deadline.bench.ts.
 */
import fc from "fast-check";

const PIECES = [
  "Trước ngày", "Hoàn thành trước", "Chậm nhất", "Đến hết", "Trong", "Cuối", "Đầu", "Giữa", "Tuần",
  "ngày", "tháng", "năm", "Quý", "quý", "I", "II", "III", "IV", "6 tháng đầu năm", "nửa cuối năm",
  "hằng năm", "hàng tháng", "định kỳ", "thường xuyên", "Theo quy định", "Khi có yêu cầu", "theo",
  "Kế hoạch số", "/KH-UBND", "Quyết định", "số", "giai đoạn", "và", "đến", "từ", "; ", ", ", "(", ")",
  "-", "/", ".", "2025", "2026", "25", "31", "12", "02", "29", "0", "13", "99999", "những năm tiếp theo",
  "lần/năm", "24/7", "Q3", "năm sau", "năm nay",
];

const number = fc.integer({ min: 0, max: 3000 }).map(String);
const date = fc
  .tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 2100 }), fc.constantFrom("/", "-", ".", " / "))
  .map(([d, m, y, s]) => `${d}${s}${m}${s}${y}`);
const piece = fc.oneof(fc.constantFrom(...PIECES), number, date);

/** Phrases built from deadline pieces. */
export const phrase = fc.array(piece, { minLength: 0, maxLength: 8 }).map((ps) => ps.join(" "));

function stripDiacritics(s: string): string {
  return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** Phrases with mutations, plus arbitrary strings (any Unicode). */
export const mutatedPhrase = fc.oneof(
  phrase,
  fc.tuple(phrase, fc.constantFrom("upper", "strip", "nfd", "spaces", "cut", "insert"), fc.nat(), fc.string({ maxLength: 3 })).map(([s, how, at, extra]) => {
    const k = s.length === 0 ? 0 : at % s.length;
    switch (how) {
      case "upper":
        return s.toUpperCase();
      case "strip":
        return stripDiacritics(s);
      case "nfd":
        return s.normalize("NFD");
      case "spaces":
        return s.replace(/ /g, "   \t");
      case "cut":
        return s.slice(0, k) + s.slice(k + 1);
      default:
        return s.slice(0, k) + extra + s.slice(k);
    }
  }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);
