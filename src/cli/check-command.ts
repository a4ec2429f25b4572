import { promises as fs } from "fs";
import * as path from "path";
import { isWorkbookReadError } from "../file/errors";
import { readWorkbookBytes } from "../file/read-file-node";
import { readWorkbook } from "../file/read-workbook";
import { WorkbookWriteError } from "../file/write-checked";
import { parseCheckArgs, UsageError, type CheckArgs } from "./args";
import { defaultDeps, type CheckDeps } from "./engine";
import { formatReport, hasErrors } from "./format-report";
import { isFolder } from "./inputs";
import type { CliIo } from "./io";
import type { SheetSnapshot } from "../core";
import { writeFileAtomically } from "./write-file";

import { EXIT_ISSUES, EXIT_OK, EXIT_UNREADABLE } from "./exit-codes";
import type { Lang } from "../core";
export { EXIT_ISSUES, EXIT_OK, EXIT_UNREADABLE };

/** `kehoach check`: reads the workbook, checks it, prints the report, optionally writes a checked copy. */
export async function runCheckCommand(
  argv: readonly string[],
  io: CliIo,
  lang: Lang,
  deps: CheckDeps = defaultDeps,
): Promise<number> {
  let args: CheckArgs;
  try {
    args = parseCheckArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`kehoach: ${e.messageIn(lang)}\n`);
      return EXIT_UNREADABLE;
    }
    throw e;
  }
  lang = args.lang;
  if (args.files.length > 1 || args.summary !== null || (await isFolder(io.cwd(), args.file))) {
    if (args.out !== null) {
      io.stderr(
        `kehoach: ${
          lang === "en"
            ? "--out writes the checked copy of one file; for a folder use --summary <summary.xlsx>."
            : "--out ghi bản đã kiểm tra của một tệp; với một thư mục, dùng --summary <tổng-hợp.xlsx>."
        }\n`,
      );
      return EXIT_UNREADABLE;
    }
    const { runCheckMany } = await import("./check-many");
    return runCheckMany(args, io, lang, { progress: io.isTerminal?.() ?? false });
  }
  const inputPath = path.resolve(io.cwd(), args.file);
  const fileName = path.basename(inputPath);

  let outPath: string | null = null;
  if (args.out !== null) {
    outPath = path.resolve(io.cwd(), args.out);
    const problem = await outPathProblem(inputPath, outPath, lang);
    if (problem) {
      io.stderr(`kehoach: ${problem}\n`);
      return EXIT_UNREADABLE;
    }
  }

  let bytes: Uint8Array;
  let report;
  let snapshots: SheetSnapshot[];
  try {
    bytes = await readWorkbookBytes(inputPath);
    snapshots = await readWorkbook(bytes, fileName);
    const checkWorkbook = await deps.checkWorkbook();
    const columns = args.columns;
    report = checkWorkbook(snapshots, fileName, {
      asOf: args.asOf ?? io.today(),
      ...(columns ? { columnOverrides: Object.fromEntries(snapshots.map((sn) => [sn.name, columns])) } : {}),
      ...(args.dueSoonDays !== null ? { dueSoonDays: args.dueSoonDays } : {}),
    });
  } catch (e) {
    if (isWorkbookReadError(e)) {
      io.stderr(`kehoach: ${e.messageIn(lang)}\n`);
      return EXIT_UNREADABLE;
    }
    throw e;
  }

  if (args.json) io.stdout(JSON.stringify(report, null, 2) + "\n");
  // Paths in the one-issue-a-line output are relative to the current folder (editors open them).
  else io.stdout(formatReport(report, lang, path.relative(io.cwd(), inputPath) || fileName));

  if (outPath !== null) {
    const writer = await deps.writeCheckedWorkbook();
    if (writer === null) {
      io.stderr(
        lang === "en"
          ? `kehoach: --out is not available yet in this version: the report above was not written to a file.\n`
          : `kehoach: tùy chọn --out chưa có trong phiên bản này: báo cáo ở trên chưa được ghi ra tệp.\n`,
      );
      return EXIT_UNREADABLE;
    }
    let output: Uint8Array;
    try {
      output = await writer(bytes, report, { lang, snapshots, perUnitSheets: args.perUnit });
    } catch (e) {
      if (isWorkbookReadError(e)) {
        io.stderr(`kehoach: ${e.messageIn(lang)}\n`);
        return EXIT_UNREADABLE;
      }
      if (e instanceof WorkbookWriteError) {
        io.stderr(`kehoach: ${lang === "en" ? e.messageEn : e.message}\n`);
        return EXIT_UNREADABLE;
      }
      throw e;
    }
    try {
      await writeFileAtomically(outPath, output);
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      io.stderr(
        lang === "en"
          ? `kehoach: could not write "${args.out}" (${detail}). Check that the folder exists and the file is not open in Excel.\n`
          : `kehoach: không ghi được tệp "${args.out}" (${detail}). Kiểm tra thư mục có tồn tại và tệp không đang mở trong Excel.\n`,
      );
      return EXIT_UNREADABLE;
    }
    const msg = lang === "en" ? `Wrote the checked copy: ${args.out}\n` : `Đã ghi bản đã kiểm tra: ${args.out}\n`;
    // Keep stdout pure JSON under --json.
    if (args.json) io.stderr(msg);
    else io.stdout(msg);
  }
  // A workbook with no plan table at all is a finding too: nothing in it could be checked.
  const noPlan = !report.sheets.some((sh) => sh.recognized);
  if (noPlan) {
    io.stderr(
      lang === "en"
        ? `kehoach: no plan table found in "${args.file}" (a header row with No., Task, Lead unit, Deadline…).\n`
        : `kehoach: không tìm thấy bảng kế hoạch nào trong "${args.file}" (cần dòng tiêu đề STT, Nội dung công việc, Đơn vị chủ trì, Thời hạn…).\n`,
    );
  }
  return (hasErrors(report) || noPlan) && !args.exitZero ? EXIT_ISSUES : EXIT_OK;
}

/** Why --out cannot be used, or null: never the input itself, always an .xlsx name. */
async function outPathProblem(inputPath: string, outPath: string, lang: Lang): Promise<string | null> {
  if (await samePath(inputPath, outPath)) {
    return lang === "en"
      ? `--out must name a new file, not the file being checked (the original is never changed).`
      : `--out phải là một tệp khác, không được trùng với tệp đang kiểm tra (tệp gốc không bao giờ bị ghi đè).`;
  }
  if (path.extname(outPath).toLowerCase() !== ".xlsx") {
    return lang === "en" ? `--out must end in .xlsx.` : `Tên tệp --out phải có đuôi .xlsx.`;
  }
  const folder = path.dirname(outPath);
  const isDir = await fs.stat(folder).then(
    (st) => st.isDirectory(),
    () => false,
  );
  if (!isDir) {
    return lang === "en"
      ? `--out: the folder "${folder}" does not exist. Create it first, or write the copy elsewhere.`
      : `--out: thư mục "${folder}" không tồn tại. Hãy tạo thư mục đó trước, hoặc ghi bản sao vào chỗ khác.`;
  }
  return null;
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  // Case-insensitive file systems, links: compare the real paths when both exist.
  try {
    const [ra, rb] = await Promise.all([fs.realpath(a), fs.realpath(b)]);
    if (ra === rb) return true;
    const [sa, sb] = await Promise.all([fs.stat(ra), fs.stat(rb)]);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false;
  }
}
