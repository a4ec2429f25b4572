import { row, testIssueRule } from "../rule-tester";

testIssueRule("cell_error", {
  valid: [{ rows: [row(1), row(2)] }],
  invalid: [
    { rows: [row(1, { lead: { error: "#N/A" }, status: { error: "#REF!" } })], at: ["2C"], message: "Ô C2 chứa lỗi #N/A" },
    { rows: [row(1), ["II", { error: "#VALUE!" }]], at: ["3B"] },
  ],
});
