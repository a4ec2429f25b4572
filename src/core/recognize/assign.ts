import { ROLES, type Role, type RoleEvidence } from "../report";
import type { Grid } from "./grid";
import type { HeaderFound } from "./header";
import { columnEvidence, sampleRows, share, type CellEvidence } from "./evidence";
import { END, START, guessSttColumn, guessTaskColumn, rolesFromHeader, type ColumnMap } from "./roles";

/** How clearly cells must show a role for a column without a header naming one to take it. */
const CLEAR = 0.6;
/** Below this share, cells do not show a role at all. */
const FAINT = 0.2;

export interface RoleDecision {
  columns: ColumnMap;
  /** Why each role has its column: the header, the cells, or (set later) the user. */
  evidence: Partial<Record<Role, RoleEvidence>>;
}

const pct = (x: number): number => Math.round(x * 100);

/** The cell roles a column's evidence can show, with their shares. */
function cellScores(e: CellEvidence): { role: Role; share: number; code: string }[] {
  return [
    { role: "lead", share: share(e, e.units), code: "cells_units" },
    { role: "deadline", share: share(e, e.time), code: "cells_deadlines" },
    { role: "status", share: share(e, e.progress), code: "cells_progress" },
  ];
}

/** True when a column's cells plainly contradict the role its header gives it. */
function contradicts(role: Role, e: CellEvidence): boolean {
  if (e.filled < 3) return false;
  const units = share(e, e.units + e.persons);
  const time = share(e, e.time);
  const progress = share(e, e.progress);
  if (role === "lead") return units < FAINT && (time >= CLEAR || progress >= CLEAR);
  if (role === "deadline") return time < FAINT && (units >= CLEAR || progress >= CLEAR);
  if (role === "status") return progress < FAINT && (time >= CLEAR || units >= CLEAR);
  return false;
}

/**
 * Assigns column roles from the evidence of headers and cells together (spec, "Column roles"):
 * each column's header gives the roles its label names (the vocabulary); each column's cells in the
 * table's rows give the share that split into units, read as deadlines, or are progress words. A role
 * named by a header goes to that column unless its cells plainly contradict it (the header wins ties);
 * a role left without a column goes to the free column whose cells show it most clearly (a column
 * whose header names no role, or is empty). A second column of units is the support. Names of persons
 * make a lead only when no column names units. The task, without a header, is the column of longest
 * texts; the STT, the column of short numbers left of it. A note column holding one text for the
 * whole table has no role.
 */
export function assignRoles(g: Grid, header: HeaderFound, first: number, last: number): RoleDecision {
  const columns = rolesFromHeader(g, header, first, last);
  const evidence: Partial<Record<Role, RoleEvidence>> = {};
  for (const role of ROLES) if (columns[role] !== null) evidence[role] = { source: "header", code: "header_label" };
  const rows = sampleRows(g, first, last);
  const cache = new Map<number, CellEvidence>();
  const d: Decision = {
    g,
    header,
    columns,
    evidence,
    cellsOf: (c) => {
      let e = cache.get(c);
      if (!e) {
        e = columnEvidence(g, c, rows);
        cache.set(c, e);
      }
      return e;
    },
    taken: () => new Set(ROLES.map((r) => columns[r]).filter((c): c is number => c !== null)),
  };
  const reopened = dropContradicted(d);
  const free = freeColumns(d, reopened);
  fillFromCells(d, free);
  fillLeadFromPersons(d, free);
  fillTaskAndStt(d, first, last);
  return { columns, evidence };
}

/** The decision in progress. */
interface Decision {
  g: Grid;
  header: HeaderFound;
  columns: ColumnMap;
  evidence: Partial<Record<Role, RoleEvidence>>;
  cellsOf(c: number): CellEvidence;
  taken(): Set<number>;
}

function unset(d: Decision, role: Role): void {
  d.columns[role] = null;
  delete d.evidence[role];
}

/** Header roles whose cells plainly contradict them are dropped (their columns reopened); so is a one-text note. */
function dropContradicted(d: Decision): Set<number> {
  const reopened = new Set<number>();
  for (const role of ["lead", "deadline", "status"] as const) {
    const c = d.columns[role];
    if (c === null || !contradicts(role, d.cellsOf(c))) continue;
    unset(d, role);
    reopened.add(c);
  }
  if (d.columns.note !== null && d.cellsOf(d.columns.note).single) unset(d, "note");
  return reopened;
}

/** Columns the cells may give a role: no role yet, and a header naming none (unknown or empty) or contradicted. */
function freeColumns(d: Decision, reopened: Set<number>): number[] {
  const used = d.taken();
  const free: number[] = [];
  for (let c = d.g.left; c <= d.g.right; c++) {
    if (used.has(c)) continue;
    const named = d.header.labels.get(c)?.roles.length ?? 0;
    if (named === 0 || reopened.has(c)) free.push(c);
  }
  return free;
}

/** Roles without a column go to the free columns whose cells show them most clearly. */
function fillFromCells(d: Decision, free: number[]): void {
  // Every free column's clear cell roles, best first (leftmost on a tie).
  const offers: { c: number; role: Role; share: number; code: string }[] = [];
  for (const c of free) for (const o of cellScores(d.cellsOf(c))) if (o.share >= CLEAR) offers.push({ c, ...o });
  // Between two columns of units that show it as clearly, the lead is the one naming fewer units a
  // cell (who leads is one unit; who coordinates, a list), then the leftmost.
  const perCell = (c: number): number => {
    const e = d.cellsOf(c);
    return e.units ? e.unitsNamed / e.units : 0;
  };
  offers.sort(
    (a, b) =>
      b.share - a.share || (a.role === "lead" && b.role === "lead" ? perCell(a.c) - perCell(b.c) : 0) || a.c - b.c,
  );
  // A column headed as the start of the work ("Bắt đầu") is the deadline only when no other column
  // shows times: one to its right that does is the end.
  const startCol = d.columns.deadline;
  if (startCol !== null && d.evidence.deadline?.source === "header") {
    const label = d.header.labels.get(startCol)?.label ?? "";
    if (START.test(label) && !END.test(label) && offers.some((o) => o.role === "deadline" && o.c > startCol))
      unset(d, "deadline");
  }
  const placed = new Set<number>();
  for (const o of offers) {
    if (placed.has(o.c) || d.taken().has(o.c)) continue;
    let role: Role | null = d.columns[o.role] === null ? o.role : null;
    // Units beside the lead column: who coordinates.
    if (role === null && o.role === "lead" && d.columns.support === null) role = "support";
    if (role === null) continue;
    d.columns[role] = o.c;
    d.evidence[role] = { source: "cells", code: o.code, params: { share: pct(o.share) } };
    placed.add(o.c);
  }
}

/** Persons ("Đồng chí …, Phó Chủ tịch") lead only where no column names units. */
function fillLeadFromPersons(d: Decision, free: number[]): void {
  if (d.columns.lead !== null) return;
  let best: { c: number; s: number } | null = null;
  for (const c of free) {
    if (d.taken().has(c)) continue;
    const e = d.cellsOf(c);
    const s = share(e, e.persons + e.units);
    if (s >= CLEAR && (best === null || s > best.s)) best = { c, s };
  }
  if (!best) return;
  d.columns.lead = best.c;
  d.evidence.lead = { source: "cells", code: "cells_persons", params: { share: pct(best.s) } };
}

/** Without a header for them: the task is the column of longest texts, the STT the column of short numbers left of it. */
function fillTaskAndStt(d: Decision, first: number, last: number): void {
  const { g, columns, evidence } = d;
  if (columns.task === null) {
    columns.task = guessTaskColumn(g, columns, first, last);
    if (columns.task !== null)
      evidence.task = {
        source: "cells",
        code: "cells_text",
        params: { length: Math.round(d.cellsOf(columns.task).avgLength) },
      };
  }
  if (columns.stt === null && columns.task !== null) {
    const guess = guessSttColumn(g, columns.task, first, last);
    if (guess !== null && !d.taken().has(guess)) {
      columns.stt = guess;
      evidence.stt = { source: "cells", code: "cells_numbers" };
    }
  }
}
