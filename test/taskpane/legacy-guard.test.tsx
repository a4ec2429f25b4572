/**
 * src/taskpane/legacy-guard.js, the ES5 script that runs before the pane's bundle: in Trident
 * (Office 2016/2019 volume-licensed) and EdgeHTML it replaces "Đang tải…" with what works there
 * and how to get the full pane, in Vietnamese or English, and tells the bundle not to start.
 */
import { readFileSync } from "fs";
import { join } from "path";

const GUARD = readFileSync(join(__dirname, "..", "..", "src", "taskpane", "legacy-guard.js"), "utf8");
const UA = {
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; rv:11.0) like Gecko",
  edgeHtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19045",
  webView2:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0",
};

type G = Window & { __khLegacyWebview?: boolean; Office?: unknown };

function run(opts: { ua: string; language?: string; documentMode?: number; search?: string; office?: unknown }) {
  document.body.innerHTML = '<div id="container"><p id="boot">Đang tải…</p></div>';
  const g = window as G;
  delete g.__khLegacyWebview;
  if (opts.office) g.Office = opts.office;
  else delete g.Office;
  Object.defineProperty(window.navigator, "userAgent", { value: opts.ua, configurable: true });
  Object.defineProperty(window.navigator, "language", { value: opts.language ?? "vi-VN", configurable: true });
  Object.defineProperty(document, "documentMode", { value: opts.documentMode, configurable: true });
  window.history.replaceState(null, "", `/taskpane.html${opts.search ?? ""}`);
  new Function(GUARD)();
  return { text: document.getElementById("container")!.textContent ?? "", tookOver: g.__khLegacyWebview === true };
}

afterEach(() => {
  delete (window as G).Office;
});

test("Internet Explorer 11 in Office: the Vietnamese message names the working buttons and the way to the full pane", () => {
  const r = run({ ua: UA.trident, documentMode: 11, office: { onReady: () => undefined } });
  expect(r.tookOver).toBe(true);
  expect(r.text).not.toMatch(/Đang tải/);
  for (const words of ["Kiểm tra", "Xóa tô màu", "Tạo tổng hợp", "Microsoft 365", "Office 2021", "WebView2"])
    expect(r.text).toContain(words);
  expect(document.documentElement.lang).toBe("vi");
});

test("Edge Legacy (EdgeHTML), English Office: the English message once Office.onReady gives the display language", () => {
  let ready: () => void = () => undefined;
  const office = { onReady: (cb: () => void) => (ready = cb), context: { displayLanguage: "en-GB" } };
  const r = run({ ua: UA.edgeHtml, language: "vi-VN", office });
  expect(r.tookOver).toBe(true);
  expect(r.text).toContain("Kiểm tra"); // before Office answers: the webview's language
  ready();
  const text = document.getElementById("container")!.textContent ?? "";
  for (const words of ["Check", "Clear highlights", "Create summary", "Microsoft 365", "WebView2"])
    expect(text).toContain(words);
  expect(document.documentElement.lang).toBe("en");
});

test("the browser page in Internet Explorer: asks for a current browser; ?lang=en gives English", () => {
  const r = run({ ua: UA.trident, documentMode: 11, search: "?lang=en" });
  expect(r.tookOver).toBe(true);
  expect(r.text).toMatch(/too old/);
  expect(r.text).toMatch(/Edge, Chrome, Firefox or Safari/);
});

test("WebView2 (Chromium Edge, 'Edg/') and current browsers: nothing happens, the bundle starts", () => {
  const r = run({ ua: UA.webView2, office: { onReady: () => undefined } });
  expect(r.tookOver).toBe(false);
  expect(r.text).toBe("Đang tải…");
});
