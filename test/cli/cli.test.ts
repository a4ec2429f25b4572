import ExcelJS from "exceljs";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { planReportSchema, type PlanReport } from "../../src/core/report";
import { main, memoryIo } from "../../src/cli";
import { formatReport, hasErrors, issueLine } from "../../src/cli/format-report";
import { readWorkbookFile } from "../../src/file/read-file-node";

const ROOT = path.join(__dirname, "..", "..");
const FIXTURES = path.join(ROOT, "test", "fixtures");
const tmp = mkdtempSync(path.join(tmpdir(), "kehoach-cli-"));

async function run(argv: string[], cwd = ROOT) {
  const io = memoryIo("2025-10-15", cwd);
  const code = await main(argv, io);
  return { code, out: io.out, err: io.err };
}

function expectedReport(name: string): PlanReport {
  return planReportSchema.parse(JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8")));
}

function writeTmp(name: string, bytes: Uint8Array | string): string {
  const p = path.join(tmp, name);
  writeFileSync(p, bytes);
  return p;
}

describe("kehoach: help, version, arguments", () => {
  test("--help prints usage in Vietnamese, --lang en in English; exit 0", async () => {
    const vi = await run(["--help"]);
    expect(vi.code).toBe(0);
    expect(vi.out).toMatch(/Cách dùng/);
    expect(vi.out).toMatch(/--as-of/);
    const en = await run(["--help", "--lang", "en"]);
    expect(en.out).toMatch(/Usage/);
  });

  test("--version prints the package version", async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8"));
    const r = await run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.out.trim()).toBe(`kehoach ${pkg.version}`);
  });

  test.each([
    [[], /Cách dùng/],
    [["frobnicate"], /không có lệnh "frobnicate"/],
    [["check"], /Thiếu tên tệp/],
    [["check", "a.xlsx", "b.xlsx", "--out", "c.xlsx"], /một tệp/],
    [["check", "a.xlsx", "--as-of", "2025-02-31"], /--as-of "2025-02-31" không hợp lệ/],
    [["check", "a.xlsx", "--as-of"], /cần một giá trị/],
    [["check", "a.xlsx", "--due-soon-days", "-3"], /--due-soon-days/],
    [["check", "a.xlsx", "--due-soon-days", "abc"], /--due-soon-days "abc" không hợp lệ/],
    [["check", "a.xlsx", "--lang", "fr"], /--lang/],
    [["check", "a.xlsx", "--colour"], /Không hiểu tùy chọn "--colour"/],
    [["check", "a.xlsx", "--json=yes"], /không nhận giá trị/],
  ])("bad arguments %p -> exit 2 with a clear message", async (argv, message) => {
    const r = await run(argv as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  });

  test("usage errors in English with --lang en", async () => {
    const r = await run(["check", "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Missing the file to check/);
  });
});

describe("kehoach deadline (delegated to the deadline command)", () => {
  test("reads one phrase", async () => {
    const r = await run(["deadline", "Trước ngày 15/8/2026", "--plan-year", "2026"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ kind: "date", due: "2026-08-15" });
  });

  test("--tsv reads standard input", async () => {
    const io = memoryIo("2025-10-15", ROOT, "Quý III/2025\t2025\nThường xuyên\t2025\n");
    const code = await main(["deadline", "--tsv"], io);
    expect(code).toBe(0);
    expect(io.out).toBe("period\t2025-09-30\nrecurring\t\n");
  });
});

describe("kehoach check: unreadable input -> exit 2, message on stderr, nothing on stdout", () => {
  const cases: [string, () => Promise<string> | string, RegExp][] = [
    ["missing file", () => path.join(tmp, "khong-ton-tai.xlsx"), /Không tìm thấy tệp/],
    ["not a workbook (text)", () => writeTmp("ghi-chu.xlsx", "STT;Nội dung\n1;Việc"), /không phải là sổ tính Excel/],
    [
      "old .xls",
      () => {
        const b = new Uint8Array(1536);
        b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        return writeTmp("cu.xls", b);
      },
      /định dạng Excel cũ \(\.xls\)/,
    ],
    [
      "password-protected",
      () => {
        const b = new Uint8Array(2048);
        b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        b.set(
          Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]),
          1152
        );
        return writeTmp("mat-khau.xlsx", b);
      },
      /đặt mật khẩu/,
    ],
    [
      "corrupt zip",
      () => {
        const full = readFileSync(path.join(FIXTURES, "kh-607-bqlkkt-2025.xlsx"));
        return writeTmp("hong.xlsx", new Uint8Array(full.subarray(0, 4000)));
      },
      /bị hỏng/,
    ],
    [
      "empty workbook",
      async () => {
        const wb = new ExcelJS.Workbook();
        wb.addWorksheet("Sheet1");
        return writeTmp("trong.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
      },
      /không có dữ liệu/,
    ],
    ["zero-byte file", () => writeTmp("rong.xlsx", new Uint8Array(0)), /không có dữ liệu/],
  ];

  test.each(cases)("%s", async (_label, make, message) => {
    const file = await make();
    const r = await run(["check", file, "--json"]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(message);
    expect(r.err).not.toMatch(/\n\s+at /);
  });

  test("an unexpected failure inside the checker gives exit 2 and a message, never a stack trace", async () => {
    const io = memoryIo("2025-10-15", ROOT);
    const failing = {
      checkWorkbook: async () => () => {
        throw new Error("boom");
      },
      writeCheckedWorkbook: async () => null,
    };
    const code = await main(["check", "test/fixtures/kh-rui-ro-2025.xlsx"], io, failing);
    expect(code).toBe(2);
    expect(io.out).toBe("");
    expect(io.err).toMatch(/lỗi không mong đợi: boom/);
    expect(io.err).not.toMatch(/\n\s+at /);
  });

  test("the message follows --lang en", async () => {
    const r = await run(["check", path.join(tmp, "nope.xlsx"), "--lang", "en"]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/was not found/);
  });

  test("--out equal to the input is refused before anything is read or written", async () => {
    const input = path.join(tmp, "goc.xlsx");
    copyFileSync(path.join(FIXTURES, "kh-rui-ro-2025.xlsx"), input);
    const before = statSync(input).mtimeMs;
    const r = await run(["check", "goc.xlsx", "--out", "./goc.xlsx"], tmp);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out phải là một tệp khác/);
    expect(statSync(input).mtimeMs).toBe(before);
  });

  test("--per-unit adds one sheet per lead unit to the --out copy, with the reminder to send", async () => {
    const input = path.join(tmp, "per-unit.xlsx");
    copyFileSync(path.join(FIXTURES, "kh-607-bqlkkt-2025.xlsx"), input);
    const out = path.join(tmp, "per-unit.checked.xlsx");
    const r = await run(["check", input, "--as-of", "2025-10-15", "--out", out, "--per-unit"], tmp);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const office = wb.getWorksheet("Văn phòng");
    expect(office).toBeDefined();
    const texts: string[] = [];
    office!.eachRow((row) => {
      const v = row.getCell(1).value;
      if (typeof v === "string") texts.push(v);
    });
    expect(texts).toContain("Đề nghị Văn phòng khẩn trương hoàn thành các nhiệm vụ sau:");
  });

  test("--out into a folder that does not exist: a clear message before anything is read", async () => {
    const input = path.join(tmp, "to-missing.xlsx");
    copyFileSync(path.join(FIXTURES, "kh-khong-dau.xlsx"), input);
    const r = await run(["check", input, "--out", path.join(tmp, "khong-co", "x.xlsx")], tmp);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/thư mục ".*khong-co" không tồn tại/);
    const en = await run(["check", input, "--out", "nope/x.xlsx", "--lang", "en"], tmp);
    expect(en.err).toMatch(/the folder ".*nope" does not exist/);
  });

  test("a workbook with no plan table says so and exits 1", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Ghi chú").getCell("A1").value = "Danh sách điện thoại của cơ quan";
    const file = path.join(tmp, "khong-co-bang.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run(["check", file], tmp);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/không tìm thấy bảng kế hoạch nào trong/);
  });

  test("--columns corrects a role's column on every sheet; a bad value is a usage error", async () => {
    const file = path.join(FIXTURES, "kh-607-bqlkkt-2025.xlsx");
    const r = await run(["check", file, "--as-of", "2025-10-15", "--json", "--columns", "lead=d,support=-"]);
    const report = JSON.parse(r.out) as PlanReport;
    const sheet = report.sheets.find((s) => s.recognized)!;
    expect(sheet.table!.columns.lead).toBe("D");
    expect(sheet.table!.columns.support).toBeNull();
    const bad = await run(["check", file, "--columns", "lead:D"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--columns "lead:D" không hợp lệ/);
    const unknown = await run(["check", file, "--columns", "boss=A", "--lang", "en"]);
    expect(unknown.err).toMatch(/roles: stt, task, lead/);
  });

  test("issue lines name the file relative to the current folder, however it was given", async () => {
    const abs = path.join(FIXTURES, "kh-khong-dau.xlsx");
    const r = await run(["check", abs, "--as-of", "2025-11-01"], ROOT);
    const first = r.out.split("\n")[0];
    expect(first.startsWith(`${path.join("test", "fixtures", "kh-khong-dau.xlsx")}:`)).toBe(true);
    const inside = await run(["check", "./kh-khong-dau.xlsx", "--as-of", "2025-11-01"], FIXTURES);
    expect(inside.out.split("\n")[0].startsWith("kh-khong-dau.xlsx:")).toBe(true);
  });

  test("--out must be an .xlsx name", async () => {
    const r = await run(["check", path.join(FIXTURES, "kh-rui-ro-2025.xlsx"), "--out", path.join(tmp, "ra.csv")]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/\.xlsx/);
  });
});

describe("report text (from the fixtures' expected reports)", () => {
  test("issues one a line like a linter, then counts by status per sheet", () => {
    const report = expectedReport("kh-607-bqlkkt-2025");
    const text = formatReport(report, "vi", "kh-607-bqlkkt-2025.xlsx");
    const lines = text.split("\n");
    expect(lines).toContain("kh-607-bqlkkt-2025.xlsx:Phụ lục!C44  lỗi  missing_lead  " + report.sheets[0].issues.find((i) => i.code === "missing_lead")!.message);
    const issueLines = lines.filter((l) => l.startsWith("kh-607-bqlkkt-2025.xlsx:"));
    expect(issueLines.length).toBe(18);
    expect(text).toMatch(/Phụ lục: 63 nhiệm vụ, 19 mục/);
    expect(text).toMatch(/quá hạn 2 · sắp đến hạn 2 · chưa đến hạn 38 · thường xuyên \/ không có hạn 14 · đã hoàn thành 7/);
    expect(text).toMatch(/Hướng dẫn: không có bảng kế hoạch/);
    expect(text).toMatch(/Xét ngày 15\/10\/2025/);
    // Issues are counted by their severity's one name, never "vấn đề" or "mục".
    expect(text).toMatch(/^5 lỗi, 13 cảnh báo\.$/m);
    expect(text).not.toMatch(/vấn đề|Đang thực hiện/);
    expect(hasErrors(report)).toBe(true);
  });

  test("the overdue and due-soon tasks are listed, named by section and number, with their cell", () => {
    const report = expectedReport("kh-607-bqlkkt-2025");
    const lines = formatReport(report, "vi", "kh.xlsx").split("\n");
    const start = lines.indexOf("  Quá hạn (2):");
    expect(start).toBeGreaterThan(0);
    expect(lines[start + 1]).toBe(
      "    Mục II, nhiệm vụ 3 · Tham gia các Hội nghị, hội thảo tập huấn chuyên đề CCHC. · Văn phòng · hạn 30/09/2025 · quá 15 ngày · Phụ lục!B18",
    );
    expect(lines[start + 3]).toBe("  Sắp đến hạn (2):");
    expect(lines[start + 4]).toMatch(/^    Mục IV, nhiệm vụ 6 · .+ · hạn 20\/10\/2025 · còn 5 ngày · Phụ lục!B34$/);
    expect(lines[start + 5]).toMatch(/· hạn 15\/10\/2025 · đến hạn hôm nay · Phụ lục!B40$/);
    const en = formatReport(report, "en").split("\n");
    expect(en).toContain("  Overdue (2):");
    expect(en.some((l) => /^    Section VII, task 3 · .+ · due 2025-09-30 · 15 days late · Phụ lục!B52$/.test(l))).toBe(true);
  });

  test("a multi-line cell never breaks the one-issue-a-line format", () => {
    const issue = { row: 9, column: "E", code: "unparsed_deadline" as const, severity: "warning" as const, message: 'Không đọc được "Quý III\n(dự kiến)"' };
    expect(issueLine("a.xlsx", "KH\n2025", issue, "vi")).toBe('a.xlsx:KH 2025!E9  cảnh báo  unparsed_deadline  Không đọc được "Quý III (dự kiến)"');
    const report = expectedReport("kh-607-bqlkkt-2025");
    const task = report.sheets[0].items.find((i) => i.type === "task" && i.status === "overdue")!;
    (task as { task: string | null }).task = "Dòng một\nDòng hai";
    expect(formatReport(report, "vi")).toMatch(/Mục II, nhiệm vụ 3 · Dòng một Dòng hai · /);
  });

  test("--lang en keeps the details the message quotes: the cell's text, the units, the error, the numbers", () => {
    const text = formatReport(expectedReport("kh-607-bqlkkt-2025"), "en", "kh.xlsx");
    expect(text).toContain('kh.xlsx:Phụ lục!D19  warning  unparsed_deadline  Deadline "Trước Tết Nguyên đán" not understood: write');
    expect(text).toContain("2 lead units (Văn phòng; Ban Quản lý dự án hạ tầng): keep one in charge");
    expect(text).toMatch(/Cell [A-Z]+\d+ holds the Excel error #REF!/);
    expect(text).toContain("Number 6 does not follow 4");
    expect(text).toContain('The date "31/02/2025" does not exist');
  });

  test("English wording with --lang en", () => {
    const report = expectedReport("kh-rui-ro-2025");
    const text = formatReport(report, "en");
    expect(text).toMatch(/kh-rui-ro-2025\.xlsx:KH rủi ro 2025!F\d+  warning  multiple_leads  \d+ lead units \(Văn phòng; /);
    expect(text).toMatch(/due soon 1/);
    expect(hasErrors(report)).toBe(false);
  });

  test("whole-row and sheet-level issues are located by row and by sheet", () => {
    expect(issueLine("a.xlsx", "S", { row: 5, column: null, code: "duplicate_stt", severity: "error", message: "m" }, "vi")).toBe(
      "a.xlsx:S!5:5  lỗi  duplicate_stt  m"
    );
    expect(issueLine("a.xlsx", "S", { row: null, column: null, code: "legacy_encoding", severity: "info", message: "m" }, "vi")).toBe(
      "a.xlsx:S  thông tin  legacy_encoding  m"
    );
  });
});

describe("kehoach check on the fixtures (the engine end to end)", () => {
  test("--json prints only the report, which passes the schema; exit 1 when errors are found", async () => {
    const r = await run(["check", "test/fixtures/kh-607-bqlkkt-2025.xlsx", "--as-of", "2025-10-15", "--json"]);
    expect(r.err).toBe("");
    const report = planReportSchema.parse(JSON.parse(r.out));
    expect(report.file).toBe("kh-607-bqlkkt-2025.xlsx");
    expect(report.asOf).toBe("2025-10-15");
    expect(report.dueSoonDays).toBe(7);
    expect(report.sheets.map((s) => s.sheet)).toEqual(["Phụ lục", "Hướng dẫn"]);
    expect(r.code).toBe(report.sheets.some((s) => s.issues.some((i) => i.severity === "error")) ? 1 : 0);
    expect(r.code).toBe(1);
  });

  test("exit 0 on a plan without error-severity issues; --due-soon-days reaches the report", async () => {
    const r = await run(["check", path.join(FIXTURES, "kh-rui-ro-2025.xlsx"), "--as-of=2025-11-01", "--due-soon-days", "10", "--json"]);
    const report = planReportSchema.parse(JSON.parse(r.out));
    expect(report.dueSoonDays).toBe(10);
    expect(r.code).toBe(0);
  });

  test("the readable report lists issues and counts", async () => {
    const r = await run(["check", "test/fixtures/kh-34-krongpa-2020.xlsx", "--as-of", "2020-09-01"]);
    expect(r.out).toMatch(/^test\/fixtures\/kh-34-krongpa-2020\.xlsx:Phụ lục!F\d+  lỗi  missing_deadline  /m);
    expect(r.out).toMatch(/Phụ lục: \d+ nhiệm vụ/);
    expect(r.code).toBe(1);
  });

  test("without --as-of the day is today", async () => {
    const r = await run(["check", path.join(FIXTURES, "kh-khong-dau.xlsx"), "--json"]);
    expect(JSON.parse(r.out).asOf).toBe("2025-10-15"); // memoryIo's today
  });

  test("--out writes a checked copy with generated sheets; the input file is never modified", async () => {
    const input = path.join(tmp, "nguyen-ven.xlsx");
    const out = path.join(tmp, "nguyen-ven.checked.xlsx");
    copyFileSync(path.join(FIXTURES, "kh-607-bqlkkt-2025.xlsx"), input);
    const before = readFileSync(input);
    const r = await run(["check", input, "--as-of", "2025-10-15", "--out", out, "--json"]);
    expect(r.code).toBe(1);
    expect(() => JSON.parse(r.out)).not.toThrow(); // stdout stays pure JSON
    expect(r.err).toMatch(/Đã ghi bản đã kiểm tra/);
    expect(readFileSync(input).equals(before)).toBe(true);
    const sheets = await readWorkbookFile(out);
    expect(sheets[0].name).toBe("Phụ lục");
    expect(sheets.some((s) => s.generated === true)).toBe(true);
    expect(sheets.filter((s) => !s.generated).map((s) => s.name)).toEqual(["Phụ lục", "Hướng dẫn"]);
    // Checking the checked copy reports the user's sheets only.
    const again = await run(["check", out, "--as-of", "2025-10-15", "--json"]);
    expect(JSON.parse(again.out).sheets.map((s: { sheet: string }) => s.sheet)).toEqual(["Phụ lục", "Hướng dẫn"]);
  });

  test("--out refused when the user has a sheet named _kehoach: exit 2, nothing written", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(FIXTURES, "kh-rui-ro-2025.xlsx"));
    wb.addWorksheet("_kehoach").getCell("A1").value = "ghi chú riêng";
    const input = writeTmp("co-trang-kehoach.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    const out = path.join(tmp, "co-trang-kehoach.checked.xlsx");
    const r = await run(["check", input, "--as-of", "2025-11-01", "--out", out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/_kehoach/);
    expect(existsSync(out)).toBe(false);
  });

  test("--exit-zero exits 0 although errors are found", async () => {
    const r = await run(["check", path.join(FIXTURES, "kh-607-bqlkkt-2025.xlsx"), "--as-of", "2025-10-15", "--exit-zero"]);
    expect(r.out).toMatch(/  lỗi  /);
    expect(r.code).toBe(0);
  });
});
