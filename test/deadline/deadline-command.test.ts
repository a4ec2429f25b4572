import { Readable } from "stream";
import { readFileSync } from "fs";
import { join } from "path";
import { runDeadlineCommand } from "../../src/cli/deadline-command";

async function run(args: string[], stdin = "") {
  let out = "";
  let err = "";
  const code = await runDeadlineCommand(args, {
    stdin: Readable.from([Buffer.from(stdin, "utf8")]),
    stdout: (s) => (out += s),
    stderr: (s) => (err += s),
  });
  return { code, out, err };
}

describe("kehoach deadline", () => {
  it("prints kind and due as JSON", async () => {
    expect(await run(["Trước ngày 15/8/2026", "--plan-year", "2026"])).toEqual({
      code: 0,
      out: '{"kind":"date","due":"2026-08-15"}\n',
      err: "",
    });
    expect((await run(["Quý IV", "--plan-year=2024"])).out).toBe('{"kind":"period","due":"2024-12-31"}\n');
    expect((await run(["Thường xuyên"])).out).toBe('{"kind":"recurring","due":null}\n');
  });
  it("uses the current year without --plan-year", async () => {
    const y = new Date().getFullYear();
    expect((await run(["Quý IV"])).out).toBe(`{"kind":"period","due":"${y}-12-31"}\n`);
  });
  it("reads text<TAB>planYear lines in --tsv mode, one answer per line, in order", async () => {
    const lines = readFileSync(join(__dirname, "..", "fixtures", "deadlines.tsv"), "utf8")
      .split(/\r?\n/)
      .slice(1)
      .filter((l) => l.length > 0);
    const input = lines.map((l) => l.split("\t").slice(0, 2).join("\t")).join("\n") + "\n";
    const expected = lines.map((l) => l.split("\t").slice(2, 4).join("\t")).join("\n") + "\n";
    const r = await run(["--tsv"], input);
    expect(r.code).toBe(0);
    expect(r.out).toBe(expected);
  });
  it("defaults a missing plan year in --tsv mode, and keeps empty lines", async () => {
    const r = await run(["--tsv", "--plan-year", "2025"], "Quý II\nQuý II\t2030\n\nTrước 31/12\r\n");
    expect(r.out).toBe("period\t2025-06-30\nperiod\t2030-06-30\nnone\t\ndate\t2025-12-31\n");
  });
  it("explains bad use in Vietnamese", async () => {
    const noText = await run([]);
    expect(noText.code).toBe(2);
    expect(noText.err).toMatch(/Thiếu thời hạn/);
    const badYear = await run(["Quý I", "--plan-year", "abc"]);
    expect(badYear.code).toBe(2);
    expect(badYear.err).toMatch(/Năm kế hoạch không hợp lệ/);
    expect((await run(["--bogus"])).code).toBe(2);
  });
});

describe("kehoach deadline --explain", () => {
  it("prints which rule read which words, the refiners that applied and the answer", async () => {
    const r = await run(["--explain", "Từ 01/3 đến 30/4/2026", "--plan-year", "2026"]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      'Thời hạn: "Từ 01/3 đến 30/4/2026" (năm kế hoạch 2026)\n' +
        "Đã chuẩn hóa: tu 01/3 den 30/4/2026\n" +
        '  luật "numeric date": 01/3\n' +
        '  luật "numeric date": 30/4/2026\n' +
        '  bộ tinh chỉnh "joined parts share a year"\n' +
        'Kết quả: {"kind":"date","due":"2026-04-30"}\n',
    );
  });
  it("shows the document references it skipped and the date that does not exist", async () => {
    const r = await run([
      "--explain",
      "Theo Kế hoạch số 10/KH-UBND ngày 08/01/2026; trước 31/02/2026",
      "--plan-year=2026",
    ]);
    expect(r.out).toContain("bỏ qua (tham chiếu văn bản): ke hoach so 10/kh-ubnd ngay 08/01/2026\n");
    expect(r.out).toContain('luật "numeric date": 31/02/2026\n');
    expect(r.out).toContain('"invalid":{"text":"31/02/2026","rule":"numeric date","day":31,"month":2,"year":2026}');
  });
  it("says when no rule read anything, and refuses --explain with --tsv", async () => {
    expect((await run(["--explain", "Khi có yêu cầu"])).out).toContain("không luật nào đọc được\n");
    expect((await run(["--explain", "--tsv"])).code).toBe(2);
  });
});
