/**
 * Consolidating many plan files (`kehoach check FOLDER --summary tong-hop.xlsx`): 1,000 workbooks of
 * 100 tasks each, checked on worker threads (one per core), against exceljs merely loading the same
 * 1,000 files one after another in one process. Peak memory (maxRSS of the whole process, worker
 * threads included) for 250 and 1,000 files shows whether memory stays flat in the number of files.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..");

export async function planFile(seed: number, tasks: number): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRow([`KẾ HOẠCH CÔNG TÁC NĂM 2025 CỦA ĐƠN VỊ SỐ ${seed}`]);
  ws.addRow([]);
  ws.addRow([
    "STT",
    "Nội dung công việc",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời gian hoàn thành",
    "Sản phẩm",
    "Tình hình thực hiện",
  ]);
  const units = ["Văn phòng", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Phòng Tư pháp", `UBND xã ${seed % 40}`];
  for (let i = 1; i <= tasks; i++) {
    if (i % 25 === 1)
      ws.addRow([["I", "II", "III", "IV"][Math.floor(i / 25)], `NHÓM NHIỆM VỤ ${Math.floor(i / 25) + 1}`]);
    ws.addRow([
      i,
      `Nhiệm vụ số ${i} của đơn vị ${seed}: tổ chức triển khai, kiểm tra và báo cáo kết quả`,
      units[(i + seed) % units.length],
      "Các phòng, đơn vị liên quan",
      i % 7 === 0 ? "Thường xuyên" : `Trước ngày ${1 + (i % 27)}/${1 + ((i + seed) % 12)}/2025`,
      "Báo cáo",
      // As a plan looks in October: most tasks due before then are done (a tenth of all tasks overdue).
      (i + seed) % 12 < 9 && i % 10 !== 0 ? "Đã hoàn thành" : i % 4 === 0 ? "Đang thực hiện" : "",
    ]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function runCli(args: string[]): { ms: number; maxRssMb: number; code: number | null } {
  // maxRSS of the child process: worker threads share it, so this is the run's peak.
  const script = `const t0=Date.now();require(${JSON.stringify(join(ROOT, "dist-cli", "cli", "index.js"))}).main(${JSON.stringify(
    args,
  )}).then(c=>{process.stderr.write("\\nBENCH "+(Date.now()-t0)+" "+process.resourceUsage().maxRSS+"\\n");process.exitCode=c;})`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 30 });
  const m = /BENCH (\d+) (\d+)/.exec(r.stderr ?? "");
  if (!m) throw new Error(`bench run failed: ${r.stderr}`);
  return { ms: Number(m[1]), maxRssMb: Number(m[2]) / 1024, code: r.status };
}

function exceljsReadAll(dir: string): { ms: number; maxRssMb: number } {
  const script = `const E=require("exceljs"),fs=require("fs"),p=require("path");const t0=Date.now();(async()=>{for(const f of fs.readdirSync(${JSON.stringify(
    dir,
  )}).sort()){await new E.Workbook().xlsx.load(fs.readFileSync(p.join(${JSON.stringify(dir)},f)));}process.stderr.write("BENCH "+(Date.now()-t0)+" "+process.resourceUsage().maxRSS+"\\n");})()`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", cwd: ROOT });
  const m = /BENCH (\d+) (\d+)/.exec(r.stderr ?? "");
  if (!m) throw new Error(`exceljs run failed: ${r.stderr}`);
  return { ms: Number(m[1]), maxRssMb: Number(m[2]) / 1024 };
}

export async function run(): Promise<void> {
  const base = mkdtempSync(join(tmpdir(), "kehoach-consolidate-"));
  try {
    for (const files of [250, 1000]) {
      const dir = join(base, `plans-${files}`);
      mkdirSync(dir);
      for (let i = 0; i < files; i++)
        writeFileSync(join(dir, `ke-hoach-${String(i).padStart(4, "0")}.xlsx`), await planFile(i, 100));
      const out = join(base, `tong-hop-${files}.xlsx`);
      const read = exceljsReadAll(dir);
      const checkOnly = runCli(["check", dir, "--as-of", "2025-10-15", "--json", "--exit-zero"]);
      const ours = runCli(["check", dir, "--as-of", "2025-10-15", "--summary", out, "--json", "--exit-zero"]);
      const summaryKb = readFileSync(out).length / 1024;
      console.log(
        `${String(files).padStart(5)} files × 100 tasks: check alone ${(checkOnly.ms / 1000).toFixed(1)} s ` +
          `(peak ${checkOnly.maxRssMb.toFixed(0)} MB, ratio ${(checkOnly.ms / read.ms).toFixed(2)}×); ` +
          `check + consolidate ${(ours.ms / 1000).toFixed(1)} s ` +
          `(peak ${ours.maxRssMb.toFixed(0)} MB, summary ${summaryKb.toFixed(0)} KB); ` +
          `exceljs reading the same files ${(read.ms / 1000).toFixed(1)} s (peak ${read.maxRssMb.toFixed(0)} MB); ` +
          `ratio ${(ours.ms / read.ms).toFixed(2)}×`,
      );
      if (readdirSync(dir).length !== files) throw new Error("files missing");
    }
  } finally {
    rmSync(base, { recursive: true, force: true });
  }
}
