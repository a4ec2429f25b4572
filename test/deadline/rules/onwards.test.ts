import { testRule } from "./rule-tester";

testRule("onwards", {
  valid: [
    { text: "Năm 2022 và hằng năm", reads: "va hang nam", result: ["recurring", null] },
    { text: "2025 và những năm tiếp theo", reads: "va nhung nam tiep", result: ["recurring", null] },
    { text: "Từ năm 2025 trở đi", reads: "tro di", result: ["recurring", null] },
    { text: "Năm 2.025 và hằng năm", reads: "va hang nam", result: ["recurring", null] },
    { text: "Từ tháng 11/2013 trở đi.", reads: "tro di", result: ["recurring", null] },
    { text: "Từ Quý III/2025, trở đi", reads: "tro di", result: ["recurring", null] },
    { text: "Từ năm 2013 đến năm 2020 và tiếp theo.", reads: "va tiep theo", result: ["recurring", null] },
    { text: "Đến năm 2030 và những năm tiếp theo", reads: "va nhung nam tiep", result: ["recurring", null] },
    {
      text: "(năm 2013 và kiện toàn thường xuyên hàng năm)",
      reads: "hang nam",
      result: ["recurring", null],
    },
  ],
  invalid: [
    "Trước 31/12/2025 và hằng năm",
    "Thường xuyên trở đi",
    "Hằng năm",
    "Năm 2025; báo cáo hằng năm",
    "Năm 2025 (hằng năm)",
    "Năm 2025, tổng kết và báo cáo hằng năm",
    "Quý IV hằng năm",
  ],
});
