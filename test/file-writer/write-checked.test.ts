/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read -- exceljs cells here, not Office.js proxies */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { planReportSchema, type PlanReport } from "../../src/core/report";
import { HIGHLIGHT_STYLES, readHighlightStateCells } from "../../src/core/highlight";
import { excelSheetNameSchema } from "../../src/core/summary";
import { daysBetween } from "../../src/core";
import { readWorkbook } from "../../src/file/read-workbook";
import { MARKER_SHEET } from "../../src/core";
import { writeCheckedWorkbook } from "../../src/file/write-checked";
import { FIXTURES, fixtureBytes, fixtureReport, statusCounts, syntheticReport, tasksOf } from "../summary/fixtures";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

async function toBytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every cell holding something (value or formula) of a sheet: address -> JSON of the cell's value. */
function cellMap(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Null || cell.type === ExcelJS.ValueType.Merge) return;
      out.set(cell.address, JSON.stringify({ type: cell.type, value: cell.value, formula: cell.formula ?? null }));
    }),
  );
  return out;
}

/** The parts of an .xlsx as text, except the document properties (they hold the write time). */
async function parts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const path of Object.keys(zip.files).sort()) {
    if (zip.files[path].dir || path.startsWith("docProps/")) continue;
    out[path] = await zip.file(path)!.async("string");
  }
  return out;
}

function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    rows[r] = (row.values as unknown[]).slice(1);
  });
  return rows;
}

describe.each(FIXTURES)("writeCheckedWorkbook on %s", (name) => {
  const report = fixtureReport(name);
  const input = fixtureBytes(name);
  let output: Uint8Array;
  let out: ExcelJS.Workbook;
  let src: ExcelJS.Workbook;

  beforeAll(async () => {
    output = await writeCheckedWorkbook(input, report, { perUnitSheets: true });
    out = await load(output);
    src = await load(input);
  });

  test("does not modify its input", () => {
    expect(Buffer.from(input).equals(Buffer.from(fixtureBytes(name)))).toBe(true);
  });

  test("every cell value and formula of the source sheets is unchanged, and merges too", () => {
    for (const ws of src.worksheets) {
      const after = out.getWorksheet(ws.name)!;
      expect(after).toBeDefined();
      expect(cellMap(after)).toEqual(cellMap(ws));
      expect(Object.keys((after as unknown as { _merges: object })._merges).sort()).toEqual(
        Object.keys((ws as unknown as { _merges: object })._merges).sort(),
      );
    }
  });

  test("the source sheets come first, then ours, then the hidden marker listing ours", () => {
    const names = out.worksheets.map((w) => w.name);
    const srcNames = src.worksheets.map((w) => w.name);
    expect(names.slice(0, srcNames.length)).toEqual(srcNames);
    expect(names[names.length - 1]).toBe(MARKER_SHEET);
    const marker = out.getWorksheet(MARKER_SHEET)!;
    expect(marker.state).toBe("veryHidden");
    const listed: string[] = [];
    for (let r = 2; marker.getCell(r, 1).value; r++) listed.push(String(marker.getCell(r, 1).value));
    expect(listed).toEqual(names.slice(srcNames.length, -1));
    for (const n of listed) expect(excelSheetNameSchema.safeParse(n).success).toBe(true);
  });

  test("the reader sees our sheets as generated and skips the marker", async () => {
    const snaps = await readWorkbook(output, `${name}.checked.xlsx`);
    const generated = snaps.filter((s) => s.generated).map((s) => s.name);
    expect(snaps.some((s) => s.name === MARKER_SHEET)).toBe(false);
    expect(generated).toEqual(out.worksheets.slice(src.worksheets.length, -1).map((w) => w.name));
  });

  test("the unit sheet's total row equals the report's status counts", () => {
    const rows = rowsOf(out.getWorksheet("Theo đơn vị")!);
    const header = rows.findIndex((r) => r && r[0] === "STT");
    const total = rows.find((r) => r && r[1] === "Tổng cộng")!;
    const at = (h: string) => total[rows[header].indexOf(h)];
    const c = statusCounts(report);
    expect(at("Tổng số nhiệm vụ")).toBe(tasksOf(report).length);
    expect(at("Đã hoàn thành")).toBe(c.done);
    expect(at("Chưa hoàn thành: quá hạn")).toBe(c.overdue);
    expect(at("Chưa hoàn thành: trong hạn")).toBe(c.open + c.due_soon);
    expect(at("Sắp đến hạn")).toBe(c.due_soon);
    expect(at("Thường xuyên / không có hạn")).toBe(c.no_deadline);
  });

  test("each overdue task appears once in the overdue list with the right number of days", () => {
    const ws = out.getWorksheet("Quá hạn và sắp đến hạn")!;
    const rows = rowsOf(ws).filter((r) => r && typeof r[0] === "number");
    expect(rows).toHaveLength(tasksOf(report).filter((x) => x.status === "overdue" || x.status === "due_soon").length);
    for (const t of tasksOf(report).filter((x) => x.status === "overdue")) {
      // The link cell reads back as its text ("Dòng 18"): exceljs does not read in-workbook links.
      const hits = rows.filter((r) => String(r[8]) === `Dòng ${t.row}`);
      expect(hits).toHaveLength(1);
      expect(hits[0][6]).toBe(daysBetween(t.deadline.due!, report.asOf));
      expect(hits[0][5]).toBeInstanceOf(Date);
    }
  });

  test("links are in-workbook hyperlinks to the task's row (no external relationship)", async () => {
    const p = await parts(output);
    const locations: string[] = [];
    for (const [path, xml] of Object.entries(p)) {
      if (path.endsWith(".rels")) expect(xml).not.toMatch(/relationships\/hyperlink"[^>]*TargetMode="External"/);
      for (const m of xml.matchAll(/<hyperlink [^>]*\/>/g)) {
        expect(m[0]).not.toMatch(/r:id=/);
        const loc = /location="([^"]*)"/.exec(m[0]);
        expect(loc).not.toBeNull();
        locations.push(loc![1].replace(/&apos;/g, "'"));
      }
    }
    for (const t of tasksOf(report).filter((x) => x.status === "overdue")) {
      const sheet = report.sheets.find((s) => s.sheet === t.sheet)!;
      expect(locations).toContain(`'${t.sheet}'!${sheet.table!.columns.task}${t.row}`);
    }
  });

  test("overdue, due-soon and done rows carry their fill", () => {
    const marked = tasksOf(report).filter(
      (x) => x.status === "overdue" || x.status === "done" || x.status === "due_soon",
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const t of marked) {
      const ws = out.getWorksheet(t.sheet)!;
      const taskCol = report.sheets.find((s) => s.sheet === t.sheet)!.table!.columns.task!;
      const fill = ws.getCell(`${taskCol}${t.row}`).fill as ExcelJS.FillPattern;
      expect(fill.fgColor?.argb).toBe(`FF${HIGHLIGHT_STYLES[t.status as "overdue" | "done" | "due_soon"].fill}`);
    }
  });

  test("generating twice gives the same workbook as generating once", async () => {
    const twice = await writeCheckedWorkbook(output, report, { perUnitSheets: true });
    expect(await parts(twice)).toEqual(await parts(output));
  });
});

describe("a user's sheets named like ours", () => {
  const report0 = fixtureReport("kh-rui-ro-2025");
  let input: Uint8Array;
  let report: PlanReport;

  beforeAll(async () => {
    const wb = await load(fixtureBytes("kh-rui-ro-2025"));
    const mine = wb.addWorksheet("Theo đơn vị");
    mine.getCell("A1").value = "Bảng của tôi";
    mine.getCell("B2").value = 42;
    mine.getCell("C3").value = { formula: "B2*2", result: 84 };
    wb.addWorksheet("Tổng hợp").getCell("A1").value = "Không được ghi đè";
    input = await toBytes(wb);
    const userSheet = (sheet: string) => ({
      sheet,
      recognized: false,
      reason: "Không có bảng kế hoạch",
      planYear: null,
      table: null,
      items: [],
      issues: [],
    });
    report = planReportSchema.parse({
      ...report0,
      sheets: [...report0.sheets, userSheet("Theo đơn vị"), userSheet("Tổng hợp")],
    });
  });

  test("survive untouched, ours take another name, and stay so when generating again", async () => {
    const once = await writeCheckedWorkbook(input, report);
    const twice = await writeCheckedWorkbook(once, report);
    const before = await load(input);
    for (const bytes of [once, twice]) {
      const wb = await load(bytes);
      for (const n of ["Theo đơn vị", "Tổng hợp"])
        expect(cellMap(wb.getWorksheet(n)!)).toEqual(cellMap(before.getWorksheet(n)!));
      const names = wb.worksheets.map((w) => w.name);
      expect(names).toContain("Theo đơn vị (2)");
      expect(names.filter((n) => n.startsWith("Theo đơn vị"))).toHaveLength(2);
      const rows = rowsOf(wb.getWorksheet("Theo đơn vị (2)")!);
      expect(rows[1][0]).toBe("TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH THEO ĐƠN VỊ");
    }
    expect(await parts(twice)).toEqual(await parts(once));
  });
});

describe("texts beginning with -, = or + stay text", () => {
  const texts = ["=SUM(A1:A3)", "- gạch đầu dòng", "+ cộng thêm", "=1/0", "-5"];
  let output: Uint8Array;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Phụ lục");
    ws.addRow(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Tình hình"]);
    texts.forEach((t, i) => ws.addRow([i + 1, t, "Văn phòng", "+ Phòng A", "Trước ngày 1/10/2025", "- đang làm"]));
    const report = syntheticReport(
      texts.map((t, i) => ({
        row: i + 2,
        task: t,
        lead: ["Văn phòng"],
        support: ["+ Phòng A"],
        status: "overdue" as const,
        deadline: { text: "=Trước ngày 1/10/2025", kind: "date" as const, due: "2025-10-01" },
      })),
    );
    output = await writeCheckedWorkbook(await toBytes(wb), report, { perUnitSheets: true });
  });

  test("in the overdue list, read back as strings and written with no formula", async () => {
    const wb = await load(output);
    const ws = wb.getWorksheet("Quá hạn và sắp đến hạn")!;
    const got: string[] = [];
    ws.eachRow((row) => {
      const c = row.getCell(2);
      if (typeof row.getCell(1).value === "number") {
        expect(c.type).toBe(ExcelJS.ValueType.String);
        expect(row.getCell(5).value).toBe("=Trước ngày 1/10/2025");
        expect(row.getCell(4).value).toBe("+ Phòng A");
        expect(row.getCell(8).value).toBe("- đang làm");
        got.push(c.value as string);
      }
    });
    expect(got.sort()).toEqual(texts.slice().sort());
    const p = await parts(output);
    for (const [path, xml] of Object.entries(p))
      if (path.startsWith("xl/worksheets/sheet")) expect(xml).not.toMatch(/<f[ >]/);
  });
});

describe("highlighting is replaced, not piled up", () => {
  test("a task no longer overdue gets its original fill back on the next run", async () => {
    const report = fixtureReport("kh-607-bqlkkt-2025");
    const input = fixtureBytes("kh-607-bqlkkt-2025");
    const once = await writeCheckedWorkbook(input, report);
    const target = tasksOf(report).find((t) => t.status === "overdue")!;
    const changed: PlanReport = JSON.parse(JSON.stringify(report));
    for (const s of changed.sheets)
      for (const i of s.items)
        if (i.type === "task" && i.row === target.row && s.sheet === target.sheet) i.status = "open";
    const again = await writeCheckedWorkbook(once, changed);
    const [src, first, second] = await Promise.all([load(input), load(once), load(again)]);
    const fillAt = (wb: ExcelJS.Workbook, col: string) =>
      JSON.stringify(wb.getWorksheet(target.sheet)!.getCell(`${col}${target.row}`).fill ?? null);
    for (const col of ["A", "B", "C", "D", "E", "F"]) {
      expect(fillAt(first, col)).not.toBe(fillAt(src, col));
      expect(fillAt(second, col)).toBe(fillAt(src, col));
    }
    // And the same as writing the changed report on the original file: every part but the styles
    // (formats are only ever appended: the first run's stay, unused) and the sheet's style indices;
    // every cell of the plan sheet looks the same.
    const direct = await writeCheckedWorkbook(input, changed);
    const [p1, p2] = [await parts(again), await parts(direct)];
    const styled = (k: string) => k === "xl/styles.xml" || /^xl\/worksheets\/sheet\d+\.xml$/.test(k);
    for (const k of [...Object.keys(p1), ...Object.keys(p2)]) if (!styled(k)) expect([k, p1[k]]).toEqual([k, p2[k]]);
    const strip = (x: string) => x.replace(/ s="\d+"/g, "");
    for (const k of Object.keys(p1)) if (styled(k) && k !== "xl/styles.xml") expect(strip(p1[k])).toBe(strip(p2[k]));
    const d = await load(direct);
    const look = (wb: ExcelJS.Workbook) => {
      const out: string[] = [];
      for (const ws of wb.worksheets)
        ws.eachRow((row) =>
          row.eachCell({ includeEmpty: true }, (c) =>
            out.push(
              `${c.address}:${JSON.stringify([c.fill ?? null, c.border ?? null, c.font ?? null, c.numFmt ?? null, c.alignment ?? null])}`,
            ),
          ),
        );
      return out;
    };
    expect(look(second)).toEqual(look(d));
  });
});

test("a file that is not a workbook gives the reader's Vietnamese error", async () => {
  await expect(
    writeCheckedWorkbook(new TextEncoder().encode("not a zip"), fixtureReport("kh-khong-dau")),
  ).rejects.toThrow(/bị hỏng|không đọc được|không phải là sổ tính/);
});

test("a user's sheet made under the name of one of ours (ours deleted) is kept", async () => {
  const report = fixtureReport("kh-khong-dau");
  const once = await writeCheckedWorkbook(fixtureBytes("kh-khong-dau"), report);
  const wb = await load(once);
  wb.removeWorksheet(wb.getWorksheet("Theo đơn vị")!.id);
  const mine = wb.addWorksheet("Theo đơn vị");
  mine.getCell("A1").value = "Bảng riêng của phòng";
  const edited = await toBytes(wb);
  const again = await load(await writeCheckedWorkbook(edited, report));
  expect(again.getWorksheet("Theo đơn vị")!.getCell("A1").value).toBe("Bảng riêng của phòng");
  expect(again.getWorksheet("Theo đơn vị (2)")!.getCell("A1").value).toBe(
    "TỔNG HỢP TÌNH HÌNH THỰC HIỆN KẾ HOẠCH THEO ĐƠN VỊ",
  );
});

test("a user's own sheet called _kehoach stops the run with a Vietnamese message, before anything is written", async () => {
  const wb = await load(fixtureBytes("kh-khong-dau"));
  wb.addWorksheet(MARKER_SHEET).getCell("A1").value = "ghi chú riêng";
  const input = await toBytes(wb);
  await expect(writeCheckedWorkbook(input, fixtureReport("kh-khong-dau"))).rejects.toThrow(/Đổi tên trang tính/);
});

test("English sheet names and headers with lang en", async () => {
  const wb = await load(
    await writeCheckedWorkbook(fixtureBytes("kh-khong-dau"), fixtureReport("kh-khong-dau"), { lang: "en" }),
  );
  expect(wb.worksheets.map((w) => w.name)).toEqual([
    "Sheet1",
    "By unit",
    "Overdue and due soon",
    "By due period",
    "By section",
    "Issues",
    MARKER_SHEET,
  ]);
  expect(wb.getWorksheet("By unit")!.getCell("C4").value).toBe("Tasks");
});

test("the marker sheet: settings (column J) kept as they are, column H holds the shared highlight state", async () => {
  const wb = await load(fixtureBytes("kh-rui-ro-2025"));
  const marker = wb.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
  marker.getCell("A1").value = "kehoach:generated-sheets";
  marker.getCell("H1").value = "kehoach:highlight-state";
  marker.getCell("H2").value = '|{"version":1,"sheets":[]}';
  marker.getCell("J1").value = "kehoach:settings";
  marker.getCell("J2").value = '|{"dueSoonDays":10,"units":["Văn phòng"]}';
  marker.getCell("J2").numFmt = "@";
  const input = await toBytes(wb);
  const once = await writeCheckedWorkbook(input, fixtureReport("kh-rui-ro-2025"));
  const twice = await writeCheckedWorkbook(once, fixtureReport("kh-rui-ro-2025"));
  for (const bytes of [once, twice]) {
    const m = (await load(bytes)).getWorksheet(MARKER_SHEET)!;
    expect(m.getCell("H1").value).toBe("kehoach:highlight-state");
    const column: unknown[] = [];
    for (let r = 1; r <= m.rowCount; r++) column.push(m.getCell(r, 8).value);
    const { state, error } = readHighlightStateCells(column);
    expect(error).toBeNull();
    expect(state.sheets.map((s) => s.sheet)).toEqual(["KH rủi ro 2025"]);
    expect(state.sheets[0].blocks.length).toBeGreaterThan(0);
    expect(m.getCell("J2").value).toBe('|{"dueSoonDays":10,"units":["Văn phòng"]}');
    expect(m.getCell("J2").numFmt).toBe("@");
    expect(m.getCell("A2").value).toBe("Theo đơn vị");
    // No second backup format: the legacy columns C:F stay empty.
    for (let r = 1; r <= m.rowCount; r++) for (let c = 3; c <= 6; c++) expect(m.getCell(r, c).value).toBeNull();
  }
  expect(await parts(twice)).toEqual(await parts(once));
});

test("a legacy backup in columns C:F (older versions of this writer) is restored exactly, then dropped", async () => {
  const report = fixtureReport("kh-khong-dau");
  const wb = await load(fixtureBytes("kh-khong-dau"));
  const ws = wb.getWorksheet("Sheet1")!;
  const originalB6 = JSON.stringify(ws.getCell("B6").style.fill ?? null);
  const themed = { type: "pattern", pattern: "solid", fgColor: { theme: 4, tint: 0.5999 } };
  // What an older writer left: B6 and C6 filled as overdue, C6's original a theme fill, recorded in C:F.
  const overdue = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFFFC7CE" } };
  ws.getCell("B6").style = { ...ws.getCell("B6").style, fill: overdue };
  ws.getCell("C6").style = { ...ws.getCell("C6").style, fill: overdue };
  const marker = wb.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
  marker.getCell("A1").value = "kehoach:generated-sheets";
  marker.getCell("C1").value = "kehoach:highlight-backup";
  marker.getRow(2).values = [undefined, undefined, "Sheet1", "B6", "fill", originalB6 === "null" ? "" : originalB6];
  marker.getRow(3).values = [undefined, undefined, "Sheet1", "C6", "fill", JSON.stringify(themed)];
  const changed: PlanReport = JSON.parse(JSON.stringify(report));
  for (const i of changed.sheets[0].items) if (i.type === "task" && i.row === 6) i.status = "open";
  const out = await load(await writeCheckedWorkbook(await toBytes(wb), changed));
  const sheet = out.getWorksheet("Sheet1")!;
  expect(JSON.stringify(sheet.getCell("B6").style.fill ?? null)).toBe(originalB6);
  expect(sheet.getCell("C6").style.fill).toEqual(themed);
  const m = out.getWorksheet(MARKER_SHEET)!;
  expect(m.getCell("C1").value).toBeNull();
  expect(m.getCell("C2").value).toBeNull();
});

test("highlighting the add-in drew in Excel (state in column H) is put back before drawing", async () => {
  const report = fixtureReport("kh-khong-dau");
  const wb = await load(fixtureBytes("kh-khong-dau"));
  const ws = wb.getWorksheet("Sheet1")!;
  const srcFill = (a: string) => JSON.stringify(ws.getCell(a).fill ?? null);
  const originalC6 = srcFill("C6");
  // What the add-in would leave: row 6 filled as overdue, D7 framed as invalid, and the originals in H.
  ws.getCell("B6").style = {
    ...ws.getCell("B6").style,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } },
  };
  ws.getCell("C6").style = {
    ...ws.getCell("C6").style,
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } },
  };
  const red = { style: "medium" as const, color: { argb: "FFC00000" } };
  ws.getCell("D7").style = { ...ws.getCell("D7").style, border: { top: red, left: red, bottom: red, right: red } };
  const none = { style: "None", color: "#000000", weight: "Thin" };
  const thin = { style: "Continuous", color: "#000000", weight: "Thin" };
  const state = {
    version: 1,
    sheets: [
      {
        sheet: "Sheet1",
        id: "{1}",
        blocks: [
          { a: "B6:C6", fill: [["#FFFF00", null]] },
          { a: "D7", borders: { top: thin, bottom: thin, left: none, right: none } },
        ],
      },
    ],
  };
  const marker = wb.addWorksheet(MARKER_SHEET, { state: "veryHidden" });
  marker.getCell("A1").value = "kehoach:generated-sheets";
  marker.getCell("H1").value = "kehoach:highlight-state";
  marker.getCell("H2").value = "|" + JSON.stringify(state);
  const input = await toBytes(wb);

  // Row 6 is no longer overdue: nothing of ours is drawn there.
  const changed: PlanReport = JSON.parse(JSON.stringify(report));
  for (const i of changed.sheets[0].items) if (i.type === "task" && i.row === 6) i.status = "open";
  const out = (await load(await writeCheckedWorkbook(input, changed))).getWorksheet("Sheet1")!;
  expect((out.getCell("B6").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFFF00");
  expect(JSON.stringify(out.getCell("C6").fill ?? null)).toBe(originalC6);
  expect(out.getCell("D7").border.top?.style).toBe("thin");
  expect(out.getCell("D7").border.left).toBeUndefined();
  expect(out.getCell("C6").value).toBe(ws.getCell("C6").value);
});

test("a user's in-workbook links (which exceljs drops on reading) are kept in the copy", async () => {
  // A table of contents linking to the plan, saved the way Excel saves such links.
  const wb = await load(fixtureBytes("kh-rui-ro-2025"));
  const toc = wb.addWorksheet("Mục lục");
  toc.getCell("A1").value = { text: "Đến kế hoạch", hyperlink: "#'KH rủi ro 2025'!D7" };
  toc.getCell("A2").value = { text: "Trang chủ", hyperlink: "https://example.gov.vn/" };
  const { fixInternalHyperlinks } = await import("../../src/file/write-hyperlinks");
  const input = await fixInternalHyperlinks(await toBytes(wb));
  const report0 = fixtureReport("kh-rui-ro-2025");
  const report = planReportSchema.parse({
    ...report0,
    sheets: [
      ...report0.sheets,
      {
        sheet: "Mục lục",
        recognized: false,
        reason: "Không có bảng",
        planYear: null,
        table: null,
        items: [],
        issues: [],
      },
    ],
  });
  const once = await writeCheckedWorkbook(input, report);
  const twice = await writeCheckedWorkbook(once, report);
  for (const bytes of [once, twice]) {
    const p = await parts(bytes);
    const tocXml = Object.entries(p).find(
      ([path, xml]) => path.startsWith("xl/worksheets/sheet") && xml.includes('ref="A1" location='),
    )?.[1];
    expect(tocXml).toBeDefined();
    expect(tocXml).toMatch(/<hyperlink ref="A1" location="&apos;KH rủi ro 2025&apos;!D7"\/>/);
    expect(tocXml).toMatch(/<hyperlink ref="A2" r:id="rId\d+"\/>/); // the web link stays an external link
  }
  expect(await parts(twice)).toEqual(await parts(once));
});

test("the overdue list shows the status cell as Excel displays it", async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRow(["STT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn", "Tình hình"]);
  ws.addRow([1, "Việc một", "Văn phòng", null, "Trước ngày 1/10/2025", 0.5]);
  ws.getCell("F2").numFmt = "0%";
  ws.addRow([2, "Việc hai", "Văn phòng", null, "Trước ngày 2/10/2025", null]);
  const due = (d: string) => ({ text: `Trước ngày ${d}`, kind: "date" as const, due: `2025-10-0${d[0]}` });
  const report = syntheticReport([
    { row: 2, task: "Việc một", lead: ["Văn phòng"], status: "overdue", deadline: due("1/10/2025") },
    { row: 3, task: "Việc hai", lead: ["Văn phòng"], status: "overdue", deadline: due("2/10/2025") },
  ]);
  const out = await load(await writeCheckedWorkbook(await toBytes(wb), report));
  const list = out.getWorksheet("Quá hạn và sắp đến hạn")!;
  expect(list.getCell("H5").value).toBe("50%");
  expect(list.getCell("H6").value).toBe("Quá hạn 13 ngày");
});
