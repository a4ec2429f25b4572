import { row, testIssueRule } from "../rule-tester";

testIssueRule("missing_lead", {
  valid: [{ rows: [row(1), row(2, { lead: "Phòng Nội vụ" })] }, { rows: [row(1, { lead: { error: "#N/A" } })] }],
  invalid: [{ rows: [row(1, { lead: null }), row(2)], at: ["2C"], message: "Thiếu đơn vị chủ trì" }],
});
