import { checkSheet, type CellValue } from "../../src/core";
import { OPTS, sheet } from "./helpers";

/** Lettered sub-items follow the Vietnamese alphabet (no f, j, w, z): "e) g)" is in order; so is "e) f) g)". */
const rows = (letters: string[]): CellValue[][] => [
  ["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn"],
  ["1", "Nhóm nhiệm vụ cải cách thủ tục hành chính", null, null],
  ...letters.map((l): CellValue[] => [`${l})`, `Nhiệm vụ ${l} của kế hoạch năm`, "Văn phòng", "Quý IV/2025"]),
];
const sequence = (letters: string[]) =>
  checkSheet(sheet(rows(letters)), OPTS).issues.filter((i) => i.code === "stt_sequence" || i.code === "duplicate_stt");

test.each([
  [["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k"]],
  [["a", "b", "c", "d", "e", "g", "h"]],
  [["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k"]],
])("%j is in order", (letters) => {
  expect(sequence(letters)).toEqual([]);
});

test("a skipped letter is still out of order", () => {
  expect(sequence(["a", "b", "d"]).map((i) => i.row)).toEqual([5]);
});
