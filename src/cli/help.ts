import type { Lang } from "../core";

export function helpText(lang: Lang): string {
  if (lang === "en") {
    return `kehoach: checks Vietnamese plan tables (kế hoạch) in .xlsx files

Usage:
  kehoach check <file.xlsx> [options]   check a workbook
  kehoach check <files…|folder> [--summary summary.xlsx]
                                        check several workbooks (in parallel), one report
                                        each, and write one consolidated summary
  kehoach diff <old.xlsx> <new.xlsx>    what changed since the last check (newly overdue,
  kehoach diff <file.xlsx>              newly done, deadlines moved, tasks added/removed)
  kehoach deadline <text> [...]         read a deadline phrase (see "kehoach deadline --help");
                                        --explain shows which rule read which words
  kehoach --help | --version

Options of check:
  --as-of YYYY-MM-DD     the day statuses are judged on (default: today)
  --due-soon-days N      how many days ahead count as due soon (default: 7)
  --json                 print the plan report (JSON, format 1) and nothing else
  --lang vi|en           language of the output (default: vi)
  --out <checked.xlsx>   also write a copy with highlighting and summary sheets
                         (the input file is never changed)
  --exit-zero            exit 0 even when errors are found (for demos and scripts)
  --columns lead=D,deadline=E
                         correct the column of a role on every sheet ("-": no such column;
                         roles: stt, task, lead, support, deadline, output, status, note)
  --per-unit             with --out: one more sheet per lead unit (its tasks, and a
                         reminder to send it about the overdue and due-soon ones)
  --summary <summary.xlsx>
                         with several files or a folder: the consolidated workbook
                         (by file, by unit, overdue and due soon, by due period)
  --columns lead=D,deadline=E
                         correct a column role on every sheet ("Sheet!lead=D" for one
                         sheet; "-" = the table has no such column). Roles: stt, task,
                         lead, support, deadline, output, status, note

Exit code: 0 no errors, 1 errors found or no plan table, 2 the file cannot be read or bad arguments
(several files: the worst of them).
`;
  }
  return `kehoach: kiểm tra bảng kế hoạch trong tệp Excel (.xlsx)

Cách dùng:
  kehoach check <tệp.xlsx> [tùy chọn]   kiểm tra một sổ tính
  kehoach check <các tệp…|thư mục> [--summary tong-hop.xlsx]
                                        kiểm tra nhiều sổ tính (song song), mỗi tệp một
                                        báo cáo, và ghi một bảng tổng hợp chung
  kehoach diff <tệp-cũ.xlsx> <tệp-mới.xlsx>
  kehoach diff <tệp.xlsx>               những gì thay đổi từ lần kiểm tra trước (mới quá
                                        hạn, mới hoàn thành, đổi thời hạn, thêm/bớt nhiệm vụ)
  kehoach deadline <văn bản> [...]      đọc một cụm thời hạn (xem "kehoach deadline --help");
                                        --explain cho biết luật nào đọc những từ nào
  kehoach --help | --version

Tùy chọn của check:
  --as-of YYYY-MM-DD     ngày dùng để xét tình trạng (mặc định: hôm nay)
  --due-soon-days N      số ngày tới được coi là sắp đến hạn (mặc định: 7)
  --json                 chỉ in báo cáo dạng JSON (định dạng 1)
  --lang vi|en           ngôn ngữ hiển thị (mặc định: vi)
  --out <tệp-đã-kiểm-tra.xlsx>
                         ghi thêm một bản sao có tô màu và các trang tổng hợp
                         (tệp gốc không bao giờ bị sửa)
  --exit-zero            vẫn thoát với mã 0 khi có lỗi (dùng cho bản chạy thử, script)
  --columns lead=D,deadline=E
                         sửa cột của một vai trò trên mọi trang ("-": không có cột đó; vai trò:
                         stt, task, lead, support, deadline, output, status, note)
  --per-unit             cùng --out: thêm một trang cho mỗi đơn vị chủ trì (nhiệm vụ của
                         đơn vị và lời đề nghị đôn đốc các việc quá hạn, sắp đến hạn)
  --summary <tong-hop.xlsx>
                         với nhiều tệp hoặc một thư mục: ghi bảng tổng hợp chung
                         (theo tệp, theo đơn vị, quá hạn và sắp đến hạn, theo thời hạn)
  --columns lead=D,deadline=E
                         sửa vai trò cột trên mọi trang ("Phụ lục!lead=D" cho một trang;
                         "-" = bảng không có cột đó). Vai trò: stt, task (noi-dung), lead
                         (chu-tri), support (phoi-hop), deadline (thoi-han), output (ket-qua),
                         status (tien-do), note (ghi-chu)

Mã thoát: 0 không có lỗi, 1 có lỗi hoặc không có bảng kế hoạch, 2 không đọc được tệp hoặc tham số sai
(nhiều tệp: mã xấu nhất trong các tệp).
`;
}
