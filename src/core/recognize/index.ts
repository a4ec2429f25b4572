import { ROLES, type Role, type RoleEvidence, type TableEvidence } from "../report";
import type { SheetSnapshot } from "../snapshot";
import { fold } from "../text";
import { columnIndex, columnLetter } from "../a1";
import { gridOf, type Grid } from "./grid";
import { findHeader, type HeaderFound } from "./header";
import { headerLabel } from "./vocabulary";
import { findRegion } from "./region";
import type { ColumnMap } from "./roles";
import { assignRoles } from "./assign";

export { gridOf, type Grid } from "./grid";
export type { ColumnMap } from "./roles";
export { detectPlanYear, type PlanYear } from "./plan-year";
export { serialToDmy, serialToYmd, addDays } from "./cell-format";
export {
  isDateFormat,
  isDateTimeFormat,
  formatCellText,
  formatGeneral,
  dateToSerial,
  effectiveNumberFormat,
  BUILTIN_NUMBER_FORMATS,
  LOCALE_SHORT_DATE_FORMAT,
} from "./number-format";

export interface RecognizedTable {
  ok: true;
  grid: Grid;
  header: HeaderFound;
  headerRows: number[];
  firstRow: number;
  lastRow: number;
  columns: ColumnMap;
  /** Why each role has its column, and each column's header text. */
  evidence: TableEvidence;
  /** The header row of another table further down the sheet (not checked), or null. */
  nextTable: number | null;
  /** Text of the rows above the header (the title block), one string per row. */
  titleLines: string[];
}

export interface NotAPlan {
  ok: false;
  reason: string;
}

export type Recognition = RecognizedTable | NotAPlan;

function countText(g: Grid): { rows: number; cells: number; columns: Set<number> } {
  let rows = 0;
  let cells = 0;
  const columns = new Set<number>();
  for (let r = g.top; r <= g.bottom; r++) {
    if (g.isEmptyRow(r)) continue;
    rows++;
    for (let c = g.left; c <= g.right; c++)
      if (g.text(r, c) !== "") {
        cells++;
        columns.add(c);
      }
  }
  return { rows, cells, columns };
}

function notAPlanReason(g: Grid, sheetName: string): string {
  const { rows, columns } = countText(g);
  if (rows === 0) return "Trang tính trống, không có bảng kế hoạch";
  const guide = /huong dan|ghi chu|chu thich|readme/.test(fold(sheetName));
  const other = otherTableKind(g);
  if (other === "people") return "Bảng danh sách người (họ và tên, chức vụ …), không phải bảng kế hoạch";
  if (other === "money") return "Bảng kinh phí (kinh phí, dự toán, nguồn vốn …), không phải bảng kế hoạch";
  if (columns.size <= 2 && rows <= 30)
    return guide
      ? "Trang hướng dẫn: chỉ có vài dòng chữ, không có bảng kế hoạch"
      : "Chỉ có vài dòng chữ, không có bảng kế hoạch";
  return "Không tìm thấy dòng tiêu đề của bảng kế hoạch (STT, Nội dung công việc, Đơn vị chủ trì, Thời hạn hoàn thành …)";
}

const PEOPLE_LABEL = /^(ho va ten|ho ten|chuc vu|chuc danh|ngay sinh|nam sinh|so dien thoai|dien thoai|gioi tinh)\b/;
const MONEY_LABEL = /^(kinh phi|du toan|thanh tien|so tien|don gia|nguon von|nguon kinh phi|tong kinh phi)\b/;

/** A header-like row near the top naming people or money: which (for the reason a sheet is not a plan). */
function otherTableKind(g: Grid): "people" | "money" | null {
  const last = Math.min(g.bottom, g.top + 300);
  for (let r = g.top; r <= last; r++) {
    if (g.isEmptyRow(r)) continue;
    let cells = 0;
    let kind: "people" | "money" | null = null;
    for (let c = g.left; c <= g.right && c <= g.left + 60; c++) {
      const t = g.text(r, c);
      if (t === "" || t.length > 60) continue;
      cells++;
      const l = headerLabel(t);
      if (PEOPLE_LABEL.test(l)) kind = kind ?? "people";
      else if (MONEY_LABEL.test(l)) kind = kind ?? "money";
    }
    if (kind && cells >= 3) return kind;
  }
  return null;
}

/**
 * A table that names people (Họ và tên, Chức vụ) or money (Kinh phí, Dự toán, Nguồn vốn) and no
 * deadline is a list of members or a budget, not a plan: the reason, or null.
 */
function otherTableReason(header: HeaderFound, columns: ColumnMap): string | null {
  if (columns.deadline !== null) return null;
  let people = false;
  let money = false;
  for (const { label } of header.labels.values()) {
    if (PEOPLE_LABEL.test(label)) people = true;
    if (MONEY_LABEL.test(label)) money = true;
  }
  if (people) return "Bảng danh sách người (họ và tên, chức vụ …), không phải bảng kế hoạch: không có cột thời hạn";
  if (money) return "Bảng kinh phí (kinh phí, dự toán, nguồn vốn …), không phải bảng kế hoạch: không có cột thời hạn";
  return null;
}

/** Recognizes the plan table of a sheet: header rows, data region, column roles, title block. */
export function recognize(snapshot: SheetSnapshot, overrides: Partial<Record<Role, string | null>> = {}): Recognition {
  const g = gridOf(snapshot);
  if (g.bottom < g.top || g.right < g.left) return { ok: false, reason: "Trang tính trống, không có bảng kế hoạch" };
  const header = findHeader(g);
  if (!header) return { ok: false, reason: notAPlanReason(g, snapshot.name) };
  const headerBottom = header.rows[header.rows.length - 1];
  let sttCol: number | null = null;
  for (const [c, { roles }] of header.labels) if (roles.length === 1 && roles[0] === "stt") sttCol = sttCol ?? c;
  const region = findRegion(g, headerBottom, sttCol, header.labels);
  if (!region) return { ok: false, reason: "Có dòng tiêu đề nhưng bảng chưa có dòng nhiệm vụ nào" };
  const decided = assignRoles(g, header, region.firstRow, region.lastRow);
  const columns = decided.columns;
  const roles = decided.evidence;
  const headers = headerTexts(g, header.rows);
  for (const role of ROLES) {
    const c = columns[role];
    const ev = roles[role];
    if (c !== null && ev && ev.source === "header") ev.params = { label: headers[columnLetter(c)] ?? "" };
  }
  applyOverrides(columns, roles, overrides);
  // A header found only by its task and STT labels is a plan's when the cells show who, when or how far.
  if (header.weak && columns.lead === null && columns.deadline === null && columns.status === null)
    return { ok: false, reason: notAPlanReason(g, snapshot.name) };
  if (columns.task === null)
    return { ok: false, reason: "Bảng không có cột nội dung công việc (Nội dung, Nhiệm vụ, Hoạt động …)" };
  const other = otherTableReason(header, columns);
  if (other) return { ok: false, reason: other };
  const titleLines: string[] = [];
  for (let r = g.top; r < header.rows[0]; r++) {
    const parts: string[] = [];
    for (let c = g.left; c <= g.right; c++) {
      const t = g.text(r, c);
      if (t !== "") parts.push(t);
    }
    if (parts.length) titleLines.push(parts.join(" "));
  }
  return {
    ok: true,
    grid: g,
    header,
    headerRows: header.rows,
    firstRow: region.firstRow,
    lastRow: region.lastRow,
    columns,
    evidence: { roles, headers },
    nextTable: region.nextTable,
    titleLines,
  };
}

/** The user's column choices (pane dropdowns, the workbook's column override) have the last word. */
function applyOverrides(
  columns: ColumnMap,
  evidence: Partial<Record<Role, RoleEvidence>>,
  overrides: Partial<Record<Role, string | null>>,
): void {
  for (const role of ROLES) {
    if (!(role in overrides)) continue;
    const letter = overrides[role];
    if (letter === null || letter === undefined) {
      columns[role] = null;
      delete evidence[role];
      continue;
    }
    const n = columnIndex(letter);
    if (n <= 0) continue;
    // A column has one role: an override takes it from any other role.
    for (const other of ROLES)
      if (other !== role && columns[other] === n) {
        columns[other] = null;
        delete evidence[other];
      }
    columns[role] = n;
    evidence[role] = { source: "user", code: "user_override" };
  }
}

/** Each column's header text: the header rows' own cells (a group label merged across is left out), joined. */
function headerTexts(g: Grid, rows: number[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let c = g.left; c <= g.right; c++) {
    const parts: string[] = [];
    for (const own of [true, false]) {
      for (const r of rows) {
        const t = g.text(r, c).replace(/\s+/g, " ");
        if (t !== "" && (!own || g.spanRight(r, c) <= 1) && !parts.includes(t)) parts.push(t);
      }
      if (parts.length) break;
    }
    if (parts.length) out[columnLetter(c)] = parts.join(" / ").slice(0, 120);
  }
  return out;
}
