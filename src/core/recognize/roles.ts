import { ROLES, type Role } from "../report";
import { cellKind, type CellKind } from "./evidence";
import type { Grid } from "./grid";
import type { HeaderFound } from "./header";

export type ColumnMap = Record<Role, number | null>;

/** How many cells of a column are looked at to decide what it holds. */
const SAMPLE = 200;

/** Deadline column labels naming the end or the start of the work. */
export const END = /hoan thanh|ket thuc|thoi han|han |\bden\b/;
export const START = /bat dau|\btu\b/;
/** A status label saying the work is done ("Hoàn thành", "Đã hoàn thành", under a group or not). */
export const DONE_LABEL =
  /^((tinh hinh|ket qua) thuc hien |tinh trang |trang thai |tien do (thuc hien )?)?(da )?(hoan thanh|xong)$/;

function tally(g: Grid, c: number, first: number, last: number): Record<CellKind, number> {
  const n: Record<CellKind, number> = { time: 0, progress: 0, other: 0 };
  let seen = 0;
  for (let r = first; r <= last && seen < SAMPLE; r++) {
    if (g.coveredFromAbove(r, c)) continue;
    const k = cellKind(g, r, c);
    if (!k) continue;
    n[k]++;
    seen++;
  }
  return n;
}

/** Decides between two roles a header allows, by the column's cells. */
function decide(g: Grid, c: number, roles: [Role, Role], first: number, last: number): Role {
  const n = tally(g, c, first, last);
  const [a, b] = roles;
  if (a === "deadline" && b === "status") return n.progress > n.time ? "status" : "deadline";
  if (a === "output" && b === "status") return n.progress > n.time + n.other ? "status" : "output";
  if (a === "status" && b === "deadline") return n.time > n.progress + n.other ? "deadline" : "status";
  return a;
}

/** True when most of a column's cells read as the role: progress for the status, times for the deadline. */
function cellsFit(g: Grid, c: number, role: Role, first: number, last: number): boolean {
  const n = tally(g, c, first, last);
  // An empty column (to be filled in as the plan goes) takes the role its header leaves.
  if (n.time + n.progress + n.other === 0) return true;
  if (role === "status") return n.progress > 0 && n.progress >= n.time + n.other;
  if (role === "deadline") return n.time > 0 && n.time >= n.progress + n.other;
  return true;
}

function ownEntries(g: Grid, c: number, first: number, last: number): number {
  let n = 0;
  for (let r = first; r <= last; r++) if (!g.coveredFromAbove(r, c) && g.text(r, c) !== "") n++;
  return n;
}

/**
 * The roles the header labels give (the header's evidence), with cells deciding between the two roles
 * a label allows ("Tiến độ", "Kết quả") and between several columns a header names alike.
 */
export function rolesFromHeader(g: Grid, header: HeaderFound, first: number, last: number): ColumnMap {
  const candidates = new Map<Role, number[]>();
  const add = (role: Role, c: number): void => {
    const list = candidates.get(role) ?? [];
    list.push(c);
    candidates.set(role, list);
  };
  const ambiguous: { c: number; roles: [Role, Role] }[] = [];
  const cols = [...header.labels.keys()].sort((x, y) => x - y);
  for (const c of cols) {
    const { roles } = header.labels.get(c)!;
    if (roles.length === 1) add(roles[0], c);
    else if (roles.length === 2) ambiguous.push({ c, roles: [roles[0], roles[1]] });
  }
  for (const { c, roles } of ambiguous) {
    const role = decide(g, c, roles, first, last);
    const other = role === roles[0] ? roles[1] : roles[0];
    const label = header.labels.get(c)?.label ?? "";
    if (!candidates.has(role)) add(role, c);
    // "Tình hình thực hiện" over "Hoàn thành | Đang thực hiện | Chưa thực hiện": the done column is the status.
    else if (role === "status" && DONE_LABEL.test(label)) add(role, c);
    // "Tiến độ" over "Bắt đầu | Hoàn thành": both are times; the end column is chosen below.
    else if (role === "deadline" && (START.test(label) || END.test(label))) add(role, c);
    // The other role only when the cells could be read as it: progress words for the status, times for the
    // deadline ("Kết quả" naming products beside "Sản phẩm" is neither output nor status).
    else if (!candidates.has(other) && cellsFit(g, c, other, first, last)) add(other, c);
  }
  const map = Object.fromEntries(ROLES.map((r) => [r, null])) as ColumnMap;
  for (const role of ROLES) {
    const list = (candidates.get(role) ?? []).sort((x, y) => x - y);
    if (list.length === 0) continue;
    if (role === "task" && list.length > 1) {
      // Two columns could be the task: the one with one entry per row (not merged down over several).
      let best = list[0];
      let bestN = -1;
      for (const c of list) {
        const n = ownEntries(g, c, first, last);
        if (n > bestN) {
          best = c;
          bestN = n;
        }
      }
      map.task = best;
    } else if (role === "deadline" && list.length > 1) {
      const label = (c: number): string => header.labels.get(c)?.label ?? "";
      const end = list.find((c) => END.test(label(c)));
      const notStart = list.find((c) => !START.test(label(c)));
      map.deadline = end ?? notStart ?? list[0];
    } else if (role === "lead" && list.length > 1) {
      // "Đơn vị chủ trì" beats "Lãnh đạo phụ trách" or "Đơn vị" wherever they stand.
      const label = (c: number): string => header.labels.get(c)?.label ?? "";
      map.lead =
        list.find((c) => /\bchu tri\b/.test(label(c))) ??
        list.find((c) => /thuc hien|trach nhiem/.test(label(c))) ??
        list[0];
    } else if (role === "status" && list.length > 1) {
      // Marks under "Hoàn thành | Đang thực hiện | Chưa thực hiện": the column saying it is done.
      map.status = list.find((c) => DONE_LABEL.test(header.labels.get(c)?.label ?? "")) ?? list[0];
    } else map[role] = list[0];
  }
  return map;
}

/** Without a task header, the column holding the longest texts (not already given a role) is the task. */
export function guessTaskColumn(g: Grid, map: ColumnMap, first: number, last: number): number | null {
  const taken = new Set(Object.values(map).filter((c): c is number => c !== null));
  let best: number | null = null;
  let bestAvg = 15;
  for (let c = g.left; c <= g.right; c++) {
    if (taken.has(c)) continue;
    let n = 0;
    let len = 0;
    for (let r = first; r <= last && n < SAMPLE; r++) {
      const t = g.text(r, c);
      if (t === "" || g.coveredFromAbove(r, c)) continue;
      n++;
      len += t.length;
    }
    if (n >= 2 && len / n > bestAvg) {
      best = c;
      bestAvg = len / n;
    }
  }
  return best;
}

const STT_LIKE = /^([0-9]{1,3}(\.[0-9]{1,3})*|[IVXLC]{1,6}|[A-Z])[.)]?$/;

/** Without an STT header, the column left of the task holding short numbers on most rows is the STT. */
export function guessSttColumn(g: Grid, task: number, first: number, last: number): number | null {
  for (let c = task - 1; c >= g.left && c >= task - 2; c--) {
    let filled = 0;
    let numbered = 0;
    for (let r = first; r <= last; r++) {
      const t = g.text(r, c);
      if (t === "") continue;
      filled++;
      if (STT_LIKE.test(t)) numbered++;
    }
    if (filled >= 2 && numbered >= filled * 0.8) return c;
  }
  return null;
}
