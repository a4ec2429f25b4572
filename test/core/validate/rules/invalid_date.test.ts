import { row, testIssueRule } from "../rule-tester";

testIssueRule("invalid_date", {
  valid: [{ rows: [row(1, { deadline: "28/02/2025" }), row(2, { deadline: "29/02/2024" })] }, { rows: [row(1, { deadline: "abc" })] }],
  invalid: [
    // The date the grammar found not to exist, as written (the other date in the cell is fine).
    { rows: [row(1, { deadline: "Từ 01/01/2025 đến 31/02/2025" })], at: ["2D"], message: 'Ngày "31/02/2025"' },
    { rows: [row(1, { deadline: "Tháng 13/2025" })], at: ["2D"], message: 'Ngày "Tháng 13/2025"' },
  ],
});
