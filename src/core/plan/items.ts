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

/** Levels of section kinds: letter / roman / part / unnumbered ranked by first appearance (headings nest). */
function sectionRanks(rows: ClassifiedRow[]): Map<string, number> {
  const rank = new Map<string, number>();
  for (const r of rows)
    if (r.kind === "section" && r.sectionKind !== "heading" && !rank.has(r.sectionKind!))
      rank.set(r.sectionKind!, rank.size + 1);
  return rank;
}

/** The open sections above the current row, innermost last. */
class Nesting {
  private readonly stack: { level: number; stt: string | null; row: number; heading: boolean }[] = [];
  constructor(private readonly rank: Map<string, number>) {}

  /** The section (by its row) whose numbering the current row's number belongs to; 0 for none. */
  scope(): number {
    for (let i = this.stack.length - 1; i >= 0; i--) if (!this.stack[i].heading) return this.stack[i].row;
    return 0;
  }

  /** Opens a section row; returns its level and the scope its own number is checked in. */
  openSection(cr: ClassifiedRow): { level: number; scope: number } {
    const st = this.stack;
    let level: number;
    if (cr.sectionKind === "heading") {
      // Headings nest by their numbers: "2.1" heading its 2.1.x sits under the heading "2".
      while (st.length && st[st.length - 1].heading && !isUnder(cr.stt, st[st.length - 1].stt)) st.pop();
      level = (st.length ? st[st.length - 1].level : 0) + 1;
    } else {
      level = this.rank.get(cr.sectionKind!) ?? 1;
      while (st.length && st[st.length - 1].level >= level) st.pop();
    }
    const scope = this.scope();
    st.push({ level, stt: cr.stt, row: cr.row, heading: cr.sectionKind === "heading" });
    return { level, scope };
  }

  /** Enters a task row (leaving a heading whose sub-items have ended); returns its innermost section's STT. */
  enterTask(cr: ClassifiedRow): string | null {
    const st = this.stack;
    while (st.length && st[st.length - 1].heading) {
      const h = st[st.length - 1];
      if (cr.stt !== null && h.stt !== null && cr.stt.startsWith(h.stt + ".")) break;
      // Rows without a number and "a)", "b)" are sub-items of the numbered row above them.
      if (cr.stt === null || cr.sttKind === "lower") break;
      st.pop();
    }
    return st.length ? st[st.length - 1].stt : null;
  }
}

/** Reads a row's role cells: errors, units, deadline, done; each distinct text read once (plans repeat them). */
class RowReader {
  private readonly roleCols: { role: Role; c: number }[];
  private readonly respCache = new Map<string, ReturnType<typeof readResponsibility>>();
  private readonly deadlineCache = new Map<string, ReturnType<typeof parseDeadline>>();
  private readonly doneCache = new Map<string, boolean>();
  private readonly markMeansDone: boolean;

  constructor(
    private readonly g: Grid,
    private readonly cols: ColumnMap,
    private readonly opts: BuildOptions,
  ) {
    this.roleCols = ROLES.filter((r) => cols[r] !== null).map((role) => ({ role, c: cols[role]! }));
    this.markMeansDone = DONE_LABEL.test(opts.statusLabel ?? "");
  }

  /** Cells of the row holding an Excel error, by role. */
  errors(r: number): Partial<Record<Role, string>> {
    let errors: Partial<Record<Role, string>> = NO_ERRORS;
    for (const { role, c } of this.roleCols) {
      const v = this.g.value(r, c);
      if (v !== null && typeof v === "object") {
        if (errors === NO_ERRORS) errors = {};
        errors[role] = v.error;
      }
    }
    return errors;
  }

  /** A role's cell text ("" for none or an error). */
  cell(r: number, role: Role): string {
    const c = this.cols[role];
    if (c === null) return "";
    if (isCellError(this.g.value(r, c))) return "";
    return this.g.text(r, c);
  }

  private responsibility(t: string, mode: "lead" | "support"): ReturnType<typeof readResponsibility> {
    if (!t) return EMPTY_RESP;
    const k = mode[0] + t;
    let v = this.respCache.get(k);
    if (!v) {
      v = readResponsibility(t, mode);
      this.respCache.set(k, v);
    }
    return v;
  }

  /** Lead and support units of the row: the lead cell's, with its supports merged with the support cell's. */
  units(leadCell: string, supportCell: string): { lead: string[]; support: string[] } {
    const fromLead = this.responsibility(leadCell, "lead");
    const fromSupport = this.responsibility(supportCell, "support");
    const support =
      fromLead.support.length === 0
        ? fromSupport.support.slice()
        : fromSupport.support.length === 0
          ? fromLead.support.slice()
          : dedupeKeepFirst([...fromLead.support, ...fromSupport.support]);
    return { lead: canonical(fromLead.lead.slice(), this.opts.units), support: canonical(support, this.opts.units) };
  }

  /** The row's deadline, and the written date that does not exist (if any). */
  deadline(
    r: number,
    errors: Partial<Record<Role, string>>,
  ): { deadline: Deadline; invalid?: InvalidDate; invalidDate: boolean } {
    const c = this.cols.deadline;
    if (c === null) return { deadline: { text: null, kind: "none", due: null }, invalidDate: false };
    if (errors.deadline)
      return { deadline: { text: errors.deadline, kind: "unparsed", due: null }, invalidDate: false };
    const dt = deadlineCellText(this.g, r, c);
    let p = dt === null ? undefined : this.deadlineCache.get(dt);
    if (!p) {
      p = parseDeadline(dt, this.opts.planYear);
      if (dt !== null) this.deadlineCache.set(dt, p);
    }
    return { deadline: { text: dt, kind: p.kind, due: p.due }, invalidDate: p.invalidDate, invalid: p.invalid };
  }

  /** True when the status cell says the task is done. */
  done(r: number, errors: Partial<Record<Role, string>>): boolean {
    const c = this.cols.status;
    if (c === null || errors.status) return false;
    const statusText = statusDisplay(this.g, r, c);
    // Under "Hoàn thành": a tick, a cross or a ticked check box (TRUE) says it is done.
    if (this.markMeansDone && (DONE_MARK.test(statusText) || this.g.value(r, c) === true)) return true;
    if (statusText === "") return false;
    let d = this.doneCache.get(statusText);
    if (d === undefined) {
      d = isDoneText(statusText);
      this.doneCache.set(statusText, d);
    }
    return d;
  }
}

/** Builds the items: sections with levels, tasks with units, deadlines and status; continuation rows folded. */
export function buildItems(g: Grid, cols: ColumnMap, rows: ClassifiedRow[], opts: BuildOptions): RowFacts[] {
  const nesting = new Nesting(sectionRanks(rows));
  const reader = new RowReader(g, cols, opts);
  const soonLast = addDays(opts.asOf, opts.dueSoonDays);
  const facts: RowFacts[] = [];
  let last: RowFacts | null = null;
  for (const cr of rows) {
    if (cr.kind === "continuation") {
      if (last) appendContinuation(last, cr, opts);
      continue;
    }
    const errors = reader.errors(cr.row);
    last =
      cr.kind === "section"
        ? sectionFacts(cr, nesting, errors)
        : taskFacts(cr, nesting, reader, errors, opts, soonLast);
    facts.push(last);
  }
  return facts;
}

function sectionFacts(cr: ClassifiedRow, nesting: Nesting, errors: Partial<Record<Role, string>>): RowFacts {
  const { level, scope } = nesting.openSection(cr);
  const item: SectionItem = { row: cr.row, type: "section", stt: cr.stt, level, title: cr.text };
  return { row: cr.row, item, sttKind: cr.sttKind, sttMerged: false, scope, invalidDate: false, errors };
}

function taskFacts(
  cr: ClassifiedRow,
  nesting: Nesting,
  reader: RowReader,
  errors: Partial<Record<Role, string>>,
  opts: BuildOptions,
  soonLast: string,
): RowFacts {
  const section = nesting.enterTask(cr);
  const leadCell = reader.cell(cr.row, "lead");
  const supportCell = reader.cell(cr.row, "support");
  const { lead, support } = reader.units(leadCell, supportCell);
  const output = reader.cell(cr.row, "output") || null;
  const { deadline, invalidDate, invalid } = reader.deadline(cr.row, errors);
  const done = reader.done(cr.row, errors);
  const item: TaskItem = {
    row: cr.row,
    type: "task",
    stt: cr.stt,
    section,
    task: cr.text,
    lead,
    support,
    output,
    deadline,
    status: statusWithin(done, deadline.due, opts.asOf, soonLast),
  };
  return {
    row: cr.row,
    item,
    sttKind: cr.sttKind,
    sttMerged: cr.sttMerged === true,
    scope: nesting.scope(),
    invalidDate,
    invalid,
    errors,
    leadText: leadCell,
    supportText: supportCell,
  };
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
