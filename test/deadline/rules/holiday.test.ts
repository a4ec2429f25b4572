import { testRule } from "./rule-tester";

testRule("holiday", {
  valid: [
    { text: "Trước Tết Nguyên đán Bính Ngọ 2026", reads: "tet nguyen dan binh ngo 2026", result: ["unparsed", null] },
    { text: "Tết Dương lịch", reads: "tet", result: ["unparsed", null] },
  ],
  invalid: ["Trước ngày 15/01/2026", "Tháng 1/2026"],
});
