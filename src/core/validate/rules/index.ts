/**
 * The validation rules, one per issue code (spec "Issues"), in the order the spec lists the codes.
 * A new code: its own file here with code, severity, message and check, listed below, and its own
 * test file test/core/validate/rules/<code>.test.ts (valid and invalid sheets).
 */
import type { IssueCode } from "../../report";
import type { Rule } from "../rule";
import { cellError } from "./cell-error";
import { deadlineOutsidePlanYear } from "./deadline-outside-plan-year";
import { duplicateStt } from "./duplicate-stt";
import { invalidDate } from "./invalid-date";
import { legacyEncoding } from "./legacy-encoding";
import { missingDeadline } from "./missing-deadline";
import { missingLead } from "./missing-lead";
import { missingOutput } from "./missing-output";
import { missingTask } from "./missing-task";
import { multipleLeads } from "./multiple-leads";
import { sttSequence } from "./stt-sequence";
import { unparsedDeadline } from "./unparsed-deadline";

export const RULES: readonly Rule<any>[] = [
  missingTask,
  missingLead,
  missingDeadline,
  missingOutput,
  unparsedDeadline,
  invalidDate,
  deadlineOutsidePlanYear,
  duplicateStt,
  sttSequence,
  cellError,
  multipleLeads,
  legacyEncoding,
];

/** Severity of each issue code, from its rule. */
export const SEVERITY = Object.fromEntries(RULES.map((r) => [r.code, r.severity])) as Record<
  IssueCode,
  Rule["severity"]
>;
