import { parseRect, snapshotFromGrid, type CellValue, type Merge, type SheetSnapshot } from "../../src/core";

/** A merge from an A1-style range ("B7:F7"). */
export function m(range: string): Merge {
  return parseRect(range)!;
}

export function sheet(
  rows: CellValue[][],
  opts: { name?: string; merges?: string[]; numberFormats?: string[][]; fonts?: (string | null)[][] } = {},
): SheetSnapshot {
  return snapshotFromGrid(opts.name ?? "Kế hoạch", rows, {
    merges: (opts.merges ?? []).map(m),
    numberFormats: opts.numberFormats ?? null,
    fonts: opts.fonts ?? null,
  });
}

export const OPTS = { asOf: "2025-10-15", dueSoonDays: 7 };
