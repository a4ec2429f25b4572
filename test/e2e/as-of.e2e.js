/**
 * End-to-end: "Tính đến ngày" on the browser page, in Debian's Chromium, in vi-VN and en-US.
 *
 *   npx webpack --mode production && node --test test/e2e/as-of.e2e.js   (npm run test:e2e runs it)
 *
 * Per locale: open a fixture, then type, paste and pick the as-of day (in the text field, in the
 * calendar picker with the keyboard, with ↑/↓ and Hôm nay); after each, the results shown say the
 * day given (the report's asOf). The downloaded workbook's summary says the same day. Another test
 * changes the day right after opening and downloads at once: the download is of the new day.
 */
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const os = require("os");
const path = require("path");
const ExcelJS = require("exceljs");
const { chromium } = require("playwright-core");
const { serve } = require("./static-server");

const ROOT = path.resolve(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const FIXTURE = path.join(ROOT, "test", "fixtures", "kh-607-bqlkkt-2025.xlsx");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const OFFICE_JS = "https://appsforoffice.microsoft.com/**";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

let server;
let browser;
const outside = [];

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, "taskpane.html")), "dist/taskpane.html missing: build first");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve(DIST);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, args: ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(locale, query = "") {
  const context = await browser.newContext({ locale, acceptDownloads: true, viewport: { width: 480, height: 900 } });
  await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
  await context.route(
    (url) => !url.href.startsWith(server.url) && !url.href.startsWith("https://appsforoffice.microsoft.com/"),
    (route) => {
      outside.push(route.request().url());
      return route.abort();
    }
  );
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}taskpane.html${query}`);
  await page.getByTestId("file-input").waitFor({ state: "attached" });
  return { context, page, errors };
}

/** The as-of day of the results shown (the report's asOf), once it is `iso`. */
async function resultsAreOf(page, iso) {
  await page.waitForSelector(`[data-testid="results-as-of"][data-as-of="${iso}"]`, { timeout: 30_000 });
  await page.waitForFunction(() => !document.querySelector("main")?.getAttribute("aria-busy")?.startsWith("t"));
}

/** Downloads the checked workbook and returns the as-of line of its "Theo đơn vị" summary. */
async function downloadedAsOfLine(page, label, name) {
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("actions").getByText(label).click()]);
  const out = path.join(ARTIFACTS, name);
  await download.saveAs(out);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.worksheets.find((w) => /^(Theo đơn vị|By unit)$/.test(w.name));
  assert.ok(ws, `summary sheet in ${wb.worksheets.map((w) => w.name).join(", ")}`);
  const lines = [];
  ws.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === "string" && /Tính đến ngày|As of/.test(v)) lines.push(v);
  });
  return lines[0] ?? null;
}

function todayIso() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

for (const locale of ["vi-VN", "en-US"]) {
  test(`${locale}: typing, pasting, the picker, the keyboard and Hôm nay all give the day given`, async () => {
    const { context, page, errors } = await openPage(locale);
    await page.getByTestId("file-input").setInputFiles(FIXTURE);
    await resultsAreOf(page, todayIso());
    const field = page.getByTestId("as-of");

    // Typing, key by key, over the day shown: 15/10/2025 (the bug gave 05/12/2026 and 0005).
    await field.click();
    await field.press("Control+A");
    await field.pressSequentially("15/10/2025", { delay: 30 });
    await resultsAreOf(page, "2025-10-15");
    assert.equal(await field.inputValue(), "15/10/2025");

    // A day that does not exist is refused and the results stay.
    await field.fill("31/02/2025");
    await page.getByTestId("as-of-field").getByText(/31\/02\/2025/).waitFor();
    await resultsAreOf(page, "2025-10-15");

    // Pasting (dots, spaces).
    await field.fill("");
    await field.evaluate((el) => {
      const data = new DataTransfer();
      data.setData("text/plain", " 1.11.2025 ");
      el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await resultsAreOf(page, "2025-11-01");
    assert.equal(await field.inputValue(), "01/11/2025");

    // ↑ / ↓ in the field move a day.
    await field.press("ArrowDown");
    await resultsAreOf(page, "2025-10-31");

    // The calendar picker: set as a picker sets it, then with the keyboard in its own segments
    // (day first in vi-VN, month first in en-US).
    const picker = page.getByTestId("as-of-picker");
    await picker.fill("2025-12-01");
    await resultsAreOf(page, "2025-12-01");
    assert.equal(await field.inputValue(), "01/12/2025");
    // The segments' order is the browser's (Debian's Chromium without its l10n package shows
    // month first whatever the page's locale): "11" goes into the first segment, and that tells it.
    await picker.focus();
    await page.keyboard.type("11", { delay: 40 });
    const monthFirst = (await picker.inputValue()) === "2025-11-01";
    await page.keyboard.type(monthFirst ? "202025" : "112025", { delay: 40 });
    assert.equal(await picker.inputValue(), monthFirst ? "2025-11-20" : "2025-11-11");
    if (!monthFirst) {
      await picker.fill("2025-11-20");
    }
    await resultsAreOf(page, "2025-11-20");
    await page.getByTestId("actions").click({ position: { x: 1, y: 1 } });
    assert.equal(await field.inputValue(), "20/11/2025");

    assert.equal(await downloadedAsOfLine(page, "Tải về", `as-of-${locale}.xlsx`), "Tính đến ngày 20/11/2025");

    await page.getByTestId("as-of-today").click();
    await resultsAreOf(page, todayIso());
    await page.screenshot({ path: path.join(ARTIFACTS, `as-of-${locale}.png`), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("changing the day after opening, then Tải về at once: the download is of the new day", async () => {
  const { context, page, errors } = await openPage("vi-VN");
  await page.getByTestId("as-of").fill("15/10/2025");
  await page.getByTestId("file-input").setInputFiles(FIXTURE);
  await resultsAreOf(page, "2025-10-15");
  await page.getByTestId("as-of").fill("30/11/2025");
  assert.equal(await downloadedAsOfLine(page, "Tải về", "as-of-changed.xlsx"), "Tính đến ngày 30/11/2025");
  await resultsAreOf(page, "2025-11-30");
  // The due-soon window too: the shown results follow it.
  assert.deepEqual(errors, []);
  await context.close();
});

test("nothing left the computer", () => {
  assert.deepEqual(outside, []);
});
