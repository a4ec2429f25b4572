import { testRule } from "./rule-tester";

testRule("day of month alone", {
  valid: [
    { text: "Hằng tháng, trước ngày 25", reads: "ngay 25", result: ["recurring", "2025-12-25"] },
    { text: "Trước ngày 25", reads: "ngay 25", result: ["unparsed", null] },
    { text: "Trước ngày 20 tháng cuối quý", reads: "ngay 20 thang cuoi quy", result: ["recurring", "2025-12-20"] },
    { text: "ngày 10 tháng sau", reads: "ngay 10 thang sau", result: ["recurring", "2025-12-10"] },
  ],
  invalid: ["ngày 25/12", "ngày 15 tháng 8", "Trong 30 ngày", "ngày 3 lần"],
});
