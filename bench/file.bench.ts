/**
 * The file layer against exceljs on 20,000- and 100,000-task plans: check (read + engine) and
 * check + --out (read + engine + checked copy), as ratios to exceljs reading the same file and to
 * exceljs reading and writing it; each step in a fresh process, its peak memory (max RSS) shown.
 * Targets (issue 11): check + --out <= 0.5x exceljs read+write; check alone <= 0.3x.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

async function plan(tasks: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRow(["KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM 2025"]);
  ws.addRow([
    "STT",
    "Nội dung công việc",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn hoàn thành",
    "Sản phẩm",
    "Tình hình thực hiện",
    "Ghi chú",
  ]);
  const units = ["Văn phòng", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Tư pháp", "Thanh tra huyện"];
  for (let i = 1; i <= tasks; i++) {
    const due =
      i % 4 === 0 ? new Date(Date.UTC(2025, i % 12, 1 + (i % 27))) : `Trước ngày ${1 + (i % 27)}/${1 + (i % 12)}/2025`;
    const r = ws.addRow([
      i,
      `Thực hiện nhiệm vụ số ${i} theo kế hoạch của cơ quan`,
      units[i % 5],
      units[(i + 2) % 5],
      due,
      "Báo cáo",
      i % 3 === 0 ? "Đã hoàn thành" : "Đang thực hiện",
      "",
    ]);
    r.getCell(5).numFmt = "dd/mm/yyyy";
    r.font = { name: "Times New Roman", size: 12 };
    r.eachCell(
      (c) =>
        (c.border = {
          top: { style: "thin" },
          left: { style: "thin" },
          bottom: { style: "thin" },
          right: { style: "thin" },
        }),
    );
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function measure(step: string, file: string): { ms: number; cpuMs: number; maxRssMb: number } {
  const out = execFileSync(process.execPath, ["--import", "tsx", join(__dirname, "file-step.ts"), step, file], {
    encoding: "utf8",
    maxBuffer: 1 << 20,
  });
  return JSON.parse(out.trim().split("\n").pop()!);
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-file-bench-"));
  for (const tasks of [20_000, 100_000]) {
    const file = join(dir, `plan-${tasks}.xlsx`);
    const bytes = await plan(tasks);
    writeFileSync(file, bytes);
    const r: Record<string, { ms: number; cpuMs: number; maxRssMb: number }> = {};
    for (const step of ["exceljs-read", "exceljs-read-write", "check", "check-out"]) r[step] = measure(step, file);
    const f = (x: { ms: number; cpuMs: number; maxRssMb: number }) =>
      `${(x.ms / 1000).toFixed(2)} s wall, ${(x.cpuMs / 1000).toFixed(2)} s CPU, peak ${x.maxRssMb.toFixed(0)} MB`;
    // Ratios of CPU time (steady on a shared machine; wall times are shown above).
    const ratio = (a: string, b: string) => (r[a].cpuMs / r[b].cpuMs).toFixed(2);
    console.log(`${tasks} tasks (${(bytes.length / 1e6).toFixed(1)} MB)`);
    for (const k of Object.keys(r)) console.log(`  ${k.padEnd(20)} ${f(r[k])}`);
    console.log(
      `  check / exceljs read ${ratio("check", "exceljs-read")}x, check / exceljs read+write ${ratio("check", "exceljs-read-write")}x (target <= 0.3); ` +
        `check+out / exceljs read ${ratio("check-out", "exceljs-read")}x, check+out / exceljs read+write ${ratio("check-out", "exceljs-read-write")}x (target <= 0.5)`,
    );
  }
}
