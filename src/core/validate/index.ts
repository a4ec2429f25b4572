import type { Issue, IssueCode, Role } from "../report";
import type { ColumnMap } from "../recognize/roles";
import { columnLetter } from "../recognize/columns";
import type { RowFacts } from "../plan/items";
import { sttLevelKey, sttNumber, sttParent } from "../plan/stt";
import { MESSAGES, SEVERITY } from "./messages";

export interface ValidateContext {
  cols: ColumnMap;
  planYear: number;
  /** Due dates outside [from, to] raise deadline_outside_plan_year. */
  from: string;
  to: string;
  /** The sheet's legacy encoding, when its text was converted. */
  legacyEncoding: string | null;
  /** The user said the table has no lead column (a column override): no missing_lead then. */
  noLeadByChoice?: boolean;
}

const ROLE_ORDER: Role[] = ["stt", "task", "lead", "support", "deadline", "output", "status", "note"];
const DATE_IN_TEXT = /\b(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{2,4})\b/g;

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The written date that does not exist, for the message ("31/02/2025"). */
function badDate(text: string): string {
  for (const m of text.matchAll(DATE_IN_TEXT)) {
    const d = Number(m[1]);
    const mo = Number(m[2]);
    let y = Number(m[3]);
    if (y < 100) y += 2000;
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return m[0];
  }
  return text;
}

function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** Runs every rule over the rows; issues sorted by row, then column (whole-row first), then code. */
export function validate(facts: RowFacts[], ctx: ValidateContext): Issue[] {
  const issues: Issue[] = [];
  const letters = new Map<Role, string | null>(
    ROLE_ORDER.map((r) => [r, ctx.cols[r] === null ? null : columnLetter(ctx.cols[r]!)]),
  );
  const col = (role: Role): string | null => letters.get(role) ?? null;
  const add = (row: number | null, column: string | null, code: IssueCode, message: string): void => {
    issues.push({ row, column, code, severity: SEVERITY[code], message });
  };
  const minDue = ctx.from;
  const maxDue = ctx.to;
  const lastYear = Number(ctx.to.slice(0, 4)) - 1;

  for (const f of facts) {
    // cell_error: once per row, on the first role column (in sheet order) holding an error.
    let firstErr: { c: number; role: Role } | null = null;
    for (const role of ROLE_ORDER) {
      const c = ctx.cols[role];
      if (c === null || !f.errors[role]) continue;
      if (!firstErr || c < firstErr.c) firstErr = { c, role };
    }
    if (firstErr) {
      const letter = columnLetter(firstErr.c);
      add(f.row, letter, "cell_error", MESSAGES.cell_error(`${letter}${f.row}`, f.errors[firstErr.role]!));
    }
    const item = f.item;
    if (item.type !== "task") continue;
    if (item.task === null && item.stt !== null && !f.errors.task)
      add(f.row, col("task"), "missing_task", MESSAGES.missing_task(item.stt));
    // A task with no lead unit; in a table with no lead column it is a whole-row issue (column null).
    if (item.lead.length === 0 && !f.errors.lead && !(ctx.cols.lead === null && ctx.noLeadByChoice))
      add(f.row, col("lead"), "missing_lead", MESSAGES.missing_lead(ctx.cols.lead === null));
    if (item.lead.length > 1) add(f.row, col("lead"), "multiple_leads", MESSAGES.multiple_leads(item.lead));
    if (ctx.cols.deadline !== null && !f.errors.deadline) {
      const d = item.deadline;
      if (d.kind === "none") add(f.row, col("deadline"), "missing_deadline", MESSAGES.missing_deadline());
      else if (f.invalidDate) add(f.row, col("deadline"), "invalid_date", MESSAGES.invalid_date(badDate(d.text ?? "")));
      else if (d.kind === "unparsed")
        add(f.row, col("deadline"), "unparsed_deadline", MESSAGES.unparsed_deadline(d.text ?? ""));
      if (d.due !== null && (d.due < minDue || d.due > maxDue))
        add(
          f.row,
          col("deadline"),
          "deadline_outside_plan_year",
          MESSAGES.deadline_outside_plan_year(dmy(d.due), Number(ctx.from.slice(0, 4)), lastYear),
        );
    }
    if (ctx.cols.output !== null && item.output === null && !f.errors.output)
      add(f.row, col("output"), "missing_output", MESSAGES.missing_output());
  }
  numbering(facts, ctx, add);
  return sortIssues(issues, ctx.legacyEncoding, add);
}

/**
 * duplicate_stt and stt_sequence: each number is compared with the one before it at the same level
 * (letters, Roman numerals, 1, 1.1, …). Numbering may restart at 1 in a new section or run on.
 */
function numbering(
  facts: RowFacts[],
  ctx: ValidateContext,
  add: (row: number, column: string | null, code: IssueCode, message: string) => void,
): void {
  const column = ctx.cols.stt === null ? null : columnLetter(ctx.cols.stt);
  if (column === null) return;
  const levels = new Map<string, { prev: number; prevStt: string; scope: string; seen: Set<number> }>();
  let lastNumbered = "";
  for (const f of facts) {
    const stt = f.item.stt;
    if (stt === null || f.sttKind === null || f.sttKind === "other" || f.sttMerged) continue;
    const n = sttNumber(stt, f.sttKind);
    if (n === null || !Number.isFinite(n)) continue;
    const key = sttLevelKey(stt, f.sttKind);
    // a), b), c) restart under each numbered item, as x.y does under each x.
    const parent = f.sttKind === "lower" ? lastNumbered || "-" : sttParent(stt, f.sttKind);
    if (f.sttKind === "number" || f.sttKind === "dotted") lastNumbered = stt;
    const scope = `${f.scope}|${parent}`;
    const st = levels.get(key);
    if (!st) {
      levels.set(key, { prev: n, prevStt: stt, scope, seen: new Set([n]) });
      continue;
    }
    if (st.scope !== scope) {
      // A new section (or a new parent x for x.y): restart at the first number, or run on.
      const parentChanged = parent !== "" && st.scope.split("|")[1] !== parent;
      const ok = n === 1 || (!parentChanged && n === st.prev + 1);
      if (!ok) add(f.row, column, "stt_sequence", MESSAGES.stt_sequence(stt, st.prevStt));
      st.scope = scope;
      st.seen = new Set([n]);
    } else if (st.seen.has(n)) {
      add(f.row, column, "duplicate_stt", MESSAGES.duplicate_stt(stt));
    } else {
      if (n !== st.prev + 1) add(f.row, column, "stt_sequence", MESSAGES.stt_sequence(stt, st.prevStt));
      st.seen.add(n);
    }
    st.prev = n;
    st.prevStt = stt;
  }
}

function sortIssues(issues: Issue[], legacy: string | null, _add: unknown): Issue[] {
  void _add;
  const colNum = (c: string | null): number => {
    if (c === null) return 0;
    let n = 0;
    for (let i = 0; i < c.length; i++) n = n * 26 + (c.charCodeAt(i) - 64);
    return n;
  };
  // A row raises each code at most once.
  const seen = new Set<string>();
  const unique = issues.filter((i) => {
    const k = `${i.row}|${i.code}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  unique.sort(
    (a, b) =>
      (a.row ?? 0) - (b.row ?? 0) ||
      colNum(a.column) - colNum(b.column) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
  if (legacy)
    unique.unshift({
      row: null,
      column: null,
      code: "legacy_encoding",
      severity: SEVERITY.legacy_encoding,
      message: MESSAGES.legacy_encoding(legacy),
    });
  return unique;
}
