/**
 * Rewrites test/golden/<fixture>.json from the current code (npm run golden:update). Only when
 * behaviour changes on purpose: review `git diff test/golden` and name the change in the commit.
 */
import { readdirSync, unlinkSync, writeFileSync, readFileSync, existsSync } from "fs";
import { fixtures, goldenPath, GOLDEN_DIR, reportText } from "../test/golden/golden";

async function main(): Promise<void> {
  const all = fixtures();
  const keep = new Set(all.map((f) => `${f.name}.json`));
  let changed = 0;
  for (const fx of all) {
    const text = await reportText(fx);
    const path = goldenPath(fx.name);
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) {
      writeFileSync(path, text);
      changed++;
      console.log(`updated ${fx.name}.json`);
    }
  }
  for (const f of readdirSync(GOLDEN_DIR)) {
    if (f.endsWith(".json") && !keep.has(f)) {
      unlinkSync(`${GOLDEN_DIR}/${f}`);
      console.log(`removed ${f} (no such fixture)`);
    }
  }
  console.log(`${all.length} golden reports, ${changed} changed`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
