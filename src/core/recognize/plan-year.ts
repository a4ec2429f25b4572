import * as deadline from "../deadline";
import { fold } from "../text";

export interface PlanYear {
  year: number;
  /** Last year of a span named in the title ("giai đoạn 2026 - 2030"), else the plan year. */
  spanEnd: number;
}

const YEAR = /(?<!\d)((?:19|20)\d{2})(?!\d)/g;
const SPAN = /giai doan\s*(?:tu\s*(?:nam\s*)?)?((?:19|20)\d{2})\s*(?:-|–|—|den|toi)\s*(?:nam\s*)?((?:19|20)\d{2})/;

function years(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(YEAR)) out.push(Number(m[1]));
  return out;
}

/** The plan year, from the title lines, the sheet name, the deadline texts, or asOf (spec "Deadlines"). */
export function detectPlanYear(input: { titleLines: string[]; sheetName: string; deadlineTexts: string[]; asOfYear: number }): PlanYear {
  const external = (deadline as Record<string, unknown>).detectPlanYear;
  if (typeof external === "function") {
    try {
      const r = (external as (x: typeof input) => unknown)(input);
      if (typeof r === "number" && Number.isInteger(r)) return { year: r, spanEnd: r };
      if (r && typeof r === "object" && typeof (r as { year?: unknown }).year === "number") {
        const o = r as { year: number; span?: unknown; spanEnd?: unknown; end?: unknown };
        const span = o.span as { from?: number; to?: number; start?: number; end?: number } | null | undefined;
        const end =
          typeof o.spanEnd === "number"
            ? o.spanEnd
            : typeof o.end === "number"
              ? o.end
              : span && typeof span === "object"
                ? (span.to ?? span.end ?? o.year)
                : o.year;
        return { year: o.year, spanEnd: Math.max(o.year, end) };
      }
    } catch {
      // fall through to the local reading
    }
  }
  const title = input.titleLines.map((l) => fold(l)).join("\n");
  const span = SPAN.exec(title);
  if (span) {
    const a = Number(span[1]);
    const b = Number(span[2]);
    if (b >= a) return { year: a, spanEnd: b };
  }
  const ty = years(title);
  if (ty.length) {
    const y = Math.max(...ty);
    return { year: y, spanEnd: y };
  }
  const sy = years(input.sheetName);
  if (sy.length) {
    const y = Math.max(...sy);
    return { year: y, spanEnd: y };
  }
  const counts = new Map<number, number>();
  for (const t of input.deadlineTexts) for (const y of years(t)) counts.set(y, (counts.get(y) ?? 0) + 1);
  let best = 0;
  let bestN = 0;
  for (const [y, n] of counts) if (n > bestN || (n === bestN && y > best)) [best, bestN] = [y, n];
  if (best) return { year: best, spanEnd: best };
  return { year: input.asOfYear, spanEnd: input.asOfYear };
}
