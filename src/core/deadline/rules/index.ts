/**
 * The deadline grammar: one rule per file, tried in THIS order at each token (the first that
 * matches wins). A rule reads tokens from index i and returns where it stopped, or -1. It records
 * mentions (a day, a month, a quarter, a year) or flags (recurring wording, a vague part) on the scan.
 */
import type { DeadlineRule } from "../mentions";
import { rule as countedTime } from "./counted-time";
import { rule as onwards } from "./onwards";
import { rule as recurringWording } from "./recurring-wording";
import { rule as timesPerPeriod } from "./times-per-period";
import { rule as halfYear } from "./half-year";
import { rule as vaguePart } from "./vague-part";
import { rule as holiday } from "./holiday";
import { rule as eventSpan } from "./event-span";
import { rule as compactSpan } from "./compact-span";
import { rule as numericDate } from "./numeric-date";
import { rule as dayOfEveryMonth } from "./day-of-every-month";
import { rule as dateInWords } from "./date-in-words";
import { rule as month } from "./month";
import { rule as quarter } from "./quarter";
import { rule as yearFirstDate } from "./year-first-date";
import { rule as termOfOffice } from "./term-of-office";
import { rule as startYear } from "./start-year";
import { rule as year } from "./year";
import { rule as planYearWords } from "./plan-year-words";
import { rule as dayOfMonthAlone } from "./day-of-month-alone";

export const RULES: readonly DeadlineRule[] = [
  onwards,
  recurringWording,
  timesPerPeriod,
  halfYear,
  vaguePart,
  holiday,
  countedTime,
  eventSpan,
  compactSpan,
  numericDate,
  dayOfEveryMonth,
  dateInWords,
  month,
  quarter,
  yearFirstDate,
  termOfOffice,
  startYear,
  year,
  planYearWords,
  dayOfMonthAlone,
];
