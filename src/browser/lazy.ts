import type { PlanReport } from "../core/report";
import type { CheckOptionsInput } from "../core/settings";
import type { SummaryModel } from "../core/summary";
import { DEFAULT_SETTINGS } from "../host";
import type {
  CellPreview,
  CheckOutcome,
  ConsolidatedFiles,
  HostSettings,
  LoadedSettings,
  PickedFile,
  PlanHost,
} from "../host";
import type { BrowserFileHost } from "./host";
import type { Lang } from "../core";

/**
 * The browser page's host, loaded on demand: this small shell is what the pane's start-up code
 * holds; the real host (exceljs, the .xlsx reader and writer: ~1 MB) arrives in lazy chunks, fetched
 * in the background after the first render (`preload`) or at the latest when a file is opened.
 * So the page renders at once, and Excel never downloads any of it.
 */
export class LazyBrowserHost implements PlanHost {
  readonly kind = "browser" as const;
  private loading: Promise<BrowserFileHost> | null = null;
  private loaded: BrowserFileHost | null = null;

  constructor(private readonly lang: Lang = "vi") {}

  /** Starts fetching the real host (idempotent). */
  preload(): Promise<BrowserFileHost> {
    if (!this.loading) {
      this.loading = import(/* webpackChunkName: "browser-host" */ "./host").then((m) => {
        this.loaded = new m.BrowserFileHost(this.lang);
        return this.loaded;
      });
      // A failed fetch (offline page, stale cache) may be retried by the next call.
      this.loading.catch(() => {
        this.loading = null;
      });
    }
    return this.loading;
  }

  async openWorkbook(data: ArrayBuffer, fileName: string): Promise<void> {
    return (await this.preload()).openWorkbook(data, fileName);
  }
  currentFileName(): string | null {
    return this.loaded?.currentFileName() ?? null;
  }
  async check(options: CheckOptionsInput): Promise<CheckOutcome> {
    return (await this.preload()).check(options);
  }
  async clearHighlights(): Promise<void> {
    return (await this.preload()).clearHighlights();
  }
  async generateSummary(): Promise<string[]> {
    return (await this.preload()).generateSummary();
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    return (await this.preload()).selectCell(sheet, address);
  }
  preview(sheet: string, address: string, radius?: number): CellPreview | null {
    return this.loaded?.preview(sheet, address, radius) ?? null;
  }
  async exportCheckedWorkbook(
    report: PlanReport,
    options: CheckOptionsInput,
  ): Promise<{ fileName: string; data: Uint8Array }> {
    return (await this.preload()).exportCheckedWorkbook(report, options);
  }
  async consolidateFiles(files: PickedFile[], options: CheckOptionsInput): Promise<ConsolidatedFiles> {
    return (await this.preload()).consolidateFiles(files, options);
  }
  async exportConsolidated(model: SummaryModel): Promise<{ fileName: string; data: Uint8Array }> {
    return (await this.preload()).exportConsolidated(model);
  }
  // Settings live in this shell: the pane may read them before the real host has arrived.
  private settings: HostSettings = { ...DEFAULT_SETTINGS };
  async loadSettings(): Promise<LoadedSettings> {
    return { settings: this.settings };
  }
  async saveSettings(settings: HostSettings): Promise<void> {
    this.settings = settings;
  }
}
