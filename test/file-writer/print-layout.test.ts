/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells here, not Office.js proxies */
import ExcelJS from "exceljs";
import { buildSummary, lineHeight, summaryLayout, type SummaryModel } from "../../src/core/summary";
import { SUMMARY_FONT, writeSummarySheets } from "../../src/file/write-summary";
import { FIXTURES, fixtureBytes, fixtureReport } from "../summary/fixtures";

/** What the Văn phòng checks before a summary goes to the leadership, on the written and re-read file. */

async function load(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as ArrayBuffer);
  return wb;
}

/** Pixels inside a column of Excel width w, and the narrowest Times New Roman 12 letter (i, l: 4.4 px). */
const columnPx = (w: number) => w * 7 + 5;
const NARROWEST_PX = 4.4;

describe.each(FIXTURES)("summary sheets of %s, printed", (name) => {
  const report = fixtureReport(name);
  let model: SummaryModel;
  let out: ExcelJS.Workbook;
  let names: string[];

  beforeAll(async () => {
    const wb = await load(fixtureBytes(name));
    model = buildSummary(report, {
      planTitle: true,
      cellText: (sheet, address) => {
        const ws = wb.getWorksheet(sheet);
        return ws ? ws.getCell(address).text : null;
      },
    });
    names = writeSummarySheets(wb, model);
    out = await load(await wb.xlsx.writeBuffer());
  });

  test("A4 landscape, fitted to one page wide, header row repeated, page numbers in the footer", () => {
    model.sheets.forEach((sheet, i) => {
      const ws = out.getWorksheet(names[i])!;
      const { headerRow } = summaryLayout(sheet);
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe("landscape");
      expect(ws.pageSetup.fitToPage).toBe(true);
      expect(ws.pageSetup.fitToWidth).toBe(1);
      expect(ws.pageSetup.fitToHeight).toBe(0);
      expect(ws.pageSetup.printTitlesRow).toBe(`${headerRow}:${headerRow}`);
      expect(ws.headerFooter.oddFooter).toContain("Trang &P/&N");
    });
  });

  test("the title block names the plan (read above its table), then the as-of date; no motto, no lone 'PHỤ LỤC'", () => {
    const byUnit = model.sheets.find((s) => s.kind === "by_unit")!;
    expect(byUnit.title.length).toBeGreaterThanOrEqual(3);
    expect(byUnit.title[byUnit.title.length - 1]).toMatch(/^Tính đến ngày \d\d\/\d\d\/\d{4}$/);
    for (const line of byUnit.title) {
      expect(line).not.toMatch(/CỘNG HÒA|Độc lập/i);
      expect(line).not.toMatch(/^PHỤ LỤC\s*[IVX0-9]*$/i);
    }
    const ws = out.getWorksheet(names[0])!;
    byUnit.title.forEach((line, i) => expect(ws.getCell(i + 1, 1).value).toBe(line));
  });

  test("Times New Roman everywhere; the table bordered; the total row bold", () => {
    model.sheets.forEach((sheet, i) => {
      const ws = out.getWorksheet(names[i])!;
      const layout = summaryLayout(sheet);
      const last = layout.totalRow ?? layout.lastDataRow;
      for (let r = 1; r <= last; r++) {
        for (let c = 1; c <= layout.columnCount; c++) {
          const cell = ws.getCell(r, c);
          if (cell.isMerged && cell.master !== cell) continue;
          if (r < layout.headerRow && cell.value === null) continue; // the empty row under the title
          expect(cell.font?.name).toBe(SUMMARY_FONT);
          if (r >= layout.headerRow) expect(cell.border?.left?.style).toBe("thin");
        }
      }
      if (layout.totalRow !== null) expect(ws.getCell(layout.totalRow, 2).font?.bold).toBe(true);
    });
  });

  test("STT and dates centred, counts and rates right-aligned, rates as one-decimal percentages, dates dd/mm/yyyy", () => {
    model.sheets.forEach((sheet, i) => {
      const ws = out.getWorksheet(names[i])!;
      const layout = summaryLayout(sheet);
      for (let r = layout.firstDataRow; r <= layout.lastDataRow; r++) {
        sheet.columns.forEach((col, j) => {
          const cell = ws.getCell(r, j + 1);
          if (col.key === "stt" || col.kind === "date") expect(cell.alignment?.horizontal).toBe("center");
          else if (col.kind === "number" || col.kind === "percent") expect(cell.alignment?.horizontal).toBe("right");
          if (col.kind === "percent") expect(cell.numFmt).toBe("0.0%");
          if (col.kind === "date") expect(cell.numFmt).toBe("dd/mm/yyyy");
          if (col.kind === "text") expect(cell.alignment?.wrapText).toBe(true);
        });
      }
    });
  });

  test("each row is tall enough for its longest wrapped text (no text cut off), and one-line rows stay one line", () => {
    model.sheets.forEach((sheet, i) => {
      const ws = out.getWorksheet(names[i])!;
      const layout = summaryLayout(sheet);
      sheet.rows.forEach((row, k) => {
        const height = ws.getRow(layout.firstDataRow + k).height;
        let atLeast = 1;
        let anyText = false;
        sheet.columns.forEach((col, j) => {
          const v = row.cells[j];
          if (col.kind !== "text" || typeof v !== "string") return;
          anyText = true;
          // Even in the narrowest letters, a text this long cannot take fewer lines.
          atLeast = Math.max(atLeast, Math.ceil((v.length * NARROWEST_PX) / columnPx(col.width)), v.split("\n").length);
        });
        expect(height).toBeGreaterThanOrEqual(atLeast * lineHeight(12));
        if (
          anyText &&
          sheet.columns.every((c, j) => c.kind !== "text" || String(row.cells[j] ?? "").length < c.width / 2)
        ) {
          expect(height).toBeLessThan(2 * lineHeight(12));
        }
      });
    });
  });

  test("notes under the table span its width and wrap there (the page is no wider than the table)", () => {
    model.sheets.forEach((sheet, i) => {
      const ws = out.getWorksheet(names[i])!;
      const layout = summaryLayout(sheet);
      if (layout.notesRow === null) return;
      sheet.notes.forEach((_, k) => {
        const r = layout.notesRow! + k;
        expect(ws.getCell(r, layout.columnCount).master.address).toBe(ws.getCell(r, 1).address);
        expect(ws.getCell(r, 1).alignment?.wrapText).toBe(true);
      });
    });
  });

  test("one 'Ghi chú:' per sheet", () => {
    for (const sheet of model.sheets)
      expect(sheet.notes.filter((n) => n.startsWith("Ghi chú")).length).toBeLessThanOrEqual(1);
  });
});

test("without planTitle the title block is our title and the as-of date only", () => {
  const m = buildSummary(fixtureReport("kh-607-bqlkkt-2025"), { cellText: () => "KẾ HOẠCH" });
  for (const s of m.sheets) expect(s.title).toHaveLength(2);
});
