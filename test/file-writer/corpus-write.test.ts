import { execFileSync } from "child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { checkWorkbook } from "../../src/core";
import type { PlanReport } from "../../src/core/report";
import "../../src/file/native-inflate";
import { Package } from "../../src/file/package/package";
import { readWorkbook } from "../../src/file/read-workbook";
import { writeCheckedWorkbook } from "../../src/file/write-checked";

/**
 * The checked copy of every workbook other programs wrote (test/corpus) and of every fixture:
 * every part but the listed ones is the same zip entry byte for byte; every cell value, formula,
 * defined name and protection of the user's sheets is kept; removing the highlights gives back
 * each cell's original style index; LibreOffice opens the copy (when soffice is installed).
 */
const ROOT = path.join(__dirname, "..");
const FILES = [
  ...["corpus/poi", "corpus/closedxml", "corpus/made-here"].flatMap((d) =>
    readdirSync(path.join(ROOT, d)).map((f) => path.join(ROOT, d, f)),
  ),
  ...["fixtures", "fixtures-extra"].flatMap((d) =>
    readdirSync(path.join(ROOT, d))
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => path.join(ROOT, d, f)),
  ),
];

const dec = new TextDecoder();
const text = (pkg: Package, part: string) => dec.decode(pkg.read(part) ?? new Uint8Array());
const raw = (pkg: Package, name: string) => {
  const e = pkg.entry(name)!;
  return Buffer.from(pkg.bytes.subarray(e.dataOffset, e.dataOffset + e.compressedSize));
};
const formulas = (xml: string) => xml.match(/<(?:\w+:)?f\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?f>)/g) ?? [];
const tagged = (xml: string, tag: string) => xml.match(new RegExp(`<(?:\\w+:)?${tag}\\b[^>]*?/?>`, "g")) ?? [];

/** Cell style indices of a worksheet part: "A1" -> s. */
function cellStyles(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*?)\/?>/g)) {
    const r = /\sr="([^"]*)"/.exec(m[1]);
    if (r) out.set(r[1], /\ss="(\d+)"/.exec(m[1])?.[1] ?? "0");
  }
  return out;
}

/** The same report with nothing to draw (what "remove the highlights" writes). */
function withoutMarks(report: PlanReport): PlanReport {
  const r: PlanReport = JSON.parse(JSON.stringify(report));
  for (const s of r.sheets) {
    s.items = [];
    s.issues = [];
  }
  return r;
}

async function checkedCopy(bytes: Uint8Array, name: string) {
  const snapshots = await readWorkbook(bytes, name);
  const report = checkWorkbook(snapshots, name, { asOf: "2025-10-15" });
  return { report, out: await writeCheckedWorkbook(bytes, report, { snapshots }) };
}

const readable: [string, string][] = [];

describe("the checked copy keeps the user's package", () => {
  test.each(FILES.map((f) => [path.relative(ROOT, f), f]))("%s", async (name, file) => {
    const bytes = new Uint8Array(readFileSync(file));
    const snapshots = await readWorkbook(bytes, name).catch(() => null);
    if (!snapshots) return; // unreadable files are covered by the reader's corpus test
    const { report, out } = await checkedCopy(bytes, name);
    const a = new Package(bytes);
    const b = new Package(out);
    const wbPart = a.mainPart()!;
    const stylesPart = a.rels(wbPart).find((r) => r.type === "styles")?.target;
    const planParts = new Set(
      report.sheets
        .filter((s) => s.recognized)
        .map((s) => a.rels(wbPart).find((r) => r.id === /* by name */ sheetRelId(a, wbPart, s.sheet))?.target),
    );
    const allowed = new Set(
      [wbPart, `xl/_rels/${wbPart.split("/").pop()}.rels`, "[Content_Types].xml", stylesPart, ...planParts]
        .filter((x): x is string => !!x)
        .map((x) => x.toLowerCase()),
    );
    for (const e of a.entries) {
      const key = e.name.toLowerCase();
      expect(b.has(e.name)).toBe(true);
      if (allowed.has(key)) continue;
      // The very same zip entry: compressed bytes, CRC and sizes.
      const be = b.entry(e.name)!;
      expect([e.name, be.crc32, be.compressedSize]).toEqual([e.name, e.crc32, e.compressedSize]);
      expect(raw(b, e.name).equals(raw(a, e.name))).toBe(true);
    }
    // Values, formulas, merges, protections of the changed sheets; defined names and workbook protection.
    for (const part of planParts) {
      if (!part) continue;
      const [x, y] = [text(a, part), text(b, part)];
      expect(formulas(y)).toEqual(formulas(x));
      for (const tag of ["mergeCell", "sheetProtection", "hyperlink", "dataValidation", "conditionalFormatting"])
        expect(tagged(y, tag)).toEqual(tagged(x, tag));
      expect(y.replace(/\ss="\d+"/g, "").length).toBeGreaterThanOrEqual(x.replace(/\ss="\d+"/g, "").length);
    }
    const [wa, wb] = [text(a, wbPart), text(b, wbPart)];
    for (const tag of ["workbookProtection", "fileSharing", "workbookPr"])
      expect(tagged(wb, tag)).toEqual(tagged(wa, tag));
    const names = (xml: string) =>
      [...xml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([\s\S]*?)<\/(?:\w+:)?definedName>/g)].map(
        (m) => `${/\sname="([^"]*)"/.exec(m[1])?.[1]}=${m[2]}`,
      );
    const kept = names(wb);
    for (const d of names(wa)) expect(kept).toContain(d);
    const before = await readWorkbook(bytes, name);
    const after = (await readWorkbook(out, name)).filter((s) => !s.generated);
    expect(after.map((s) => [s.name, s.values])).toEqual(
      before.filter((s) => !s.generated).map((s) => [s.name, s.values]),
    );

    // Removing the highlights: every stored cell of the plan sheets has its original style index.
    const cleared = new Package(await writeCheckedWorkbook(out, withoutMarks(report)));
    for (const part of planParts) {
      if (!part) continue;
      const orig = cellStyles(text(a, part));
      const now = cellStyles(text(cleared, part));
      for (const [ref, s] of orig) expect([ref, now.get(ref)]).toEqual([ref, s]);
    }
    readable.push([name, file]);
  }, 120_000);
});

function sheetRelId(pkg: Package, wbPart: string, sheetName: string): string | undefined {
  const xml = text(pkg, wbPart);
  for (const m of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*?\/?>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\s(?:\w+:)?id="([^"]*)"/.exec(m[0])?.[1];
    if (name !== undefined && unescape(name) === sheetName) return id;
  }
  return undefined;
}

function unescape(s: string): string {
  return s
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => existsSync(p));
(soffice ? describe : describe.skip)("LibreOffice opens the checked copies", () => {
  test("soffice --headless --convert-to pdf succeeds on a fixture's and a corpus file's copy", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kehoach-lo-"));
    for (const f of ["fixtures/kh-607-bqlkkt-2025.xlsx", "corpus/made-here/rich-lo.xlsx"]) {
      const { out } = await checkedCopy(new Uint8Array(readFileSync(path.join(ROOT, f))), f);
      const target = path.join(dir, path.basename(f));
      writeFileSync(target, out);
      execFileSync(soffice!, ["--headless", "--convert-to", "pdf", "--outdir", dir, target], { timeout: 180_000 });
      expect(existsSync(target.replace(/\.xlsx$/, ".pdf"))).toBe(true);
    }
  }, 400_000);
});
