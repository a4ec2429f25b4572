import * as React from "react";
import { createRoot } from "react-dom/client";
import type { PlanHost } from "../host";
import { App } from "./App";
import { pickLanguage, type Language } from "./i18n";
import { detectOffice } from "./office-env";
import { ExcelHost } from "../excel/host";

/**
 * Start-up: wait for Office (with a time limit), pick the host, language and theme, render.
 * The browser page's host (exceljs and the .xlsx code) is a lazy chunk: Excel never loads it.
 */

async function browserHost(language: Language): Promise<PlanHost> {
  const { BrowserFileHost } = await import(/* webpackChunkName: "browser-host" */ "../browser");
  return new BrowserFileHost(language);
}

async function start(): Promise<void> {
  const env = await detectOffice();
  const language = pickLanguage(env.displayLanguage);
  const host = env.inOffice ? new ExcelHost() : await browserHost(language);
  document.documentElement.lang = language;
  const container = document.getElementById("container");
  if (!container) throw new Error("#container missing from taskpane.html");
  createRoot(container).render(<App host={host} language={language} dark={env.dark} />);
}

void start();
