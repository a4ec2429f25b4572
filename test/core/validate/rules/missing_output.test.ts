import { row, testIssueRule } from "../rule-tester";

testIssueRule("missing_output", {
  valid: [
    { rows: [row(1), row(2)] },
    { raw: true, rows: [["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn"], [1, "Việc", "Văn phòng", "Năm 2025"]] },
  ],
  invalid: [{ rows: [row(1, { output: null })], at: ["2E"], message: "Thiếu kết quả" }],
});
