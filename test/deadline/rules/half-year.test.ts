import { testRule } from "./rule-tester";

testRule("half year", {
  valid: [
    { text: "6 tháng đầu năm 2025", reads: "6 thang dau nam 2025", result: ["period", "2025-06-30"] },
    { text: "Sáu tháng cuối năm", reads: "sau thang cuoi nam", result: ["period", "2025-12-31"] },
    { text: "Nửa đầu năm 2026", reads: "nua dau nam 2026", result: ["period", "2026-06-30"] },
    { text: "9 tháng đầu năm", reads: "9 thang dau nam", result: ["period", "2025-09-30"] },
    { text: "Quý đầu năm 2026", reads: "quy dau nam 2026", result: ["period", "2026-03-31"] },
    { text: "2 quý đầu năm 2025", reads: "2 quy dau nam 2025", result: ["period", "2025-06-30"] },
  ],
  invalid: ["6 tháng", "ngày 10 tháng đầu quý", "6 tháng cuối quý", "Tháng 6/2025"],
});
