import { ROLES, type Role } from "../report";
import type { Grid } from "../recognize/grid";
import type { ColumnMap } from "../recognize/roles";
import { headerLabel } from "../recognize/vocabulary";
import { isColumnNumberRow } from "../recognize/region";
import { cleanStt, sttKind, type SttKind } from "./stt";
import { foldKeep } from "../text";
import { LETTER, LOWER, UPPER } from "../text/unicode-classes";

/** One row of the data region, classified. */
export interface ClassifiedRow {
  row: number;
  kind: "section" | "task" | "continuation";
  stt: string | null;
  sttKind: SttKind | null;
  /** Section rows: letter, roman, unnumbered, or heading (a numbered row heading its x.y children). */
  sectionKind?: "letter" | "roman" | "part" | "unnumbered" | "heading";
  /** Task text or section title (null when empty). */
  text: string | null;
  /** The STT cell is merged down from a row above: the row shares that number (not checked again). */
  sttMerged?: boolean;
  /** A numbered row whose text is merged across the other role columns, which are empty (a title). */
  spansRow?: boolean;
  /** Continuation rows: the text of each role column that the row carries on its own. */
  more?: Partial<Record<Role, string>>;
}

const LEADING_MARK =
  /^\s*((?:(?:Phần|PHẦN|Mục|MỤC|Chương|CHƯƠNG)\s+)?(?:[IVXLC]+|[A-ZĐ]|\d{1,3}(?:\.\d{1,3})*))\s*[.):]\s+(\S[\s\S]*)$/;
/** "Phần I", "Mục 2", "Chương III": a part of the plan, a section. */
const PART = /^(phan|muc|chuong)\s+([ivxlc]+|[a-z]|\d{1,3}|thu [a-z]+)$/;
const CONTENT_ROLES: Role[] = ["lead", "support", "deadline", "output", "status", "note"];

const NON_LETTERS = new RegExp(`[^${LETTER}]`, "g");

function isUpperText(s: string): boolean {
  const letters = s.replace(NON_LETTERS, "");
  return letters.length >= 4 && letters === letters.toLocaleUpperCase("vi");
}

const NUMBERED = /^\s*(\d{1,4}(\.\d{1,4})*|[IVXLC]{1,6}|[A-Z])[.)]?\s*$/;
const BULLET = /^[-+•*–—·]$/;
const TOTAL_ROW = /^\s*(tong cong|tong so|cong|tong)\s*[:.]?\s*$/;
const TERMINAL = /[.!?:;…]["”)]*\s*$/;
const LOWER_START = new RegExp(`^\\s*[${LOWER}]`);

/** What the classification of one sheet's rows shares. */
interface RowContext {
  g: Grid;
  cols: ColumnMap;
  taskCol: number;
  sttCol: number | null;
  /** Columns holding a role. */
  roleCols: number[];
  /** Other columns headed as a task ("Nhiệm vụ" beside the chosen "Hoạt động"). */
  altTaskCols: number[];
  /** Header columns with a label (to know a header repeated lower down). */
  labelCols: [number, { label: string; cells?: string[] }][];
}

/** One row's cells as the classification reads them. */
interface RowCells {
  r: number;
  stt: string | null;
  kind: SttKind | null;
  text: string | null;
  /** The title came from the STT cell merged across the row. */
  titleFromStt: boolean;
  ownContent: Partial<Record<Role, string>>;
  hasOwnContent: boolean;
}

/**
 * Classifies the rows of the data region: skips blank rows, repeated header rows and column-number
 * rows; finds sections, tasks and continuation rows.
 */
export function classifyRows(
  g: Grid,
  cols: ColumnMap,
  firstRow: number,
  lastRow: number,
  headerLabels: Map<number, { label: string; roles?: Role[]; cells?: string[] }>,
): ClassifiedRow[] {
  const assigned = new Set(ROLES.map((r) => cols[r]).filter((c): c is number => c !== null));
  const ctx: RowContext = {
    g,
    cols,
    taskCol: cols.task!,
    sttCol: cols.stt,
    roleCols: ROLES.map((r) => cols[r]).filter((c): c is number => c !== null),
    altTaskCols: [...headerLabels.entries()]
      .filter(([c, v]) => !assigned.has(c) && v.roles !== undefined && v.roles.length === 1 && v.roles[0] === "task")
      .map(([c]) => c)
      .sort((a, b) => a - b),
    labelCols: [...headerLabels.entries()].filter(([, v]) => v.label.length > 0),
  };
  const out: ClassifiedRow[] = [];
  let prevContent: ClassifiedRow | null = null;
  for (let r = firstRow; r <= lastRow; r++) {
    if (isSkipped(ctx, r)) continue;
    const row = classifyRow(ctx, readRow(ctx, r), prevContent);
    if (row === null) continue;
    out.push(row);
    if (row.kind !== "continuation") prevContent = row;
  }
  markTitlesBeforeRestart(out);
  markHeadings(out, g, cols);
  return out;
}

/** Rows that carry nothing of the table: blank in every role column, a repeated header, a column-number row. */
function isSkipped(ctx: RowContext, r: number): boolean {
  const { g, sttCol, taskCol } = ctx;
  if (g.isEmptyRow(r)) return true;
  let any = false;
  for (const c of ctx.roleCols) if (g.text(r, c) !== "") any = true;
  if (!any) return true;
  const sttRaw = sttCol === null ? "" : g.text(r, sttCol);
  const numbered = sttRaw !== "" && NUMBERED.test(sttRaw);
  if (!numbered && isRepeatedHeader(g, r, ctx.labelCols)) return true;
  // A column-number row repeated after a page break ("1 2 3 4 5"): its task cell is a short number too.
  return g.text(r, taskCol).length <= 4 && isColumnNumberRow(g, r);
}

/** Reads a row's STT, text (the task column's, another task column's, or a title merged from the STT) and own cells. */
function readRow(ctx: RowContext, r: number): RowCells {
  const { g, cols, sttCol, taskCol } = ctx;
  const own = (c: number | null): string => (c === null || g.coveredFromAbove(r, c) ? "" : g.text(r, c));
  let sttText = sttCol === null ? "" : own(sttCol);
  let taskText = own(taskCol);
  if (taskText === "" && !g.coveredFromAbove(r, taskCol))
    for (const c of ctx.altTaskCols) {
      const t = own(c);
      if (t !== "") {
        taskText = t;
        break;
      }
    }
  // A title merged from the STT column across the row: "I. CÔNG TÁC CHỈ ĐẠO".
  let titleFromStt = false;
  if (
    sttCol !== null &&
    taskText === "" &&
    sttText !== "" &&
    sttCol < taskCol &&
    sttCol + g.spanRight(r, sttCol) - 1 >= taskCol
  ) {
    const m = LEADING_MARK.exec(sttText);
    if (m) {
      sttText = m[1];
      taskText = m[2].trim();
    } else if (sttKind(cleanStt(sttText) ?? "") === "other") {
      taskText = sttText;
      sttText = "";
      titleFromStt = spansAcross(g, r, sttCol, cols);
    }
  }
  // A bullet in the STT column ("-", "+", "•") numbers nothing: the row is read as one without STT.
  if (BULLET.test(sttText)) sttText = "";
  const stt = cleanStt(sttText);
  const ownContent: Partial<Record<Role, string>> = {};
  let hasOwnContent = false;
  for (const role of CONTENT_ROLES) {
    const t = own(cols[role]);
    if (t !== "") {
      ownContent[role] = t;
      hasOwnContent = true;
    }
  }
  return {
    r,
    stt,
    kind: stt === null ? null : sttKind(stt),
    text: taskText === "" ? null : taskText,
    titleFromStt,
    ownContent,
    hasOwnContent,
  };
}

/** A row by its STT: a part, a lettered or Roman section, or a numbered task; null for a row without STT. */
function classifyNumbered(ctx: RowContext, x: RowCells): ClassifiedRow | null {
  const { r, stt, kind, text } = x;
  if (kind === "other" && PART.test(foldKeep(stt!).trim()))
    return { row: r, kind: "section", stt, sttKind: kind, sectionKind: "part", text };
  if (kind === "letter" || kind === "roman")
    return { row: r, kind: "section", stt, sttKind: kind, sectionKind: kind, text };
  if (stt === null) return null;
  const row: ClassifiedRow = { row: r, kind: "task", stt, sttKind: kind, text };
  if (text !== null && !x.hasOwnContent && spansAcross(ctx.g, r, ctx.taskCol, ctx.cols)) row.spansRow = true;
  return row;
}

/**
 * A row without an STT of its own under merged cells: under an STT merged down with one task per row,
 * a task sharing that number; under a task merged down with a lead or deadline of its own, that task
 * again. Null when neither.
 */
function classifyMerged(ctx: RowContext, x: RowCells, prevContent: ClassifiedRow | null): ClassifiedRow | null {
  const { g, sttCol, taskCol } = ctx;
  const { r, text, ownContent } = x;
  // (A line in lower case with nothing else of its own only goes on with the text above.)
  if (
    sttCol !== null &&
    text !== null &&
    g.coveredFromAbove(r, sttCol) &&
    g.text(r, sttCol) !== "" &&
    (x.hasOwnContent || !LOWER_START.test(text))
  ) {
    const merged = cleanStt(g.text(r, sttCol));
    const mk = merged === null ? null : sttKind(merged);
    if (merged !== null && mk !== "letter" && mk !== "roman")
      return { row: r, kind: "task", stt: merged, sttKind: mk, text, sttMerged: true };
  }
  // Merged cells belong to every row they cover: with the number merged along, a row with its own lead
  // or deadline is that task again; with the number not merged along, only one with its own deadline.
  const sttAlong = sttCol === null || (g.coveredFromAbove(r, sttCol) && g.text(r, sttCol) !== "");
  const ownLeadOrDeadline = sttAlong
    ? ownContent.lead !== undefined || ownContent.deadline !== undefined
    : ownContent.deadline !== undefined;
  if (
    text !== null ||
    !ownLeadOrDeadline ||
    !g.coveredFromAbove(r, taskCol) ||
    g.text(r, taskCol) === "" ||
    prevContent === null ||
    prevContent.kind !== "task"
  )
    return null;
  const mergedStt = sttCol !== null && g.coveredFromAbove(r, sttCol) ? cleanStt(g.text(r, sttCol)) : null;
  const mk = mergedStt === null ? null : sttKind(mergedStt);
  if (mk === "letter" || mk === "roman") return null;
  return { row: r, kind: "task", stt: mergedStt, sttKind: mk, text: g.text(r, taskCol), sttMerged: mergedStt !== null };
}

/** A row without STT: an unnumbered section title, a continuation of the item above, or a task of its own. */
function classifyUnnumbered(ctx: RowContext, x: RowCells, prevContent: ClassifiedRow | null): ClassifiedRow | null {
  const { r, text, ownContent, hasOwnContent } = x;
  if (text === null && !hasOwnContent) return null;
  if (text !== null && TOTAL_ROW.test(foldKeep(text))) return null;
  const spansRow = text !== null && (x.titleFromStt || spansAcross(ctx.g, r, ctx.taskCol, ctx.cols));
  if (
    text !== null &&
    !hasOwnContent &&
    (spansRow || prevContent === null || (isUpperText(text) && !LOWER_START.test(text)))
  )
    return { row: r, kind: "section", stt: null, sttKind: null, sectionKind: "unnumbered", text };
  const ownLeadOrDeadline = ownContent.lead !== undefined || ownContent.deadline !== undefined;
  // A line broken off mid-sentence (pasted from a PDF): the text and the lead go on in lower case.
  const brokenLine =
    text !== null &&
    LOWER_START.test(text) &&
    ownContent.deadline === undefined &&
    (ownContent.lead === undefined || LOWER_START.test(ownContent.lead));
  const continues =
    prevContent !== null &&
    (!ownLeadOrDeadline || text === null || brokenLine) &&
    (ctx.sttCol !== null || text === null || LOWER_START.test(text) || !TERMINAL.test(prevContent.text ?? ""));
  if (continues) return { row: r, kind: "continuation", stt: null, sttKind: null, text, more: ownContent };
  if (text === null) return null;
  return { row: r, kind: "task", stt: null, sttKind: null, text };
}

/** Classifies one row read by readRow, given the last section or task before it. */
function classifyRow(ctx: RowContext, x: RowCells, prevContent: ClassifiedRow | null): ClassifiedRow | null {
  return classifyNumbered(ctx, x) ?? classifyMerged(ctx, x, prevContent) ?? classifyUnnumbered(ctx, x, prevContent);
}

/**
 * A row without STT holding only a short text that starts in capitals, right before numbering that
 * restarts at 1 ("Nhiệm vụ trọng tâm" over tasks 1, 2, … after tasks 1-5), is a section title (typed
 * without merging the row), not the continuation of the task above.
 */
function markTitlesBeforeRestart(rows: ClassifiedRow[]): void {
  let lastNumber: ClassifiedRow | null = null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.kind !== "continuation") {
      if (row.kind === "task" && row.sttKind === "number" && !row.sttMerged) lastNumber = row;
      else if (row.kind === "section") lastNumber = null;
      continue;
    }
    const t = row.text;
    if (t === null || t.length > 150 || !UPPER_START.test(t) || Object.keys(row.more ?? {}).length > 0) continue;
    if (lastNumber === null || Number(lastNumber.stt!.replace(/\)$/, "")) <= 1) continue;
    const next = rows[i + 1];
    if (!next || next.kind !== "task" || next.sttKind !== "number" || Number(next.stt!.replace(/\)$/, "")) !== 1)
      continue;
    row.kind = "section";
    row.sectionKind = "unnumbered";
    lastNumber = null;
  }
}

const UPPER_START = new RegExp(`^\\s*[${UPPER}]`);

/** True when the task cell is merged across the other role columns (a title spanning the row). */
function spansAcross(g: Grid, r: number, taskCol: number, cols: ColumnMap): boolean {
  const span = g.spanRight(r, taskCol);
  if (span <= 1) return false;
  const end = taskCol + span - 1;
  for (const role of CONTENT_ROLES) {
    const c = cols[role];
    if (c !== null && c > taskCol && c <= end) return true;
  }
  return false;
}

function isRepeatedHeader(g: Grid, r: number, labelCols: [number, { label: string; cells?: string[] }][]): boolean {
  let same = 0;
  let filled = 0;
  for (const [c, { label, cells }] of labelCols) {
    const t = g.text(r, c);
    if (t === "") continue;
    filled++;
    // Cheap look first: a header cell is short and starts with the same letter as one of the column's.
    if (t.length > label.length * 3 + 40) continue;
    const first = foldKeep(t.trimStart().slice(0, 1));
    if (first !== label[0] && !(cells !== undefined && cells.some((x) => x[0] === first))) continue;
    const l = headerLabel(t);
    if (l === label || (cells !== undefined && cells.includes(l))) same++;
  }
  // Every cell of a header row (of a two-row header, or of a label carried on into a second row)
  // repeats one of the header's own cells.
  return same >= 2 && (same * 2 >= labelCols.length || same === filled);
}

/**
 * A numbered row ("2") with no lead and no deadline that heads sub-items is a heading: a section over
 * them. Its sub-items are its "2.1", "2.2", … (the next numbered row is one), or "a)", "b)" or rows
 * without a number right under it; a numbered title merged across the row is a heading whatever follows.
 */
function markHeadings(rows: ClassifiedRow[], g: Grid, cols: ColumnMap): void {
  let nextNumbered: ClassifiedRow | null = null;
  let next: ClassifiedRow | null = null;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row.kind === "continuation") continue;
    if (
      row.kind === "task" &&
      row.stt !== null &&
      !row.sttMerged &&
      (row.sttKind === "number" || row.sttKind === "dotted") &&
      !hasLeadOrDeadline(g, row.row, cols)
    ) {
      const dotted = nextNumbered !== null && nextNumbered.stt!.startsWith(row.stt + ".");
      const subItems =
        next !== null && next.kind === "task" && !next.sttMerged && (next.stt === null || next.sttKind === "lower");
      if (dotted || subItems || row.spansRow) {
        row.kind = "section";
        row.sectionKind = "heading";
      }
    }
    if (row.stt !== null) nextNumbered = row;
    next = row;
  }
}

function hasLeadOrDeadline(g: Grid, r: number, cols: ColumnMap): boolean {
  for (const role of ["lead", "deadline"] as const) {
    const c = cols[role];
    if (c !== null && g.text(r, c) !== "") return true;
  }
  return false;
}
