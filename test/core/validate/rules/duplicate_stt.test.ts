import { row, testIssueRule } from "../rule-tester";

testIssueRule("duplicate_stt", {
  valid: [{ rows: [["I", "Mục 1"], row(1), ["II", "Mục 2"], row(1)] }, { rows: [row(1), row(2), row(3)] }],
  invalid: [{ rows: [row(1), row(2), row(2), row(3)], at: ["4A"], message: "Số thứ tự 2" }],
});
