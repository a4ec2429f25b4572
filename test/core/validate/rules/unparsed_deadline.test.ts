import { row, testIssueRule } from "../rule-tester";

testIssueRule("unparsed_deadline", {
  valid: [
    { rows: [row(1, { deadline: "Trước ngày 15/10/2025" }), row(2, { deadline: "Thường xuyên" })] },
    { rows: [row(1, { deadline: "31/02/2025" })] },
  ],
  invalid: [{ rows: [row(1, { deadline: "Khi có chỉ đạo của cấp trên xyz" }), row(2, { deadline: "abc xyz" })], at: ["3D"], message: '"abc xyz"' }],
});
