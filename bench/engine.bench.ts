/* global process, performance, console, require */
/**
 * The plan engine on synthetic plans of 1,000, 10,000 and 50,000 tasks: sections (A / I / numbered
 * headings over x.y items), prose leads, supports, varied deadlines (dates, periods, recurring,
 * conditional, date cells), statuses. Prints the median time per size, the time per 1,000 tasks
 * and the ratio to merely walking the snapshot's cells.
 */
import { checkSheet, serialToDmy, type CellValue, type Merge, type SheetSnapshot } from "../src/core";

const LEADS = [
  "Văn phòng chủ trì, phối hợp các phòng, đơn vị trực thuộc thực hiện.",
  "Phòng Nội vụ",
  "Phòng Tư pháp; Phòng Văn hóa - Thông tin",
  "- Phòng Doanh nghiệp – Giám sát đầu tư chủ trì tổ chức đối thoại;\n- Văn phòng chủ trì kiểm tra.",
  "Tất cả các phòng, đơn vị trực thuộc thực hiện nhiệm vụ được giao.",
  "Văn phòng (Bộ phận Kế toán) phối hợp các phòng thực hiện.",
];
const DEADLINES: (string | number)[] = [
  "Trong năm 2025",
  "Trước ngày 15/10/2025",
  "Quý III/2025",
  "Thường xuyên",
  "Theo quy định của Sở Nội vụ",
  "Tháng 9/2025",
  45930,
  "Trước ngày 31/12 hằng năm",
  "Cấp huyện trước ngày 31/12; cấp xã trước ngày 15/01",
];
const STATUS = ["", "Đang thực hiện", "Đã hoàn thành", "", "Hoàn thành 80%", ""];

export function syntheticPlan(tasks: number): SheetSnapshot {
  const values: CellValue[][] = [];
  const formats: string[][] = [];
  const merges: Merge[] = [];
  const push = (row: CellValue[], dateCol = false) => {
    values.push(row);
    formats.push(row.map((_, i) => (dateCol && i === 4 ? "dd/mm/yyyy" : "General")));
  };
  push(["UBND TỈNH", null, null, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", null, null, null]);
  push(["KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM 2025", null, null, null, null, null, null]);
  merges.push({ top: 2, left: 1, bottom: 2, right: 7 });
  push([
    "STT",
    "Nội dung công việc",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn hoàn thành",
    "Sản phẩm",
    "Tình hình thực hiện",
  ]);
  push(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"]);
  let made = 0;
  let roman = 0;
  let n = 0;
  while (made < tasks) {
    if (made % 25 === 0) {
      roman++;
      n = 0;
      const r = values.length + 1;
      push([romanOf(roman), `Nhóm nhiệm vụ số ${roman}`, null, null, null, null, null]);
      merges.push({ top: r, left: 2, bottom: r, right: 7 });
    }
    n++;
    if (made % 10 === 5) {
      // A numbered heading over x.1 .. x.3
      const r = values.length + 1;
      push([String(n), `Nhóm việc ${n}`, null, null, null, null, null]);
      merges.push({ top: r, left: 2, bottom: r, right: 7 });
      for (let k = 1; k <= 3 && made < tasks; k++, made++)
        push(taskRow(`${n}.${k}`, made), typeof deadlineValue(made) === "number");
      continue;
    }
    push(taskRow(String(n), made), typeof deadlineValue(made) === "number");
    made++;
  }
  push([null, null, null, null, "KT. CHỦ TỊCH", null, null]);
  const text = values.map((r) => r.map((v) => (v === null ? "" : typeof v === "number" ? (serialToDmy(v) ?? "") : String(v))));
  return {
    name: "Phụ lục",
    index: 0,
    origin: { row: 1, col: 1 },
    values,
    text,
    numberFormats: formats,
    fonts: null,
    merges,
  };
}

const UNITS = [
  "Văn phòng",
  "Phòng Nội vụ",
  "Phòng Tư pháp",
  "Phòng Tài chính - Kế hoạch",
  "Phòng Văn hóa - Thông tin",
  "Trung tâm Văn hóa Thông tin và Thể thao",
  "Bưu điện huyện",
  "UBND các xã, thị trấn",
  "Công an huyện",
  "Phòng Giáo dục và Đào tạo",
  "Phòng Y tế",
  "Phòng Lao động - Thương binh và Xã hội",
  "Chi cục Thuế",
  "Kho bạc Nhà nước huyện",
  "Ban Quản lý dự án",
  "Các phòng, đơn vị trực thuộc",
  "Văn thư",
  "Tổ kiểm tra",
  "Phòng Kinh tế - Hạ tầng",
  "Phòng Tài nguyên và Môi trường",
  "Trung tâm Y tế",
  "Đài Truyền thanh",
  "Hội Nông dân",
  "Đoàn Thanh niên",
  "Mặt trận Tổ quốc huyện",
  "Phòng Dân tộc",
  "Thanh tra huyện",
  "Bảo hiểm xã hội huyện",
  "Hội Liên hiệp Phụ nữ",
  "Trường Chính trị",
  "Chi nhánh Ngân hàng Chính sách",
  "Cán bộ đầu mối",
];

/** Varied prose: thousands of distinct responsibility cells and hundreds of distinct deadlines. */
function leadText(i: number): string {
  const a = UNITS[i % UNITS.length];
  const b = UNITS[(i * 7 + 3) % UNITS.length];
  const c = UNITS[(i * 13 + 5) % UNITS.length];
  switch (i % 5) {
    case 0:
      return `${a} chủ trì, phối hợp ${b} thực hiện.`;
    case 1:
      return a;
    case 2:
      return `${a}; ${b}`;
    case 3:
      return `- ${a} chủ trì tổ chức;\n- ${b}, ${c} phối hợp thực hiện.`;
    default:
      return LEADS[i % LEADS.length];
  }
}

function deadlineValue(i: number): string | number {
  switch (i % 6) {
    case 0:
      return `Trước ngày ${1 + (i % 28)}/${1 + (i % 12)}/2025`;
    case 1:
      return `Quý ${["I", "II", "III", "IV"][i % 4]}/2025`;
    case 2:
      return 45658 + (i % 365);
    default:
      return DEADLINES[i % DEADLINES.length];
  }
}

function taskRow(stt: string, i: number): CellValue[] {
  return [
    stt,
    `Thực hiện nhiệm vụ số ${i + 1}: rà soát, cập nhật và báo cáo kết quả theo kế hoạch`,
    leadText(i),
    i % 3 === 0 ? UNITS[(i * 5) % UNITS.length] : null,
    deadlineValue(i),
    i % 7 === 0 ? null : "Báo cáo kết quả",
    STATUS[i % STATUS.length] || null,
  ];
}

function romanOf(n: number): string {
  const t: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let s = "";
  for (const [v, r] of t)
    while (n >= v) {
      s += r;
      n -= v;
    }
  return s;
}

function walk(s: SheetSnapshot): number {
  let acc = 0;
  for (let r = 0; r < s.values.length; r++) {
    const vr = s.values[r];
    const tr = s.text[r];
    for (let c = 0; c < vr.length; c++) {
      const v = vr[c];
      if (v !== null) acc += tr[c].length;
    }
  }
  return acc;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time and median CPU time (user + system, all of the process's threads) in ms. */
function time(f: () => void, runs: number): number {
  return timeBoth(f, runs).wall;
}

function timeBoth(f: () => void, runs: number): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export async function run(): Promise<void> {
  const opts = { asOf: "2025-10-15", dueSoonDays: 7 };
  const warm = syntheticPlan(5_000);
  for (let i = 0; i < 3; i++) checkSheet(warm, opts); // warm up (the JIT), so sizes compare steady states
  console.log(
    `load average ${require("os")
      .loadavg()
      .map((x: number) => x.toFixed(1))
      .join(" ")} (other work on the machine inflates wall times; CPU time is the process's own)`,
  );
  console.log("tasks    rows     cells     engine ms (wall)  engine ms (cpu)  per 1k tasks   walk ms   ratio");
  for (const size of [1_000, 10_000, 50_000]) {
    const snap = syntheticPlan(size);
    const cells = snap.values.length * snap.values[0].length;
    const runs = size >= 50_000 ? 3 : 5;
    let items = 0;
    const both = timeBoth(() => {
      items = checkSheet(snap, opts).items.length;
    }, runs);
    const engine = both.wall;
    let sink = 0;
    const walkMs = time(() => {
      sink += walk(snap);
    }, 9);
    console.log(
      `${String(size).padEnd(8)} ${String(snap.values.length).padEnd(8)} ${String(cells).padEnd(9)} ${engine.toFixed(1).padStart(16)}  ${both.cpu.toFixed(1).padStart(15)}  ${((engine / size) * 1000).toFixed(2).padStart(12)}   ${walkMs.toFixed(2).padStart(7)}   ${(engine / Math.max(walkMs, 0.001)).toFixed(0).padStart(5)}x   (${items} items${sink < 0 ? "" : ""})`,
    );
  }
}
