import { row, testIssueRule } from "../rule-tester";

const title = ["KẾ HOẠCH NĂM 2025"];
const HEAD = ["STT", "Nội dung", "Đơn vị chủ trì", "Thời hạn", "Sản phẩm", "Tình hình thực hiện"];

testIssueRule("deadline_outside_plan_year", {
  valid: [{ raw: true, rows: [title, HEAD, row(1, { deadline: "15/8/2025" }), row(2, { deadline: "15/8/2026" })] }],
  invalid: [
    { raw: true, rows: [title, HEAD, row(1, { deadline: "Trước ngày 15/8/2024" }), row(2)], at: ["3D"], message: "15/08/2024" },
    { raw: true, rows: [title, HEAD, row(1), row(2, { deadline: "Trước ngày 15/8/2027" })], at: ["4D"], message: "ngoài năm kế hoạch (2025)" },
  ],
});
