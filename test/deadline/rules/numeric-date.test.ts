import { testRule } from "./rule-tester";

testRule("numeric date", {
  valid: [
    { text: "15/8/2026", reads: "15/8/2026", result: ["date", "2026-08-15"] },
    { text: "15.8.2026", reads: "15.8.2026", result: ["date", "2026-08-15"] },
    { text: "15-8-25", reads: "15-8-25", result: ["date", "2025-08-15"] },
    { text: "9/2020", reads: "9/2020", result: ["period", "2020-09-30"] },
    { text: "06/2025", reads: "06/2025", result: ["period", "2025-06-30"] },
    { text: "Trước ngày 15/01", reads: "15/01", result: ["date", "2025-01-15"] },
    { text: "31/12 hằng năm", reads: "31/12 hang nam", result: ["recurring", "2025-12-31"] },
    { text: "Trước 15/01 năm sau", reads: "15/01 nam sau", result: ["date", "2026-01-15"] },
    { text: "31/02/2025", reads: "31/02/2025", result: ["unparsed", null] },
    { text: "1.000 hồ sơ", reads: "1.000", result: ["unparsed", null] },
    { text: "Đạt 2/3 số xã", reads: "2/3", result: ["unparsed", null] },
    { text: "24/7", reads: "24/7", result: ["recurring", null] },
  ],
  invalid: ["2025-09-30", "Kế hoạch số 10/KH-UBND", "Quý III/2025", "Tháng 9 năm 2025"],
});
