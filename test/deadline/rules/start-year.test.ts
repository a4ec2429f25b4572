import { testRule } from "./rule-tester";

testRule("start year", {
  valid: [
    { text: "Năm 2022 và hằng năm", reads: "nam 2022 va hang nam", result: ["recurring", null] },
    { text: "2025 và những năm tiếp theo", reads: "2025 va nhung nam tiep", result: ["recurring", null] },
    { text: "Từ năm 2025 trở đi", reads: "nam 2025 tro di", result: ["recurring", null] },
    { text: "Năm 2.025 và hằng năm", reads: "nam 2.025 va hang nam", result: ["recurring", null] },
    {
      text: "Định kỳ 2 năm/lần, bắt đầu từ năm 2024",
      reads: "bat dau tu nam 2024",
      result: ["recurring", null],
    },
    { text: "Thường xuyên, bắt đầu năm 2026", reads: "bat dau nam 2026", result: ["recurring", null] },
    { text: "Bắt đầu từ năm 2024", reads: "bat dau tu nam 2024", result: ["period", "2024-12-31"] },
  ],
  invalid: [
    "Năm 2025",
    "2025 - 2026",
    "Năm 2022, hằng quý báo cáo",
    "Bắt đầu từ tháng 3/2025",
    "Năm 2025abc và hằng năm",
  ],
});
