/**
 * `kehoach check` options and outputs of issue 12: --columns, a workbook without a plan table,
 * --lang en with the details, paths as the user typed them, --out into a missing folder.
 */
import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { planReportSchema, type PlanReport } from "../../src/core/report";
import { main, memoryIo } from "../../src/cli";
import { parseColumns } from "../../src/cli/columns";
import { UsageError } from "../../src/cli/args";

jest.setTimeout(30000);

const ROOT = path.join(__dirname, "..", "..");
const FIXTURES = path.join(ROOT, "test", "fixtures");
const tmp = mkdtempSync(path.join(tmpdir(), "kehoach-cli-options-"));
const sub = path.join(tmp, "ban-lam-viec");
mkdirSync(sub);
for (const f of ["kh-607-bqlkkt-2025.xlsx", "kh-rui-ro-2025.xlsx"])
  copyFileSync(path.join(FIXTURES, f), path.join(tmp, f));

async function run(argv: string[], cwd = ROOT) {
  const io = memoryIo("2025-10-15", cwd);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

const K607 = path.join(FIXTURES, "kh-607-bqlkkt-2025.xlsx");

async function report(argv: string[]): Promise<PlanReport> {
  const r = await run(["check", ...argv, "--json"]);
  expect(r.code).not.toBe(2);
  return planReportSchema.parse(JSON.parse(r.out));
}

describe("--columns corrects a column role", () => {
  test("role=- says the table has no such column (no missing_lead then), for every sheet", async () => {
    const before = await report([K607]);
    expect(before.sheets[0].issues.some((i) => i.code === "missing_lead")).toBe(true);
    const after = await report([K607, "--columns", "lead=-"]);
    expect(after.sheets[0].table!.columns.lead).toBeNull();
    expect(after.sheets[0].issues.some((i) => i.code === "missing_lead")).toBe(false);
    expect(after.sheets[0].table!.evidence?.roles.lead).toBeUndefined();
  });

  test("role=LETTER moves the role to that column (user evidence); Vietnamese role names work too", async () => {
    const r = await report([K607, "--columns", "phoi-hop=e"]);
    const t = r.sheets[0].table!;
    expect(t.columns.support).toBe("E");
    expect(t.columns.output).toBeNull(); // a column has one role
    expect(t.evidence?.roles.support).toEqual({ source: "user", code: "user_override" });
  });

  test("Sheet!role=… applies to that sheet only; a sheet the workbook lacks is said on stderr", async () => {
    const one = await report([K607, "--columns", "Hướng dẫn!lead=-"]);
    expect(one.sheets[0].table!.columns.lead).toBe("C");
    const both = await report([K607, "--columns", "Phụ lục!lead=-,deadline=D"]);
    expect(both.sheets[0].table!.columns.lead).toBeNull();
    const r = await run(["check", K607, "--columns", "Không có!lead=D"]);
    expect(r.err).toMatch(/--columns ghi tên trang tính không có trong tệp: "Không có"/);
  });

  test.each([
    ["chairman=D", /--columns "chairman=D" không hợp lệ: không có vai trò cột "chairman" \(vai trò: stt, task/, /there is no column role "chairman"/],
    ["lead=4", /cột phải là chữ cái từ A đến XFD/, /the column must be letters from A to XFD/],
    ["lead=XFE", /cột phải là chữ cái/, /must be letters/],
    ["lead", /ghi vai trò=cột/, /write role=column/],
    ["lead=D,lead=E", /được ghi hai lần/, /given twice/],
    ["!lead=D", /thiếu tên trang tính/, /sheet name before "!" is missing/],
    [",", /ít nhất một vai trò=cột/, /at least one role=column/],
  ])("--columns %p is a usage error (exit 2, Vietnamese and English)", async (value, vi, en) => {
    const r = await run(["check", K607, "--columns", value]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(vi);
    const e = await run(["check", K607, "--columns", value, "--lang", "en"]);
    expect(e.code).toBe(2);
    expect(e.err).toMatch(en);
  });

  test("parseColumns: every sheet under '*', quoted sheet names, letters upper-cased", () => {
    expect(parseColumns("lead=d, deadline=E,'Phụ lục 2'!status=-")).toEqual({
      "*": { lead: "D", deadline: "E" },
      "Phụ lục 2": { status: null },
    });
    expect(() => parseColumns("x=1")).toThrow(UsageError);
  });

  test("--columns reaches every file of a run over several files", async () => {
    const r = await run(
      ["check", "kh-607-bqlkkt-2025.xlsx", "kh-rui-ro-2025.xlsx", "--json", "--columns", "lead=-"],
      tmp,
    );
    const reports: PlanReport[] = JSON.parse(r.out);
    for (const x of reports) expect(x.sheets[0].table!.columns.lead).toBeNull();
  });
});

describe("a workbook with no plan table", () => {
  let file: string;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Danh sách");
    ws.addRow(["STT", "Họ và tên", "Chức vụ", "Đơn vị"]);
    ws.addRow([1, "Nguyễn Văn A", "Trưởng phòng", "Phòng Tư pháp"]);
    ws.addRow([2, "Trần Thị B", "Chuyên viên", "Văn phòng"]);
    wb.addWorksheet("Trống");
    file = path.join(tmp, "danh-sach.xlsx");
    await wb.xlsx.writeFile(file);
  });

  test("says so in one line (which sheets, why) and exits 1", async () => {
    const r = await run(["check", "danh-sach.xlsx"], tmp);
    expect(r.code).toBe(1);
    expect(r.out.trimEnd().split("\n")).toHaveLength(1);
    expect(r.out).toMatch(
      /^danh-sach\.xlsx: không tìm thấy bảng kế hoạch nào trong 2 trang tính \("Danh sách": .+; "Trống": .+\)\n$/,
    );
    const en = await run(["check", "danh-sach.xlsx", "--lang", "en"], tmp);
    expect(en.code).toBe(1);
    expect(en.out).toBe('danh-sach.xlsx: no plan table found in 2 sheets ("Danh sách", "Trống")\n');
  });

  test("--json keeps stdout pure JSON and says it on stderr; --out writes nothing; --exit-zero exits 0", async () => {
    const out = path.join(tmp, "danh-sach.checked.xlsx");
    const r = await run(["check", "danh-sach.xlsx", "--json", "--out", out], tmp);
    expect(r.code).toBe(1);
    expect(planReportSchema.parse(JSON.parse(r.out)).sheets.every((s) => !s.recognized)).toBe(true);
    expect(r.err).toMatch(/không tìm thấy bảng kế hoạch/);
    expect(existsSync(out)).toBe(false);
    expect((await run(["check", "danh-sach.xlsx", "--exit-zero"], tmp)).code).toBe(0);
  });

  test("in a run over several files, that file's exit is 1", async () => {
    const r = await run(["check", "danh-sach.xlsx", "kh-rui-ro-2025.xlsx"], tmp);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^danh-sach\.xlsx: không tìm thấy bảng kế hoạch/m);
  });
});

describe("--lang en keeps the details of each message", () => {
  test("the dates, numbers, cells and texts of the Vietnamese messages are in the English lines", async () => {
    const rep = await report([K607]);
    const en = await run(["check", K607, "--lang", "en"]);
    const lines = en.out.split("\n");
    let checked = 0;
    for (const issue of rep.sheets[0].issues) {
      const line = lines.find(
        (l) => l.includes(`!${issue.column ?? ""}${issue.row}  `) && l.includes(` ${issue.code} `),
      );
      expect(line).toBeDefined();
      // Every quoted text and every number of the Vietnamese message is in the English line.
      const quoted = /"([^"]*)"/.exec(issue.message);
      if (quoted) expect(line).toContain(quoted[1].replace(/\s+/g, " ").trim());
      if (issue.code === "stt_sequence" || issue.code === "duplicate_stt") {
        const n = /Số thứ tự (\S+)/.exec(issue.message)![1];
        expect(line).toContain(`Number ${n} `);
      }
      if (issue.code === "cell_error") expect(line).toContain(/lỗi (\S+);/.exec(issue.message)![1]);
      checked++;
    }
    expect(checked).toBeGreaterThan(5);
    expect(en.out).not.toMatch(/chưa có nội dung|không liền sau|bị trùng|chứa lỗi/);
  });
});

describe("paths as the user typed them", () => {
  test("one file: '../x.xlsx' is shown as typed, not as an absolute path", async () => {
    const r = await run(["check", "../kh-607-bqlkkt-2025.xlsx"], sub);
    const issueLines = r.out.split("\n").filter((l) => / {2}(lỗi|cảnh báo|thông tin) {2}/.test(l));
    expect(issueLines.length).toBeGreaterThan(0);
    for (const l of issueLines) expect(l.startsWith("../kh-607-bqlkkt-2025.xlsx:Phụ lục!")).toBe(true);
    expect(r.out).not.toContain(tmp);
  });

  test("an absolute path inside the working folder is shown relative to it", async () => {
    const r = await run(["check", path.join(tmp, "kh-607-bqlkkt-2025.xlsx")], tmp);
    expect(r.out).toMatch(/^kh-607-bqlkkt-2025\.xlsx:Phụ lục!/m);
    expect(r.out).not.toContain(tmp);
  });

  test("several files and a folder: each as typed ('../x.xlsx', '../folder/y.xlsx')", async () => {
    const r = await run(["check", "../kh-607-bqlkkt-2025.xlsx", "../kh-rui-ro-2025.xlsx"], sub);
    expect(r.out).toMatch(/^\.\.\/kh-607-bqlkkt-2025\.xlsx:Phụ lục!/m);
    expect(r.out).toMatch(/^\.\.\/kh-rui-ro-2025\.xlsx:KH rủi ro 2025!/m);
    expect(r.out).not.toContain(tmp);
    const f = await run(["check", "../"], sub);
    expect(f.out).toMatch(/^\.\.\/kh-607-bqlkkt-2025\.xlsx:Phụ lục!/m);
    expect(f.out).not.toContain(tmp);
  });
});

describe("--out / --summary into a missing folder", () => {
  test("--out: exit 2, a clear message naming the folder, nothing written, no report", async () => {
    const before = readdirSync(tmp).sort();
    const r = await run(["check", "kh-607-bqlkkt-2025.xlsx", "--out", "chua-co/ra.xlsx"], tmp);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toBe(
      'kehoach: --out: thư mục "chua-co" không tồn tại; hãy tạo thư mục đó trước hoặc chọn nơi ghi khác (chưa ghi gì).\n',
    );
    expect(readdirSync(tmp).sort()).toEqual(before);
    const en = await run(["check", "kh-607-bqlkkt-2025.xlsx", "--out", "chua-co/ra.xlsx", "--lang", "en"], tmp);
    expect(en.err).toMatch(/--out: the folder "chua-co" does not exist/);
  });

  test("--summary: the same before any file is checked", async () => {
    const r = await run(
      ["check", "kh-607-bqlkkt-2025.xlsx", "kh-rui-ro-2025.xlsx", "--summary", "x/y/tong-hop.xlsx"],
      tmp,
    );
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/--summary: thư mục "x\/y" không tồn tại/);
  });
});
