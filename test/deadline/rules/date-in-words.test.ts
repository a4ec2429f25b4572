import { testRule } from "./rule-tester";

testRule("date in words", {
  valid: [
    { text: "ngày 15 tháng 8 năm 2026", reads: "ngay 15 thang 8 nam 2026", result: ["date", "2026-08-15"] },
    { text: "Ngày 05 tháng 12", reads: "ngay 05 thang 12", result: ["date", "2025-12-05"] },
    { text: "Trước 15 tháng 8", reads: "15 thang 8", result: ["date", "2025-08-15"] },
    { text: "15 tháng 8 năm 2026", reads: "15 thang 8 nam 2026", result: ["date", "2026-08-15"] },
  ],
  invalid: ["15 tháng 8", "Tháng 8 năm 2026", "15/8/2026"],
});
