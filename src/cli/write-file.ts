import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";

/**
 * Writes to a new temporary file beside the target (created exclusively, random name), then
 * renames it over the target: never a half-written workbook, never someone else's file.
 */
export async function writeFileAtomically(target: string, data: Uint8Array): Promise<void> {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await fs.writeFile(tmp, data, { flag: "wx" });
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}
