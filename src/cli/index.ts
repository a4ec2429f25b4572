import { readFileSync } from "fs";
import * as path from "path";
import process from "process";
import { langFromArgv } from "./args";
import { defaultDeps, type CheckDeps } from "./engine";
import { EXIT_OK, EXIT_UNREADABLE } from "./exit-codes";
import { helpText } from "./help";
import { processIo, type CliIo } from "./io";
import type { Lang } from "../core";

export type { CliIo } from "./io";
export { memoryIo, processIo } from "./io";
export { formatReport, hasErrors, issueLine } from "./format-report";
export { EXIT_ISSUES, EXIT_OK, EXIT_UNREADABLE } from "./exit-codes";

/** The package version, read from package.json (two levels up from src/cli and dist-cli/cli). */
export function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version?: string;
    };
    return pkg.version ?? "0.0.0";
  } catch {
    return "0.0.0";
  }
}

/**
 * The `kehoach` command. Returns the exit code: 0 no error-severity issue, 1 some, 2 the input
 * cannot be read or the arguments are wrong. Never throws; never prints a stack trace
 * (set KEHOACH_DEBUG=1 to see one for an unexpected failure).
 */
export async function main(argv: string[], io: CliIo = processIo, deps: CheckDeps = defaultDeps): Promise<number> {
  const lang = langFromArgv(argv);
  let code: number;
  try {
    code = await dispatch(argv, io, deps, lang);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    io.stderr(
      lang === "en"
        ? `kehoach: unexpected error: ${detail}\nPlease report it with the file if you can share it.\n`
        : `kehoach: lỗi không mong đợi: ${detail}\nVui lòng báo lại lỗi này (kèm tệp nếu có thể).\n`,
    );
    if (typeof process !== "undefined" && process.env.KEHOACH_DEBUG && e instanceof Error && e.stack)
      io.stderr(e.stack + "\n");
    code = EXIT_UNREADABLE;
  }
  await io.flush();
  return code;
}

async function dispatch(argv: string[], io: CliIo, deps: CheckDeps, lang: Lang): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.stderr(helpText(lang));
    return EXIT_UNREADABLE;
  }
  if (command === "--help" || command === "-h" || command === "help") {
    io.stdout(helpText(lang));
    return EXIT_OK;
  }
  if (command === "--version" || command === "-v" || command === "-V") {
    io.stdout(`kehoach ${packageVersion()}\n`);
    return EXIT_OK;
  }
  if (command === "check") {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(helpText(lang));
      return EXIT_OK;
    }
    return (await import("./check-command")).runCheckCommand(rest, io, lang, deps);
  }
  if (command === "diff") {
    if (rest.includes("--help") || rest.includes("-h")) {
      io.stdout(helpText(lang));
      return EXIT_OK;
    }
    const { runDiffCommand } = await import("./diff-command");
    return runDiffCommand(rest, io, lang);
  }
  if (command === "deadline") {
    const { runDeadlineCommand } = await import("./deadline-command");
    return runDeadlineCommand(rest, {
      stdin: io.stdin(),
      stdout: (s) => io.stdout(s),
      stderr: (s) => io.stderr(s),
    });
  }
  // The workbook code is loaded only by the commands that read workbooks (not --help, deadline).
  if (/\.xlsx$/i.test(command)) return (await import("./check-command")).runCheckCommand(argv, io, lang, deps);
  io.stderr(
    lang === "en"
      ? `kehoach: unknown command "${command}". Commands: check, diff, deadline. See "kehoach --help".\n`
      : `kehoach: không có lệnh "${command}". Các lệnh: check, diff, deadline. Xem "kehoach --help".\n`,
  );
  return EXIT_UNREADABLE;
}
