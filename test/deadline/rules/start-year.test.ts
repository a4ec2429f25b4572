import { testRule } from "./rule-tester";

testRule("start year", {
  valid: [
    {
      text: "Định kỳ 2 năm/lần, bắt đầu từ năm 2024",
      reads: "bat dau tu nam 2024",
      result: ["recurring", null],
    },
    { text: "Thường xuyên, bắt đầu năm 2026", reads: "bat dau nam 2026", result: ["recurring", null] },
    { text: "Hằng năm, bắt đầu từ 2.026", reads: "bat dau tu 2.026", result: ["recurring", null] },
    { text: "Bắt đầu từ năm 2024", reads: "bat dau tu nam 2024", result: ["period", "2024-12-31"] },
  ],
  invalid: [
    "Năm 2025",
    "Năm 2022 và hằng năm",
    "Bắt đầu từ tháng 3/2025",
    "Bắt đầu từ năm 2025abc",
    "Bắt đầu thực hiện",
  ],
});
