/**
 * End-to-end: the built pane on the plain browser page, in Debian's Chromium (headless).
 *
 *   npx webpack --mode production && node --test test/e2e/browser-page.e2e.js
 *   (npm run test:e2e does both)
 *
 * For every shared fixture (test/fixtures/*.xlsx): open it through the file input with the as-of
 * day of its expected report, compare what the pane shows with that report, click an issue and see
 * it selected (and Enter on another), download the checked workbook and read its summary sheets
 * with exceljs. Office.js is blocked (no network here; the page must fall back to browser mode),
 * and any request that would leave 127.0.0.1 fails the run. Screenshots go to test-artifacts/.
 * Env: CHROMIUM (default /usr/bin/chromium), E2E_KEEP_OPEN=1 to keep the profile dir.
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
const FIXTURES = path.join(ROOT, "test", "fixtures");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const SCREENSHOT_FOR_README = path.join(ROOT, "docs", "screenshot.png");
const OFFICE_JS = "https://appsforoffice.microsoft.com/**";
const SUMMARY_SHEETS = ["Theo đơn vị", "Quá hạn và sắp đến hạn", "Theo thời hạn", "Theo lĩnh vực"];
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

const fixtures = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith(".xlsx"))
  .map((f) => f.replace(/\.xlsx$/, ""))
  .sort();

let server;
let context;
let profileDir;
const renderTimes = [];
const outsideRequests = [];

before(async () => {
  assert.ok(fs.existsSync(path.join(DIST, "taskpane.html")), "dist/taskpane.html missing: build first (npx webpack --mode production)");
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await serve(DIST);
  profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-e2e-"));
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
    acceptDownloads: true,
    viewport: { width: 480, height: 900 },
    locale: "vi-VN",
  });
  // Office.js cannot load here: serve an empty script so the pane starts in browser mode at once.
  await context.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: "text/javascript", body: "" }));
  // Nothing may leave the computer: anything not on our server is recorded and refused.
  await context.route(
    (url) => !url.href.startsWith(server.url) && !url.href.startsWith("https://appsforoffice.microsoft.com/"),
    (route) => {
      outsideRequests.push(route.request().url());
      return route.abort();
    }
  );
});

after(async () => {
  if (renderTimes.length) {
    const sorted = [...renderTimes].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)];
    console.log(`time to first render (navigation start → pane rendered), ms: ${renderTimes.map((t) => t.toFixed(0)).join(", ")}; median ${median.toFixed(0)}`);
  }
  await context?.close();
  await server?.close();
  if (profileDir && !process.env.E2E_KEEP_OPEN) fs.rmSync(profileDir, { recursive: true, force: true });
});

async function openPane(query = "", openLabel = "Mở tệp Excel") {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}taskpane.html${query}`);
  await page.getByRole("button", { name: openLabel }).waitFor();
  const t = await page.evaluate(() => performance.getEntriesByName("kehoach:first-render")[0]?.startTime ?? null);
  if (t !== null) renderTimes.push(t);
  return { page, errors };
}

function expectedOf(name) {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8"));
}

function statusCounts(sheet) {
  const counts = { overdue: 0, due_soon: 0, open: 0, no_deadline: 0, done: 0 };
  for (const item of sheet.items) if (item.type === "task") counts[item.status] += 1;
  return counts;
}

async function shownCounts(page) {
  const out = {};
  for (const status of ["overdue", "due_soon", "open", "no_deadline", "done"]) {
    out[status] = Number(await page.getByTestId(`status-${status}`).getAttribute("data-count"));
  }
  return out;
}

function cellValue(v) {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") return JSON.stringify(v.result !== undefined ? v.result : v.richText ? v.richText.map((r) => r.text).join("") : v.text ?? v);
  return v;
}

async function sheetValues(ws) {
  const rows = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => row.eachCell({ includeEmpty: false }, (cell, c) => rows.push(`${r}:${c}=${cellValue(cell.value)}`)));
  return rows;
}

test("the pane starts in browser mode without Office.js, in Vietnamese", async () => {
  const { page, errors } = await openPane();
  assert.equal(await page.getByRole("button", { name: "Kiểm tra" }).isDisabled(), true, "Kiểm tra waits for a file");
  assert.equal(await page.getByRole("button", { name: "Tạo tổng hợp" }).count(), 0);
  await page.screenshot({ path: path.join(ARTIFACTS, "00-start.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

for (const name of fixtures) {
  test(`fixture ${name}: counts as expected, issue selection, checked workbook download`, async () => {
    const expected = expectedOf(name);
    const sheet = expected.sheets.find((s) => s.recognized);
    assert.ok(sheet, "fixture has a plan sheet");
    const { page, errors } = await openPane();

    await page.getByTestId("as-of").fill(expected.asOf);
    await page.getByTestId("file-input").setInputFiles(path.join(FIXTURES, `${name}.xlsx`));
    await page.getByTestId("recognition").waitFor({ timeout: 60_000 });

    // What was recognized and counted.
    assert.equal(Number(await page.getByTestId("task-count").textContent()), sheet.items.filter((i) => i.type === "task").length);
    assert.equal(Number(await page.getByTestId("section-count").textContent()), sheet.items.filter((i) => i.type === "section").length);
    assert.equal(Number(await page.getByTestId("plan-year").textContent()), sheet.planYear);
    for (const [role, column] of Object.entries(sheet.table.columns)) {
      const shown = await page.locator(`[data-role="${role}"]`).inputValue().catch(async () => page.locator(`[data-role="${role}"]`).textContent());
      assert.equal(shown.trim(), column ?? "(không có)", `column of ${role}`);
    }
    assert.deepEqual(await shownCounts(page), statusCounts(sheet));
    const issues = page.getByTestId("issue");
    assert.equal(await issues.count(), sheet.issues.length, "issues listed");
    assert.equal(await page.getByTestId("overdue-task").count(), statusCounts(sheet).overdue);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-checked.png`), fullPage: true });
    if (name === "kh-607-bqlkkt-2025") {
      fs.mkdirSync(path.dirname(SCREENSHOT_FOR_README), { recursive: true });
      await page.screenshot({ path: SCREENSHOT_FOR_README });
    }

    // Click an issue: it is selected, the status line says which cell, the preview outlines it.
    const first = issues.first();
    const address = await first.getAttribute("data-address");
    await first.click();
    await page.waitForSelector(`[data-testid="issue"][data-address="${address}"][aria-pressed="true"]`);
    assert.match(await page.getByTestId("selected-cell").textContent(), new RegExp(`ô ${address} `));
    const outlined = page.locator('[data-testid="preview"] td[data-selected="true"]');
    assert.equal(await outlined.count(), 1);
    await page.screenshot({ path: path.join(ARTIFACTS, `${name}-issue-selected.png`), fullPage: true });

    // With the keyboard: focus another issue and press Enter.
    if ((await issues.count()) > 1) {
      const second = issues.nth(1);
      const secondAddress = await second.getAttribute("data-address");
      await second.focus();
      await page.keyboard.press("Enter");
      await page.waitForSelector(`[data-testid="issue"][data-address="${secondAddress}"][aria-pressed="true"]`);
    }

    // Download the checked workbook and read it back.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải về" }).click()]);
    assert.equal(download.suggestedFilename(), `${name}.checked.xlsx`);
    const outPath = path.join(ARTIFACTS, `${name}.checked.xlsx`);
    await download.saveAs(outPath);
    const [input, output] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await input.xlsx.readFile(path.join(FIXTURES, `${name}.xlsx`));
    await output.xlsx.readFile(outPath);
    const names = output.worksheets.map((w) => w.name);
    for (const s of SUMMARY_SHEETS) assert.ok(names.includes(s), `summary sheet ${s} in ${names.join(", ")}`);
    for (const ws of input.worksheets) {
      assert.deepEqual(await sheetValues(output.getWorksheet(ws.name)), await sheetValues(ws), `values of ${ws.name} unchanged`);
    }
    // The overdue list names every overdue and due-soon task by its row.
    const counts = statusCounts(sheet);
    const listed = [];
    output.getWorksheet("Quá hạn và sắp đến hạn").eachRow((row) => {
      if (typeof row.getCell(1).value === "number") listed.push(row);
    });
    assert.equal(listed.length, counts.overdue + counts.due_soon, "rows of the overdue and due-soon list");

    assert.deepEqual(errors, [], "no page errors");
    await page.close();
  });
}

test("English and dark theme (?lang=en&theme=dark): same findings, English words", async () => {
  const name = "kh-34-krongpa-2020";
  const expected = expectedOf(name);
  const { page, errors } = await openPane("?lang=en&theme=dark", "Open Excel file");
  await page.getByTestId("as-of").fill(expected.asOf);
  await page.getByTestId("file-input").setInputFiles(path.join(FIXTURES, `${name}.xlsx`));
  await page.getByTestId("recognition").waitFor({ timeout: 60_000 });
  assert.deepEqual(await shownCounts(page), statusCounts(expected.sheets[0]));
  assert.match(await page.getByTestId("status-overdue").textContent(), /^Overdue: \d+$/);
  assert.equal(await page.getByRole("button", { name: "Download" }).count(), 1);
  const background = await page.locator("main").evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 200, `dark background, got ${background}`);
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}-en-dark.png`), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the plain browser page (index.html) needs no Office.js at all", async () => {
  const page = await context.newPage();
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.goto(server.url);
  await page.getByRole("button", { name: "Mở tệp Excel" }).waitFor();
  assert.deepEqual(requested.filter((u) => !u.startsWith(server.url)), []);
  const name = "kh-khong-dau";
  const expected = expectedOf(name);
  await page.getByTestId("as-of").fill(expected.asOf);
  await page.getByTestId("file-input").setInputFiles(path.join(FIXTURES, `${name}.xlsx`));
  await page.getByTestId("recognition").waitFor({ timeout: 60_000 });
  assert.deepEqual(await shownCounts(page), statusCounts(expected.sheets[0]));
  await page.close();
});

test("bad files get a clear message and no findings", async () => {
  const { page } = await openPane();
  const cases = [
    { name: "ghi-chu.xlsx", bytes: Buffer.from("đây không phải sổ tính", "utf8"), expect: /không phải là sổ tính Excel/ },
    {
      name: "ke-hoach-cu.xls",
      bytes: Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]),
      expect: /định dạng Excel cũ \(\.xls\)/,
    },
  ];
  for (const c of cases) {
    await page.getByTestId("file-input").setInputFiles({ name: c.name, mimeType: "application/octet-stream", buffer: c.bytes });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.textContent(), c.expect);
    assert.equal(await page.getByTestId("recognition").count(), 0);
    await page.screenshot({ path: path.join(ARTIFACTS, `bad-file-${c.name}.png`), fullPage: true });
    await alert.getByRole("button", { name: "Đóng" }).click();
  }
  await page.close();
});

test("nothing left the computer", () => {
  assert.deepEqual(outsideRequests, []);
});
