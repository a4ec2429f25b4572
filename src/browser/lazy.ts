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
import { HostClient, type MessageEnd } from "./protocol";
import type { Lang } from "../core";

/** A started worker as this shell uses it (a Worker, or a test's fake). */
export interface HostWorker extends MessageEnd {
  onerror: ((event: { message?: string }) => void) | null;
  terminate(): void;
}

/** Starts the host worker, or gives null where there is no Worker (jsdom, very old webviews). */
export type SpawnHostWorker = () => Promise<HostWorker | null>;

async function spawnDefault(): Promise<HostWorker | null> {
  if (typeof Worker !== "function") return null;
  // Eager: the three lines that start the worker ship with this shell (no extra request).
  const { spawnHostWorker } = await import(/* webpackMode: "eager" */ "./spawn-worker");
  return spawnHostWorker() as unknown as HostWorker;
}

const WORKER_FAILED: Record<Lang, string> = {
  vi: "Phần đọc tệp của trang đã dừng giữa chừng. Hãy mở lại tệp.",
  en: "The page's file reader stopped unexpectedly. Please open the file again.",
};

type Backend = { thread: BrowserFileHost; client?: undefined } | { client: HostClient; thread?: undefined };

/**
 * The browser page's host as the pane holds it: a small shell. The real host (the .xlsx reader and
 * writer, the engine) runs in a Web Worker (host-worker.ts), so opening, checking and downloading a
 * large plan never blocks the page; the file's bytes are transferred, not copied. Where there is no
 * Worker, or it cannot start, the real host is imported into this thread (a lazy chunk) instead.
 * Either way it is fetched in the background after the first render (`preload`) or at the latest
 * when a file is opened, and Excel never downloads any of it.
 */
export class LazyBrowserHost implements PlanHost {
  readonly kind = "browser" as const;
  private backend: Promise<Backend> | null = null;
  /** The backend once started (for the synchronous preview). */
  private settled: Backend | null = null;
  private fileName: string | null = null;
  /** The preview around the cell last selected (the pane reads it synchronously after selectCell). */
  private selected: { key: string; preview: CellPreview | null } | null = null;

  constructor(
    private readonly lang: Lang = "vi",
    private readonly spawn: SpawnHostWorker = spawnDefault,
  ) {}

  /** Starts the real host (idempotent): the worker, or the in-thread chunk. */
  preload(): Promise<void> {
    return this.ready().then(() => undefined);
  }

  /** Whether the real host runs in a worker (undefined until it has started). */
  async inWorker(): Promise<boolean> {
    return Boolean((await this.ready()).client);
  }

  private ready(): Promise<Backend> {
    if (!this.backend) {
      const started = this.start();
      this.backend = started;
      // A failed fetch (offline page, stale cache) may be retried by the next call.
      started.then(
        (b) => {
          if (this.backend === started) this.settled = b;
        },
        () => {
          if (this.backend === started) this.backend = null;
        },
      );
    }
    return this.backend;
  }

  private async start(): Promise<Backend> {
    let worker: HostWorker | null = null;
    try {
      worker = await this.spawn();
    } catch {
      worker = null; // e.g. a page policy that forbids workers: run in this thread
    }
    if (worker) {
      const client = new HostClient(worker);
      const started = worker;
      let ready = false;
      worker.onerror = (event) => {
        client.failAll(new Error(event?.message && !ready ? event.message : WORKER_FAILED[this.lang]));
        started.terminate();
        // The next call starts afresh (the open file is gone with the worker).
        if (ready) {
          this.backend = null;
          this.settled = null;
          this.fileName = null;
          this.selected = null;
        }
      };
      try {
        await client.call("init", [this.lang]);
        ready = true;
        return { client };
      } catch {
        started.terminate(); // the worker's script did not load or run: fall back to this thread
      }
    }
    const m = await import(/* webpackChunkName: "browser-host" */ "./host");
    return { thread: new m.BrowserFileHost(this.lang) };
  }

  async openWorkbook(data: ArrayBuffer, fileName: string): Promise<void> {
    const b = await this.ready();
    // The bytes move to the worker (the caller's ArrayBuffer is emptied): a large file is not copied.
    if (b.client) await b.client.call("openWorkbook", [data, fileName], [data]);
    else await b.thread.openWorkbook(data, fileName);
    this.fileName = fileName;
    this.selected = null;
  }
  currentFileName(): string | null {
    return this.fileName;
  }
  async check(options: CheckOptionsInput): Promise<CheckOutcome> {
    const b = await this.ready();
    return b.client ? b.client.call("check", [options]) : b.thread.check(options);
  }
  /** Nothing is drawn on the user's file in the browser: the download is a new file. */
  async clearHighlights(): Promise<void> {
    const b = await this.ready();
    if (b.thread) await b.thread.clearHighlights();
  }
  async generateSummary(): Promise<string[]> {
    const b = await this.ready();
    return b.client ? b.client.call("generateSummary", []) : b.thread.generateSummary();
  }
  async selectCell(sheet: string, address: string): Promise<void> {
    const b = await this.ready();
    if (b.thread) return b.thread.selectCell(sheet, address);
    const preview = await b.client.call("select", [sheet, address]);
    this.selected = { key: previewKey(sheet, address), preview };
  }
  preview(sheet: string, address: string, radius?: number): CellPreview | null {
    const b = this.settled;
    if (b?.thread) return b.thread.preview(sheet, address, radius);
    const wanted = previewKey(sheet, address, radius);
    return this.selected?.key === wanted ? this.selected.preview : null;
  }
  async exportCheckedWorkbook(
    report: PlanReport,
    options: CheckOptionsInput,
  ): Promise<{ fileName: string; data: Uint8Array }> {
    const b = await this.ready();
    return b.client
      ? b.client.call("exportCheckedWorkbook", [report, options])
      : b.thread.exportCheckedWorkbook(report, options);
  }
  async consolidateFiles(files: PickedFile[], options: CheckOptionsInput): Promise<ConsolidatedFiles> {
    const b = await this.ready();
    if (b.thread) return b.thread.consolidateFiles(files, options);
    return b.client.call("consolidateFiles", [files, options], [...new Set(files.map((f) => f.data))]);
  }
  async exportConsolidated(model: SummaryModel): Promise<{ fileName: string; data: Uint8Array }> {
    const b = await this.ready();
    return b.client ? b.client.call("exportConsolidated", [model]) : b.thread.exportConsolidated(model);
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

/** The preview's radius when the pane gives none (BrowserFileHost.preview's default). */
const DEFAULT_RADIUS = 3;

function previewKey(sheet: string, address: string, radius = DEFAULT_RADIUS): string {
  return `${sheet}\u0000${address}\u0000${radius}`;
}
