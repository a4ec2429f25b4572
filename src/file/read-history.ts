import ExcelJS from "exceljs";
import { WorkbookReadError } from "./errors";
import { readMarker } from "./write-marker";

/**
 * The check history's stored text in a workbook (`_kehoach` column L, see core/marker.ts), or null
 * when the workbook has none. Throws WorkbookReadError("corrupt") for bytes that are no workbook.
 */
export async function readHistoryText(bytes: Uint8Array, fileName: string): Promise<string | null> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new WorkbookReadError("corrupt", fileName, e instanceof Error ? e.message : String(e));
  }
  return readMarker(wb).history;
}
