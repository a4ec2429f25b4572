import { encodeTcvn3 } from "../../../../src/core/text";
import { HEAD, row, testIssueRule } from "../rule-tester";

const tcvn3 = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === "string" ? encodeTcvn3(v) : v)));

testIssueRule("legacy_encoding", {
  valid: [{ rows: [row(1), row(2)] }],
  invalid: [
    {
      raw: true,
      rows: tcvn3([HEAD, row(1, { task: "Tổ chức hội nghị tổng kết công tác", lead: "Phòng Nội vụ" }), row(2, { task: "Kiểm tra việc thực hiện" })]) as never,
      fonts: [Array(6).fill(".VnTime"), Array(6).fill(".VnTime"), Array(6).fill(".VnTime")],
      at: ["-"],
      message: "TCVN3",
    },
  ],
});
