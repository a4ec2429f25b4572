import * as React from "react";
import { createRoot } from "react-dom/client";
import type { PlanHost } from "../host";
import { App } from "./App";
import { pickLanguage } from "./i18n";
import { LazyBrowserHost } from "../browser/lazy";
import { detectOffice } from "./office-env";
import { ExcelHost } from "../excel/host";

/**
 * Start-up: wait for Office (with a time limit), pick the host, language and theme, render.
 * The browser page's host (exceljs and the .xlsx code) is a lazy chunk: Excel never loads it.
 */

async function start(): Promise<void> {
  const env = await detectOffice();
  const language = pickLanguage(env.displayLanguage);
  const browser = env.inOffice ? null : new LazyBrowserHost(language);
  const host: PlanHost = browser ?? new ExcelHost();
  document.documentElement.lang = language;
  const container = document.getElementById("container");
  if (!container) throw new Error("#container missing from taskpane.html");
  createRoot(container).render(<App host={host} language={language} dark={env.dark} />);
  // Browser page: fetch the .xlsx code in the background while the user picks a file.
  if (browser) setTimeout(() => void browser.preload().catch(() => undefined), 0);
}

void start();
