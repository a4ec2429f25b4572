/**
 * `npm run bench`: runs every bench/*.bench.ts in turn. Each exports `run(): Promise<void>`
 * and prints its own figures. Numbers only, no assertions.
 */
import { readdirSync } from "fs";
import { join } from "path";

async function main(): Promise<void> {
  const only = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => !only || f.includes(only))
    .sort();
  console.log(`node ${process.version}, ${require("os").cpus().length} cores (${require("os").cpus()[0]?.model ?? "?"})`);
  for (const f of files) {
    console.log(`\n== ${f}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(join(__dirname, f)) as { run: () => Promise<void> };
    await mod.run();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
