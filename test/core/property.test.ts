import fc from "fast-check";
import {
  checkSheet,
  checkWorkbook,
  planReportSchema,
  sheetReportSchema,
  type CellValue,
  type Merge,
  type SheetSnapshot,
} from "../../src/core";

/** Random grids built from plan-like pieces: header words, numbers, dates, errors, prose; random merges. */
const WORDS = [
  "STT",
  "TT",
  "Nội dung",
  "Nhiệm vụ",
  "Hoạt động",
  "Noi dung cong viec",
  "Đơn vị chủ trì",
  "Chủ trì",
  "Phối hợp",
  "Trách nhiệm",
  "Thời hạn",
  "Thời gian hoàn thành",
  "Tiến độ",
  "Kết quả",
  "Sản phẩm",
  "Tình hình thực hiện",
  "Ghi chú",
  "I",
  "II",
  "IV",
  "A",
  "B",
  "1",
  "2",
  "2.1",
  "2.2",
  "01",
  "(1)",
  "(2)",
  "Văn phòng chủ trì, phối hợp các phòng thực hiện",
  "Phòng Nội vụ; Phòng Tư pháp",
  "Trước ngày 15/8/2025",
  "Quý III/2025",
  "Thường xuyên",
  "Theo quy định",
  "31/02/2025",
  "Đã hoàn thành",
  "Đang thực hiện",
  "100%",
  "Nơi nhận:",
  "KT. CHỦ TỊCH",
  "TM. ỦY BAN NHÂN DÂN",
  "KẾ HOẠCH NĂM 2025",
  "giai đoạn 2026 - 2030",
  "và",
  ",",
  ";",
  "- ",
  "Van phong",
  "cac phong",
  " ",
  "\n",
  "Ủy ban",
  "VTV, TTXVN",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(null) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((a) => a.join(" ")) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.integer({ min: -5, max: 60000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: false }) },
  { weight: 1, arbitrary: fc.boolean() },
  {
    weight: 1,
    arbitrary: fc.constantFrom("#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?").map((error) => ({ error })),
  },
);

const snapshot: fc.Arbitrary<SheetSnapshot> = fc
  .tuple(
    fc.integer({ min: 0, max: 14 }),
    fc.integer({ min: 0, max: 8 }),
    fc.integer({ min: 1, max: 3 }),
    fc.integer({ min: 1, max: 3 }),
  )
  .chain(([h, w, top, left]) =>
    fc
      .record({
        values: fc.array(fc.array(cell, { minLength: w, maxLength: w }), { minLength: h, maxLength: h }),
        merges: fc.array(
          fc.record({
            r: fc.integer({ min: 0, max: Math.max(0, h - 1) }),
            c: fc.integer({ min: 0, max: Math.max(0, w - 1) }),
            dh: fc.integer({ min: 0, max: 3 }),
            dw: fc.integer({ min: 0, max: 3 }),
          }),
          { maxLength: 4 },
        ),
        formats: fc.constantFrom<"none" | "dates" | "percent">("none", "dates", "percent"),
        font: fc.constantFrom<string | null>(null, ".VnTime", "VNI-Times", "Times New Roman"),
        name: fc.constantFrom("Phụ lục", "KH 2025", "Sheet1", "Hướng dẫn"),
      })
      .map(({ values, merges, formats, font, name }) => {
        const text = values.map((r) => r.map((v) => (v === null ? "" : typeof v === "object" ? v.error : String(v))));
        const ms: Merge[] = merges
          .filter(() => h > 0 && w > 0)
          .map(({ r, c, dh, dw }) => ({ top: top + r, left: left + c, bottom: top + r + dh, right: left + c + dw }));
        return {
          name,
          index: 0,
          origin: { row: top, col: left },
          values,
          text,
          numberFormats:
            formats === "none" ? null : values.map((r) => r.map(() => (formats === "dates" ? "dd/mm/yyyy" : "0%"))),
          fonts: font === null ? null : values.map((r) => r.map(() => font)),
          merges: ms,
        };
      }),
  );

describe("random grids", () => {
  test("checkSheet never throws and its report passes the schema", () => {
    fc.assert(
      fc.property(snapshot, fc.integer({ min: 0, max: 30 }), (s, days) => {
        const r = checkSheet(s, { asOf: "2025-10-15", dueSoonDays: days });
        sheetReportSchema.parse(r);
        if (!r.recognized) {
          expect(r.table).toBeNull();
          expect(r.items).toEqual([]);
          expect(r.issues).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("plan-shaped random tables: recognized reports pass the schema, items lie inside the table", () => {
    const header = fc.shuffledSubarray(
      [
        "STT",
        "Nội dung công việc",
        "Đơn vị chủ trì",
        "Đơn vị phối hợp",
        "Thời hạn hoàn thành",
        "Sản phẩm",
        "Tiến độ",
        "Ghi chú",
      ],
      { minLength: 3 },
    );
    const arb = fc
      .tuple(header, fc.array(fc.array(cell, { minLength: 8, maxLength: 8 }), { maxLength: 25 }))
      .map(([h, body]) => {
        const values: CellValue[][] = [["KẾ HOẠCH NĂM 2025"], [...h], ...body.map((r) => r.slice(0, h.length))];
        const width = h.length;
        const grid = values.map((r) => [...r, ...Array(Math.max(0, width - r.length)).fill(null)].slice(0, width));
        return {
          name: "KH",
          index: 0,
          origin: { row: 1, col: 1 },
          values: grid,
          text: grid.map((r) => r.map((v) => (v === null ? "" : typeof v === "object" ? v.error : String(v)))),
          numberFormats: null,
          fonts: null,
          merges: [],
        } satisfies SheetSnapshot;
      });
    fc.assert(
      fc.property(arb, (s) => {
        const report = checkWorkbook([s], "x.xlsx", { asOf: "2025-10-15" });
        planReportSchema.parse(report);
        const sh = report.sheets[0];
        if (sh.recognized) {
          for (const it of sh.items) {
            expect(it.row).toBeGreaterThanOrEqual(sh.table!.firstRow);
            expect(it.row).toBeLessThanOrEqual(sh.table!.lastRow);
          }
          const keys = sh.issues.map((i) => `${i.row}|${i.code}`);
          expect(new Set(keys).size).toBe(keys.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
