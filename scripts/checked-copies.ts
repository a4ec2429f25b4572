/**
 * Writes the checked copy of every workbook in the given folders into OUT_DIR (for opening them in
 * LibreOffice: `soffice --headless --convert-to pdf --outdir OUT_DIR OUT_DIR/*.xlsx`).
 * Usage: npx tsx scripts/checked-copies.ts OUT_DIR FOLDER...
 */
import { readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { checkWorkbook } from "../src/core";
import "../src/file/native-inflate";
import { readWorkbook } from "../src/file/read-workbook";
import { writeCheckedWorkbook } from "../src/file/write-checked";

async function main(): Promise<void> {
  const [out, ...dirs] = process.argv.slice(2);
  for (const dir of dirs)
    for (const f of readdirSync(dir).filter((x) => /\.xls[xm]$/i.test(x))) {
      const bytes = new Uint8Array(readFileSync(path.join(dir, f)));
      try {
        const snapshots = await readWorkbook(bytes, f);
        const report = checkWorkbook(snapshots, f, { asOf: "2025-10-15" });
        writeFileSync(path.join(out, f), await writeCheckedWorkbook(bytes, report, { snapshots }));
        console.log(`written ${f}`);
      } catch (e) {
        console.log(`not read ${f}: ${(e as Error).message}`);
      }
    }
}

void main();
