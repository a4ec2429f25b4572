/**
 * One step of the file bench in a process of its own (so that its peak memory is its own):
 * `node --import tsx bench/file-step.ts STEP FILE` prints { ms, cpuMs, maxRssMb }.
 * Steps: exceljs-read, exceljs-read-write, check, check-out.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { checkWorkbook } from "../src/core";
import "../src/file/native-inflate";
import { readWorkbook } from "../src/file/read-workbook";
import { writeCheckedWorkbook } from "../src/file/write-checked";

async function step(name: string, bytes: Uint8Array): Promise<void> {
  if (name === "exceljs-read") await new ExcelJS.Workbook().xlsx.load(bytes as unknown as ArrayBuffer);
  else if (name === "exceljs-read-write") {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    await wb.xlsx.writeBuffer();
  } else {
    const snapshots = await readWorkbook(bytes, "plan.xlsx");
    const report = checkWorkbook(snapshots, "plan.xlsx", { asOf: "2025-10-15" });
    if (name === "check-out") await writeCheckedWorkbook(bytes, report, { snapshots });
  }
}

async function main(): Promise<void> {
  const [name, file] = process.argv.slice(2);
  const bytes = new Uint8Array(readFileSync(file));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  await step(name, bytes);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  // CPU time as well as wall time: on a shared machine the wall clock measures the neighbours too.
  console.log(
    JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, maxRssMb: process.resourceUsage().maxRSS / 1024 }),
  );
}

void main();
