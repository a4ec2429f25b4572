import { testRule } from "./rule-tester";

testRule("year", {
  valid: [
    { text: "Năm 2.025", reads: "nam 2.025", result: ["period", "2025-12-31"] },
    { text: "Năm 2025", reads: "nam 2025", result: ["period", "2025-12-31"] },
    { text: "2025", reads: "2025", result: ["period", "2025-12-31"] },
    { text: "2025 - 2026", reads: "2025", result: ["period", "2026-12-31"] },
    { text: "Trong năm 2025", reads: "nam 2025", result: ["period", "2025-12-31"] },
    { text: "năm 1800", reads: "nam 1800", result: ["unparsed", null] },
  ],
  invalid: ["Năm nay", "Năm học", "Cuối năm", "20255", "2025abc", "2.025 hồ sơ", "Năm 2.0250"],
});
