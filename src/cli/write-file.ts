import { randomBytes } from "crypto";
import { promises as fs } from "fs";
import * as path from "path";
import type { Lang } from "../core";

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

/** The folder a file would be written into, when it does not exist (or is not a folder); else null. */
export async function missingFolder(target: string): Promise<string | null> {
  const dir = path.dirname(target);
  try {
    return (await fs.stat(dir)).isDirectory() ? null : dir;
  } catch {
    return dir;
  }
}

/** "Thư mục … chưa có" for --out / --summary, in the user's language. */
export function missingFolderMessage(option: string, folder: string, lang: Lang): string {
  return lang === "en"
    ? `${option}: the folder "${folder}" does not exist; create it first or choose another place (nothing was written).`
    : `${option}: thư mục "${folder}" không tồn tại; hãy tạo thư mục đó trước hoặc chọn nơi ghi khác (chưa ghi gì).`;
}
