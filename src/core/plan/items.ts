import { ROLES, type Item, type Role, type SectionItem, type TaskItem, type Deadline } from "../report";
import type { Grid } from "../recognize/grid";
import { DONE_LABEL, type ColumnMap } from "../recognize/roles";
import { isCellError } from "../snapshot";
import { serialToDmy } from "../recognize/cell-format";
import { isDateFormat } from "../recognize/number-format";
import { parseDeadline, type InvalidDate } from "../deadline";
import { fold } from "../text";
import type { ClassifiedRow } from "./rows";
import { readResponsibility } from "./units";
import { isDoneText, statusWithin } from "./status";
import { addDays } from "../recognize/cell-format";
import type { SttKind } from "./stt";
import { LOWER } from "../text/unicode-classes";

/** What validation needs to know about a row beyond the report's item. */
export interface RowFacts {
  row: number;
  item: Item;
  sttKind: SttKind | null;
  /** The section (by its row) whose numbering this row's number belongs to; 0 for none. */
  scope: number;
  /** The STT is merged down from a row above (its number is checked on that row only). */
  sttMerged: boolean;
  /** Deadline reading: a written date that does not exist. */
  invalidDate: boolean;
  /** With invalidDate: that date as the deadline grammar read it. */
  invalid?: InvalidDate;
  /** Cells of the row holding an error, by role. */
  errors: Partial<Record<Role, string>>;
  /** The lead and support cells as read (continuation rows add to them). */
  leadText?: string;
  supportText?: string;
}

export interface BuildOptions {
  asOf: string;
  dueSoonDays: number;
  planYear: number;
  /** Canonical unit spellings by folded name. */
  units: Map<string, string>;
  /** The status column's header label, folded (a mark under "Hoàn thành" means done). */
  statusLabel?: string;
}

/** The deadline cell as shown: a date cell as dd/mm/yyyy; null when empty. */
export function deadlineCellText(g: Grid, r: number, c: number): string | null {
  const v = g.value(r, c);
  if (typeof v === "number" && isDateFormat(g.numberFormat(r, c))) {
    const t = serialToDmy(v);
    if (t) return t;
  }
  const t = g.text(r, c);
  return t === "" ? null : t;
}

const NO_ERRORS: Partial<Record<Role, string>> = Object.freeze({});
const EMPTY_RESP: { lead: string[]; support: string[] } = { lead: [], support: [] };

/** Builds the items: sections with levels, tasks with units, deadlines and status; continuation rows folded. */
export function buildItems(g: Grid, cols: ColumnMap, rows: ClassifiedRow[], opts: BuildOptions): RowFacts[] {
  // Levels: letter / roman / unnumbered kinds ranked by first appearance; headings one below their section.
  const rank = new Map<string, number>();
  for (const r of rows)
    if (r.kind === "section" && r.sectionKind !== "heading" && !rank.has(r.sectionKind!))
      rank.set(r.sectionKind!, rank.size + 1);

  const facts: RowFacts[] = [];
  const roleCols = ROLES.filter((r) => cols[r] !== null).map((role) => ({ role, c: cols[role]! }));
  // Plans repeat their units, deadlines and status words: each distinct cell text is read once.
  const respCache = new Map<string, ReturnType<typeof readResponsibility>>();
  const readResp = (t: string, mode: "lead" | "support") => {
    const k = mode[0] + t;
    let v = respCache.get(k);
    if (!v) {
      v = readResponsibility(t, mode);
      respCache.set(k, v);
    }
    return v;
  };
  const soonLast = addDays(opts.asOf, opts.dueSoonDays);
  const deadlineCache = new Map<string, ReturnType<typeof parseDeadline>>();
  const doneCache = new Map<string, boolean>();
  const markMeansDone = DONE_LABEL.test(opts.statusLabel ?? "");
  const stack: { level: number; stt: string | null; row: number; heading: boolean }[] = [];
  let last: RowFacts | null = null;
  const cell = (r: number, role: Role): string => {
    const c = cols[role];
    if (c === null) return "";
    const v = g.value(r, c);
    if (isCellError(v)) return "";
    return g.text(r, c);
  };
  const scopeOf = (): number => {
    for (let i = stack.length - 1; i >= 0; i--) if (!stack[i].heading) return stack[i].row;
    return 0;
  };
  for (const cr of rows) {
    if (cr.kind === "continuation") {
      if (!last) continue;
      appendContinuation(last, cr, opts);
      continue;
    }
    let errors: Partial<Record<Role, string>> = NO_ERRORS;
    for (let k = 0; k < roleCols.length; k++) {
      const v = g.value(cr.row, roleCols[k].c);
      if (v !== null && typeof v === "object") {
        if (errors === NO_ERRORS) errors = {};
        errors[roleCols[k].role] = v.error;
      }
    }
    const text = cr.text;
    if (cr.kind === "section") {
      let level: number;
      if (cr.sectionKind === "heading") {
        // Headings nest by their numbers: "2.1" heading its 2.1.x sits under the heading "2".
        while (stack.length && stack[stack.length - 1].heading && !isUnder(cr.stt, stack[stack.length - 1].stt))
          stack.pop();
        level = (stack.length ? stack[stack.length - 1].level : 0) + 1;
      } else {
        level = rank.get(cr.sectionKind!) ?? 1;
        while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
      }
      const scope = scopeOf();
      const item: SectionItem = { row: cr.row, type: "section", stt: cr.stt, level, title: text };
      stack.push({ level, stt: cr.stt, row: cr.row, heading: cr.sectionKind === "heading" });
      const f: RowFacts = {
        row: cr.row,
        item,
        sttKind: cr.sttKind,
        sttMerged: false,
        scope,
        invalidDate: false,
        errors,
      };
      facts.push(f);
      last = f;
      continue;
    }
    // A task: leave a heading whose sub-items have ended.
    while (stack.length && stack[stack.length - 1].heading) {
      const h = stack[stack.length - 1];
      if (cr.stt !== null && h.stt !== null && cr.stt.startsWith(h.stt + ".")) break;
      // Rows without a number and "a)", "b)" are sub-items of the numbered row above them.
      if (cr.stt === null || cr.sttKind === "lower") break;
      stack.pop();
    }
    const section = stack.length ? stack[stack.length - 1].stt : null;
    const leadCell = cell(cr.row, "lead");
    const supportCell = cell(cr.row, "support");
    const fromLead = leadCell ? readResp(leadCell, "lead") : EMPTY_RESP;
    const fromSupport = supportCell ? readResp(supportCell, "support") : EMPTY_RESP;
    const lead = canonical(fromLead.lead.slice(), opts.units);
    const support = canonical(
      fromLead.support.length === 0
        ? fromSupport.support.slice()
        : fromSupport.support.length === 0
          ? fromLead.support.slice()
          : dedupeKeepFirst([...fromLead.support, ...fromSupport.support]),
      opts.units,
    );
    const output = cols.output === null ? null : cell(cr.row, "output") || null;
    let deadline: Deadline;
    let invalidDate = false;
    let invalid: InvalidDate | undefined;
    if (cols.deadline === null) deadline = { text: null, kind: "none", due: null };
    else if (errors.deadline) deadline = { text: errors.deadline, kind: "unparsed", due: null };
    else {
      const raw = deadlineCellText(g, cr.row, cols.deadline);
      const dt = raw;
      let p = dt === null ? undefined : deadlineCache.get(dt);
      if (!p) {
        p = parseDeadline(dt, opts.planYear);
        if (dt !== null) deadlineCache.set(dt, p);
      }
      deadline = { text: dt, kind: p.kind, due: p.due };
      invalidDate = p.invalidDate;
      invalid = p.invalid;
    }
    const statusText = cols.status === null || errors.status ? "" : statusDisplay(g, cr.row, cols.status);
    let done = false;
    // Under "Hoàn thành": a tick, a cross or a ticked check box (TRUE) says it is done.
    if (markMeansDone && (DONE_MARK.test(statusText) || g.value(cr.row, cols.status!) === true)) done = true;
    else if (statusText !== "") {
      const d = doneCache.get(statusText);
      done = d ?? isDoneText(statusText);
      if (d === undefined) doneCache.set(statusText, done);
    }
    const item: TaskItem = {
      row: cr.row,
      type: "task",
      stt: cr.stt,
      section,
      task: text,
      lead,
      support,
      output,
      deadline,
      status: statusWithin(done, deadline.due, opts.asOf, soonLast),
    };
    const f: RowFacts = {
      row: cr.row,
      item,
      sttKind: cr.sttKind,
      sttMerged: cr.sttMerged === true,
      scope: scopeOf(),
      invalidDate,
      invalid,
      errors,
      leadText: leadCell,
      supportText: supportCell,
    };
    facts.push(f);
    last = f;
  }
  return facts;
}

/** A status column headed "Hoàn thành" / "Đã hoàn thành": a tick or a cross in it means done. */
const DONE_MARK = /^\s*[xX✓✔☑]\s*$/;

/** True when STT "2.1" is numbered under "2" (and "2.1.3" under "2.1"). */
function isUnder(stt: string | null, parent: string | null): boolean {
  return stt !== null && parent !== null && stt.startsWith(parent + ".");
}

/** The status cell as displayed; a percent-formatted number shows as a percentage. */
function statusDisplay(g: Grid, r: number, c: number): string {
  const t = g.text(r, c);
  const v = g.value(r, c);
  if (typeof v === "number" && (t === "" || t === String(v)) && (g.numberFormat(r, c) ?? "").includes("%"))
    return `${Math.round(v * 10000) / 100}%`;
  return t;
}

function appendContinuation(last: RowFacts, cr: ClassifiedRow, opts: BuildOptions): void {
  const join = (a: string | null, b: string | undefined): string | null => (b ? (a ? `${a} ${b}` : b) : a);
  const item = last.item;
  if (item.type === "section") {
    item.title = join(item.title, cr.text ?? undefined);
    return;
  }
  item.task = join(item.task, cr.text ?? undefined);
  const more = cr.more ?? {};
  if (more.output !== undefined && item.output !== null) item.output = join(item.output, more.output);
  else if (more.output !== undefined && item.output === null) item.output = more.output;
  if (!more.lead && !more.support) return;
  // The lead and support cells go on: read them again whole ("Phòng Nội vụ chủ trì, phối hợp" /
  // "các phòng liên quan thực hiện" is one sentence).
  last.leadText = joinLines(last.leadText ?? "", more.lead);
  last.supportText = joinLines(last.supportText ?? "", more.support);
  const fromLead = last.leadText ? readResponsibility(last.leadText, "lead") : EMPTY_RESP;
  const fromSupport = last.supportText ? readResponsibility(last.supportText, "support") : EMPTY_RESP;
  item.lead = canonical(fromLead.lead.slice(), opts.units);
  item.support = canonical(dedupeKeepFirst([...fromLead.support, ...fromSupport.support]), opts.units);
}

const LOWER_START = new RegExp(`^\\s*[${LOWER}]`);

/** Text that stops mid-sentence: after a comma or a word that needs what follows. */
const OPEN_END = /(,|\b(phoi hop|voi|va|chu tri|cung|giao|cho))\s*$/;

/**
 * A cell's text and its continuation: one sentence when the continuation starts in lower case or the
 * text stops mid-sentence ("… chủ trì, phối hợp" / "Phòng Tư pháp thực hiện"), else a new line
 * ("Thanh tra tỉnh" / "Công an tỉnh": two units).
 */
function joinLines(a: string, b: string | undefined): string {
  if (!b) return a;
  if (!a) return b;
  return LOWER_START.test(b) || OPEN_END.test(fold(a)) ? `${a} ${b}` : `${a}\n${b}`;
}

function dedupeKeepFirst(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((u) => {
    const k = fold(u);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function canonical(list: string[], units: Map<string, string>): string[] {
  if (units.size === 0) return list;
  return list.map((u) => units.get(fold(u)) ?? u);
}
