/**
 * Starts the page's host worker. webpack 5 sees `new Worker(new URL(…, import.meta.url))` and builds
 * host-worker.ts (with the .xlsx code) as a worker chunk of its own. Kept apart from lazy.ts: jest
 * compiles to CommonJS, where `import.meta` cannot be, and only loads this when `Worker` exists.
 */
export function spawnHostWorker(): Worker {
  // @ts-ignore -- the type check runs with module "commonjs"; webpack builds this file as an ES module.
  return new Worker(new URL("./host-worker.ts", import.meta.url), { name: "kehoach-host" });
}
