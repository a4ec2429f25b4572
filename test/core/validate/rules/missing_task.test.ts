import { row, testIssueRule } from "../rule-tester";

testIssueRule("missing_task", {
  valid: [{ rows: [row(1), row(2)] }, { rows: [row(1), row(null, { task: "tiếp theo" })] }],
  invalid: [{ rows: [row(1), row(2, { task: null })], at: ["3B"], message: "Dòng số 2" }],
});
