import { testRule } from "./rule-tester";

testRule("year-first date", {
  valid: [
    { text: "2025-09-30", reads: "2025-09-30", result: ["date", "2025-09-30"] },
    { text: "2025/12/31", reads: "2025/12/31", result: ["date", "2025-12-31"] },
    { text: "2025.02.30", reads: "2025.02.30", result: ["unparsed", null] },
  ],
  invalid: ["30/09/2025", "2025 - 09", "2025"],
});
