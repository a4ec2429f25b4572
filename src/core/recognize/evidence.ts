import { parseDeadline } from "../deadline";
import { fold } from "../text";
import { isCellError } from "../snapshot";
import { readResponsibility, startsUnit } from "../plan/units";
import { isDateFormat } from "./number-format";
import type { Grid } from "./grid";

/**
 * What a column's cells hold in the table's rows: the evidence the cells give for each role
 * (spec, "Column roles": a column's role is what its cells hold). Counted over a sample of the rows
 * that carry content in two or more columns (section titles spanning a row are left out).
 */
export interface CellEvidence {
  /** Rows looked at. */
  rows: number;
  /** Cells with text of their own (not covered by a merge from above). */
  filled: number;
  /** Cells that split into units by the rule of Items. */
  units: number;
  /** Units named in the cells that name units (a lead column names fewer per cell than a support column). */
  unitsNamed: number;
  /** Cells naming persons ("Đồng chí …, Phó Chủ tịch UBND tỉnh"). */
  persons: number;
  /** Cells that read as deadlines (dates, periods, recurring or conditional wording) or are date cells. */
  time: number;
  /** Progress words or percentages ("Đã hoàn thành", "Đang thực hiện", "80%"). */
  progress: number;
  /** Short numbers such as an STT holds ("1", "2.1", "II", "a"). */
  numbers: number;
  /** Average length of the filled cells. */
  avgLength: number;
  /** One long text for the whole table (a legend, an explanation merged down): no role. */
  single: boolean;
}

/** How many rows are looked at. */
const SAMPLE = 200;

/** Progress words for sure: "Đã/Đang/Chưa … thực hiện", "Hoàn thành (100%)", "Xong", "80%". */
export const PROGRESS_SURE =
  /^(da|dang|chua|khong|van|tiep tuc)\s+\S|^(hoan thanh|xong|hoan tat|dat|khong dat|tot)\s*(\d+([.,]\d+)?\s*%)?[.!]?$|^\d+([.,]\d+)?\s*%$/;
const PROGRESS =
  /^(da |dang |chua |khong |van )?(hoan thanh|thuc hien|xong|trien khai|dat|tot|hoan tat|tam dung|cham)\b/;
/** Time words, for telling a time cell from a progress cell where a header allows both. */
const TIME_WORDS =
  /\b(19|20)\d{2}\b|\b(quy|thang|tuan|nam|ngay)\b|thuong xuyen|hang nam|hang quy|hang thang|dinh ky|truoc|cham nhat/;
const STT_LIKE = /^([0-9]{1,3}(\.[0-9]{1,3})*|[IVXLC]{1,6}|[A-Za-z])[.)]?$/;
/** "Đồng chí …", "Đ/c …", "Ông …", "Bà …", or a name followed by a title ("…, Phó Chủ tịch UBND tỉnh"). */
const PERSON =
  /^(dong chi|d\/c|dc\.|ong|ba)\s|^(pho )?(chu tich|giam doc|bi thu|thu truong|truong phong|truong ban) |,\s*(pho )?(chu tich|giam doc|bi thu|truong phong|truong ban|chanh van phong)\b/;
/** Words that open a task although their first word names a kind of unit ("Tổ chức", "Ban hành", "Báo cáo"). */
const TASK_HEAD =
  /^(to chuc|ban hanh|bao cao|hoi nghi|hoi thao|hoi thi|phong chong|phong ngua|doi ngu|bo may|bo tieu chi|bo chi so|bo thu tuc|truong hop|vu viec|dai dien|dang ky|hoi dap)\b/;

export type CellKind = "time" | "progress" | "other";

/** A cell as a time, a progress word, or something else (null when empty or an error). */
export function cellKind(g: Grid, r: number, c: number): CellKind | null {
  const v = g.value(r, c);
  if (v === null || isCellError(v)) return null;
  if (typeof v === "number") {
    const fmt = g.numberFormat(r, c) ?? "";
    if (isDateFormat(fmt)) return "time";
    if (fmt.includes("%") || (v >= 0 && v <= 100)) return "progress";
    return "other";
  }
  const t = g.text(r, c);
  if (t === "") return null;
  const f = fold(t);
  if (PROGRESS_SURE.test(f)) return "progress";
  if (readsAsDeadline(t)) return "time";
  if (TIME_WORDS.test(f)) return "time";
  if (PROGRESS.test(f)) return "progress";
  return "other";
}

/** True when the parser reads the text as a deadline (a day, a period, recurring or conditional wording). */
function readsAsDeadline(t: string): boolean {
  const k = parseDeadline(t, 2000).kind;
  return k === "date" || k === "period" || k === "recurring" || k === "conditional";
}

/** True when a cell's text splits into units by the rule of Items, the first and most of them starting as a unit does. */
export function namesUnits(t: string): boolean {
  if (t.length > 300) return false;
  const f = fold(t).trim();
  if (TASK_HEAD.test(f)) return false;
  const r = readResponsibility(t, "lead");
  const all = [...r.lead, ...r.support];
  if (all.length === 0) return false;
  // The first names a unit, and so do most of the rest ("…; đại diện các tổ chức thành viên; …" among units).
  if (!startsUnit(all[0]) || TASK_HEAD.test(fold(all[0]))) return false;
  let len = 0;
  let starting = 0;
  for (const u of all) {
    if (startsUnit(u) && !TASK_HEAD.test(fold(u))) starting++;
    len += u.length;
  }
  return starting * 2 >= all.length && len / all.length <= 90;
}

/** How many units a cell names (read once per distinct text). */
function unitCount(t: string): number {
  const r = readResponsibility(t, "lead");
  return r.lead.length + r.support.length;
}

/** The rows the cells are read in: rows with content in two or more columns, at most SAMPLE of them. */
export function sampleRows(g: Grid, first: number, last: number): number[] {
  const out: number[] = [];
  for (let r = first; r <= last && out.length < SAMPLE; r++) {
    if (g.isEmptyRow(r)) continue;
    let n = 0;
    for (let c = g.left; c <= g.right && n < 2; c++) if (g.text(r, c) !== "") n++;
    if (n >= 2) out.push(r);
  }
  return out;
}

type Counted = "units" | "persons" | "time" | "progress" | "numbers";

/** What one cell shows: a number, a person, units, a time (as the parser reads it), a progress word; or null. */
function evidenceKind(g: Grid, r: number, c: number, v: unknown, t: string): Counted | null {
  if (typeof v === "number") {
    const fmt = g.numberFormat(r, c) ?? "";
    if (isDateFormat(fmt)) return "time";
    if (fmt.includes("%")) return "progress";
    return STT_LIKE.test(t) ? "numbers" : null;
  }
  if (STT_LIKE.test(t)) return "numbers";
  const f = fold(t);
  if (PERSON.test(f)) return "persons";
  if (namesUnits(t)) return "units";
  if (PROGRESS_SURE.test(f)) return "progress";
  // A long text is a task or a product, whatever date it names.
  if (t.length > 120) return null;
  if (readsAsDeadline(t)) return "time";
  if (t.length <= 40 && PROGRESS.test(f)) return "progress";
  return null;
}

/** The evidence of column c's cells over the sample rows. */
export function columnEvidence(g: Grid, c: number, rows: number[]): CellEvidence {
  const e: CellEvidence = {
    rows: rows.length,
    filled: 0,
    units: 0,
    unitsNamed: 0,
    persons: 0,
    time: 0,
    progress: 0,
    numbers: 0,
    avgLength: 0,
    single: false,
  };
  let len = 0;
  let own = 0;
  /** A cell merged down over several rows is read once and counts for each row it covers. */
  let lastText = "";
  let lastKind: Counted | null = null;
  for (const r of rows) {
    const covered = g.coveredFromAbove(r, c);
    const v = g.value(r, c);
    const t = g.text(r, c);
    if (v === null || isCellError(v) || t === "") continue;
    e.filled++;
    len += t.length;
    if (!covered) own++;
    const kind: Counted | null = covered && t === lastText ? lastKind : evidenceKind(g, r, c, v, t);
    lastText = t;
    lastKind = kind;
    if (kind !== null) e[kind]++;
    if (kind === "units") e.unitsNamed += unitCount(t);
  }
  e.avgLength = e.filled ? len / e.filled : 0;
  // One long text for the whole table: a single own cell (merged down over the rest, or alone) in a
  // table of rows (a short remark merged down, "Áp dụng cho mọi nhiệm vụ", is every row's note).
  e.single = own === 1 && rows.length >= 4 && len / e.filled > 60;
  return e;
}

/** The share (0..1) of a column's filled cells that show a role; 0 for too little evidence. */
export function share(e: CellEvidence, count: number): number {
  if (e.filled < 2) return 0;
  return count / e.filled;
}
