import type { PlanReport } from "../report";
import { addCounts, addStatus, countCells, countColumns, emptyCounts, type Counts } from "./counts";
import { isoToDmy } from "../dates";
import { LABELS } from "./labels";
import { MULTI_LABELS } from "./labels-multi";
import type { SummaryModel, SummaryRow, SummarySheet } from "./model";
import { sheetNameKey, uniqueSheetName } from "./sheet-name";
import { buildByPeriod, type PeriodGrain } from "./sheets/by-period";
import { countByFirstLead, NO_UNIT } from "./sheets/by-unit";
import { standing, unitNames, type SummaryContext } from "./sheets/context";
import { collectTasks, type TaskRecord } from "./tasks";
import { cellText } from "./text";
import { UnitCanon } from "./units";
import type { Lang } from "../lang";

/** One checked file of a consolidation. */
export interface ConsolidateInput {
  /** The file's name as the user knows it (relative path). */
  file: string;
  report: PlanReport;
  /** The plan's title lines (see plan-title.ts), when the host could read them. */
  planTitle?: readonly string[];
}

/** A file that could not be read or checked, with the reason (the host's message). */
export interface ConsolidateFailure {
  file: string;
  reason: string;
}

export interface ConsolidateOptions {
  lang?: Lang;
  /** The organisation's unit list: canonical spellings, and the order of the unit sheet. */
  units?: readonly string[];
  periodGrain?: PeriodGrain;
}

interface FileTask extends TaskRecord {
  fileIndex: number;
}

/**
 * The consolidated summary of several plan files: "Theo tệp" (one row per file), "Theo đơn vị"
 * across every file (a unit named in several files is one row, with the files it appears in),
 * "Quá hạn và sắp đến hạn" across files (with the file and sheet), "Theo thời hạn", and, when some
 * files could not be read, "Tệp không đọc được". Counts follow the single-file summary, so the
 * total of "Theo tệp" equals the sum of the files' reports. Pure and deterministic.
 */
export function buildConsolidated(
  inputs: readonly ConsolidateInput[],
  failures: readonly ConsolidateFailure[] = [],
  options: ConsolidateOptions = {},
): SummaryModel {
  const lang = options.lang ?? "vi";
  const L = LABELS[lang];
  const M = MULTI_LABELS[lang];
  const canon = new UnitCanon(options.units ?? []);
  const tasks: FileTask[] = [];
  const sheetNames: string[] = [];
  inputs.forEach((input, fileIndex) => {
    const collected = collectTasks(input.report, options.units ?? [], canon);
    for (const t of collected.tasks) tasks.push({ ...t, fileIndex });
    for (const s of collected.sheets) sheetNames.push(`${input.file}: ${s}`);
  });
  const asOf = inputs.length > 0 ? inputs[0].report.asOf : "1970-01-01";
  const dueSoonDays = inputs.length > 0 ? inputs[0].report.dueSoonDays : 7;
  const asOfLine = L.asOfLine(isoToDmy(asOf));
  const filesLine = M.filesLine(inputs.length);
  const ctx: SummaryContext = {
    tasks,
    canon,
    sheets: sheetNames,
    L,
    lang,
    asOf,
    dueSoonDays,
    asOfLine,
    planTitle: [filesLine],
    statusText: () => null,
  };

  const byPeriod = buildByPeriod(ctx, options.periodGrain);
  byPeriod.title = [M.titleByPeriodAll, filesLine, asOfLine];
  const sheets: SummarySheet[] = [
    byFileSheet(inputs, lang, filesLine, asOfLine),
    byUnitAllSheet(ctx, inputs, lang),
    overdueAllSheet(ctx, inputs, lang),
    byPeriod,
  ];
  if (failures.length > 0) sheets.push(unreadableSheet(failures, lang));
  const taken = new Set<string>();
  for (const s of sheets) {
    s.name = uniqueSheetName(s.name, taken);
    taken.add(sheetNameKey(s.name));
  }
  return { format: 1, lang, asOf, sheets };
}

function countsOf(report: PlanReport): Counts {
  const c = emptyCounts();
  for (const s of report.sheets) {
    if (!s.recognized) continue;
    for (const item of s.items) if (item.type === "task") addStatus(c, item.status);
  }
  return c;
}

function byFileSheet(
  inputs: readonly ConsolidateInput[],
  lang: Lang,
  filesLine: string,
  asOfLine: string,
): SummarySheet {
  const L = LABELS[lang];
  const M = MULTI_LABELS[lang];
  const total = emptyCounts();
  const rows: SummaryRow[] = inputs.map((input, i) => {
    const c = countsOf(input.report);
    addCounts(total, c);
    const title = (input.planTitle ?? []).join(" ").trim();
    const sheets = input.report.sheets.filter((s) => s.recognized).map((s) => s.sheet);
    return {
      cells: [i + 1, cellText(input.file), cellText(title), cellText(sheets.join("; ")), ...countCells(c)],
    };
  });
  return {
    kind: "by_file",
    name: M.sheetByFile,
    title: [M.titleByFile, filesLine, asOfLine],
    columns: [
      { key: "stt", header: L.stt, kind: "number", width: 6 },
      { key: "file", header: M.file, kind: "text", width: 28, wrap: true },
      { key: "plan", header: M.plan, kind: "text", width: 40, wrap: true },
      { key: "sheet", header: M.sheet, kind: "text", width: 14, wrap: true },
      ...countColumns(L),
    ],
    rows,
    total: [null, L.totalRow, null, null, ...countCells(total)],
    notes: [M.notesByFile, ...L.notesCounts(inputs.length > 0 ? inputs[0].report.dueSoonDays : 7, true).slice(0, 2)],
    chart: null,
  };
}

function byUnitAllSheet(ctx: SummaryContext, inputs: readonly ConsolidateInput[], lang: Lang): SummarySheet {
  const L = LABELS[lang];
  const M = MULTI_LABELS[lang];
  const filesOf = new Map<string, Set<number>>();
  const { keys, byKey } = countByFirstLead(ctx, (t, k) => {
    let f = filesOf.get(k);
    if (!f) filesOf.set(k, (f = new Set()));
    f.add((t as FileTask).fileIndex);
  });
  const total = emptyCounts();
  const rows: SummaryRow[] = keys.map((k, i) => {
    const c = byKey.get(k)!;
    addCounts(total, c);
    const files = [...(filesOf.get(k) ?? [])].sort((a, b) => a - b).map((f) => inputs[f].file);
    return {
      cells: [i + 1, k === NO_UNIT ? L.noUnit : ctx.canon.name(k), cellText(files.join("; ")), ...countCells(c)],
    };
  });
  return {
    kind: "by_unit",
    name: L.sheetByUnit,
    title: [M.titleByUnitAll, ...ctx.planTitle, ctx.asOfLine],
    columns: [
      { key: "stt", header: L.stt, kind: "number", width: 6 },
      { key: "unit", header: L.unit, kind: "text", width: 32, wrap: true },
      { key: "files", header: M.files, kind: "text", width: 24, wrap: true },
      ...countColumns(L),
    ],
    rows,
    total: [null, L.totalRow, null, ...countCells(total)],
    notes: L.notesCounts(ctx.dueSoonDays),
    chart: { kind: "bar", title: L.chartTitle, categoryColumn: "unit", seriesColumns: ["done", "overdue"] },
  };
}

function overdueAllSheet(ctx: SummaryContext, inputs: readonly ConsolidateInput[], lang: Lang): SummarySheet {
  const L = LABELS[lang];
  const M = MULTI_LABELS[lang];
  const tasks = ctx.tasks as FileTask[];
  const late = (t: TaskRecord) => t.daysLate ?? 0;
  const overdue = tasks.filter((t) => t.item.status === "overdue").sort((a, b) => late(b) - late(a));
  const soon = tasks.filter((t) => t.item.status === "due_soon").sort((a, b) => late(b) - late(a));
  const rows: SummaryRow[] = [...overdue, ...soon].map((t, i) => ({
    cells: [
      i + 1,
      cellText(inputs[t.fileIndex].file),
      cellText(t.sheet),
      t.item.row,
      cellText(t.item.task),
      unitNames(ctx, t.leadKeys) ?? L.noUnit,
      cellText(t.item.deadline.text),
      t.item.deadline.due,
      t.item.status === "overdue" ? t.daysLate : null,
      standing(ctx, t),
    ],
  }));
  return {
    kind: "overdue",
    name: L.sheetOverdue,
    title: [M.titleOverdueAll, ...ctx.planTitle, ctx.asOfLine],
    columns: [
      { key: "stt", header: L.stt, kind: "number", width: 6 },
      { key: "file", header: M.file, kind: "text", width: 20, wrap: true },
      { key: "sheet", header: M.sheet, kind: "text", width: 12, wrap: true },
      { key: "row", header: L.source, kind: "number", width: 9 },
      { key: "task", header: L.task, kind: "text", width: 44, wrap: true },
      { key: "lead", header: L.lead, kind: "text", width: 20, wrap: true },
      { key: "deadline", header: L.deadlineText, kind: "text", width: 16, wrap: true },
      { key: "due", header: L.due, kind: "date", width: 12 },
      { key: "days_overdue", header: L.daysOverdue, kind: "number", width: 10 },
      { key: "progress", header: L.status, kind: "text", width: 18, wrap: true },
    ],
    rows,
    total: null,
    notes: rows.length === 0 ? [L.notesOverdueEmpty] : [],
    chart: null,
  };
}

function unreadableSheet(failures: readonly ConsolidateFailure[], lang: Lang): SummarySheet {
  const L = LABELS[lang];
  const M = MULTI_LABELS[lang];
  return {
    kind: "unreadable",
    name: M.sheetUnreadable,
    title: [M.titleUnreadable],
    columns: [
      { key: "stt", header: L.stt, kind: "number", width: 6 },
      { key: "file", header: M.file, kind: "text", width: 40, wrap: true },
      { key: "reason", header: M.reason, kind: "text", width: 70, wrap: true },
    ],
    rows: failures.map((f, i) => ({ cells: [i + 1, cellText(f.file), cellText(f.reason)] })),
    total: null,
    notes: [],
    chart: null,
  };
}
