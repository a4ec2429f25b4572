/* global console */
/** Times the engine on odd sheet shapes at two sizes (`npx tsx test/heldout/shapes-timing.ts`). */
import { checkSheet, type SheetSnapshot } from "../../src/core";
import { bigMergeSheet, longTextSheet, longTitleSheet, wideSheet } from "./shapes";

const opts = { asOf: "2025-10-15", dueSoonDays: 7 };

function ms(s: SheetSnapshot): number {
  const xs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    checkSheet(s, opts);
    xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[1];
}

const cases: [string, (n: number) => SheetSnapshot, number[]][] = [
  ["200 columns wide", (n) => wideSheet(n), [2_000, 10_000]],
  ["30 title rows", (n) => longTitleSheet(n), [5_000, 25_000]],
  ["merge over the whole table", (n) => bigMergeSheet(n), [5_000, 25_000]],
  ["cells of 5,000 characters", (n) => longTextSheet(n, 5_000), [200, 1_000]],
  ["cells of 50,000 characters", (n) => longTextSheet(n, 50_000), [20, 100]],
];
checkSheet(wideSheet(500), opts);
for (const [name, make, sizes] of cases) {
  const out = sizes.map((n) => {
    const s = make(n);
    const cells = s.values.length * s.values[0].length;
    const t = ms(s);
    return `${n} tasks (${cells} cells) ${t.toFixed(0)} ms`;
  });
  console.log(`${name.padEnd(28)} ${out.join("   ")}`);
}
