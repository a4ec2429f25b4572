#!/usr/bin/env node
/**
 * The production build (webpack --mode production: pane + ribbon commands into dist/), only when
 * its inputs changed since the last one: `npm test` (test/build checks the bundles) and
 * `npm run test:e2e` (drives the page in Chromium) share one build per change instead of two.
 *
 *   node scripts/build-if-stale.js          # build when stale, print why
 *   node scripts/build-if-stale.js --force  # build anyway
 *
 * Inputs: everything under src/ and assets/, manifest*.xml, webpack.config.js, tsconfig.json,
 * package-lock.json and ADDIN_PROD_URL; their hash is kept in dist/.build-inputs.json.
 */
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");

const ROOT = path.resolve(__dirname, "..");
const DIST = path.join(ROOT, "dist");
const STAMP = path.join(DIST, ".build-inputs.json");

function filesUnder(dir) {
  const out = [];
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

function inputsHash() {
  const files = [
    ...filesUnder(path.join(ROOT, "src")),
    ...filesUnder(path.join(ROOT, "assets")),
    ...fs
      .readdirSync(ROOT)
      .filter(
        (f) => /^manifest.*\.xml$/.test(f) || ["webpack.config.js", "tsconfig.json", "package-lock.json"].includes(f),
      )
      .map((f) => path.join(ROOT, f)),
  ].sort();
  const hash = crypto.createHash("sha256");
  hash.update(`ADDIN_PROD_URL=${process.env.ADDIN_PROD_URL || ""}\n`);
  for (const f of files) {
    hash.update(path.relative(ROOT, f).split(path.sep).join("/"));
    hash.update("\0");
    hash.update(fs.readFileSync(f));
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** Why dist/ must be rebuilt, or null when it is up to date. */
function staleReason(hash = inputsHash()) {
  if (!fs.existsSync(path.join(DIST, "taskpane.html")) || !fs.existsSync(path.join(DIST, "commands.html")))
    return "no production build in dist/";
  let stamp = null;
  try {
    stamp = JSON.parse(fs.readFileSync(STAMP, "utf8"));
  } catch {
    return "dist/ has no record of its inputs";
  }
  return stamp.inputs === hash ? null : "sources changed since the last build";
}

/** Builds when stale (or forced); returns the build's wall time in ms (0 when up to date). */
function buildIfStale({ force = false, log = console.log } = {}) {
  const hash = inputsHash();
  const reason = force ? "forced" : staleReason(hash);
  if (!reason) {
    log("dist/ is up to date with its sources: no build.");
    return 0;
  }
  log(`Production build (${reason})…`);
  const started = Date.now();
  execFileSync(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Date.now() - started;
  fs.writeFileSync(STAMP, JSON.stringify({ inputs: hash, builtAt: new Date().toISOString(), ms }, null, 2));
  log(`Built in ${(ms / 1000).toFixed(1)} s.`);
  return ms;
}

module.exports = { buildIfStale, staleReason, inputsHash, DIST };

if (require.main === module) buildIfStale({ force: process.argv.includes("--force") });
