/** @jest-environment jsdom */
import { detectOffice } from "../../src/taskpane/office-env";

/** Start-up: Office present with a host, Office present without one (plain browser), Office silent. */

type OfficeLike = { onReady: () => Promise<{ host: string | null }>; context?: unknown };

function withOffice(office: OfficeLike | undefined, run: () => Promise<void>): Promise<void> {
  const g = globalThis as unknown as { Office?: OfficeLike };
  const before = g.Office;
  if (office) g.Office = office;
  else delete g.Office;
  return run().finally(() => {
    if (before) g.Office = before;
    else delete g.Office;
  });
}

test("no Office.js at all: browser mode, Vietnamese", () =>
  withOffice(undefined, async () => {
    await expect(detectOffice(50)).resolves.toEqual({ inOffice: false, dark: false, displayLanguage: null });
  }));

test("Office.js in a plain browser (no host): browser mode", () =>
  withOffice({ onReady: async () => ({ host: null }) }, async () => {
    expect((await detectOffice(1000)).inOffice).toBe(false);
  }));

test("Office.js that never answers: browser mode after the time limit", () =>
  withOffice({ onReady: () => new Promise(() => undefined) }, async () => {
    expect((await detectOffice(20)).inOffice).toBe(false);
  }));

test("Excel, dark theme, English", () =>
  withOffice(
    {
      onReady: async () => ({ host: "Excel" }),
      context: { officeTheme: { bodyBackgroundColor: "#262626" }, displayLanguage: "en-US" },
    },
    async () => {
      await expect(detectOffice(1000)).resolves.toEqual({ inOffice: true, dark: true, displayLanguage: "en-US" });
    },
  ));

test("Office that answers after the time limit: browser mode first, then the late Excel environment", () => {
  let ready: (info: { host: string | null }) => void = () => undefined;
  return withOffice(
    {
      onReady: () => new Promise((r) => (ready = r)),
      context: { officeTheme: { bodyBackgroundColor: "#ffffff" }, displayLanguage: "en-GB" },
    },
    async () => {
      const late: unknown[] = [];
      const first = await detectOffice(20, (env) => late.push(env));
      expect(first.inOffice).toBe(false);
      expect(late).toEqual([]);
      ready({ host: "Excel" });
      await new Promise((r) => setTimeout(r, 0));
      expect(late).toEqual([{ inOffice: true, dark: false, displayLanguage: "en-GB" }]);
    },
  );
});

test("a late answer without a host (a plain browser) does not switch anything", () => {
  let ready: (info: { host: string | null }) => void = () => undefined;
  return withOffice({ onReady: () => new Promise((r) => (ready = r)) }, async () => {
    const late: unknown[] = [];
    expect((await detectOffice(20, (env) => late.push(env))).inOffice).toBe(false);
    ready({ host: null });
    await new Promise((r) => setTimeout(r, 0));
    expect(late).toEqual([]);
  });
});

test("an answer in time is not reported again as a late one", () =>
  withOffice({ onReady: async () => ({ host: "Excel" }), context: { displayLanguage: "vi-VN" } }, async () => {
    const late: unknown[] = [];
    expect((await detectOffice(1000, (env) => late.push(env))).inOffice).toBe(true);
    await new Promise((r) => setTimeout(r, 0));
    expect(late).toEqual([]);
  }));
