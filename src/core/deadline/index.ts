/**
 * Deadlines and the plan year.
 *
 * - `parseDeadline(text, planYear)`: kind (date / period / recurring / conditional / none /
 *   unparsed), due (YYYY-MM-DD or null), invalidDate. The grammar is in grammar.ts (tokens,
 *   named rules, vocabulary in vocabulary.ts).
 * - `explicitYears(text)`: the years a deadline text writes in its own dates and periods.
 * - `detectPlanYear({ titleLines, sheetName, deadlineTexts, asOfYear })`: the plan year.
 * - `detectPlanSpan(titleLines)`: { first, last } of the "giai đoạn" span that gives the plan
 *   year, or null; `allowedDueRange(planYear, span)`: the due dates deadline_outside_plan_year
 *   accepts ({ from, to } as YYYY-MM-DD: 1 Jan of the plan year or span start, to 31 Dec of the
 *   year after the plan year or after the span's last year).
 */
export { parseDeadline, explicitYears, RULES, type ParsedDeadline } from "./grammar";
export { detectPlanYear, detectPlanSpan, allowedDueRange, type PlanSpan } from "./plan-year";
