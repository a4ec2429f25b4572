import { allowedDueRange, detectPlanSpan, detectPlanYear as detectYear } from "../deadline";

export interface PlanYear {
  year: number;
  /** The due dates deadline_outside_plan_year accepts (YYYY-MM-DD, inclusive). */
  from: string;
  to: string;
}

/**
 * The plan year (title lines, then sheet name, then the deadline column's explicit dates, then asOf)
 * and the range of due dates it allows (a "giai đoạn" span in the title allows the whole span).
 * The reading itself is the deadline module's.
 */
export function detectPlanYear(input: {
  titleLines: string[];
  sheetName: string;
  deadlineTexts: string[];
  asOfYear: number;
}): PlanYear {
  const year = detectYear(input);
  const span = detectPlanSpan(input.titleLines);
  const { from, to } = allowedDueRange(year, span);
  return { year, from, to };
}
