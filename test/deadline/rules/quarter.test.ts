import { testRule } from "./rule-tester";

testRule("quarter", {
  valid: [
    { text: "Quý III, năm 2022", reads: "quy iii, nam 2022", result: ["period", "2022-09-30"] },
    { text: "Quý III, IV/2026", reads: "quy iii, iv/2026", result: ["period", "2026-12-31"] },
    { text: "Quý II năm 2.025", reads: "quy ii nam 2.025", result: ["period", "2025-06-30"] },
    { text: "Quý III/2025", reads: "quy iii/2025", result: ["period", "2025-09-30"] },
    { text: "Quý 3 năm 2025", reads: "quy 3 nam 2025", result: ["period", "2025-09-30"] },
    { text: "QUÝ IV", reads: "quy iv", result: ["period", "2025-12-31"] },
    { text: "Quý I, II/2025", reads: "quy i, ii/2025", result: ["period", "2025-06-30"] },
    { text: "Q3/2025", reads: "q3/2025", result: ["period", "2025-09-30"] },
    { text: "QIV/2025", reads: "qiv/2025", result: ["period", "2025-12-31"] },
    { text: "Quí II", reads: "qui ii", result: ["period", "2025-06-30"] },
    { text: "Quý V/2025", reads: "quy v/2025", result: ["unparsed", null] },
  ],
  invalid: ["Quý đầu năm 2026", "Hằng quý", "Q", "Quy định"],
});
