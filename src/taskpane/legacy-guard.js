/*
 * Runs before the pane's bundle, inlined into taskpane.html and index.html (webpack.config.js).
 * ES5 on purpose: it must run where the bundle cannot.
 *
 * The pane is built for ES2017 webviews: WebView2 (Microsoft 365, Office 2021 and later, or an
 * older Office with WebView2 installed), Safari/WKWebView on the Mac, the browsers of Excel on the
 * web. Office 2016/2019 volume-licensed runs add-ins in Internet Explorer 11 (Trident) and retail
 * Office 2016/2019 without WebView2 in Microsoft Edge Legacy (EdgeHTML): there the pane would stay
 * blank. This script shows what works there instead (the ribbon buttons, whose bundle is ES5) and
 * how to get the full pane, in Vietnamese, or in English when Office (or the browser) is English.
 *
 * Sets window.__khLegacyWebview = true when it took over; the bundle then does not start.
 */
(function (win, doc) {
  "use strict";

  /** Trident (documentMode), EdgeHTML ("Edge/" in the user agent; Chromium Edge says "Edg/"), or no ES2017 built-ins. */
  function legacyWebview(w, d) {
    var ua = (w.navigator && w.navigator.userAgent) || "";
    if (d.documentMode) return "trident";
    if (/\bTrident\//.test(ua)) return "trident";
    if (/\bEdge\/\d/.test(ua)) return "edgehtml";
    if (typeof w.Promise !== "function" || typeof w.Symbol !== "function") return "old";
    if (typeof Object.entries !== "function" || typeof String.prototype.padStart !== "function") return "old";
    return null;
  }

  /** The same rule as the pane and the manifest: English for en-*, Vietnamese otherwise. */
  function english(tag) {
    return /^en(-|$)/i.test(tag || "");
  }

  function queryLang(w) {
    var m = /[?&]lang=([^&#]*)/.exec((w.location && w.location.search) || "");
    return m ? decodeURIComponent(m[1]) : null;
  }

  var TEXT = {
    vi: {
      title: "Ngăn Kiểm tra Kế hoạch không chạy được trong phiên bản Office này",
      office: [
        "Office này hiển thị phần bổ trợ bằng trình duyệt cũ (Internet Explorer hoặc Microsoft Edge bản cũ), nên ngăn không mở được.",
        "Các nút trên thẻ Trang đầu, nhóm Kế hoạch vẫn dùng được: Kiểm tra, Xóa tô màu, Tạo tổng hợp.",
        "Để dùng đầy đủ ngăn: dùng Microsoft 365 hoặc Office 2021 trở lên, hoặc cài Microsoft Edge WebView2 Runtime rồi mở lại Excel.",
      ],
      page: [
        "Trình duyệt này quá cũ (Internet Explorer hoặc Microsoft Edge bản cũ).",
        "Hãy mở trang này bằng Microsoft Edge, Chrome, Firefox hoặc Safari bản mới.",
      ],
    },
    en: {
      title: "The Plan Checker pane cannot run in this version of Office",
      office: [
        "This Office shows add-ins in an old browser (Internet Explorer or Microsoft Edge Legacy), so the pane cannot open.",
        "The buttons in the Plan group of the Home tab still work: Check, Clear highlights, Create summary.",
        "For the full pane: use Microsoft 365 or Office 2021 or later, or install the Microsoft Edge WebView2 Runtime and restart Excel.",
      ],
      page: [
        "This browser is too old (Internet Explorer or Microsoft Edge Legacy).",
        "Open this page in a recent Microsoft Edge, Chrome, Firefox or Safari.",
      ],
    },
  };

  function render(lang, inOffice) {
    var t = TEXT[lang];
    var box = doc.getElementById("container");
    if (!box) return;
    while (box.firstChild) box.removeChild(box.firstChild);
    var wrap = doc.createElement("div");
    wrap.id = "legacy";
    wrap.setAttribute("role", "alert");
    wrap.style.padding = "12px";
    wrap.style.lineHeight = "1.4";
    var h = doc.createElement("h1");
    h.style.fontSize = "16px";
    h.style.margin = "0 0 8px";
    h.appendChild(doc.createTextNode(t.title));
    wrap.appendChild(h);
    var lines = inOffice ? t.office : t.page;
    for (var i = 0; i < lines.length; i++) {
      var p = doc.createElement("p");
      p.style.margin = "0 0 8px";
      p.appendChild(doc.createTextNode(lines[i]));
      wrap.appendChild(p);
    }
    box.appendChild(wrap);
    doc.documentElement.lang = lang;
  }

  var kind = legacyWebview(win, doc);
  if (!kind) return;
  win.__khLegacyWebview = true;
  var inOffice = typeof win.Office !== "undefined";
  var nav = win.navigator || {};
  var lang = english(queryLang(win) || nav.language || nav.userLanguage || nav.browserLanguage) ? "en" : "vi";

  function show() {
    render(lang, inOffice);
  }
  if (doc.readyState === "loading" && doc.addEventListener) doc.addEventListener("DOMContentLoaded", show);
  else show();

  // Office's own display language, once Office.js is ready (it wins over the webview's language).
  try {
    if (inOffice && typeof win.Office.onReady === "function") {
      win.Office.onReady(function () {
        try {
          var office = win.Office.context && win.Office.context.displayLanguage;
          if (office && !queryLang(win)) {
            lang = english(office) ? "en" : "vi";
            if (doc.readyState !== "loading") show();
          }
        } catch (e) {
          // keep the first choice
        }
      });
    }
  } catch (e) {
    // Office.js could not start here: the message stays.
  }
})(window, document);
