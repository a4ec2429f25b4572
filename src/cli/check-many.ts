/**
 * `kehoach check FILES… | FOLDER [--summary tong-hop.xlsx]`: checks each workbook (one report per
 * file, as for one file), in parallel, and optionally writes one consolidated workbook
 * (core/summary/consolidate.ts). An unreadable file is reported and listed, never stops the run.
 * Exit code: the worst of the files (2 unreadable, 1 errors found, 0 none).
 */
import * as path from "path";
import { buildConsolidated, type ConsolidateFailure, type ConsolidateInput } from "../core/summary";
import type { CheckArgs } from "./args";
import { runCheckJobs } from "./check-pool";
import { formatReport, hasPlan } from "./format-report";
import { expandInputs } from "./inputs";
import type { CliIo } from "./io";
import { checkOptionsOf, EXIT_OK, EXIT_UNREADABLE, exitCodeOf } from "./check-command";
import { missingFolder, missingFolderMessage, writeFileAtomically } from "./write-file";
import type { Lang } from "../core";

export interface ManyOptions {
  /** Progress on stderr ("Đang kiểm tra 3/40 tệp…"): only when stderr is a terminal. */
  progress?: boolean;
  threads?: number;
}

export async function runCheckMany(args: CheckArgs, io: CliIo, lang: Lang, options: ManyOptions = {}): Promise<number> {
  const cwd = io.cwd();
  const inputs = await expandInputs(args.files, cwd, args.summary ? [args.summary] : []);
  if (inputs.length === 0) {
    io.stderr(
      lang === "en"
        ? `kehoach: no .xlsx or .xlsm workbook found in ${args.files.join(", ")}.\n`
        : `kehoach: không tìm thấy tệp Excel (.xlsx, .xlsm) nào trong ${args.files.join(", ")}.\n`,
    );
    return EXIT_UNREADABLE;
  }
  if (args.summary !== null && path.extname(args.summary).toLowerCase() !== ".xlsx") {
    io.stderr(
      lang === "en" ? `kehoach: --summary must end in .xlsx.\n` : `kehoach: tên tệp --summary phải có đuôi .xlsx.\n`,
    );
    return EXIT_UNREADABLE;
  }
  if (args.summary !== null && (await missingFolder(path.resolve(cwd, args.summary))) !== null) {
    io.stderr(`kehoach: ${missingFolderMessage("--summary", path.dirname(args.summary), lang)}\n`);
    return EXIT_UNREADABLE;
  }
  const checkOptions = checkOptionsOf(args, io.today());
  const progress = (done: number, total: number) => {
    if (!options.progress) return;
    const line = lang === "en" ? `Checking ${done}/${total} files…` : `Đang kiểm tra ${done}/${total} tệp…`;
    io.stderr(`\r${line}${done === total ? "\n" : ""}`);
  };
  const outcomes = await runCheckJobs(
    inputs.map((f) => ({ path: f.path, name: f.name, options: checkOptions })),
    progress,
    options.threads,
  );

  let exit = EXIT_OK;
  const reports: ConsolidateInput[] = [];
  const failures: ConsolidateFailure[] = [];
  for (const o of outcomes) {
    if (o.ok) {
      reports.push({ file: o.name, report: o.report, planTitle: o.planTitle });
      exit = Math.max(exit, exitCodeOf(o.report, args));
    } else {
      failures.push({ file: o.name, reason: o.message[lang] });
      exit = EXIT_UNREADABLE;
      io.stderr(`kehoach: ${o.message[lang]}\n`);
    }
  }
  if (args.json) {
    io.stdout(
      JSON.stringify(
        reports.map((r) => r.report),
        null,
        2,
      ) + "\n",
    );
    for (const r of reports) if (!hasPlan(r.report)) io.stderr(formatReport(r.report, lang, r.file));
  } else for (const r of reports) io.stdout(formatReport(r.report, lang, r.file) + "\n");

  if (args.summary !== null) {
    const { writeSummaryWorkbook } = await import("../file");
    const model = buildConsolidated(reports, failures, { lang });
    const target = path.resolve(cwd, args.summary);
    try {
      await writeFileAtomically(target, await writeSummaryWorkbook(model));
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      io.stderr(
        lang === "en"
          ? `kehoach: could not write "${args.summary}" (${detail}). Check that the folder exists and the file is not open in Excel.\n`
          : `kehoach: không ghi được tệp "${args.summary}" (${detail}). Kiểm tra thư mục có tồn tại và tệp không đang mở trong Excel.\n`,
      );
      return EXIT_UNREADABLE;
    }
    const msg =
      lang === "en"
        ? `Wrote the consolidated summary of ${reports.length} files: ${args.summary}\n`
        : `Đã ghi bảng tổng hợp ${reports.length} tệp: ${args.summary}\n`;
    if (args.json) io.stderr(msg);
    else io.stdout(msg);
  }
  return exit;
}
