#!/usr/bin/env node
/**
 * Gzip size of the in-Excel pane's initial JavaScript: the <script> files taskpane.html loads
 * (the taskpane entry's initial chunks). Lazy chunks (the browser page's exceljs and .xlsx code)
 * are listed for information but not counted. Run after a production build:
 *
 *   npx webpack --mode production && node scripts/bundle-size.js [--budget 250]
 *
 * Exits 1 when the initial JavaScript is over the budget (KB, gzip level 9).
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const dist = path.resolve(__dirname, "..", "dist");
const budgetArg = process.argv.indexOf("--budget");
const budgetKb = budgetArg > 0 ? Number(process.argv[budgetArg + 1]) : 250;

function gzipKb(file) {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { raw: bytes.length / 1024, gzip: zlib.gzipSync(bytes, { level: 9 }).length / 1024 };
}

function scriptsOf(html) {
  const out = [];
  const re = /<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*>/gi;
  let m;
  while ((m = re.exec(html))) if (!/^https?:/i.test(m[1])) out.push(m[1].replace(/^\.?\//, ""));
  return out;
}

const htmlPath = path.join(dist, "taskpane.html");
if (!fs.existsSync(htmlPath)) {
  console.error("dist/taskpane.html not found: run `npx webpack --mode production` first.");
  process.exit(2);
}
const initial = scriptsOf(fs.readFileSync(htmlPath, "utf8"));
const allJs = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
const commandsHtml = path.join(dist, "commands.html");
const commands = fs.existsSync(commandsHtml) ? scriptsOf(fs.readFileSync(commandsHtml, "utf8")) : [];
// The ribbon commands build writes only files named commands* (webpack.config.js).
const commandsLazy = allJs.filter((f) => f.startsWith("commands") && !commands.includes(f));
const lazy = allJs.filter((f) => !initial.includes(f) && !f.startsWith("commands"));

let total = 0;
console.log("In-Excel pane, initial JavaScript (taskpane.html):");
for (const f of initial) {
  const s = gzipKb(f);
  total += s.gzip;
  console.log(`  ${f.padEnd(34)} ${s.raw.toFixed(1).padStart(8)} KB raw  ${s.gzip.toFixed(1).padStart(7)} KB gzip`);
}
console.log(`  total ${total.toFixed(1)} KB gzip (budget ${budgetKb} KB)`);
if (commands.length) {
  const c = commands.reduce((sum, f) => sum + gzipKb(f).gzip, 0);
  console.log(`Ribbon commands (commands.html, ES5): ${c.toFixed(1)} KB gzip`);
  for (const f of [...commands, ...commandsLazy]) {
    const s = gzipKb(f);
    const note = /^commands-unorm\./.test(f) ? " (only where String.prototype.normalize is missing)" : commands.includes(f) ? "" : " (lazy)";
    console.log(`  ${f.padEnd(34)} ${s.raw.toFixed(1).padStart(8)} KB raw  ${s.gzip.toFixed(1).padStart(7)} KB gzip${note}`);
  }
}
if (lazy.length) {
  console.log("Pane's lazy chunks (browser page; jszip also for merges on Excel 2019), not counted:");
  for (const f of lazy) {
    const s = gzipKb(f);
    console.log(`  ${f.padEnd(34)} ${s.raw.toFixed(1).padStart(8)} KB raw  ${s.gzip.toFixed(1).padStart(7)} KB gzip`);
  }
}
// exceljs (the browser page's .xlsx engine) must stay out of the in-Excel pane's initial chunks.
// "xl/sharedStrings.xml" appears in exceljs and nowhere in our own code.
const XLSX_SIGNATURE = "xl/sharedStrings.xml";
const leaked = initial.filter((f) => fs.readFileSync(path.join(dist, f), "utf8").includes(XLSX_SIGNATURE));
if (leaked.length) {
  console.error(`exceljs is in the pane's initial JavaScript (${leaked.join(", ")}): it must load only in browser mode.`);
  process.exit(1);
}
console.log('No exceljs in the initial JavaScript (checked for its "xl/sharedStrings.xml").');

if (total > budgetKb) {
  console.error(`Over budget: ${total.toFixed(1)} KB > ${budgetKb} KB`);
  process.exit(1);
}
