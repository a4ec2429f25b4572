import { testRule } from "./rule-tester";

testRule("counted time", {
  valid: [
    {
      text: "(dừng xem xét hồ sơ người ứng cử trước ngày bầu cử 10 ngày)",
      reads: "truoc ngay bau cu 10 ngay",
      result: ["conditional", null],
    },
    { text: "Sau khi ban hành 30 ngày", reads: "sau khi ban hanh 30 ngay", result: ["conditional", null] },
    {
      text: "Trong 06 tháng kể từ khi Bộ Nội vụ ban hành hướng dẫn",
      reads: "06 thang ke tu khi",
      result: ["conditional", null],
    },
    {
      text: "Sau 30 ngày kể từ ngày Nghị định có hiệu lực",
      reads: "30 ngay ke tu",
      result: ["conditional", null],
    },
    {
      text: "Trong 03 tháng kể từ sau khi có quyết định",
      reads: "03 thang ke tu sau khi",
      result: ["conditional", null],
    },
    {
      text: "Trong 30 ngày kể từ ngày 01/7/2025",
      reads: "30 ngay ke tu ngay 01/7/2025",
      result: ["date", "2025-07-31"],
    },
    { text: "Sau 2 tuần tính từ 01/7/2025", reads: "2 tuan tinh tu 01/7/2025", result: ["date", "2025-07-15"] },
    {
      text: "Trong 6 tháng kể từ ngày 31 tháng 8 năm 2025",
      reads: "6 thang ke tu ngay 31 thang 8 nam 2025",
      result: ["date", "2026-02-28"],
    },
    { text: "Trong 1 năm kể từ ngày 29/02/2024", reads: "1 nam ke tu ngay 29/02/2024", result: ["date", "2025-02-28"] },
    {
      text: "10 ngày làm việc kể từ ngày 03/7/2025",
      reads: "10 ngay lam viec ke tu ngay 03/7/2025",
      result: ["date", "2025-07-17"],
    },
    {
      text: "Trong 10 ngày kể từ ngày 25/12",
      planYear: 2025,
      reads: "10 ngay ke tu ngay 25/12",
      result: ["date", "2026-01-04"],
    },
    {
      text: "Trong hai tháng kể từ ngày 31/02/2025",
      reads: "hai thang ke tu ngay 31/02/2025",
      result: ["unparsed", null],
    },
    {
      text: "Trong 30 ngày kể từ ngày ký; chậm nhất 31/12/2025",
      reads: "30 ngay ke tu",
      result: ["date", "2025-12-31"],
    },
  ],
  invalid: [
    "Trước ngày 15/8/2026",
    "Sau ngày bầu cử 15/3/2026",
    "Trước ngày bầu cử",

    "Trong 30 ngày",
    "Trong 2-3 ngày",
    "Kể từ ngày 01/7/2025",
    "6 tháng đầu năm 2025",
    "2 lần/năm",
    "Từ ngày 01/7/2025",
  ],
});
