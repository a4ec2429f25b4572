import { testRule } from "./rule-tester";

testRule("event span", {
  valid: [
    {
      text: "1. Nội dung tuyên truyền xuyên suốt từ nay đến kết thúc cuộc bầu cử đại biểu Quốc hội khóa XVI",
      reads: "tu nay",
      result: ["conditional", null],
    },
    {
      text: "Từ khi thành lập đến khi kết thúc nhiệm vụ của Ủy ban bầu cử",
      reads: "tu khi",
      result: ["conditional", null],
    },
    {
      text: "Từ ngày thành lập Uỷ ban bầu cử đến ngày kết thúc cuộc bầu cử.",
      reads: "tu ngay",
      result: ["conditional", null],
    },
    {
      text: "- Tuyên truyền: Từ khi triển khai, tổ chức bầu cử đến khi kết thúc cuộc bầu cử.",
      reads: "tu khi",
      result: ["conditional", null],
    },
    {
      text: "Từ khi có quyết định đến khi hoàn thành; báo cáo trước 31/12/2025",
      reads: "tu khi",
      result: ["date", "2025-12-31"],
    },
  ],
  invalid: [
    "Từ nay đến hết năm 2025",
    "Từ nay đến 31/12/2025",

    "Từ ngày 01/3/2026 đến ngày bầu cử",
    "Từ khi có quyết định",
    "Từ ngày thành lập. Đến khi kết thúc",
    "Từ tháng 3 đến tháng 5 năm 2025",
    "Từ ngày thành lập đến 31/12/2025",
  ],
});
