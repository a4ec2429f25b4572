import { testRule } from "./rule-tester";

testRule("times per period", {
  valid: [
    { text: "2 lần/năm", reads: "2 lan/nam", result: ["recurring", null] },
    { text: "1 lần / quý", reads: "1 lan / quy", result: ["recurring", null] },
    { text: "6 tháng/lần", reads: "6 thang/lan", result: ["recurring", null] },
    { text: "Hai năm một lần", reads: "hai nam mot lan", result: ["recurring", null] },
    { text: "2 đợt/năm", reads: "2 dot/nam", result: ["recurring", null] },
  ],
  invalid: ["2 lần", "Lần 2 năm 2025", "6 tháng đầu năm"],
});
