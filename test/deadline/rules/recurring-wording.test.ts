import { testRule } from "./rule-tester";

testRule("recurring wording", {
  valid: [
    { text: "Thường xuyên", reads: "thuong xuyen", result: ["recurring", null] },
    { text: "Hằng năm", reads: "hang nam", result: ["recurring", null] },
    { text: "Định kỳ hằng quý", reads: "dinh ky", result: ["recurring", null] },
    { text: "Hàng tháng", reads: "hang thang", result: ["recurring", null] },
    { text: "2025 và những năm tiếp theo, trở đi", reads: "tro di", result: ["recurring", null] },
    { text: "Liên tục", reads: "lien tuc", result: ["recurring", null] },
  ],
  invalid: ["Thường trực", "Năm 2025", "Hằng"],
});
