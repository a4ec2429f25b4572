import * as React from "react";
import { createRoot, type Root } from "react-dom/client";
import type { PlanHost } from "../host";
import { App } from "./App";
import { pickLanguage } from "./i18n";
import { LazyBrowserHost } from "../browser/lazy";
import { detectOffice, type OfficeEnvironment } from "./office-env";
import { ExcelHost } from "../excel/host";

/**
 * Start-up: wait for Office (with a time limit), pick the host, language and theme, render.
 * The browser page's host (exceljs and the .xlsx code) is a lazy chunk: Excel never loads it.
 * When Office answers only after the time limit, the pane switches from browser mode to Excel.
 */

function render(root: Root, env: OfficeEnvironment): void {
  const language = pickLanguage(env.displayLanguage);
  const browser = env.inOffice ? null : new LazyBrowserHost(language);
  // Settings typed field by field are written once the typing pauses (each write is an undo record).
  const host: PlanHost = browser ?? new ExcelHost({ settingsDelayMs: 600, scope: "workbook" });
  document.documentElement.lang = language;
  // A new key: switching host starts the app afresh (no state of the other host survives).
  root.render(<App key={host.kind} host={host} language={language} dark={env.dark} />);
  // Browser page: fetch the .xlsx code in the background while the user picks a file.
  if (browser) setTimeout(() => void browser.preload().catch(() => undefined), 0);
}

async function start(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) throw new Error("#container missing from taskpane.html");
  const root = createRoot(container);
  let started = false;
  let late: OfficeEnvironment | null = null;
  const env = await detectOffice(4000, (officeEnv) => {
    if (started) render(root, officeEnv);
    else late = officeEnv;
  });
  started = true;
  render(root, late ?? env);
}

// legacy-guard.js (inlined before this bundle) has shown its message in Trident/EdgeHTML.
if (!(window as Window & { __khLegacyWebview?: boolean }).__khLegacyWebview) void start();
