import { readFileSync } from "fs";
import { join } from "path";
import { checkWorkbook } from "../../src/core";
import { decodeSnapshot } from "../../src/core/plan/legacy";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { buildSummary } from "../../src/core/summary";
import { readWorkbook } from "../../src/file/read-workbook";

/** What the summaries copy from a TCVN3 / VNI sheet goes through the check's own decoding. */

const EXTRA = join(__dirname, "..", "fixtures-extra");

function rawText(snapshots: SheetSnapshot[]) {
  return (sheet: string, address: string): string | null => {
    const s = snapshots.find((x) => x.name === sheet);
    const m = /^([A-Z]+)(\d+)$/.exec(address);
    if (!s || !m) return null;
    let col = 0;
    for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
    return s.text[Number(m[2]) - s.origin.row]?.[col - s.origin.col] ?? null;
  };
}

async function load(name: string) {
  const snapshots = await readWorkbook(new Uint8Array(readFileSync(join(EXTRA, `${name}.xlsx`))), `${name}.xlsx`);
  const expected = JSON.parse(readFileSync(join(EXTRA, `${name}.expected.json`), "utf8"));
  const report = checkWorkbook(snapshots, `${name}.xlsx`, { asOf: expected.asOf });
  return { snapshots, report };
}

test("VNI status cells and title lines are copied decoded, exactly as the check decodes the sheet", async () => {
  const { snapshots, report } = await load("kh-kiem-tra-vni-2026");
  const raw = rawText(snapshots);
  const decoded = rawText(snapshots.map((s) => decodeSnapshot(s).snapshot));
  const model = buildSummary(report, { cellText: raw, planTitle: true });
  const overdue = model.sheets.find((s) => s.kind === "overdue")!;
  const progress = overdue.columns.findIndex((c) => c.key === "progress");
  expect(progress).toBeGreaterThanOrEqual(0);
  const sheet = report.sheets.find((s) => s.recognized)!;
  let copied = 0;
  for (const row of overdue.rows) {
    const link = row.cells.find((c) => c !== null && typeof c === "object") as { sheet: string; address: string } | undefined;
    const text = row.cells[progress];
    if (!link || typeof text !== "string") continue;
    const rowNo = Number(link.address.replace(/^[A-Z]+/, ""));
    const statusCell = `${sheet.table!.columns.status}${rowNo}`;
    const rawCell = raw(link.sheet, statusCell);
    if (!rawCell) continue;
    copied += 1;
    expect(text).toBe(decoded(link.sheet, statusCell)!.trim());
    expect(text).not.toBe(rawCell.trim());
  }
  expect(copied).toBeGreaterThan(0);
  // The plan's title above the table reads as Unicode Vietnamese too.
  const title = model.sheets[0].title.join("\n");
  expect(title).not.toMatch(/[\u00c0-\u00ff]{2}|ñ|ö/);
});

test("a Unicode sheet's copied text is left exactly as it is", async () => {
  const { snapshots, report } = await load("kh-attp-huyen-2025");
  const raw = rawText(snapshots);
  const model = buildSummary(report, { cellText: raw, planTitle: true });
  const plain = buildSummary(report, { cellText: (s, a) => raw(s, a), planTitle: true });
  expect(model).toEqual(plain);
});
