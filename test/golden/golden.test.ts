import { existsSync, readFileSync, readdirSync } from "fs";
import { fixtures, goldenPath, GOLDEN_DIR, reportText } from "./golden";

/**
 * Behaviour unchanged: each fixture's report is byte-identical to the one saved in test/golden.
 * A change on purpose: `npm run golden:update`, review the diff of test/golden, and say so in the
 * commit message.
 */
const all = fixtures();

test("every fixture has a golden report and every golden report a fixture", () => {
  expect(all.length).toBeGreaterThanOrEqual(16);
  const saved = readdirSync(GOLDEN_DIR).filter((f) => f.endsWith(".json")).sort();
  expect(saved).toEqual(all.map((f) => `${f.name}.json`).sort());
});

test.each(all.map((f) => [f.name, f] as const))("%s: the report is byte-identical to test/golden (npm run golden:update)", async (_, fx) => {
  const path = goldenPath(fx.name);
  expect(existsSync(path)).toBe(true);
  expect(await reportText(fx)).toBe(readFileSync(path, "utf8"));
});
