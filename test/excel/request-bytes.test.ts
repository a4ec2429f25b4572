/**
 * Request sizes as Excel on the web receives them: every batch is serialized by Microsoft's own
 * Office.js client (@microsoft/office-js, loaded in jsdom: test/fakes/office-client.ts) and must
 * stay under 5 MB; the fake's own byte model is checked against those real sizes.
 */
import { ExcelHost } from "../../src/excel";
import { PAYLOAD_LIMIT, type FakeWorkbook } from "../fakes/excel-fake";
import { realRequestBytes } from "../fakes/office-client";
import { syntheticPlanWorkbook } from "../fakes/synthetic-plan";
import { fakeFromFixture, hostFor, runOf } from "./fixtures";

function hostOf(wb: FakeWorkbook): ExcelHost {
  return new ExcelHost({
    run: runOf(wb),
    caps: { api18: true, api19: true, api113: true },
    isReadOnly: () => false,
    fileName: () => "big.xlsx",
    lang: () => "vi",
  });
}

test("the real client is loaded and measured: one fill write on one range ≈ 0.9 KB", async () => {
  const bytes = await realRequestBytes((context) => {
    context.workbook.worksheets.getItem("Kế hoạch").getRange("A10:F10").format.fill.color = "#FFC7CE";
  });
  expect(bytes).toBeGreaterThan(700);
  expect(bytes).toBeLessThan(1200);
});

test("50,000 tasks, mixed fills per cell, borders everywhere, 2,000 merged areas: every real request under 5 MB", async () => {
  const wb = syntheticPlanWorkbook(50_000, "Kế hoạch", { mixed: true, merges: 2_000 });
  wb.realRequests = true;
  const host = hostOf(wb);
  const asOf = "2025-06-15";
  const largest: Record<string, number> = {};
  const op = async (name: string, f: () => Promise<unknown>) => {
    wb.resetStats();
    await f();
    largest[name] = wb.maxRequestBytes();
  };
  let report = await host.read({ asOf });
  await op("read", async () => (report = await host.read({ asOf })));
  await op("highlight", () => host.highlight(report));
  await op("re-run", () => host.highlight(report));
  await op("clear", () => host.clearHighlights());
  await op("summary", () => host.generateSummary(report, { asOf }));
  for (const [name, bytes] of Object.entries(largest)) {
    expect([name, bytes < PAYLOAD_LIMIT]).toEqual([name, true]);
    expect(bytes).toBeGreaterThan(0);
  }
  // Something was drawn and restored (the operations did their work).
  expect(report.sheets[0].recognized).toBe(true);
}, 240_000);

test("the fake's own byte model stays within a factor of 2 of the real client's, batch by batch", async () => {
  const { wb, fx } = await fakeFromFixture("kh-34-krongpa-2020");
  const estimate = await fakeFromFixture("kh-34-krongpa-2020");
  wb.realRequests = true;
  for (const [w, real] of [
    [wb, true],
    [estimate.wb, false],
  ] as const) {
    w.realRequests = real;
    const host = hostFor(w, fx.file);
    const out = await host.check({ asOf: fx.asOf });
    await host.clearHighlights();
    await host.generateSummary(out.report, { asOf: fx.asOf });
  }
  const realBytes = wb.stats.records.map((r) => r.requestBytes);
  const fakeBytes = estimate.wb.stats.records.map((r) => r.requestBytes);
  expect(fakeBytes.length).toBe(realBytes.length);
  realBytes.forEach((real, i) => {
    if (real < 20_000) return; // small batches: fixed costs dominate either way
    const ratio = fakeBytes[i] / real;
    expect([i, ratio > 0.5 && ratio < 2]).toEqual([i, true]);
  });
}, 60_000);
