import { readdirSync } from "fs";
import { join } from "path";
import { ISSUE_CODES } from "../../../src/core";
import { RULES, SEVERITY } from "../../../src/core/validate";

/** One rule per issue code, each with its own test file (rules/<code>.test.ts). */
test("every issue code has exactly one rule, and every rule a test file", () => {
  expect(RULES.map((r) => r.code).sort()).toEqual([...ISSUE_CODES].sort());
  const files = readdirSync(join(__dirname, "rules")).filter((f) => f.endsWith(".test.ts"));
  expect(files.map((f) => f.replace(/\.test\.ts$/, "")).sort()).toEqual([...ISSUE_CODES].sort());
});

test("severities follow the spec's table", () => {
  expect(SEVERITY).toEqual({
    missing_task: "error",
    missing_lead: "error",
    missing_deadline: "error",
    missing_output: "warning",
    unparsed_deadline: "warning",
    invalid_date: "error",
    deadline_outside_plan_year: "warning",
    duplicate_stt: "error",
    stt_sequence: "warning",
    cell_error: "error",
    multiple_leads: "warning",
    legacy_encoding: "info",
  });
});
