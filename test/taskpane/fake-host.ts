import * as fs from "fs";
import * as path from "path";
import { planReportSchema, type PlanReport } from "../../src/core/report";
import type { CheckOptionsInput } from "../../src/core/settings";
import type { CheckOutcome, HostSettings, LoadedSettings, PlanHost } from "../../src/host";

/** A real report from the shared fixtures (ground truth, format 1). */
export function fixtureReport(name: string): PlanReport {
  const file = path.join(__dirname, "..", "fixtures", `${name}.expected.json`);
  return planReportSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
}

/**
 * A PlanHost that answers from a fixed report (or fails as told) and records what the pane asked.
 * It behaves like a host: check() resolves with the report after a turn of the event loop.
 */
export class FakeHost implements PlanHost {
  readonly kind: "excel" | "browser" = "excel";
  calls: { method: string; args: unknown[] }[] = [];
  checkOptions: CheckOptionsInput[] = [];
  settings: HostSettings | null = null;
  failWith: Error | null = null;

  constructor(public report: PlanReport | null) {}

  async check(options: CheckOptionsInput): Promise<CheckOutcome> {
    this.calls.push({ method: "check", args: [options] });
    this.checkOptions.push(options);
    await Promise.resolve();
    if (this.failWith) throw this.failWith;
    if (!this.report) throw new Error("no report");
    return { report: this.report, highlightedRows: 4 };
  }
  async clearHighlights(): Promise<void> {
    this.calls.push({ method: "clearHighlights", args: [] });
  }
  async generateSummary(report: PlanReport): Promise<string[]> {
    this.calls.push({ method: "generateSummary", args: [report] });
    return ["Tổng hợp", "Quá hạn"];
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    this.calls.push({ method: "selectCell", args: [sheet, address] });
  }
  async loadSettings(): Promise<LoadedSettings> {
    return { settings: this.settings ?? { asOf: null, dueSoonDays: 7, columnOverrides: {}, units: [] } };
  }
  async saveSettings(settings: HostSettings): Promise<void> {
    this.calls.push({ method: "saveSettings", args: [settings] });
    this.settings = settings;
  }
  called(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }
}

/** The browser page's host shape: a workbook must be opened first; the download is a new file. */
export class FakeBrowserHost extends FakeHost {
  override readonly kind = "browser" as const;
  opened: { name: string; bytes: number } | null = null;
  openError: Error | null = null;

  async openWorkbook(data: ArrayBuffer, fileName: string): Promise<void> {
    this.calls.push({ method: "openWorkbook", args: [fileName] });
    if (this.openError) throw this.openError;
    this.opened = { name: fileName, bytes: data.byteLength };
  }
  currentFileName(): string | null {
    return this.opened?.name ?? null;
  }
  override async check(options: CheckOptionsInput): Promise<CheckOutcome> {
    if (!this.opened) throw new Error("Chưa mở tệp nào.");
    return super.check(options);
  }
  async exportCheckedWorkbook(report: PlanReport): Promise<{ fileName: string; data: Uint8Array }> {
    this.calls.push({ method: "exportCheckedWorkbook", args: [report] });
    return { fileName: "x.checked.xlsx", data: new Uint8Array([80, 75, 3, 4]) };
  }
  preview(sheet: string, address: string) {
    return { sheet, columns: ["A", "B"], rows: [{ row: 44, cells: ["5", "Nhiệm vụ"] }], selected: { row: 44, column: address.replace(/\d+/, "") } };
  }
}
