import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import { readWorkbook } from "../../src/file/read-workbook";
import { readWorkbook as readWithExcelJs } from "./support/read-workbook-exceljs";

/**
 * The package reader gives the same snapshots as the exceljs reader it replaced, on every
 * fixture: values, displayed text, number formats, fonts, merges, protection and generated flags.
 */
const DIRS = ["../fixtures", "../fixtures-extra"].map((d) => path.join(__dirname, d));
const FILES = DIRS.flatMap((d) =>
  readdirSync(d)
    .filter((f) => /\.xls[xm]$/.test(f))
    .map((f) => path.join(d, f)),
);

describe("the package reader and the exceljs reader read every fixture alike", () => {
  test.each(FILES.map((f) => [path.basename(f), f]))("%s", async (name, file) => {
    const bytes = readFileSync(file);
    const mine = await readWorkbook(bytes, name);
    const theirs = await readWithExcelJs(bytes, name);
    expect(mine).toEqual(theirs);
  });
});
