import { testRule } from "./rule-tester";

testRule("term of office", {
  valid: [
    {
      text: "Hội nghị hiệp thương, nhiệm kỳ 2026 - 2031 được thực hiện trong ngày 02/02/2026 đến ngày 03/02/2026.",
      planYear: 2026,
      reads: "nhiem ky 2026 - 2031",
      result: ["date", "2026-02-03"],
    },
    { text: "Đại hội nhiệm kỳ 2025–2030", reads: "nhiem ky 2025–2030", result: ["unparsed", null] },
    { text: "Tổng kết nhiệm kỳ 2021; Quý IV/2025", reads: "nhiem ky 2021", result: ["period", "2025-12-31"] },
  ],
  invalid: ["Định kỳ 2 năm/lần", "Năm 2026 - 2031", "Giai đoạn 2026 - 2030", "Nhiệm kỳ tới"],
});
