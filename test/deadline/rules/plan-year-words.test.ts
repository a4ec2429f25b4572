import { testRule } from "./rule-tester";

testRule("plan year words", {
  valid: [
    { text: "Trong năm", reads: "trong nam", result: ["period", "2025-12-31"] },
    { text: "Cuối năm", reads: "cuoi nam", result: ["period", "2025-12-31"] },
    { text: "Năm nay", reads: "nam nay", result: ["period", "2025-12-31"] },
    { text: "Năm sau", reads: "nam sau", result: ["period", "2026-12-31"] },
    { text: "Trong năm sau", reads: "trong nam sau", result: ["period", "2026-12-31"] },
    { text: "Cả năm", reads: "ca nam", result: ["period", "2025-12-31"] },
  ],
  invalid: ["Năm 2025", "Trong năm 2025", "Năm học 2025-2026", "Hằng năm"],
});
