import type { CheckOptionsInput, Lang, PlanReport } from "../core";
import type { SummaryModel } from "../core/summary";
import type { CellPreview, CheckOutcome, ConsolidatedFiles, PickedFile } from "../host";
import type { BrowserFileHost } from "./host";

/**
 * The messages between the browser page's main thread (LazyBrowserHost) and the Web Worker that
 * holds the real host (host-worker.ts): one request, one reply, matched by id. File bytes cross
 * transferred (never copied): the opened file into the worker, the written workbook back out.
 * A host error crosses as its message (the Vietnamese or English text the host throws) and name.
 */

/** What the main thread may ask the worker's host, with the arguments and the reply of each. */
export interface HostCalls {
  init(lang: Lang): void;
  openWorkbook(data: ArrayBuffer, fileName: string): void;
  check(options: CheckOptionsInput): CheckOutcome;
  /** selectCell, then the preview around that cell (the pane asks for it synchronously right after). */
  select(sheet: string, address: string, radius?: number): CellPreview | null;
  exportCheckedWorkbook(report: PlanReport, options: CheckOptionsInput): { fileName: string; data: Uint8Array };
  consolidateFiles(files: PickedFile[], options: CheckOptionsInput): ConsolidatedFiles;
  exportConsolidated(model: SummaryModel): { fileName: string; data: Uint8Array };
  generateSummary(): string[];
}

export type CallName = keyof HostCalls;

export interface HostRequest<K extends CallName = CallName> {
  id: number;
  call: K;
  args: Parameters<HostCalls[K]>;
}

export type HostReply =
  { id: number; ok: true; value: unknown } | { id: number; ok: false; error: { name: string; message: string } };

/** The one side of a message channel: a Worker, a worker's global scope, a MessagePort. */
export interface MessageEnd {
  postMessage(message: unknown, transfer: ArrayBuffer[]): void;
  onmessage: ((event: { data: unknown }) => void) | null;
}

/** The buffers of the byte arrays a value carries (a written workbook), to transfer rather than copy. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  const visit = (v: unknown, depth: number): void => {
    if (v instanceof ArrayBuffer) out.add(v);
    else if (ArrayBuffer.isView(v) && v.buffer instanceof ArrayBuffer) out.add(v.buffer);
    else if (v && typeof v === "object" && depth < 2 && !Array.isArray(v))
      for (const x of Object.values(v)) visit(x, depth + 1);
    else if (Array.isArray(v) && depth < 2) for (const x of v) visit(x, depth + 1);
  };
  visit(value, 0);
  return [...out];
}

/** What the error of a failed call looks like on the main thread: the host's own message and kind. */
function errorOf(reply: { error: { name: string; message: string } }): Error {
  const err = new Error(reply.error.message);
  err.name = reply.error.name || "Error";
  return err;
}

/** The main thread's side: sends requests, resolves each with its reply. */
export class HostClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();

  constructor(private readonly end: MessageEnd) {
    end.onmessage = (event) => {
      const reply = event.data as HostReply;
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(errorOf(reply));
    };
  }

  call<K extends CallName>(
    call: K,
    args: Parameters<HostCalls[K]>,
    transfer: ArrayBuffer[] = [],
  ): Promise<ReturnType<HostCalls[K]>> {
    const id = this.nextId++;
    return new Promise<ReturnType<HostCalls[K]>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      const request: HostRequest<K> = { id, call, args };
      try {
        this.end.postMessage(request, transfer);
      } catch (err) {
        this.pending.delete(id);
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
  }

  /** Every call still waiting fails with this error (the worker could not start or died). */
  failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const w of waiting) w.reject(error);
  }
}

/** The worker's side: answers each request with the host `make` builds at "init". */
export function serveHost(end: MessageEnd, make: (lang: Lang) => BrowserFileHost | Promise<BrowserFileHost>): void {
  let host: Promise<BrowserFileHost> | null = null;
  const need = (): Promise<BrowserFileHost> => (host ??= Promise.resolve(make("vi")));
  const answer = async (request: HostRequest): Promise<unknown> => {
    const a = request.args as unknown[];
    switch (request.call) {
      case "init":
        host = Promise.resolve(make(a[0] as Lang));
        await host;
        return null;
      case "openWorkbook":
        return (await need()).openWorkbook(a[0] as ArrayBuffer, a[1] as string);
      case "check":
        return (await need()).check(a[0] as CheckOptionsInput);
      case "select": {
        const h = await need();
        await h.selectCell(a[0] as string, a[1] as string);
        return h.preview(a[0] as string, a[1] as string, a[2] as number | undefined);
      }
      case "exportCheckedWorkbook":
        return (await need()).exportCheckedWorkbook(a[0] as PlanReport, a[1] as CheckOptionsInput);
      case "consolidateFiles":
        return (await need()).consolidateFiles(a[0] as PickedFile[], a[1] as CheckOptionsInput);
      case "exportConsolidated":
        return (await need()).exportConsolidated(a[0] as SummaryModel);
      case "generateSummary":
        return (await need()).generateSummary();
      default:
        throw new Error(`unknown call ${String((request as { call: unknown }).call)}`);
    }
  };
  end.onmessage = (event) => {
    const request = event.data as HostRequest;
    answer(request).then(
      (value) => {
        const reply: HostReply = { id: request.id, ok: true, value: value ?? null };
        // Only a written workbook's bytes are handed over: the host keeps nothing of them.
        const transfer = request.call.startsWith("export") ? transferablesOf(value) : [];
        try {
          end.postMessage(reply, transfer);
        } catch {
          end.postMessage(reply, []); // a buffer that may not move (Node's pooled Buffer) is copied
        }
      },
      (err: unknown) => {
        const error =
          err instanceof Error ? { name: err.name, message: err.message } : { name: "Error", message: String(err) };
        const reply: HostReply = { id: request.id, ok: false, error };
        end.postMessage(reply, []);
      },
    );
  };
}
