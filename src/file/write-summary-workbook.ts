import ExcelJS from "exceljs";
import type { SummaryModel } from "../core/summary";
import { writeSummarySheets } from "./write-summary";

/**
 * A new workbook holding only the sheets of a summary model (the CLI's consolidated summary of
 * several plan files, `kehoach check FILES… --summary tong-hop.xlsx`). Print-ready like the summary
 * sheets of a checked copy; every text is a text cell, never a formula.
 */
export async function writeSummaryWorkbook(model: SummaryModel): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Kiểm tra Kế hoạch";
  writeSummarySheets(wb, model);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
