/**
 * The file layer's hard limits on generated workbooks too big for the jest suite (opt-in):
 *   npx tsx scripts/limits.ts [bomb|cells|marker|rows]...
 * Each case is written to a temp folder and run through the built command (`bin/kehoach.js check`,
 * with --out), in its own process: exit code, first line of stderr, wall time and peak memory.
 * - bomb:   a 1 GB worksheet of spaces deflated to ~1 MB (refused: part too large);
 * - cells:  20,000,000 cells over 4 sheets (refused: more cells than the workbook limit);
 * - marker: a _kehoach sheet recording a highlight over A1:XFD1048576 (refused, named);
 * - rows:   a plan sheet of 1,000,000 task rows (checked and written).
 */
import { spawnSync } from "child_process";
import { Deflate } from "fflate";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeZip } from "../src/file/package/zip-write";
import "../src/file/native-inflate";

const enc = new TextEncoder();
const CT =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>';
const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function book(sheets: { name: string; xml: Uint8Array; state?: string }[]): Uint8Array {
  const files: { name: string; data: Uint8Array }[] = [];
  let ct = CT;
  let wb = `<workbook ${NS}><sheets>`;
  let rels = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
  sheets.forEach((s, i) => {
    wb += `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`;
    rels += `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`;
    ct += `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`;
    files.push({ name: `xl/worksheets/sheet${i + 1}.xml`, data: s.xml });
  });
  files.unshift(
    { name: "[Content_Types].xml", data: enc.encode(ct + "</Types>") },
    {
      name: "_rels/.rels",
      data: enc.encode(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
    },
    { name: "xl/workbook.xml", data: enc.encode(wb + "</sheets></workbook>") },
    { name: "xl/_rels/workbook.xml.rels", data: enc.encode(rels + "</Relationships>") },
  );
  return writeZip(files.map((f) => ({ kind: "new" as const, name: f.name, data: f.data })));
}

/** Sheet XML built from row strings, as bytes. */
function sheetXml(rows: Iterable<string>): Uint8Array {
  const parts: Uint8Array[] = [enc.encode(`<worksheet ${NS}><sheetData>`)];
  let chunk = "";
  for (const r of rows) {
    chunk += r;
    if (chunk.length > 1 << 20) {
      parts.push(enc.encode(chunk));
      chunk = "";
    }
  }
  parts.push(enc.encode(chunk + "</sheetData></worksheet>"));
  const n = parts.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let o = 0;
  for (const p of parts) (out.set(p, o), (o += p.length));
  return out;
}

const inline = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;

function* planRows(tasks: number): Generator<string> {
  yield `<row r="1">${["STT", "Nội dung công việc", "Đơn vị chủ trì", "Thời hạn hoàn thành", "Tình hình thực hiện"].map((h, i) => inline(`${"ABCDE"[i]}1`, h)).join("")}</row>`;
  for (let i = 1; i <= tasks; i++) {
    const r = i + 1;
    yield `<row r="${r}"><c r="A${r}"><v>${i}</v></c>${inline(`B${r}`, `Nhiệm vụ ${i}`)}${inline(`C${r}`, "Văn phòng")}${inline(`D${r}`, `Trước ngày ${1 + (i % 27)}/${1 + (i % 12)}/2025`)}${inline(`E${r}`, i % 3 ? "Đang thực hiện" : "Đã hoàn thành")}</row>`;
  }
}

function bomb(): Uint8Array {
  // A stored-then-deflated sheet of 1 GB of spaces inside one cell's text: built as deflate stream chunks.
  const chunks: Uint8Array[] = [];
  const d = new Deflate({ level: 9 }, (c) => chunks.push(c));
  d.push(enc.encode(`<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>`));
  const spaces = new Uint8Array(1 << 20).fill(32);
  for (let i = 0; i < 1024; i++) d.push(spaces);
  d.push(enc.encode("</t></is></c></row></sheetData></worksheet>"), true);
  const deflated = new Uint8Array(chunks.reduce((a, c) => a + c.length, 0));
  let o = 0;
  for (const c of chunks) (deflated.set(c, o), (o += c.length));
  // writeZip deflates what it is given; this case needs the pre-deflated entry: write it by hand.
  const small = book([{ name: "S", xml: enc.encode("<worksheet/>") }]);
  return replaceEntry(small, "xl/worksheets/sheet1.xml", deflated, (1 << 30) + 200);
}

function replaceEntry(zip: Uint8Array, name: string, deflated: Uint8Array, size: number): Uint8Array {
  // Rebuild with the raw entry: local header + data + central record (sizes/CRC as claimed).
  const { readZipDirectory } = require("../src/file/package/zip") as typeof import("../src/file/package/zip");
  const entries = readZipDirectory(zip);
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let off = 0;
  for (const e of entries) {
    let local: Uint8Array;
    let rec = new Uint8Array(e.central);
    if (e.name === name) {
      const nb = enc.encode(name);
      local = new Uint8Array(30 + nb.length + deflated.length);
      const v = new DataView(local.buffer);
      v.setUint32(0, 0x04034b50, true);
      v.setUint16(4, 20, true);
      v.setUint16(8, 8, true);
      v.setUint32(18, deflated.length, true);
      v.setUint32(22, size, true);
      v.setUint16(26, nb.length, true);
      local.set(nb, 30);
      local.set(deflated, 30 + nb.length);
      const cv = new DataView(rec.buffer);
      cv.setUint32(20, deflated.length, true);
      cv.setUint32(24, size, true);
    } else local = zip.subarray(e.localOffset, e.localOffset + e.localLength);
    rec = new Uint8Array(rec);
    new DataView(rec.buffer).setUint32(42, off, true);
    parts.push(local);
    central.push(rec);
    off += local.length;
  }
  const cdSize = central.reduce((a, c) => a + c.length, 0);
  const eocd = new Uint8Array(22);
  const ev = new DataView(eocd.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, cdSize, true);
  ev.setUint32(16, off, true);
  const all = [...parts, ...central, eocd];
  const out = new Uint8Array(all.reduce((a, p) => a + p.length, 0));
  let o = 0;
  for (const p of all) (out.set(p, o), (o += p.length));
  return out;
}

const CASES: Record<string, () => Uint8Array> = {
  bomb,
  cells: () =>
    book(
      [1, 2, 3, 4].map((k) => ({
        name: `S${k}`,
        xml: sheetXml(
          (function* () {
            for (let r = 1; r <= 500_000; r++) {
              let row = `<row r="${r}">`;
              for (let c = 0; c < 10; c++) row += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${r + c}</v></c>`;
              yield row + "</row>";
            }
          })(),
        ),
      })),
    ),
  marker: () =>
    book([
      { name: "Phụ lục", xml: sheetXml(planRows(50)) },
      {
        name: "_kehoach",
        state: "veryHidden",
        xml: sheetXml([
          `<row r="1">${inline("A1", "kehoach:generated-sheets")}${inline("H1", "kehoach:highlight-state")}</row>`,
          `<row r="2">${inline("H2", '|{"version":1,"sheets":[{"sheet":"Phụ lục","id":null,"blocks":[{"a":"A1:XFD1048576","fill":null}]}]}')}</row>`,
        ]),
      },
    ]),
  rows: () => book([{ name: "Phụ lục", xml: sheetXml(planRows(1_000_000)) }]),
};

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), "kehoach-limits-"));
  const which = process.argv.slice(2);
  for (const name of which.length ? which : Object.keys(CASES)) {
    const file = join(dir, `${name}.xlsx`);
    writeFileSync(file, CASES[name]());
    const t0 = Date.now();
    const r = spawnSync(
      "/usr/bin/time",
      ["-f", "%M", process.execPath, join(__dirname, "..", "bin", "kehoach.js"), "check", file, "--as-of", "2025-10-15", "--out", join(dir, `${name}.checked.xlsx`)],
      { encoding: "utf8", maxBuffer: 1 << 30 },
    );
    const lines = r.stderr.trim().split("\n");
    const peakKb = Number(lines.pop());
    console.log(
      `${name}: exit ${r.status}, ${((Date.now() - t0) / 1000).toFixed(1)} s, peak ${(peakKb / 1024).toFixed(0)} MB` +
        (lines.length ? ` — ${lines[0]}` : ""),
    );
  }
}

main();
