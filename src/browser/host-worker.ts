/**
 * The browser page's Web Worker: the real host (the .xlsx reader and writer, the engine) runs here,
 * so reading, checking and writing a large plan never blocks the page. Started by spawn-worker.ts;
 * spoken to by LazyBrowserHost through protocol.ts.
 */
import { BrowserFileHost } from "./host";
import { serveHost, type MessageEnd } from "./protocol";

serveHost(self as unknown as MessageEnd, (lang) => new BrowserFileHost(lang));
