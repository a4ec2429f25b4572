import { checkWorkbook } from "../core";
import type { PlanReport } from "../core/report";
import type { CheckOptionsInput } from "../core/settings";
import type { SheetSnapshot } from "../core/snapshot";
import { isWorkbookReadError } from "../file/errors";
import { readWorkbook } from "../file/read-workbook";
import { WorkbookWriteError, writeCheckedWorkbook } from "../file/write-checked";
import { changesSince, checkRecord, parseHistory } from "../core/history";
import type { SummaryModel } from "../core/summary";
import { consolidateWorkbooks, readHistoryText, writeSummaryWorkbook } from "../file";
import type {
  CellPreview,
  CheckOutcome,
  ConsolidatedFiles,
  HostSettings,
  LoadedSettings,
  PickedFile,
  PlanHost,
} from "../host";
import { cellPreview } from "./preview";
import { DEFAULT_SETTINGS } from "../host";
import type { Lang } from "../core";

/**
 * The browser page's host: an .xlsx file opened from disk, checked in memory with the same engine
 * as Excel and the CLI, downloaded back with highlighting and summary sheets by the CLI's writer.
 * Nothing leaves the computer: no network, no storage beyond this page's memory.
 */

const MESSAGES: Record<Lang, { noFile: string; noSheet: (s: string) => string; summaryInDownload: string }> = {
  vi: {
    noFile: "Chưa mở tệp nào. Bấm “Mở tệp Excel” để chọn tệp kế hoạch (.xlsx).",
    noSheet: (s) => `Không có trang tính “${s}” trong tệp đang mở.`,
    summaryInDownload: "Trên trang web, các trang tổng hợp nằm trong tệp tải về: bấm “Tải về”.",
  },
  en: {
    noFile: "No file is open. Click “Open Excel file” to choose a plan workbook (.xlsx).",
    noSheet: (s) => `There is no sheet “${s}” in the open file.`,
    summaryInDownload: "On the web page, the summary sheets come in the downloaded file: click “Download”.",
  },
};

interface OpenWorkbook {
  fileName: string;
  data: Uint8Array;
  snapshots: SheetSnapshot[];
  /** The check history the file holds (read at the first check), undefined until then. */
  history?: string | null;
}

/** Rows that get a row fill in the downloaded workbook: overdue, due soon, done. */
function highlightedRows(report: PlanReport): number {
  let n = 0;
  for (const sheet of report.sheets)
    for (const item of sheet.items)
      if (item.type === "task" && ["overdue", "due_soon", "done"].includes(item.status)) n += 1;
  return n;
}

/** "ke-hoach.xlsx" → "ke-hoach.checked.xlsx" (the CLI's naming). */
export function checkedFileName(fileName: string): string {
  const base = fileName.replace(/\.(xlsx|xlsm)$/i, "");
  return `${base}.checked.xlsx`;
}

export class BrowserFileHost implements PlanHost {
  readonly kind = "browser" as const;
  private open: OpenWorkbook | null = null;
  private settings: HostSettings | null = null;
  private selection: { sheet: string; address: string } | null = null;
  private readonly text: (typeof MESSAGES)["vi"];

  constructor(private readonly lang: Lang = "vi") {
    this.text = MESSAGES[lang];
  }

  async openWorkbook(data: ArrayBuffer, fileName: string): Promise<void> {
    const bytes = new Uint8Array(data.slice(0));
    try {
      const snapshots = await readWorkbook(bytes, fileName);
      this.open = { fileName, data: bytes, snapshots };
      this.selection = null;
    } catch (err) {
      if (isWorkbookReadError(err)) throw new Error(err.messageIn(this.lang));
      throw err;
    }
  }

  currentFileName(): string | null {
    return this.open?.fileName ?? null;
  }

  async check(options: CheckOptionsInput): Promise<CheckOutcome> {
    const open = this.requireOpen();
    const report = checkWorkbook(open.snapshots, open.fileName, options);
    if (open.history === undefined) open.history = await readHistoryText(open.data, open.fileName).catch(() => null);
    const changes = changesSince(parseHistory(open.history).checks, checkRecord(report));
    return { report, highlightedRows: highlightedRows(report), changes };
  }

  async consolidateFiles(files: PickedFile[], options: CheckOptionsInput): Promise<ConsolidatedFiles> {
    return consolidateWorkbooks(files, options, this.lang);
  }

  async exportConsolidated(model: SummaryModel): Promise<{ fileName: string; data: Uint8Array }> {
    return {
      fileName: this.lang === "en" ? "plans-summary.xlsx" : "tong-hop-ke-hoach.xlsx",
      data: await writeSummaryWorkbook(model),
    };
  }

  /** Nothing is drawn on the user's file in the browser: the download is a new file. */
  async clearHighlights(): Promise<void> {}

  async generateSummary(): Promise<string[]> {
    throw new Error(this.text.summaryInDownload);
  }

  async selectCell(sheet: string, address: string): Promise<void> {
    const open = this.requireOpen();
    if (!open.snapshots.some((s) => s.name === sheet)) throw new Error(this.text.noSheet(sheet));
    this.selection = { sheet, address };
  }

  preview(sheet?: string, address?: string, radius = 3): CellPreview | null {
    const target = sheet && address ? { sheet, address } : this.selection;
    const snapshot = target && this.open?.snapshots.find((s) => s.name === target.sheet);
    return target && snapshot ? cellPreview(snapshot, target.address, radius) : null;
  }

  async exportCheckedWorkbook(
    report: PlanReport,
    options: CheckOptionsInput,
  ): Promise<{ fileName: string; data: Uint8Array }> {
    const open = this.requireOpen();
    try {
      const data = await writeCheckedWorkbook(open.data, report, {
        units: options.units,
        lang: this.lang,
        snapshots: open.snapshots,
      });
      return { fileName: checkedFileName(open.fileName), data };
    } catch (err) {
      if (isWorkbookReadError(err)) throw new Error(err.messageIn(this.lang));
      if (err instanceof WorkbookWriteError) throw new Error(this.lang === "en" ? err.messageEn : err.message);
      throw err;
    }
  }

  async loadSettings(): Promise<LoadedSettings> {
    return { settings: this.settings ?? { ...DEFAULT_SETTINGS } };
  }

  async saveSettings(settings: HostSettings): Promise<void> {
    this.settings = settings;
  }

  private requireOpen(): OpenWorkbook {
    if (!this.open) throw new Error(this.text.noFile);
    return this.open;
  }
}
