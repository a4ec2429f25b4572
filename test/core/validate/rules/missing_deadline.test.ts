import { row, testIssueRule } from "../rule-tester";

testIssueRule("missing_deadline", {
  valid: [{ rows: [row(1), row(2, { deadline: "Quý II/2025" })] }, { rows: [row(1, { deadline: "31/02/2025" })] }],
  invalid: [{ rows: [row(1), row(2, { deadline: null })], at: ["3D"], message: "Thiếu thời gian hoàn thành" }],
});
