/**
 * `kehoach diff OLD.xlsx NEW.xlsx` / `kehoach diff FILE.xlsx`: what changed since the last check —
 * newly overdue, still overdue, newly done, deadlines moved, tasks added or removed (core/history).
 * With one file: its last two recorded checks (the history a checked copy keeps). With two: OLD's
 * last recorded check (or OLD checked on the same day, when it has none) against NEW checked now.
 */
import * as path from "path";
import { checkWorkbook } from "../core";
import {
  checkRecord,
  diffChecks,
  lastChange,
  parseHistory,
  type HistoryCheck,
  type HistoryDiff,
} from "../core/history";
import { MULTI_LABELS } from "../core/summary";
import { isoToDmy } from "../core";
import { isWorkbookReadError, readHistoryText } from "../file";
import { readWorkbookBytes } from "../file/read-file-node";
import { readWorkbook } from "../file/read-workbook";
import { isIsoDate, UsageError } from "./args";
import { EXIT_OK, EXIT_UNREADABLE } from "./check-command";
import type { CliIo } from "./io";
import type { Lang } from "../core";

interface DiffArgs {
  files: string[];
  asOf: string | null;
  json: boolean;
  lang: Lang;
}

function parseDiffArgs(argv: readonly string[]): DiffArgs {
  const files: string[] = [];
  let asOf: string | null = null;
  let json = false;
  let lang: Lang = "vi";
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [name, inline] =
      a.startsWith("--") && a.includes("=")
        ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)]
        : [a, undefined];
    const value = () => inline ?? argv[++i] ?? "";
    if (name === "--json") json = true;
    else if (name === "--as-of") {
      asOf = value();
      if (!isIsoDate(asOf))
        throw new UsageError(
          `Ngày --as-of "${asOf}" không hợp lệ: ghi theo dạng YYYY-MM-DD, ví dụ 2025-10-15.`,
          `--as-of "${asOf}" is not a valid day: write it as YYYY-MM-DD, e.g. 2025-10-15.`,
        );
    } else if (name === "--lang") {
      const l = value();
      if (l !== "vi" && l !== "en")
        throw new UsageError(`--lang chỉ nhận "vi" hoặc "en".`, `--lang takes "vi" or "en".`);
      lang = l;
    } else if (a.startsWith("-"))
      throw new UsageError(
        `Không hiểu tùy chọn "${a}". Xem "kehoach --help".`,
        `Unknown option "${a}". See "kehoach --help".`,
      );
    else files.push(a);
  }
  if (files.length < 1 || files.length > 2)
    throw new UsageError(
      `Cách dùng: kehoach diff <tệp-cũ.xlsx> <tệp-mới.xlsx>, hoặc kehoach diff <tệp.xlsx> (so hai lần kiểm tra cuối ghi trong tệp).`,
      `Usage: kehoach diff <old.xlsx> <new.xlsx>, or kehoach diff <file.xlsx> (its last two recorded checks).`,
    );
  return { files, asOf, json, lang };
}

async function recorded(file: string): Promise<HistoryCheck[]> {
  const bytes = await readWorkbookBytes(file);
  return parseHistory(await readHistoryText(bytes, path.basename(file))).checks;
}

async function checkNow(file: string, asOf: string): Promise<HistoryCheck> {
  const bytes = await readWorkbookBytes(file);
  const snapshots = await readWorkbook(bytes, path.basename(file));
  return checkRecord(checkWorkbook(snapshots, path.basename(file), { asOf }));
}

export async function runDiffCommand(argv: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  let args: DiffArgs;
  try {
    args = parseDiffArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`kehoach: ${e.messageIn(lang)}\n`);
      return EXIT_UNREADABLE;
    }
    throw e;
  }
  lang = args.lang;
  const abs = args.files.map((f) => path.resolve(io.cwd(), f));
  let diff: HistoryDiff | null;
  try {
    if (abs.length === 1) {
      diff = lastChange(await recorded(abs[0]));
      if (diff === null) {
        io.stderr(
          lang === "en"
            ? `kehoach: "${args.files[0]}" holds fewer than two recorded checks. Check it with --out twice (on different days), or give the old and the new file: kehoach diff OLD.xlsx NEW.xlsx\n`
            : `kehoach: tệp "${args.files[0]}" chưa ghi đủ hai lần kiểm tra. Hãy kiểm tra với --out hai lần (vào hai ngày khác nhau), hoặc so hai tệp: kehoach diff <tệp-cũ.xlsx> <tệp-mới.xlsx>\n`,
        );
        return EXIT_UNREADABLE;
      }
    } else {
      const asOf = args.asOf ?? io.today();
      const old = await recorded(abs[0]);
      const before = old.length > 0 ? old[old.length - 1] : await checkNow(abs[0], asOf);
      diff = diffChecks(before, await checkNow(abs[1], asOf));
    }
  } catch (e) {
    if (isWorkbookReadError(e)) {
      io.stderr(`kehoach: ${e.messageIn(lang)}\n`);
      return EXIT_UNREADABLE;
    }
    throw e;
  }
  io.stdout(args.json ? JSON.stringify(diff, null, 2) + "\n" : formatDiff(diff, lang));
  return EXIT_OK;
}

/** The changes as text, grouped by kind, a task a line. */
export function formatDiff(diff: HistoryDiff, lang: Lang): string {
  const M = MULTI_LABELS[lang];
  const lines = [M.changesLine(isoToDmy(diff.fromAsOf), isoToDmy(diff.toAsOf))];
  if (diff.changes.length === 0) lines.push(M.notesChangesNone);
  let kind: string | null = null;
  for (const c of diff.changes) {
    if (c.kind !== kind) {
      kind = c.kind;
      const n = diff.changes.filter((x) => x.kind === c.kind).length;
      lines.push("", `${M.changeLabel[c.kind]} (${n}):`);
    }
    const t = c.task;
    const where = [
      t.sheet,
      t.section ? `${M.section} ${t.section}` : null,
      t.stt ? `${lang === "en" ? "task" : "nhiệm vụ"} ${t.stt}` : null,
    ]
      .filter((x) => x !== null)
      .join(", ");
    const row = lang === "en" ? `row ${t.row}` : `dòng ${t.row}`;
    const details: string[] = [];
    if (t.lead) details.push(t.lead);
    if (c.kind === "deadline_moved")
      details.push(`${c.before?.due ? isoToDmy(c.before.due) : "—"} → ${t.due ? isoToDmy(t.due) : "—"}`);
    else if (t.due) details.push((lang === "en" ? "due " : "hạn ") + isoToDmy(t.due));
    if (c.daysLate !== null && c.daysLate > 0)
      details.push(lang === "en" ? `${c.daysLate} days late` : `quá hạn ${c.daysLate} ngày`);
    lines.push(
      `  ${where} (${row}): ${t.label.replace(/\s+/g, " ")}${details.length ? " — " + details.join(" — ") : ""}`,
    );
  }
  return lines.join("\n") + "\n";
}
