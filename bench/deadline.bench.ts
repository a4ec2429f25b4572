/**
 * Deadline grammar speed and robustness.
 *
 * 1. Phrases per second on one core over a realistic mix: the 97 worked phrases of
 *    test/fixtures/deadlines.tsv plus typical cells (date cells, quarters, recurring and
 *    conditional wording, prose). Target: >= 200,000 phrases/s.
 *    The same over the held-out-style phrases of test/deadline/heldout.tsv (longer, messier cells).
 * 2. fold() calls per second over the same mix.
 * 3. The million-phrase run: random and mutated phrases (test/deadline/phrase-generators.ts)
 *    never throw and give the same answer twice. DEADLINE_FUZZ_RUNS=N changes the count.
 *
 * `npx tsx bench/run.ts deadline`
 */
import { readFileSync } from "fs";
import { join } from "path";
import fc from "fast-check";
import { parseDeadline } from "../src/core/deadline";
import { fold } from "../src/core/text";
import { mutatedPhrase } from "../test/deadline/phrase-generators";

function mix(): { text: string; planYear: number }[] {
  const tsv = readFileSync(join(__dirname, "..", "test", "fixtures", "deadlines.tsv"), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.length > 0)
    .map((l) => {
      const [text, y] = l.split("\t");
      return { text, planYear: Number(y) };
    });
  const typical = [
    "15/10/2025", "30/09/2025", "31/12/2025", "Quý IV/2025", "Tháng 12/2025", "Trong năm 2025", "Thường xuyên",
    "Hằng quý", "Theo quy định", "Trước ngày 20/10/2025", "6 tháng đầu năm 2025", "Năm 2025",
    "Văn phòng chủ trì, phối hợp các phòng thực hiện", "Theo Kế hoạch số 10/KH-UBND ngày 08/01/2026",
  ].map((text) => ({ text, planYear: 2025 }));
  return [...tsv, ...typical, ...typical];
}

/** The held-out-style phrases of test/deadline/heldout.tsv ("\n" is a line break in the cell). */
function heldout(): { text: string; planYear: number }[] {
  return readFileSync(join(__dirname, "..", "test", "deadline", "heldout.tsv"), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.length > 0 && !l.startsWith("#"))
    .map((l) => {
      const [text, y] = l.split("\t");
      return { text: text.replace(/\\n/g, "\n"), planYear: Number(y) };
    });
}

function rate(label: string, items: number, ms: number, unit: string): void {
  console.log(`${label}: ${Math.round((items / ms) * 1000).toLocaleString("en-US")} ${unit}/s (${items.toLocaleString("en-US")} in ${ms.toFixed(0)} ms)`);
}

export async function run(): Promise<void> {
  const phrases = mix();
  const texts = phrases.map((p) => p.text);
  // warm up
  for (let k = 0; k < 20; k++) for (const p of phrases) parseDeadline(p.text, p.planYear);

  let sink = 0;
  const rounds = Math.ceil(1_000_000 / phrases.length);
  let t0 = performance.now();
  for (let k = 0; k < rounds; k++) for (const p of phrases) sink += parseDeadline(p.text, p.planYear).kind.length;
  rate("parseDeadline, realistic mix", rounds * phrases.length, performance.now() - t0, "phrases");

  const held = heldout();
  const heldRounds = Math.ceil(1_000_000 / held.length);
  t0 = performance.now();
  for (let k = 0; k < heldRounds; k++) for (const p of held) sink += parseDeadline(p.text, p.planYear).kind.length;
  rate(`parseDeadline, held-out set (${held.length} phrases)`, heldRounds * held.length, performance.now() - t0, "phrases");

  t0 = performance.now();
  for (let k = 0; k < rounds * 2; k++) for (const t of texts) sink += fold(t).length;
  rate("fold, same mix", rounds * 2 * texts.length, performance.now() - t0, "cells");

  const runs = Number(process.env.DEADLINE_FUZZ_RUNS ?? 1_000_000);
  t0 = performance.now();
  let failures = 0;
  const result = fc.check(
    fc.property(mutatedPhrase, fc.integer({ min: 2000, max: 2040 }), (text, planYear) => {
      const a = parseDeadline(text, planYear);
      const b = parseDeadline(text, planYear);
      return a.kind === b.kind && a.due === b.due && a.invalidDate === b.invalidDate;
    }),
    { numRuns: runs },
  );
  if (result.failed) failures++;
  console.log(
    `random/mutated phrases: ${result.numRuns.toLocaleString("en-US")} run, ${failures === 0 ? "no throw, deterministic" : "FAILED: " + JSON.stringify(result.counterexample)} (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  if (sink === -1) console.log(sink);
}
