import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import * as path from "path";
import { sheetSnapshotSchema, type SheetSnapshot } from "../../src/core/snapshot";
import { generatedMarkerRows, MARKER_SHEET } from "../../src/core";
import {
  readWorkbook,
  WorkbookReadError,
  type WorkbookReadErrorCode,
} from "../../src/file";
import { readWorkbookFile } from "../../src/file/read-file-node";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));

/** The cell at a sheet address (1-based row, column letter) of a snapshot. */
function at(s: SheetSnapshot, address: string) {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const r = Number(m[2]) - s.origin.row;
  const c = col - s.origin.col;
  return {
    value: s.values[r]?.[c] ?? null,
    text: s.text[r]?.[c] ?? "",
    numberFormat: s.numberFormats?.[r]?.[c] ?? null,
    font: s.fonts?.[r]?.[c] ?? null,
  };
}

async function expectCode(p: Promise<unknown>, code: WorkbookReadErrorCode): Promise<WorkbookReadError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookReadError);
    const err = e as WorkbookReadError;
    expect(err.code).toBe(code);
    expect(err.message.length).toBeGreaterThan(20);
    return err;
  }
  throw new Error(`expected WorkbookReadError ${code}, got success`);
}

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A valid zip of stored (uncompressed) files. */
function storedZip(files: Record<string, string>): Uint8Array {
  const enc = new TextEncoder();
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc32 = (b: Uint8Array) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [fname, content] of Object.entries(files)) {
    const name = enc.encode(fname);
    const body = enc.encode(content);
    const crc = crc32(body);
    const local = new Uint8Array(30 + name.length + body.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, body.length, true);
    lv.setUint32(22, body.length, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    local.set(body, 30 + name.length);
    const central = new Uint8Array(46 + name.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, body.length, true);
    cv.setUint32(24, body.length, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    central.set(name, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const centralSize = centrals.reduce((n, c) => n + c.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, centrals.length, true);
  ev.setUint16(10, centrals.length, true);
  ev.setUint32(12, centralSize, true);
  ev.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, end];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

describe("readWorkbook on the fixtures", () => {
  test("kh-607: sheet order, merges, the #REF! error, fonts, shape", async () => {
    const sheets = await readWorkbook(fixture("kh-607-bqlkkt-2025.xlsx"), "kh-607-bqlkkt-2025.xlsx");
    expect(sheets.map((s) => [s.name, s.index])).toEqual([
      ["Phụ lục", 0],
      ["Hướng dẫn", 1],
    ]);
    for (const s of sheets) expect(sheetSnapshotSchema.safeParse(s).success).toBe(true);
    const plan = sheets[0];
    expect(plan.origin).toEqual({ row: 1, col: 1 });
    expect(plan.values.length).toBe(88);
    expect(plan.values.every((r) => r.length === 6)).toBe(true);
    expect(plan.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 3 });
    expect(plan.merges).toContainEqual({ top: 5, left: 1, bottom: 5, right: 6 });
    expect(plan.merges).toContainEqual({ top: 7, left: 2, bottom: 7, right: 6 });
    expect(plan.merges.length).toBe(26);
    // Status cell of row 32 holds a formula whose cached result is #REF!.
    expect(at(plan, "F32").value).toEqual({ error: "#REF!" });
    expect(at(plan, "F32").text).toBe("#REF!");
    // A merged area's value lives in its top-left cell only.
    expect(typeof at(plan, "A3").value).toBe("string");
    expect(at(plan, "B3").value).toBeNull();
    expect(at(plan, "B3").text).toBe("");
    expect(at(plan, "A6").value).toBe("STT");
    expect(at(plan, "B9").font).toBe("Times New Roman");
  });

  test("kh-34: date cells are Excel serials shown dd/mm/yyyy", async () => {
    const [plan] = await readWorkbook(fixture("kh-34-krongpa-2020.xlsx"), "kh-34-krongpa-2020.xlsx");
    expect(at(plan, "F22").value).toBe(44082); // 2020-09-08
    expect(at(plan, "F22").text).toBe("08/09/2020");
    expect(at(plan, "F22").numberFormat).toBe("dd/mm/yyyy");
    expect(at(plan, "F29").text).toBe("17/08/2020");
    expect(at(plan, "F57").value).toBe(44075); // 2020-09-01
  });

  test("kh-khong-dau: the grid starts at the first used column; number cells shown as Excel does", async () => {
    const [plan] = await readWorkbook(fixture("kh-khong-dau.xlsx"), "kh-khong-dau.xlsx");
    expect(plan.name).toBe("Sheet1");
    expect(plan.origin).toEqual({ row: 1, col: 2 });
    expect(at(plan, "B6").value).toBe(1);
    expect(at(plan, "B6").text).toBe("1");
    expect(at(plan, "F11").value).toBe(45853); // 2025-07-15
    expect(at(plan, "F11").text).toBe("15/07/2025");
    expect(plan.merges).toContainEqual({ top: 1, left: 2, bottom: 1, right: 8 });
  });

  test("kh-rui-ro: vertical merges of the two-row header", async () => {
    const [plan] = await readWorkbook(fixture("kh-rui-ro-2025.xlsx"), "kh-rui-ro-2025.xlsx");
    expect(plan.merges).toContainEqual({ top: 5, left: 1, bottom: 6, right: 1 });
    expect(plan.merges).toContainEqual({ top: 5, left: 4, bottom: 5, right: 6 });
    expect(at(plan, "A5").value).toBe("STT");
    expect(at(plan, "A6").value).toBeNull();
  });

  test("readWorkbookFile reads a path and accepts an ArrayBuffer-equivalent result", async () => {
    const sheets = await readWorkbookFile(path.join(FIXTURES, "kh-rui-ro-2025.xlsx"));
    expect(sheets[0].name).toBe("KH rủi ro 2025");
    const buf = fixture("kh-rui-ro-2025.xlsx");
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
    const again = await readWorkbook(ab, "kh-rui-ro-2025.xlsx");
    expect(again).toEqual(sheets);
  });
});

describe("readWorkbook on built workbooks", () => {
  test("values of every kind, displayed text, fonts, and a stray formatted row far below", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("Kế hoạch");
      ws.getCell("A1").value = "STT";
      ws.getCell("B1").value = { richText: [{ text: "Nội dung " }, { font: { bold: true }, text: "công việc" }] };
      ws.getCell("C1").value = { text: "Trang chủ", hyperlink: "https://example.org" };
      ws.getCell("A2").value = 1;
      ws.getCell("B2").value = { formula: "1+1", result: 2 };
      ws.getCell("C2").value = 0.5;
      ws.getCell("C2").numFmt = "0%";
      ws.getCell("D2").value = new Date(Date.UTC(2025, 9, 15));
      ws.getCell("D2").numFmt = "mm-dd-yy"; // Excel's built-in short date (id 14)
      ws.getCell("E2").value = true;
      ws.getCell("F2").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
      ws.getCell("A3").value = 1234.5;
      ws.getCell("A3").numFmt = "#,##0.00";
      ws.getCell("B3").value = { formula: "TODAY()", result: new Date(Date.UTC(2025, 0, 2)) };
      ws.getCell("B3").numFmt = "d/m/yyyy";
      ws.getCell("C3").value = ".VnTime text";
      ws.getCell("C3").font = { name: ".VnTime" };
      ws.getCell("D3").value = { formula: "X1", result: { error: "#REF!" } } as ExcelJS.CellFormulaValue;
      ws.getCell("E3").value = { formula: "1/0" } as ExcelJS.CellFormulaValue; // no cached result
      // Formatting alone, far below: must not stretch the grid.
      ws.getCell("A100000").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
      ws.getRow(50000).font = { name: "Arial" };
      ws.getCell("XFD2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00FF00" } };
    });
    const [s] = await readWorkbook(bytes, "built.xlsx");
    expect(sheetSnapshotSchema.safeParse(s).success).toBe(true);
    expect(s.values.length).toBe(3);
    expect(s.values[0].length).toBe(6);
    expect(at(s, "B1").value).toBe("Nội dung công việc");
    expect(at(s, "C1").value).toBe("Trang chủ");
    expect(at(s, "B2").value).toBe(2);
    expect(at(s, "C2")).toMatchObject({ value: 0.5, text: "50%", numberFormat: "0%" });
    expect(at(s, "D2")).toMatchObject({ value: 45945, text: "15/10/2025", numberFormat: "dd/mm/yyyy" });
    expect(at(s, "E2")).toMatchObject({ value: true, text: "TRUE" });
    expect(at(s, "F2")).toMatchObject({ value: { error: "#N/A" }, text: "#N/A" });
    expect(at(s, "A3").text).toBe("1,234.50");
    expect(at(s, "B3")).toMatchObject({ value: 45659, text: "2/1/2025" });
    expect(at(s, "C3").font).toBe(".VnTime");
    expect(at(s, "D3").value).toEqual({ error: "#REF!" });
    expect(at(s, "E3").value).toBeNull();
  });

  test("sheets listed in the hidden marker sheet are generated; the marker sheet is left out", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet("Phụ lục").getCell("A1").value = "STT";
      wb.addWorksheet("Tổng hợp").getCell("A1").value = "Tổng hợp theo đơn vị";
      wb.addWorksheet("Tổng hợp (2)").getCell("A1").value = "của người dùng";
      const marker = wb.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
      generatedMarkerRows(["Tổng hợp"]).forEach((row, i) => (marker.getCell(i + 1, 1).value = row[0]));
    });
    const sheets = await readWorkbook(bytes, "marked.xlsx");
    expect(sheets.map((s) => [s.name, s.index, s.generated ?? false])).toEqual([
      ["Phụ lục", 0, false],
      ["Tổng hợp", 1, true],
      ["Tổng hợp (2)", 2, false],
    ]);
  });

  test("a user's own sheet named _kehoach (no marker header) is kept", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet("_kehoach").getCell("A1").value = "ghi chép riêng";
    });
    const sheets = await readWorkbook(bytes, "own.xlsx");
    expect(sheets.map((s) => s.name)).toEqual(["_kehoach"]);
  });

  test("an empty sheet beside a plan gives an empty grid", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet("Trống");
      wb.addWorksheet("Phụ lục").getCell("C4").value = "STT";
    });
    const sheets = await readWorkbook(bytes, "x.xlsx");
    expect(sheets[0]).toMatchObject({ name: "Trống", values: [], merges: [] });
    expect(sheets[1]).toMatchObject({ origin: { row: 4, col: 3 }, values: [["STT"]] });
  });
});

describe("readWorkbook refuses bad input with a typed error", () => {
  test("zero bytes -> empty", async () => {
    await expectCode(readWorkbook(new Uint8Array(0), "rong.xlsx"), "empty");
  });

  test("a workbook whose sheets hold nothing -> empty", async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet("Sheet1").getCell("A1").fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: "FFFFFF00" },
      };
    });
    await expectCode(readWorkbook(bytes, "trong.xlsx"), "empty");
  });

  test("plain text / CSV -> not_xlsx", async () => {
    await expectCode(readWorkbook(new TextEncoder().encode("STT,Nội dung\n1,Việc"), "ke-hoach.csv"), "not_xlsx");
  });

  test("a zip without a workbook (a .docx or any zip) -> not_xlsx", async () => {
    const zip = storedZip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" });
    await expectCode(readWorkbook(zip, "van-ban.docx"), "not_xlsx");
  });

  test("old .xls (OLE2 compound file) -> xls_format", async () => {
    const bytes = new Uint8Array(1024);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const wb = new Uint8Array(Array.from("Workbook").flatMap((ch) => [ch.charCodeAt(0), 0]));
    bytes.set(wb, 512);
    await expectCode(readWorkbook(bytes, "ke-hoach.xls"), "xls_format");
  });

  test("password-protected .xlsx (OLE2 with EncryptionInfo) -> encrypted", async () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const info = new Uint8Array(Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]));
    bytes.set(info, 1024 + 64);
    const err = await expectCode(readWorkbook(bytes, "mat-khau.xlsx"), "encrypted");
    expect(err.message).toMatch(/mật khẩu/);
    expect(err.messageIn("en")).toMatch(/password/);
  });

  test("a truncated .xlsx -> corrupt", async () => {
    const full = fixture("kh-607-bqlkkt-2025.xlsx");
    await expectCode(
      readWorkbook(new Uint8Array(full.subarray(0, Math.floor(full.length / 2))), "cut.xlsx"),
      "corrupt",
    );
  });

  test("a zip whose central directory is garbage -> corrupt", async () => {
    const full = new Uint8Array(fixture("kh-34-krongpa-2020.xlsx"));
    const broken = full.slice();
    for (let i = broken.length - 200; i < broken.length - 30; i++) broken[i] = 0x41;
    await expectCode(readWorkbook(broken, "broken.xlsx"), "corrupt");
  });

  test("a zip holding a broken workbook part -> corrupt", async () => {
    const zip = storedZip({
      "[Content_Types].xml": "<Types/>",
      "xl/workbook.xml": "<workbook><sheets><sheet name=",
    });
    const err = await readWorkbook(zip, "hong.xlsx").then(
      () => null,
      (e: unknown) => e,
    );
    // exceljs either fails (corrupt) or finds no sheet (empty): both are refusals with a typed error.
    expect(err).toBeInstanceOf(WorkbookReadError);
    expect(["corrupt", "empty"]).toContain((err as WorkbookReadError).code);
  });

  test("over the size limit -> too_large", async () => {
    await expectCode(readWorkbook(fixture("kh-khong-dau.xlsx"), "big.xlsx", { maxBytes: 1000 }), "too_large");
  });

  test("a sheet grid over the cell limit -> too_large", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("S");
      ws.getCell("A1").value = "x";
      ws.getCell("Z5000").value = "y";
    });
    await expectCode(readWorkbook(bytes, "wide.xlsx", { maxSheetCells: 100_000 }), "too_large");
  });

  test("a missing path -> not_found", async () => {
    await expectCode(readWorkbookFile(path.join(FIXTURES, "khong-co.xlsx")), "not_found");
  });

  test("a folder -> not_xlsx", async () => {
    await expectCode(readWorkbookFile(FIXTURES), "not_xlsx");
  });
});

describe("a mm:ss.0 cell (Excel's built-in format 47) no longer hangs the reader", () => {
  test("numfmt47-mmss0.xlsx reads, the time shown with tenths", async () => {
    const bytes = readFileSync(path.join(__dirname, "../corpus/made-here/numfmt47-mmss0.xlsx"));
    const sheets = await readWorkbook(bytes, "numfmt47-mmss0.xlsx");
    const shown = sheets.flatMap((s) => s.text.flat()).filter((t) => /^\d\d:\d\d\.\d$/.test(t));
    expect(shown.length).toBeGreaterThan(0);
  });
});
