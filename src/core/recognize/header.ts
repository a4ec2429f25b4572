import type { Role } from "../report";
import type { Grid } from "./grid";
import { headerLabel, rolesForLabel } from "./vocabulary";
import { LOWER } from "../text/unicode-classes";

const LOWER_FIRST = new RegExp(`^[${LOWER}]`);

/** How many rows from the top are searched for the header (a whole plan pasted above its appendix can run long). */
const HEADER_SEARCH_ROWS = 300;

export interface HeaderFound {
  /** Header rows, top to bottom (one or two, three with a group row). */
  rows: number[];
  /** Per column (sheet column number): the folded label and the roles it may name. */
  labels: Map<number, { label: string; roles: Role[]; cells?: string[] }>;
  /** Found only by its task and STT labels (the other labels name no role): the cells must show the rest. */
  weak?: boolean;
}

interface RowScore {
  row: number;
  roles: number;
  hasTask: boolean;
  /** Names a role a plan needs beside the task: who or when (or what comes out, how far it got). */
  hasPlanRole: boolean;
  /** Short label cells in the row. */
  labels: number;
}

const PLAN_ROLES = new Set<Role>(["lead", "support", "deadline", "output", "status"]);

function scoreRow(g: Grid, r: number): RowScore {
  const seen = new Set<Role>();
  let cells = 0;
  let long = 0;
  for (let c = g.left; c <= g.right; c++) {
    const t = g.text(r, c);
    if (t === "") continue;
    cells++;
    if (t.length > 120) {
      long++;
      continue;
    }
    const roles = rolesForLabel(headerLabel(t));
    if (roles.length) seen.add(roles[0]);
  }
  // A row of prose is no header, whatever words it holds.
  // So is a row of the table: its first cell a number ("1", "2.1").
  if ((long > 0 && long * 2 >= cells) || startsWithNumber(g, r))
    return { row: r, roles: 0, hasTask: false, hasPlanRole: false, labels: 0 };
  let hasPlanRole = false;
  for (const role of seen) if (PLAN_ROLES.has(role)) hasPlanRole = true;
  return { row: r, roles: seen.size, hasTask: seen.has("task"), hasPlanRole, labels: cells - long };
}

const ROW_NUMBER = /^\d{1,3}(\.\d{1,3})*[.)]?$/;

/** True when the row's first cell with text holds a row number: a row of the table, not its header. */
function startsWithNumber(g: Grid, r: number): boolean {
  for (let c = g.left; c <= g.right; c++) {
    const t = g.text(r, c);
    if (t !== "") return ROW_NUMBER.test(t) && !g.isEmptyRow(r) && rowHasLongText(g, r);
  }
  return false;
}

/** True when some cell of the row holds a text longer than a header label usually is. */
function rowHasLongText(g: Grid, r: number): boolean {
  for (let c = g.left; c <= g.right; c++) if (g.text(r, c).length > 25) return true;
  return false;
}

/** Finds the header: the row naming most roles (at least a task and one more, or three roles). */
export function findHeader(g: Grid): HeaderFound | null {
  let best: RowScore | null = null;
  // A row naming the task and the STT, its other labels naming no role ("Cột 3") or its other header
  // cells empty: a header whose other roles the cells must show.
  let weak: RowScore | null = null;
  const last = Math.min(g.bottom, g.top + HEADER_SEARCH_ROWS);
  for (let r = g.top; r <= last; r++) {
    if (g.isEmptyRow(r)) continue;
    const s = scoreRow(g, r);
    // A plan's header names the task and who, when or what; "STT | Nội dung | Số lượng" is some other table.
    const ok = s.hasPlanRole && (s.hasTask ? s.roles >= 2 : s.roles >= 3);
    if (!ok) {
      if (s.hasTask && s.roles >= 2 && !weak && !isLastRow(g, r)) weak = s;
      continue;
    }
    if (!best || s.roles > best.roles) best = s;
  }
  if (!best && weak) return { ...readHeader(g, weak), weak: true };
  if (!best) return null;
  return readHeader(g, best);
}

/** True when no row follows r (a header has rows under it). */
function isLastRow(g: Grid, r: number): boolean {
  return r + 1 > g.bottom;
}

/** The header around its best row: its rows and each column's label and roles. */
function readHeader(g: Grid, best: RowScore): HeaderFound {
  let rows = headerRows(g, best.row);
  // Header words run on into the next row, unmerged ("Đơn vị" over "chủ trì"): each label is read whole.
  // The best row may be either of the two.
  let split = false;
  if (rows.length === 1) {
    if (continuesHeader(g, best.row, best.row + 1)) rows = [best.row, best.row + 1];
    else if (best.row > g.top && continuesHeader(g, best.row - 1, best.row)) rows = [best.row - 1, best.row];
    split = rows.length === 2;
  }
  const labels = new Map<number, { label: string; roles: Role[]; cells?: string[] }>();
  for (let c = g.left; c <= g.right && split; c++) {
    const label = headerLabel(`${g.text(rows[0], c)} ${g.text(rows[1], c)}`);
    if (label === "") continue;
    let roles = rolesForLabel(label);
    if (roles.length === 0) roles = rolesForLabel(headerLabel(g.text(rows[0], c)));
    labels.set(c, { label, roles });
  }
  for (let c = g.left; c <= g.right && !split; c++) {
    // The lowest header row that names the column gives its label ("Nội dung thực hiện" under "KẾ HOẠCH THỰC HIỆN").
    let label = "";
    let roles: Role[] = [];
    for (let i = rows.length - 1; i >= 0; i--) {
      const t = g.text(rows[i], c);
      if (t === "") continue;
      const l = headerLabel(t);
      let rs = rolesForLabel(l);
      // A sub-label under a group header reads with the group's words: "Bắt đầu | Hoàn thành" under
      // "Thời gian thực hiện" are "thời gian thực hiện bắt đầu / hoàn thành" (both times; the end wins).
      const group = rs.length === 0 && i > 0 ? groupLabelOver(g, rows.slice(0, i), c) : "";
      if (group !== "") {
        const joined = `${group} ${l}`;
        const jr = rolesForLabel(joined);
        if (jr.length) {
          rs = jr;
          label = joined;
          roles = rs;
          break;
        }
      }
      if (label === "") label = l;
      if (rs.length) {
        label = l;
        roles = rs;
        break;
      }
    }
    if (label !== "") labels.set(c, { label, roles });
  }
  // Each column's own header cells, folded (a header repeated lower down is known by them).
  for (const [c, entry] of labels) {
    const cells: string[] = [];
    for (const r of rows) {
      const l = headerLabel(g.text(r, c));
      if (l !== "") cells.push(l);
    }
    entry.cells = cells;
  }
  return { rows, labels };
}

/**
 * A row under a one-row header that only carries on its labels, unmerged ("Số | Nội dung | Đơn vị"
 * over "TT | công việc | chủ trì"): short texts under labelled cells, two or more starting in lower
 * case (or "TT"), no numbers or dates.
 */
function continuesHeader(g: Grid, header: number, next: number): boolean {
  if (next > g.bottom || g.isEmptyRow(next)) return false;
  let lower = 0;
  for (let c = g.left; c <= g.right; c++) {
    const t = g.text(next, c);
    if (t === "") continue;
    if (g.text(header, c) === "" || t.length > 30 || typeof g.value(next, c) === "number" || /\d/.test(t)) return false;
    if (LOWER_FIRST.test(t) || t === "TT") lower++;
  }
  return lower >= 2;
}

/** The header's rows around its best row: rows joined to it by vertical merges, and a group row above. */
function headerRows(g: Grid, row: number): number[] {
  let top = row;
  let bottom = row;
  const mergesDown = (r: number, to: number): boolean => {
    for (let c = g.left; c <= g.right; c++) if (g.spanDown(r, c) > 1 && r + g.spanDown(r, c) - 1 >= to) return true;
    return false;
  };
  // Cells merged down from the row above into this one ("STT" over rows 5-6): the row above is header too.
  if (top - 1 >= g.top && mergesDown(top - 1, top)) top--;
  // Cells of the header merged down into the next row, or a group header ("Đơn vị thực hiện" merged
  // across) over role labels ("Chủ trì | Phối hợp") in the next row: that row is the second header row.
  if (
    bottom + 1 <= g.bottom &&
    !g.isEmptyRow(bottom + 1) &&
    (mergesDown(top, bottom + 1) || groupsOver(g, bottom, bottom + 1))
  )
    bottom++;
  // A group row above ("KẾ HOẠCH THỰC HIỆN" merged over three columns, the rest empty).
  if (top === row && bottom === row && top - 1 >= g.top && isGroupRow(g, top - 1, row)) top--;
  const out: number[] = [];
  for (let r = top; r <= bottom; r++) out.push(r);
  return out;
}

/**
 * The label of a group header merged across column c in one of the rows (lowest first), when the
 * merge spans two or more columns: "" when none.
 */
function groupLabelOver(g: Grid, rows: number[], c: number): string {
  for (let i = rows.length - 1; i >= 0; i--) {
    const r = rows[i];
    for (let k = c; k >= g.left && k >= c - 30; k--) {
      const span = g.spanRight(r, k);
      if (span < 2 || k + span - 1 < c) continue;
      const t = g.text(r, k);
      return t === "" ? "" : headerLabel(t);
    }
  }
  return "";
}

/**
 * A cell of row r merged across columns with role labels under it in the next row (or labels that
 * name a role read with the group's words: "Bắt đầu | Hoàn thành" under "Thời gian thực hiện").
 */
function groupsOver(g: Grid, r: number, next: number): boolean {
  for (let c = g.left; c <= g.right; c++) {
    const span = g.spanRight(r, c);
    if (span < 2 || g.text(r, c) === "") continue;
    const group = headerLabel(g.text(r, c));
    let labelled = 0;
    for (let k = c; k < c + span; k++) {
      const sub = headerLabel(g.text(next, k));
      if (sub === "" || sub.length > 60) continue;
      if (rolesForLabel(sub).length || (rolesForLabel(group).length && rolesForLabel(`${group} ${sub}`).length))
        labelled++;
    }
    if (labelled >= 2) return true;
  }
  return false;
}

/**
 * A group row over a one-row header: short labels merged across two or more labelled header
 * columns, none over the header's first column (a title block's merges start there), with role
 * labels under each group.
 */
function isGroupRow(g: Grid, r: number, header: number): boolean {
  let firstLabelled = 0;
  for (let c = g.left; c <= g.right && firstLabelled === 0; c++) if (g.text(header, c) !== "") firstLabelled = c;
  let groups = 0;
  for (let c = g.left; c <= g.right; c++) {
    const t = g.text(r, c);
    if (t === "") continue;
    const span = g.spanRight(r, c);
    if (t.length > 60 || span < 2 || c <= firstLabelled) return false;
    let labelled = 0;
    for (let k = c; k < c + span; k++) if (rolesForLabel(headerLabel(g.text(header, k))).length) labelled++;
    if (labelled < 2) return false;
    groups++;
  }
  return groups > 0;
}
