/** The browser page's host (loaded lazily by the pane: it brings exceljs). */
export { BrowserFileHost, checkedFileName } from "./host";
export { cellPreview } from "./preview";
