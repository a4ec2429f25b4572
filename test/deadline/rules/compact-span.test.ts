import { testRule } from "./rule-tester";

testRule("compact span", {
  valid: [
    { text: "10-11/2019", reads: "10-11/2019", result: ["period", "2019-11-30"] },
    { text: "03-04/2025", reads: "03-04/2025", result: ["period", "2025-04-30"] },
    { text: "Hoàn thành 1-2/2026", reads: "1-2/2026", result: ["period", "2026-02-28"] },
    { text: "15-20/8/2025", reads: "15-20/8/2025", result: ["date", "2025-08-20"] },
    { text: "Từ 25-31/12/25", reads: "25-31/12/25", result: ["date", "2025-12-31"] },
    { text: "28-30/02/2025", reads: "28-30/02/2025", result: ["unparsed", null] },
  ],
  invalid: [
    "11-10/2019",
    "10-13/2019",
    "Tháng 10-11/2019",
    "15/8/2025",
    "15-8-2025",
    "Kế hoạch số 10-11/2019/KH-UBND",
    "Năm 2024-2025",
    "15-20/8",
  ],
});
