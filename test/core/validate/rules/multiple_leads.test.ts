import { row, testIssueRule } from "../rule-tester";

testIssueRule("multiple_leads", {
  valid: [{ rows: [row(1, { lead: "Phòng Nội vụ" }), row(2, { lead: "Phòng Nội vụ chủ trì, Phòng Tư pháp phối hợp" })] }],
  invalid: [{ rows: [row(1, { lead: "Phòng Nội vụ, Phòng Tư pháp" })], at: ["2C"], message: "Có 2 đơn vị chủ trì" }],
});
