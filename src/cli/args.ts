import type { Lang } from "../core";
/**
 * Parsing of `kehoach check` arguments. Pure: returns the options or a usage error.
 */
import { parseColumns, type ColumnOverrides } from "./columns";

export interface CheckArgs {
  /** The first file (or folder) named. */
  file: string;
  /** Every file or folder named (several: one report each; see check-many.ts). */
  files: string[];
  /** Where to write the consolidated summary of the files, or null. */
  summary: string | null;
  asOf: string | null;
  dueSoonDays: number | null;
  json: boolean;
  lang: Lang;
  out: string | null;
  /** Exit 0 even when error-severity issues are found (2 still means unreadable). */
  exitZero: boolean;
  /** With --out: one sheet per lead unit (its tasks and a reminder to send). */
  perUnit: boolean;
  /** `--columns lead=D,…`: the user's column roles (columnOverrides; "*" for every sheet), or null. */
  columns: ColumnOverrides | null;
}

export class UsageError extends Error {
  override readonly name = "UsageError";
  /** The same message in English. */
  readonly messageEn: string;
  constructor(vi: string, en: string) {
    super(vi);
    this.messageEn = en;
    Object.setPrototypeOf(this, UsageError.prototype);
  }
  messageIn(lang: Lang): string {
    return lang === "en" ? this.messageEn : this.message;
  }
}

/** True when the text is a real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

const VALUE_OPTIONS = new Set(["--as-of", "--due-soon-days", "--lang", "--out", "--summary", "--columns"]);
const FLAG_OPTIONS = new Set(["--json", "--exit-zero", "--per-unit"]);

/** Splits "--name=value" and "--name value"; returns options and positionals. */
function tokenize(argv: readonly string[]): { options: Map<string, string | true>; positionals: string[] } {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = eq >= 0 ? arg.slice(0, eq) : arg;
      if (VALUE_OPTIONS.has(name)) {
        let value: string | undefined;
        if (eq >= 0) value = arg.slice(eq + 1);
        else if (i + 1 < argv.length) value = argv[++i];
        if (value === undefined || value === "") {
          throw new UsageError(`Tùy chọn ${name} cần một giá trị.`, `Option ${name} needs a value.`);
        }
        if (options.has(name))
          throw new UsageError(`Tùy chọn ${name} được ghi hai lần.`, `Option ${name} is given twice.`);
        options.set(name, value);
      } else if (FLAG_OPTIONS.has(name)) {
        if (eq >= 0) throw new UsageError(`Tùy chọn ${name} không nhận giá trị.`, `Option ${name} takes no value.`);
        options.set(name, true);
      } else {
        throw new UsageError(
          `Không hiểu tùy chọn "${arg}". Xem "kehoach --help".`,
          `Unknown option "${arg}". See "kehoach --help".`,
        );
      }
    } else if (arg.startsWith("-") && arg.length > 1) {
      throw new UsageError(
        `Không hiểu tùy chọn "${arg}". Xem "kehoach --help".`,
        `Unknown option "${arg}". See "kehoach --help".`,
      );
    } else {
      positionals.push(arg);
    }
  }
  return { options, positionals };
}

/** The language asked for anywhere in argv (so usage errors can be shown in it), default vi. */
export function langFromArgv(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--lang" && argv[i + 1] === "en") return "en";
    if (argv[i] === "--lang=en") return "en";
  }
  return "vi";
}

export function parseCheckArgs(argv: readonly string[]): CheckArgs {
  const { options, positionals } = tokenize(argv);
  if (positionals.length === 0) {
    throw new UsageError(
      `Thiếu tên tệp cần kiểm tra. Cách dùng: kehoach check <tệp.xlsx> [--as-of YYYY-MM-DD] [--json]`,
      `Missing the file to check. Usage: kehoach check <file.xlsx> [--as-of YYYY-MM-DD] [--json]`,
    );
  }
  if (positionals.length > 1 && options.has("--out")) {
    throw new UsageError(
      `--out ghi bản đã kiểm tra của một tệp; với nhiều tệp (${positionals.length}), dùng --summary <tổng-hợp.xlsx> để ghi bảng tổng hợp.`,
      `--out writes the checked copy of one file; with several files (${positionals.length}), use --summary <summary.xlsx> for the consolidated summary.`,
    );
  }
  const lang = options.get("--lang") ?? "vi";
  if (lang !== "vi" && lang !== "en") {
    throw new UsageError(
      `--lang chỉ nhận "vi" hoặc "en" (nhận được "${String(lang)}").`,
      `--lang takes "vi" or "en" (got "${String(lang)}").`,
    );
  }
  const asOf = options.get("--as-of");
  if (typeof asOf === "string" && !isIsoDate(asOf)) {
    throw new UsageError(
      `Ngày --as-of "${asOf}" không hợp lệ: ghi theo dạng YYYY-MM-DD, ví dụ 2025-10-15.`,
      `--as-of "${asOf}" is not a valid day: write it as YYYY-MM-DD, e.g. 2025-10-15.`,
    );
  }
  const due = options.get("--due-soon-days");
  let dueSoonDays: number | null = null;
  if (typeof due === "string") {
    if (!/^\d{1,3}$/.test(due) || Number(due) > 365) {
      throw new UsageError(
        `--due-soon-days "${due}" không hợp lệ: ghi một số ngày từ 0 đến 365.`,
        `--due-soon-days "${due}" is not valid: give a number of days from 0 to 365.`,
      );
    }
    dueSoonDays = Number(due);
  }
  const columns = options.get("--columns");
  const out = options.get("--out");
  const summary = options.get("--summary");
  return {
    file: positionals[0],
    files: positionals,
    summary: typeof summary === "string" ? summary : null,
    asOf: typeof asOf === "string" ? asOf : null,
    dueSoonDays,
    json: options.get("--json") === true,
    lang,
    out: typeof out === "string" ? out : null,
    exitZero: options.get("--exit-zero") === true,
    perUnit: options.get("--per-unit") === true,
    columns: typeof columns === "string" ? parseColumns(columns) : null,
  };
}
