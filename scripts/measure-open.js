#!/usr/bin/env node
/**
 * The browser page's main thread while it opens a large plan: in Debian's Chromium (headless), the
 * built page (dist/) opens a generated plan of N tasks (bench/read-workbook.bench.ts's shape) and
 * reports the longest main-thread task (PerformanceObserver "longtask") and their total, once with
 * the host in its Web Worker and once with `Worker` removed (the in-thread fallback, as before).
 * A measurement, not a test: it prints figures.
 *
 *   npx webpack --mode production && node scripts/measure-open.js [tasks=20000]
 */
/* global window */
const path = require("path");
const ExcelJS = require("exceljs");
const { chromium } = require("playwright-core");
const { serve } = require("../test/e2e/static-server");

async function plan(rows) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Phụ lục");
  ws.addRow([
    "STT",
    "Nội dung công việc",
    "Đơn vị chủ trì",
    "Đơn vị phối hợp",
    "Thời hạn",
    "Sản phẩm",
    "Tình hình",
    "Ghi chú",
  ]);
  for (let i = 1; i <= rows; i++) {
    const due =
      i % 5 === 0 ? new Date(Date.UTC(2025, i % 12, 1 + (i % 27))) : `Trước ngày ${1 + (i % 27)}/${1 + (i % 12)}/2025`;
    const r = ws.addRow([
      i,
      `Nhiệm vụ số ${i}`,
      "Văn phòng",
      "Các phòng",
      due,
      "Báo cáo",
      i % 3 === 0 ? 0.5 : "Đang thực hiện",
      "",
    ]);
    r.getCell(5).numFmt = "dd/mm/yyyy";
    if (i % 3 === 0) r.getCell(7).numFmt = "0%";
    r.font = { name: "Times New Roman" };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function measure(browser, url, bytes, withWorker) {
  const context = await browser.newContext({ locale: "vi-VN", viewport: { width: 480, height: 900 } });
  await context.route("https://appsforoffice.microsoft.com/**", (r) =>
    r.fulfill({ status: 200, contentType: "text/javascript", body: "" }),
  );
  const page = await context.newPage();
  await page.addInitScript((keep) => {
    if (!keep) delete window.Worker;
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: "longtask", buffered: false });
  }, withWorker);
  await page.goto(`${url}index.html`);
  await page.getByTestId("file-input").waitFor({ state: "attached" });
  await page.waitForTimeout(1500); // the lazy code fetched and started
  await page.evaluate(() => (window.__long = []));
  const t0 = Date.now();
  await page
    .getByTestId("file-input")
    .setInputFiles({ name: "plan.xlsx", mimeType: "application/octet-stream", buffer: bytes });
  await page.getByTestId("recognition").waitFor({ timeout: 120_000 });
  const wall = Date.now() - t0;
  const long = await page.evaluate(() => window.__long);
  const workers = page.workers().length;
  await context.close();
  return { wall, longest: Math.max(0, ...long), total: long.reduce((a, b) => a + b, 0), count: long.length, workers };
}

(async () => {
  const rows = Number(process.argv[2] || 20000);
  const bytes = await plan(rows);
  const server = await serve(path.resolve(__dirname, "..", "dist"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
  });
  try {
    for (const withWorker of [false, true, false, true]) {
      const m = await measure(browser, server.url, bytes, withWorker);
      console.log(
        `${rows} tasks (${(bytes.length / 1e6).toFixed(1)} MB), ${withWorker ? "host in a Web Worker" : "in-thread (no Worker)"}: ` +
          `open→results ${m.wall} ms; main-thread long tasks: longest ${m.longest.toFixed(0)} ms, ${m.count} tasks, ${m.total.toFixed(0)} ms in all (workers: ${m.workers})`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
})();
