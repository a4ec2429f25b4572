import { testRule } from "./rule-tester";

testRule("day of every month", {
  valid: [
    { text: "Trước ngày 15 hằng tháng", reads: "ngay 15 hang thang", result: ["recurring", "2025-12-15"] },
    { text: "ngày 20 hàng tháng", reads: "ngay 20 hang thang", result: ["recurring", "2025-12-20"] },
    { text: "Trước 25 hằng tháng", reads: "25 hang thang", result: ["recurring", "2025-12-25"] },
  ],
  invalid: ["Hằng tháng", "ngày 25", "15 hằng tháng"],
});
