import { row, testIssueRule } from "../rule-tester";

testIssueRule("stt_sequence", {
  valid: [{ rows: [["I", "Mục 1"], row(1), row(2), ["II", "Mục 2"], row(1)] }, { rows: [row(1), row("a"), row("b"), row(2), row("a")] }],
  invalid: [
    { rows: [row(1), row(2), row(4)], at: ["4A"], message: "không liền sau 2" },
    { rows: [row(1), row(3), row(2)], at: ["3A", "4A"] },
  ],
});
