/**
 * The Excel host on the behavioural fake: round trips (syncs) and the largest REAL request (every
 * batch serialized by Microsoft's own Office.js client, test/fakes/office-client.ts) and the
 * largest response per operation, for plans of 5,000 and 50,000 tasks with mixed formatting
 * (a fill on every other cell, borders on every cell, tasks/25 merged areas: 2,000 at 50,000),
 * ExcelApi 1.13 and 1.7. Excel on the web refuses a request or response over 5 MB. Times are the
 * fake's plus the real client's serialization, without Excel's latency: each sync costs a network
 * round trip in Excel on the web (typically 50-300 ms), which is why the sync counts matter.
 *
 *   npx tsx bench/run.ts excel
 */
import { performance } from "perf_hooks";
import { ExcelHost } from "../src/excel";
import type { ExcelRun } from "../src/excel/capabilities";
import type { FakeWorkbook } from "../test/fakes/excel-fake";
import { syntheticPlanWorkbook } from "../test/fakes/synthetic-plan";

const AS_OF = "2025-06-15";

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

async function measure(wb: FakeWorkbook, label: string, op: () => Promise<unknown>): Promise<string> {
  wb.resetStats();
  const t = performance.now();
  await op();
  const ms = performance.now() - t;
  return `${label.padEnd(10)} ${String(wb.stats.syncs).padStart(3)} syncs  real req max ${mb(wb.maxRequestBytes()).padStart(9)}  resp max ${mb(wb.maxResponseBytes()).padStart(9)}  ${ms.toFixed(0).padStart(6)} ms`;
}

export async function run(): Promise<void> {
  for (const apiMinor of [13, 7]) {
    console.log(`\nExcelApi 1.${apiMinor}`);
    for (const tasks of [5_000, 50_000]) {
      const wb = syntheticPlanWorkbook(tasks, "Kế hoạch", { mixed: true, merges: tasks / 25 });
      wb.apiMinor = apiMinor;
      wb.realRequests = true;
      const host = new ExcelHost({
        run: wb.run.bind(wb) as unknown as ExcelRun,
        caps: { api18: apiMinor >= 8, api19: apiMinor >= 9, api113: apiMinor >= 13 },
        isReadOnly: () => false,
        fileName: () => "bench.xlsx",
        lang: () => "vi",
      });
      const options = { asOf: AS_OF };
      let report = await host.read(options); // warm-up (JIT), not reported
      console.log(`  ${tasks} tasks`);
      const lines: string[] = [];
      lines.push(await measure(wb, "read", async () => (report = await host.read(options))));
      lines.push(await measure(wb, "highlight", () => host.highlight(report)));
      lines.push(await measure(wb, "re-run", () => host.highlight(report)));
      lines.push(await measure(wb, "clear", () => host.clearHighlights()));
      lines.push(await measure(wb, "summary", () => host.generateSummary(report, options)));
      for (const l of lines) console.log(`    ${l}`);
      const tasksCount = report.sheets[0].items.filter((i) => i.type === "task").length;
      console.log(`    (${tasksCount} tasks recognized, ${report.sheets[0].issues.length} issues)`);
    }
  }
}
