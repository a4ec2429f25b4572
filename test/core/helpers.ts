import { snapshotFromGrid, type CellValue, type Merge, type SheetSnapshot } from "../../src/core";

/** A merge from an A1-style range ("B7:F7"). */
export function m(range: string): Merge {
  const [a, b] = range.split(":");
  const parse = (s: string) => {
    const x = /^([A-Z]+)(\d+)$/.exec(s)!;
    let col = 0;
    for (const ch of x[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return { row: Number(x[2]), col };
  };
  const p = parse(a);
  const q = parse(b ?? a);
  return { top: p.row, left: p.col, bottom: q.row, right: q.col };
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
