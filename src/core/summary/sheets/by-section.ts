import { addStatus, countCells, countColumns, emptyCounts, type Counts } from "../counts";
import type { SummaryRow, SummarySheet } from "../model";
import { cellText } from "../text";
import type { TaskRecord } from "../tasks";
import type { SummaryContext } from "./context";

interface Node {
  id: string;
  stt: string | null;
  label: string;
  counts: Counts;
  children: Node[];
  childIndex: Map<string, Node>;
}

function node(id: string, stt: string | null, label: string): Node {
  return { id, stt, label, counts: emptyCounts(), children: [], childIndex: new Map() };
}

/** The (at most two) groups a task is counted in, outermost first. */
function pathOf(ctx: SummaryContext, t: TaskRecord): Array<{ id: string; stt: string | null; label: string }> {
  const { L } = ctx;
  const sections = t.sections.map((s) => ({ id: s.id, stt: s.stt, label: cellText(s.title) ?? s.stt ?? "" }));
  const noSection = { id: `none:${t.sheetIndex}`, stt: null, label: L.noSection };
  if (ctx.sheets.length > 1) {
    return [{ id: `sheet:${t.sheetIndex}`, stt: null, label: t.sheet }, sections[0] ?? noSection];
  }
  return sections.length > 0 ? sections.slice(0, 2) : [noSection];
}

/**
 * "Theo lĩnh vực": the plan's outer two levels of sections (with several plan sheets: each sheet,
 * then its outermost sections), in plan order, with the same counts as the unit sheet. A row
 * counts every task inside it, at any depth; a row with rows under it is bold, and the total
 * equals the sum of the outer rows. Tasks in no section are counted in "(Không thuộc mục nào)".
 */
export function buildBySection(ctx: SummaryContext): SummarySheet {
  const { L } = ctx;
  const root = node("root", null, "");
  // Tasks of one section share its chain array: work the path out once per chain and sheet.
  const paths = new Map<TaskRecord["sections"], Map<number, ReturnType<typeof pathOf>>>();
  for (const t of ctx.tasks) {
    addStatus(root.counts, t.item.status);
    let bySheet = paths.get(t.sections);
    if (!bySheet) paths.set(t.sections, (bySheet = new Map()));
    let path = bySheet.get(t.sheetIndex);
    if (!path) bySheet.set(t.sheetIndex, (path = pathOf(ctx, t)));
    let parent = root;
    for (const p of path) {
      let n = parent.childIndex.get(p.id);
      if (!n) {
        n = node(p.id, p.stt, p.label);
        parent.childIndex.set(p.id, n);
        parent.children.push(n);
      }
      addStatus(n.counts, t.item.status);
      parent = n;
    }
  }
  const rows: SummaryRow[] = [];
  for (const outer of root.children) {
    const hasInner = outer.children.length > 0;
    rows.push({ cells: [outer.stt, outer.label, ...countCells(outer.counts)], bold: hasInner || undefined });
    for (const inner of outer.children) {
      rows.push({ cells: [inner.stt, inner.label, ...countCells(inner.counts)], indent: 1 });
    }
  }
  return {
    kind: "by_section",
    name: L.sheetBySection,
    title: [L.titleBySection, ...ctx.planTitle, ctx.asOfLine],
    columns: [
      { key: "stt", header: L.stt, kind: "text", width: 6 },
      { key: "section", header: L.section, kind: "text", width: 56, wrap: true },
      ...countColumns(L),
    ],
    rows,
    total: [null, L.totalRow, ...countCells(root.counts)],
    notes: [L.notesSection, ...L.notesCounts(ctx.dueSoonDays, true).slice(0, 2)],
    chart: null,
  };
}
