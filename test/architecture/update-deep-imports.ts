/**
 * Rewrites deep-imports.json from src/ as it is (npx tsx test/architecture/update-deep-imports.ts).
 * For removing entries after moving imports to an index.ts; adding one needs a reason in the commit.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { deepImports } from "./import-graph";

const list = deepImports();
writeFileSync(join(__dirname, "deep-imports.json"), JSON.stringify(list, null, 2) + "\n");
console.log(`${list.length} deep imports listed`);
