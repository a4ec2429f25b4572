import { readFileSync } from "fs";
import { join } from "path";
import type { SheetSnapshot } from "../../src/core/snapshot";
import { ExcelHost, type ExcelHostOptions } from "../../src/excel";
import type { ExcelRun } from "../../src/excel/capabilities";
import { readWorkbook } from "../../src/file/read-workbook";
import { fakeWorkbookFromSnapshots, type FakeWorkbook } from "../fakes/excel-fake";

export const FIXTURES = ["kh-607-bqlkkt-2025", "kh-34-krongpa-2020", "kh-rui-ro-2025", "kh-khong-dau"] as const;

export interface LoadedFixture {
  name: string;
  file: string;
  snapshots: SheetSnapshot[];
  asOf: string;
}

const cache = new Map<string, LoadedFixture>();

export async function loadFixture(name: string): Promise<LoadedFixture> {
  const hit = cache.get(name);
  if (hit) return hit;
  const dir = join(__dirname, "..", "fixtures");
  const file = `${name}.xlsx`;
  const snapshots = await readWorkbook(readFileSync(join(dir, file)), file);
  const expected = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as { asOf: string };
  const loaded = { name, file, snapshots, asOf: expected.asOf };
  cache.set(name, loaded);
  return loaded;
}

/** The fake's run, typed as Excel.run. */
export function runOf(wb: FakeWorkbook): ExcelRun {
  return wb.run.bind(wb) as unknown as ExcelRun;
}

export function capsOf(wb: FakeWorkbook) {
  return {
    api18: wb.isSetSupported("ExcelApi", "1.8"),
    api19: wb.isSetSupported("ExcelApi", "1.9"),
    api113: wb.isSetSupported("ExcelApi", "1.13"),
  };
}

export function hostFor(wb: FakeWorkbook, file: string, extra: ExcelHostOptions = {}): ExcelHost {
  return new ExcelHost({
    run: runOf(wb),
    caps: capsOf(wb),
    isReadOnly: () => wb.readOnly,
    fileName: () => file,
    lang: () => "vi",
    ...extra,
  });
}

export async function fakeFromFixture(name: string, apiMinor = 13): Promise<{ wb: FakeWorkbook; fx: LoadedFixture }> {
  const fx = await loadFixture(name);
  const wb = fakeWorkbookFromSnapshots(fx.snapshots);
  wb.apiMinor = apiMinor;
  return { wb, fx };
}
