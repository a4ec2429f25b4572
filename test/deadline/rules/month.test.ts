import { testRule } from "./rule-tester";

testRule("month", {
  valid: [
    { text: "Tháng 9, năm 2022", reads: "thang 9, nam 2022", result: ["period", "2022-09-30"] },
    { text: "Tháng 10-11/2019", reads: "thang 10-11/2019", result: ["period", "2019-11-30"] },
    { text: "Tháng 9/2020", reads: "thang 9/2020", result: ["period", "2020-09-30"] },
    { text: "Tháng 8 năm 2025", reads: "thang 8 nam 2025", result: ["period", "2025-08-31"] },
    { text: "Tháng 9", reads: "thang 9", result: ["period", "2025-09-30"] },
    { text: "tháng 10, 11/2025", reads: "thang 10, 11/2025", result: ["period", "2025-11-30"] },
    { text: "T10/2025", reads: "t10/2025", result: ["period", "2025-10-31"] },
    {
      text: "Từ tháng 3 đến tháng 5 năm 2025",
      reads: "thang 3 den thang 5 nam 2025",
      result: ["period", "2025-05-31"],
    },
    { text: "Tháng 13/2025", reads: "thang 13/2025", result: ["unparsed", null] },
  ],
  invalid: ["9/2020", "6 tháng đầu năm", "Hằng tháng", "Thắng lợi"],
});
