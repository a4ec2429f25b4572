import { promises as fs } from "fs";
import * as path from "path";
import type { SheetSnapshot } from "../core/snapshot";
import { WorkbookReadError } from "./errors";
import "./native-inflate";
import { MAX_WORKBOOK_BYTES, readWorkbook, type ReadWorkbookOptions } from "./read-workbook";

/**
 * Node only: reads the bytes of a workbook file, mapping file-system failures to
 * WorkbookReadError (not_found, too_large). Never writes.
 */
export async function readWorkbookBytes(filePath: string, options: ReadWorkbookOptions = {}): Promise<Uint8Array> {
  const name = path.basename(filePath);
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new WorkbookReadError("not_found", name, String(code ?? e));
  }
  if (stat.isDirectory()) throw new WorkbookReadError("not_xlsx", name, "is a directory");
  if (stat.size > (options.maxBytes ?? MAX_WORKBOOK_BYTES))
    throw new WorkbookReadError("too_large", name, `${stat.size} bytes`);
  try {
    const buf = await fs.readFile(filePath);
    return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  } catch (e) {
    throw new WorkbookReadError("not_found", name, String((e as { code?: string }).code ?? e));
  }
}

/** Node only: reads a workbook file into sheet snapshots. The file name in errors is the base name. */
export async function readWorkbookFile(filePath: string, options: ReadWorkbookOptions = {}): Promise<SheetSnapshot[]> {
  const bytes = await readWorkbookBytes(filePath, options);
  return readWorkbook(bytes, path.basename(filePath), options);
}
