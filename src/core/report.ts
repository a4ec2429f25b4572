import { z } from "zod";

/** Plan report, format 1: see docs/plan-report.md. The single source of its types. */

export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ROLES = ["stt", "task", "lead", "support", "deadline", "output", "status", "note"] as const;
export const roleSchema = z.enum(ROLES);
export type Role = z.infer<typeof roleSchema>;

export const columnLetterSchema = z.string().regex(/^[A-Z]{1,3}$/);

export const columnsSchema = z.object({
  stt: columnLetterSchema.nullable(),
  task: columnLetterSchema.nullable(),
  lead: columnLetterSchema.nullable(),
  support: columnLetterSchema.nullable(),
  deadline: columnLetterSchema.nullable(),
  output: columnLetterSchema.nullable(),
  status: columnLetterSchema.nullable(),
  note: columnLetterSchema.nullable(),
});
export type Columns = z.infer<typeof columnsSchema>;

/**
 * Why a role has its column (not scored): from its `header` label, from what its `cells` hold, or
 * the `user`'s correction. `code` names the reason and `params` its figures (the UI words them):
 * header_label {label}; cells_units, cells_deadlines, cells_progress, cells_persons {share: percent};
 * cells_text {length}; cells_numbers; user_override.
 */
export const roleEvidenceSchema = z.object({
  source: z.enum(["header", "cells", "user"]),
  code: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type RoleEvidence = z.infer<typeof roleEvidenceSchema>;

export const tableEvidenceSchema = z.object({
  /** Per role that has a column: why. */
  roles: z.partialRecord(roleSchema, roleEvidenceSchema),
  /** Each column's header text (the header rows' cells joined), by column letter. */
  headers: z.record(z.string(), z.string()),
});
export type TableEvidence = z.infer<typeof tableEvidenceSchema>;

export const tableSchema = z.object({
  headerRows: z.array(z.number().int().min(1)),
  firstRow: z.number().int().min(1),
  lastRow: z.number().int().min(1),
  columns: columnsSchema,
  /** Optional, not scored: why each role has its column, and the header text of each column. */
  evidence: tableEvidenceSchema.optional(),
});
export type PlanTable = z.infer<typeof tableSchema>;

export const DEADLINE_KINDS = ["date", "period", "recurring", "conditional", "none", "unparsed"] as const;
export const deadlineKindSchema = z.enum(DEADLINE_KINDS);
export type DeadlineKind = z.infer<typeof deadlineKindSchema>;

export const deadlineSchema = z.object({
  text: z.string().nullable(),
  kind: deadlineKindSchema,
  due: isoDateSchema.nullable(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

export const STATUSES = ["done", "overdue", "due_soon", "open", "no_deadline"] as const;
export const statusSchema = z.enum(STATUSES);
export type Status = z.infer<typeof statusSchema>;

export const sectionItemSchema = z.object({
  row: z.number().int().min(1),
  type: z.literal("section"),
  stt: z.string().nullable(),
  level: z.number().int().min(1),
  title: z.string().nullable(),
});
export type SectionItem = z.infer<typeof sectionItemSchema>;

export const taskItemSchema = z.object({
  row: z.number().int().min(1),
  type: z.literal("task"),
  stt: z.string().nullable(),
  section: z.string().nullable(),
  task: z.string().nullable(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  output: z.string().nullable(),
  deadline: deadlineSchema,
  status: statusSchema,
});
export type TaskItem = z.infer<typeof taskItemSchema>;

export const itemSchema = z.discriminatedUnion("type", [sectionItemSchema, taskItemSchema]);
export type Item = z.infer<typeof itemSchema>;

export const ISSUE_CODES = [
  "missing_task",
  "missing_lead",
  "missing_deadline",
  "missing_output",
  "unparsed_deadline",
  "invalid_date",
  "deadline_outside_plan_year",
  "duplicate_stt",
  "stt_sequence",
  "cell_error",
  "multiple_leads",
  "legacy_encoding",
] as const;
export const issueCodeSchema = z.enum(ISSUE_CODES);
export type IssueCode = z.infer<typeof issueCodeSchema>;

export const severitySchema = z.enum(["error", "warning", "info"]);
export type Severity = z.infer<typeof severitySchema>;

export const issueSchema = z.object({
  row: z.number().int().min(1).nullable(),
  column: columnLetterSchema.nullable(),
  code: issueCodeSchema,
  severity: severitySchema,
  message: z.string(),
});
export type Issue = z.infer<typeof issueSchema>;

export const sheetReportSchema = z.object({
  sheet: z.string(),
  recognized: z.boolean(),
  reason: z.string().nullable(),
  planYear: z.number().int().nullable(),
  table: tableSchema.nullable(),
  items: z.array(itemSchema),
  issues: z.array(issueSchema),
});
export type SheetReport = z.infer<typeof sheetReportSchema>;

export const planReportSchema = z.object({
  format: z.literal(1),
  file: z.string(),
  asOf: isoDateSchema,
  dueSoonDays: z.number().int().min(0),
  sheets: z.array(sheetReportSchema),
});
export type PlanReport = z.infer<typeof planReportSchema>;
