/**
 * The browser page's host. The pane imports only "./lazy" (a small shell); importing this index
 * brings the real host and exceljs with it, so it is for tests and tools, not for the pane's entry.
 */
export { BrowserFileHost, checkedFileName } from "./host";
export { LazyBrowserHost } from "./lazy";
export { cellPreview } from "./preview";
