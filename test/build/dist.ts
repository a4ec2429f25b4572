/**
 * The production build the test/build tests read: dist/ rebuilt only when its sources changed
 * (scripts/build-if-stale.js; `npm test` runs it before jest, so the tests find it up to date).
 * A lock keeps two test files from building at once.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { buildIfStale, DIST } = require("../../scripts/build-if-stale.js") as {
  buildIfStale: (o?: { log?: (s: string) => void }) => number;
  DIST: string;
};

export { DIST };

/** Long enough for a cold production build on a busy two-core machine. */
export const BUILD_TIMEOUT_MS = 15 * 60 * 1000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuild(): void {
  const lock = join(tmpdir(), `kehoach-build-${Buffer.from(DIST).toString("hex").slice(-40)}.lock`);
  const deadline = Date.now() + BUILD_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        // A lock older than the longest build was left by a killed run.
        if (Date.now() - statSync(lock).mtimeMs > BUILD_TIMEOUT_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // gone meanwhile
      }
      if (Date.now() > deadline) throw new Error(`waited too long for the build lock ${lock}`);
      sleep(500);
    }
  }
  try {
    buildIfStale({ log: () => undefined });
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** The local script files an HTML page of dist/ loads, in document order (document.write ones too). */
export function scriptsOf(page: string): string[] {
  const html = readFileSync(join(DIST, page), "utf8");
  const out: string[] = [];
  const re = /<script\b[^>]*\bsrc=["']?([^"' >]+)["']?[^>]*>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) if (!/^https?:/i.test(m[1])) out.push(m[1].replace(/^\.?\//, ""));
  return out;
}

/** The inline scripts of a page of dist/, in document order, with their offsets in the page. */
export function inlineScriptsOf(page: string): { code: string; at: number }[] {
  const html = readFileSync(join(DIST, page), "utf8");
  const out: { code: string; at: number }[] = [];
  const re = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) out.push({ code: m[1], at: m.index });
  return out;
}

export function distJs(): string[] {
  return readdirSync(DIST).filter((f) => f.endsWith(".js"));
}

export function readDist(file: string): string {
  return readFileSync(join(DIST, file), "utf8");
}
