/**
 * `kehoach deadline "<text>" [--plan-year Y]`  prints {"kind":...,"due":...}
 * `kehoach deadline --tsv [--plan-year Y]`     reads lines "text<TAB>planYear" from stdin and prints
 *                                              "kind<TAB>due" (due empty when null), one line per
 *                                              input line, in order.
 * `kehoach deadline --explain "<text>" [--plan-year Y]`  prints how the grammar read it: the
 *                                              words of document references it skipped, each
 *                                              rule that matched with the words it read, the
 *                                              refiners that applied, and the answer.
 * The plan year defaults to the current year (per line in --tsv mode when the column is missing
 * or empty: --plan-year, else the current year).
 */
import { explainDeadline, parseDeadline, type DeadlineExplanation } from "../core/deadline";

export interface DeadlineCommandIo {
  stdin: NodeJS.ReadableStream;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const USAGE =
  'Cách dùng: kehoach deadline "<thời hạn>" [--plan-year NĂM]\n' +
  '          kehoach deadline --tsv [--plan-year NĂM]  (đọc từng dòng "thời hạn<TAB>năm kế hoạch" từ stdin)\n' +
  '          kehoach deadline --explain "<thời hạn>" [--plan-year NĂM]  (luật nào đọc những từ nào)\n';

/** The --explain report: one line per step, rule names as the grammar names them. */
export function formatExplanation(text: string, planYear: number, e: DeadlineExplanation): string {
  const lines = [`Thời hạn: ${JSON.stringify(text)} (năm kế hoạch ${planYear})`, `Đã chuẩn hóa: ${e.folded}`];
  for (const r of e.references) lines.push(`  bỏ qua (tham chiếu văn bản): ${r}`);
  for (const m of e.matches) lines.push(`  luật "${m.rule}": ${m.words}`);
  if (e.matches.length === 0) lines.push("  không luật nào đọc được");
  for (const r of e.refiners) lines.push(`  bộ tinh chỉnh "${r}"`);
  const result: Record<string, unknown> = { kind: e.result.kind, due: e.result.due };
  if (e.result.invalid !== undefined) result.invalid = e.result.invalid;
  lines.push(`Kết quả: ${JSON.stringify(result)}`);
  return lines.join("\n") + "\n";
}

function parseYear(s: string | undefined): number | null {
  if (s === undefined || !/^\d{4}$/.test(s.trim())) return null;
  return Number(s.trim());
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Buffer));
  return Buffer.concat(chunks).toString("utf8");
}

export async function runDeadlineCommand(args: string[], io: DeadlineCommandIo): Promise<number> {
  let tsv = false;
  let explain = false;
  let planYear: number | null = null;
  const texts: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--tsv") tsv = true;
    else if (a === "--explain") explain = true;
    else if (a === "--plan-year" || a.startsWith("--plan-year=")) {
      const value = a === "--plan-year" ? args[++i] : a.slice("--plan-year=".length);
      planYear = parseYear(value);
      if (planYear === null) {
        io.stderr(
          `Năm kế hoạch không hợp lệ: "${value ?? ""}". Hãy ghi năm bằng bốn chữ số, ví dụ --plan-year 2025.\n`,
        );
        return 2;
      }
    } else if (a === "--help" || a === "-h") {
      io.stdout(USAGE);
      return 0;
    } else if (a.startsWith("--")) {
      io.stderr(`Không hiểu tùy chọn "${a}".\n${USAGE}`);
      return 2;
    } else texts.push(a);
  }
  const defaultYear = planYear ?? new Date().getFullYear();

  if (tsv && explain) {
    io.stderr(`Không dùng --explain cùng --tsv.\n${USAGE}`);
    return 2;
  }
  if (tsv) {
    if (texts.length > 0) {
      io.stderr(`Với --tsv, thời hạn được đọc từ stdin; hãy bỏ "${texts[0]}".\n`);
      return 2;
    }
    const input = await readAll(io.stdin);
    const lines = input.split(/\r?\n/);
    if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
    let out = "";
    for (const line of lines) {
      const tab = line.indexOf("\t");
      const text = tab < 0 ? line : line.slice(0, tab);
      const yearField = tab < 0 ? "" : line.slice(tab + 1).split("\t")[0];
      const year = parseYear(yearField) ?? defaultYear;
      const r = parseDeadline(text === "" ? null : text, year);
      out += `${r.kind}\t${r.due ?? ""}\n`;
    }
    io.stdout(out);
    return 0;
  }

  if (texts.length !== 1) {
    io.stderr(
      texts.length === 0
        ? `Thiếu thời hạn cần đọc.\n${USAGE}`
        : `Chỉ đọc một thời hạn mỗi lần; hãy đặt nó trong dấu ngoặc kép.\n${USAGE}`,
    );
    return 2;
  }
  if (explain) {
    io.stdout(formatExplanation(texts[0], defaultYear, explainDeadline(texts[0], defaultYear)));
    return 0;
  }
  const r = parseDeadline(texts[0], defaultYear);
  io.stdout(JSON.stringify({ kind: r.kind, due: r.due }) + "\n");
  return 0;
}
