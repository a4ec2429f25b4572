import type { SheetSnapshot } from "../core/snapshot";
import type { CellPreview } from "../host";

/** Up to `radius` rows and columns around a cell of a snapshot, as displayed text. */

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(index: number): string {
  let s = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function cellPreview(snapshot: SheetSnapshot, address: string, radius = 3): CellPreview | null {
  const m = /^([A-Z]{1,3})(\d+)$/.exec(address.toUpperCase());
  if (!m) return null;
  const col = columnIndex(m[1]);
  const row = Number(m[2]);
  const height = snapshot.values.length;
  const width = height > 0 ? snapshot.values[0].length : 0;
  const { origin } = snapshot;
  const firstRow = Math.max(origin.row, row - radius);
  const lastRow = Math.min(origin.row + height - 1, row + radius);
  const firstCol = Math.max(origin.col, col - radius);
  const lastCol = Math.min(origin.col + width - 1, col + radius);
  const columns: string[] = [];
  for (let c = firstCol; c <= lastCol; c++) columns.push(columnLetters(c));
  const rows: CellPreview["rows"] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const cells: string[] = [];
    for (let c = firstCol; c <= lastCol; c++) cells.push(snapshot.text[r - origin.row]?.[c - origin.col] ?? "");
    rows.push({ row: r, cells });
  }
  return { sheet: snapshot.name, columns, rows, selected: { row, column: m[1].toUpperCase() } };
}
