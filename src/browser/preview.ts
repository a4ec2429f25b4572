import { columnLetter, parseCell, type SheetSnapshot } from "../core";
import type { CellPreview } from "../host";

/** Up to `radius` rows and columns around a cell of a snapshot, as displayed text. */

export function cellPreview(snapshot: SheetSnapshot, address: string, radius = 3): CellPreview | null {
  const cell = parseCell(address);
  if (!cell) return null;
  const { row, col } = cell;
  const height = snapshot.values.length;
  const width = height > 0 ? snapshot.values[0].length : 0;
  const { origin } = snapshot;
  const firstRow = Math.max(origin.row, row - radius);
  const lastRow = Math.min(origin.row + height - 1, row + radius);
  const firstCol = Math.max(origin.col, col - radius);
  const lastCol = Math.min(origin.col + width - 1, col + radius);
  const columns: string[] = [];
  for (let c = firstCol; c <= lastCol; c++) columns.push(columnLetter(c));
  const rows: CellPreview["rows"] = [];
  for (let r = firstRow; r <= lastRow; r++) {
    const cells: string[] = [];
    for (let c = firstCol; c <= lastCol; c++) cells.push(snapshot.text[r - origin.row]?.[c - origin.col] ?? "");
    rows.push({ row: r, cells });
  }
  return { sheet: snapshot.name, columns, rows, selected: { row, column: columnLetter(col) } };
}
