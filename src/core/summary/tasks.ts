import type { PlanReport, SectionItem, TaskItem } from "../report";
import { daysBetween } from "../dates";
import { UnitCanon } from "./units";

/** A section of a source sheet, with the sections around it (outermost first). */
export interface SectionRef {
  /** Unique within the report: "<sheet index>:<row>". */
  id: string;
  sheet: string;
  stt: string | null;
  title: string | null;
  level: number;
}

/** A task of the report with what the summary sheets need, computed once. */
export interface TaskRecord {
  sheet: string;
  sheetIndex: number;
  item: TaskItem;
  /** The cell a link points to: the task's cell (else its STT cell, else column A) on its row. */
  address: string;
  /** Unit keys of the leads, in order written, each once. */
  leadKeys: string[];
  supportKeys: string[];
  /** Enclosing sections, outermost first (empty when the task is in no section). */
  sections: SectionRef[];
  /** asOf - due in days (positive when overdue), or null without a due date. */
  daysLate: number | null;
}

export interface CollectedTasks {
  tasks: TaskRecord[];
  canon: UnitCanon;
  /** Names of the sheets that hold tasks, in workbook order. */
  sheets: string[];
}

function uniqueKeys(names: readonly string[], canon: UnitCanon): string[] {
  const out: string[] = [];
  for (const n of names) {
    if (n.trim() === "") continue;
    const k = canon.add(n);
    if (k !== "" && !out.includes(k)) out.push(k);
  }
  return out;
}

const NO_SECTIONS: SectionRef[] = [];

/**
 * Every task of every recognized sheet, in workbook then row order. `canon` is shared when the
 * tasks of several reports are counted together (one row per unit across files).
 */
export function collectTasks(
  report: PlanReport,
  units: readonly string[] = [],
  canon: UnitCanon = new UnitCanon(units),
): CollectedTasks {
  const tasks: TaskRecord[] = [];
  const sheets: string[] = [];
  report.sheets.forEach((sheet, sheetIndex) => {
    if (!sheet.recognized || !sheet.table) return;
    const cols = sheet.table.columns;
    const linkColumn = cols.task ?? cols.stt ?? "A";
    // Open sections by level, and each section's chain (outermost first), to resolve `task.section`.
    const open: SectionRef[] = [];
    const chainBySttLatest = new Map<string, SectionRef[]>();
    let hasTask = false;
    for (const item of sheet.items) {
      if (item.type === "section") {
        const s = item as SectionItem;
        while (open.length > 0 && open[open.length - 1].level >= s.level) open.pop();
        const ref: SectionRef = {
          id: `${sheetIndex}:${s.row}`,
          sheet: sheet.sheet,
          stt: s.stt,
          title: s.title,
          level: s.level,
        };
        open.push(ref);
        if (s.stt !== null) chainBySttLatest.set(s.stt, open.slice());
        continue;
      }
      const t = item as TaskItem;
      hasTask = true;
      const sections: SectionRef[] =
        t.section === null ? NO_SECTIONS : (chainBySttLatest.get(t.section) ?? open.slice());
      tasks.push({
        sheet: sheet.sheet,
        sheetIndex,
        item: t,
        address: `${linkColumn}${t.row}`,
        leadKeys: uniqueKeys(t.lead, canon),
        supportKeys: uniqueKeys(t.support, canon),
        sections,
        daysLate: t.deadline.due === null ? null : daysBetween(t.deadline.due, report.asOf),
      });
    }
    if (hasTask) sheets.push(sheet.sheet);
  });
  return { tasks, canon, sheets };
}
