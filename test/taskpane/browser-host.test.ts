import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { BrowserFileHost, checkedFileName, LazyBrowserHost } from "../../src/browser";
import { fixtureReport } from "./fake-host";

/** The browser page's host on the real fixtures: same findings as the expected reports. */

const FIXTURES = path.join(__dirname, "..", "fixtures");

function bytesOf(name: string): ArrayBuffer {
  const buf = fs.readFileSync(path.join(FIXTURES, name));
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

jest.setTimeout(60_000);

test("kh-607: open, check, preview around an issue, download with summary sheets", async () => {
  const expected = fixtureReport("kh-607-bqlkkt-2025");
  const host = new BrowserFileHost("vi");
  await expect(host.check({ asOf: expected.asOf })).rejects.toThrow("Chưa mở tệp nào");

  await host.openWorkbook(bytesOf("kh-607-bqlkkt-2025.xlsx"), "kh-607-bqlkkt-2025.xlsx");
  expect(host.currentFileName()).toBe("kh-607-bqlkkt-2025.xlsx");
  const { report } = await host.check({ asOf: expected.asOf, dueSoonDays: 7 });
  expect(report.sheets.map((s) => [s.sheet, s.recognized])).toEqual(expected.sheets.map((s) => [s.sheet, s.recognized]));
  expect({ ...report.sheets[0].table, evidence: undefined }).toEqual({ ...expected.sheets[0].table, evidence: undefined });
  const statuses = (r: typeof report) => r.sheets[0].items.flatMap((i) => (i.type === "task" ? [i.status] : [])).sort();
  expect(statuses(report)).toEqual(statuses(expected));

  await host.selectCell("Phụ lục", "C44");
  const preview = host.preview("Phụ lục", "C44", 2)!;
  expect(preview.selected).toEqual({ row: 44, column: "C" });
  expect(preview.rows.map((r) => r.row)).toEqual([42, 43, 44, 45, 46]);
  expect(preview.columns).toEqual(["A", "B", "C", "D", "E"]);
  await expect(host.selectCell("Không có", "A1")).rejects.toThrow("Không có trang tính");

  const { fileName, data } = await host.exportCheckedWorkbook(report, { asOf: expected.asOf });
  expect(fileName).toBe("kh-607-bqlkkt-2025.checked.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const names = wb.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(["Phụ lục", "Hướng dẫn", "Theo đơn vị", "Quá hạn và sắp đến hạn"]));
  await expect(host.generateSummary()).rejects.toThrow("Tải về");
});

test("bad files: the reader's message, in the page's language", async () => {
  const text = new TextEncoder().encode("không phải sổ tính").buffer as ArrayBuffer;
  await expect(new BrowserFileHost("vi").openWorkbook(text, "ghi-chu.xlsx")).rejects.toThrow(/không phải là sổ tính Excel/);
  await expect(new BrowserFileHost("en").openWorkbook(text, "notes.xlsx")).rejects.toThrow(/is not an Excel workbook/);
  const ole = new Uint8Array(1024);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  await expect(new BrowserFileHost("vi").openWorkbook(ole.buffer, "cu.xls")).rejects.toThrow(/\.xls/);
});

test("checked file names follow the CLI's", () => {
  expect(checkedFileName("ke-hoach.xlsx")).toBe("ke-hoach.checked.xlsx");
  expect(checkedFileName("KH.XLSM")).toBe("KH.checked.xlsx");
});

test("the lazy shell keeps settings before the real host arrives, then delegates to it", async () => {
  const expected = fixtureReport("kh-rui-ro-2025");
  const host = new LazyBrowserHost("vi");
  await host.saveSettings({ asOf: expected.asOf, dueSoonDays: 7, columnOverrides: {}, units: [] });
  expect((await host.loadSettings()).settings.asOf).toBe(expected.asOf);
  expect(host.currentFileName()).toBeNull();
  expect(host.preview("KH rủi ro 2025", "F10")).toBeNull();
  await host.openWorkbook(bytesOf("kh-rui-ro-2025.xlsx"), "kh-rui-ro-2025.xlsx");
  const { report } = await host.check({ asOf: expected.asOf });
  expect(report.sheets[0].items.filter((i) => i.type === "task")).toHaveLength(11);
  await host.selectCell("KH rủi ro 2025", "F10");
  expect(host.preview("KH rủi ro 2025", "F10")?.selected).toEqual({ row: 10, column: "F" });
  expect(host.currentFileName()).toBe("kh-rui-ro-2025.xlsx");
});
