import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { zipSync, strToU8 } from "fflate";
import { readWorkbook } from "../../src/file/read-workbook";
import { WorkbookReadError } from "../../src/file/errors";
import type { SheetSnapshot } from "../../src/core/snapshot";

/**
 * Workbooks written by other programs (test/corpus, see its README): reading never hangs or
 * crashes; each file reads, or is refused with a WorkbookReadError naming the reason.
 */
const CORPUS = path.join(__dirname, "../corpus");
const FILES = ["poi", "closedxml", "made-here"].flatMap((d) =>
  readdirSync(path.join(CORPUS, d)).map((f) => [`${d}/${f}`, path.join(CORPUS, d, f)]),
);
const madeHere = (f: string) => readFileSync(path.join(CORPUS, "made-here", f));

describe("every corpus workbook reads or gets a clear message", () => {
  test.each(FILES)("%s", async (name, file) => {
    const result: SheetSnapshot[] | Error = await readWorkbook(readFileSync(file), name).catch((e: Error) => e);
    if (result instanceof Error) {
      expect(result).toBeInstanceOf(WorkbookReadError);
      expect((result as WorkbookReadError).code).toBe("empty"); // sheets with pictures or merges only
    } else {
      expect(result.length).toBeGreaterThan(0);
      for (const s of result) expect(s.values.length).toBe(s.text.length);
    }
  });
});

describe("what other programs write", () => {
  test("worksheet parts found through relationships, whatever their names", async () => {
    for (const f of ["capital-part-name.xlsx", "custom-part-name.xlsx"]) {
      const sheets = await readWorkbook(madeHere(f), f);
      expect(sheets.map((s) => s.name)).toEqual(["Phụ lục", "Hướng dẫn"]);
      expect(sheets[1].values.length).toBeGreaterThan(0);
    }
  });

  test("a 1904 workbook's date serials count from 1904, as Excel shows them", async () => {
    // The two files store the same numbers; only the 1904 flag differs (Excel shows 4 years later).
    const a = await readWorkbook(madeHere("dates-1900.xlsx"), "a");
    const b = await readWorkbook(madeHere("dates-1904.xlsx"), "b");
    const at = (s: typeof a, t: string) => s[0].text.flat().indexOf(t);
    expect(at(a, "15/07/2025")).toBeGreaterThan(0);
    expect(at(b, "16/07/2029")).toBe(at(a, "15/07/2025"));
    const i = at(a, "15/07/2025");
    expect((b[0].values.flat()[i] as number) - (a[0].values.flat()[i] as number)).toBe(1462);
  });

  test("strict OOXML and the x: prefix read like transitional files", async () => {
    const strict = await readWorkbook(madeHere("plan-strict.xlsx"), "s");
    expect(strict[0].text[3]).toContain("STT");
    const cx = await readWorkbook(readFileSync(path.join(CORPUS, "closedxml/Examples_Misc_Hyperlinks.xlsx")), "h");
    expect(cx.some((s) => s.values.flat().some((v) => typeof v === "string"))).toBe(true);
  });

  test("an empty dcterms:created does not matter", async () => {
    await expect(readWorkbook(madeHere("core-date-empty.xlsx"), "c")).resolves.toHaveLength(1);
  });
});

/** A minimal package around one worksheet's XML. */
function tinyXlsx(sheetXml: string, extra: Record<string, Uint8Array> = {}, level: 0 | 9 = 9): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
    "_rels/.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    "xl/workbook.xml": strToU8(
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/s.xml"/></Relationships>',
    ),
    "xl/worksheets/s.xml": strToU8(sheetXml),
    ...extra,
  };
  return zipSync(files, { level });
}

const sheet = (rows: string) =>
  `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`;

describe("cells as other writers store them", () => {
  test("rows and cells without references, inline strings, ISO dates, booleans, errors", async () => {
    const [s] = await readWorkbook(
      tinyXlsx(
        sheet(
          '<row><c t="inlineStr"><is><r><t>Kế </t></r><r><t>hoạch</t></r><rPh><t>x</t></rPh></is></c><c t="d"><v>2025-07-15T12:00:00</v></c></row>' +
            '<row><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c><c t="str"><v></v></c></row>',
        ),
      ),
      "t.xlsx",
    );
    expect(s.values).toEqual([
      ["Kế hoạch", 45853.5],
      [true, { error: "#N/A" }], // the empty formula result holds no value
    ]);
    expect(s.text[0][1]).toBe("15/07/2025");
  });
});

describe("hard limits: a clear message, never an abort", () => {
  test("a zip bomb part is refused with the part named", async () => {
    const bomb = sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>${" ".repeat(3_000_000)}</t></is></c></row>`);
    const e = await readWorkbook(tinyXlsx(bomb), "bomb.xlsx", { maxEntryBytes: 1_000_000 }).catch((x) => x);
    expect(e).toBeInstanceOf(WorkbookReadError);
    expect(e.code).toBe("too_large");
    expect(e.message).toContain("xl/worksheets/s.xml");
  });

  test("too many cells, and rows past Excel's last", async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join(
      "",
    );
    const e = await readWorkbook(tinyXlsx(sheet(rows)), "many.xlsx", { maxCells: 20 }).catch((x) => x);
    expect(e.code).toBe("too_large");
    expect(e.messageIn("vi")).toContain("ô dữ liệu");
    const far = await readWorkbook(
      tinyXlsx(sheet('<row r="2000000"><c r="A2000000"><v>1</v></c></row>')),
      "far.xlsx",
    ).catch((x) => x);
    expect(far.code).toBe("too_large");
    expect(far.messageIn("en")).toContain("rows");
  });

  test("a far cell makes a grid past the workbook's limit: refused before any grid is built", async () => {
    const xml = sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="900000"><c r="XFD900000"><v>2</v></c></row>');
    const e = await readWorkbook(tinyXlsx(xml), "far.xlsx").catch((x) => x);
    expect(e.code).toBe("too_large");
  });

  test("broken XML is corrupt, not a crash", async () => {
    const e = await readWorkbook(tinyXlsx("<worksheet><sheetData><row>"), "bad.xlsx").catch((x) => x);
    expect(e).toBeInstanceOf(WorkbookReadError);
    expect(e.code).toBe("corrupt");
  });
});
