import { promises as fs } from "fs";
import * as path from "path";
import { isWorkbookReadError } from "../file/errors";
import { readWorkbookBytes } from "../file/read-file-node";
import { readWorkbook } from "../file/read-workbook";
import { WorkbookWriteError } from "../file/write-checked";
import { parseCheckArgs, UsageError, type CheckArgs } from "./args";
import { defaultDeps, type CheckDeps } from "./engine";
import { formatReport, hasErrors, hasPlan } from "./format-report";
import { isFolder, typedName } from "./inputs";
import { unknownSheets } from "./columns";
import type { CliIo } from "./io";
import type { CheckOptionsInput, PlanReport, SheetSnapshot } from "../core";
import { missingFolder, missingFolderMessage, writeFileAtomically } from "./write-file";

import { EXIT_ISSUES, EXIT_OK, EXIT_UNREADABLE } from "./exit-codes";
import type { Lang } from "../core";
export { EXIT_ISSUES, EXIT_OK, EXIT_UNREADABLE };

/** The check options the arguments give (the same for one file and for several). */
export function checkOptionsOf(args: CheckArgs, today: string): CheckOptionsInput {
  return {
    asOf: args.asOf ?? today,
    ...(args.dueSoonDays !== null ? { dueSoonDays: args.dueSoonDays } : {}),
    ...(args.columns !== null ? { columnOverrides: args.columns } : {}),
  };
}

/** The exit code of one report: 1 when it has error-severity issues or no plan table (unless --exit-zero). */
export function exitCodeOf(report: PlanReport, args: Pick<CheckArgs, "exitZero">): number {
  if (args.exitZero) return EXIT_OK;
  return hasErrors(report) || !hasPlan(report) ? EXIT_ISSUES : EXIT_OK;
}

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
  const fileLabel = typedName(io.cwd(), args.file);

  let outPath: string | null = null;
  if (args.out !== null) {
    outPath = path.resolve(io.cwd(), args.out);
    const problem = await outPathProblem(inputPath, outPath, lang);
    if (problem) {
      io.stderr(`kehoach: ${problem}\n`);
      return EXIT_UNREADABLE;
    }
    if ((await missingFolder(outPath)) !== null) {
      io.stderr(`kehoach: ${missingFolderMessage("--out", path.dirname(args.out), lang)}\n`);
      return EXIT_UNREADABLE;
    }
  }

  let bytes: Uint8Array;
  let report: PlanReport;
  let snapshots: SheetSnapshot[];
  try {
    bytes = await readWorkbookBytes(inputPath);
    snapshots = await readWorkbook(bytes, fileName);
    const checkWorkbook = await deps.checkWorkbook();
    report = checkWorkbook(snapshots, fileName, checkOptionsOf(args, io.today()));
  } catch (e) {
    if (isWorkbookReadError(e)) {
      io.stderr(`kehoach: ${e.messageIn(lang)}\n`);
      return EXIT_UNREADABLE;
    }
    throw e;
  }

  if (args.columns !== null) {
    const unknown = unknownSheets(
      args.columns,
      snapshots.map((s) => s.name),
    );
    if (unknown.length > 0)
      io.stderr(
        lang === "en"
          ? `kehoach: --columns names a sheet the workbook does not have: ${unknown.map((s) => `"${s}"`).join(", ")}.\n`
          : `kehoach: --columns ghi tên trang tính không có trong tệp: ${unknown.map((s) => `"${s}"`).join(", ")}.\n`,
      );
  }

  if (args.json) {
    io.stdout(JSON.stringify(report, null, 2) + "\n");
    // stdout stays pure JSON: the one line saying there is no plan goes to stderr.
    if (!hasPlan(report)) io.stderr(formatReport(report, lang, fileLabel));
  } else io.stdout(formatReport(report, lang, fileLabel));

  if (outPath !== null && !hasPlan(report)) {
    io.stderr(
      lang === "en"
        ? `kehoach: no checked copy written (${args.out}): there is no plan table to mark.\n`
        : `kehoach: không ghi bản đã kiểm tra (${args.out}): không có bảng kế hoạch để đánh dấu.\n`,
    );
  } else if (outPath !== null) {
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
  return exitCodeOf(report, args);
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
