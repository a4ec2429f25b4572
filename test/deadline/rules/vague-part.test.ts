import { testRule } from "./rule-tester";

testRule("vague part", {
  valid: [
    { text: "Tuần đầu tháng 11/2025", reads: "tuan", result: ["unparsed", null] },
    { text: "Đầu tháng 3", reads: "dau", result: ["unparsed", null] },
    { text: "giữa quý III", reads: "giua", result: ["unparsed", null] },
  ],
  invalid: ["Bắt đầu tháng 3", "Tháng 3/2025", "Năm 2025"],
});
