/**
 * Deadlines and the plan year.
 *
 * - `parseDeadline(text, planYear)`: kind (date / period / recurring / conditional / none /
 *   unparsed), due (YYYY-MM-DD or null), invalidDate, and with it `invalid`: the written date
 *   that does not exist as the grammar read it (words, rule, day, month, year). The grammar:
 *   grammar.ts (the flow), tokens.ts, references.ts, rules/ (one rule per file, ordered in
 *   rules/index.ts), refiners/, choose.ts; words in vocabulary.ts.
 * - `explainDeadline(text, planYear)`: the same reading, with which rule read which words and
 *   which refiners applied (`kehoach deadline --explain`).
 * - `RULES`, `REFINERS`: the grammar's rules and refiners, in order, by name.
 * - `explicitYears(text)`: the years a deadline text writes in its own dates and periods.
 * - `detectPlanYear({ titleLines, sheetName, deadlineTexts, asOfYear })`: the plan year.
 * - `detectPlanSpan(titleLines)`: { first, last } of the "giai đoạn" span that gives the plan
 *   year, or null; `allowedDueRange(planYear, span)`: the due dates deadline_outside_plan_year
 *   accepts ({ from, to } as YYYY-MM-DD: 1 Jan of the plan year or span start, to 31 Dec of the
 *   year after the plan year or after the span's last year).
 */
export {
  parseDeadline,
  explainDeadline,
  explicitYears,
  type ParsedDeadline,
  type InvalidDate,
  type DeadlineExplanation,
} from "./grammar";
export { RULES } from "./rules";
export { REFINERS } from "./refiners";
export type { DeadlineRule } from "./mentions";
export type { DeadlineRefiner } from "./refiners";
export { detectPlanYear, detectPlanSpan, allowedDueRange, type PlanSpan } from "./plan-year";
