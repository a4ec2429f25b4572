import { readFileSync } from "fs";
import { join } from "path";
import { deepImports, importGraph, ROOT } from "./import-graph";

/**
 * The layering of docs/architecture.md, checked on the import graph of src/:
 * - core imports nothing outside src/core, and no package but zod (no Node, DOM or Office);
 * - the hosts (src/excel, src/file, src/browser, src/host) import no UI (taskpane, commands) and not the CLI;
 * - code outside a folder that has an index.ts imports that folder only through an index.ts (its own
 *   or a sub-folder's public face). The deep imports that were there when this test came are listed in
 *   deep-imports.json; the list may only shrink: move an import to the index instead of adding to it.
 */
const edges = importGraph();
const within = (file: string, folder: string) => file.startsWith(folder + "/");

test("the graph is read (sanity: the hosts import core)", () => {
  expect(edges.length).toBeGreaterThan(200);
  expect(edges.some((e) => within(e.from, "src/excel") && e.to !== null && within(e.to, "src/core"))).toBe(true);
});

test("core imports nothing outside src/core, and no package but zod", () => {
  const bad = edges.filter((e) => within(e.from, "src/core") && (e.to === null ? e.spec !== "zod" : !within(e.to, "src/core")));
  expect(bad.map((e) => `${e.from} -> ${e.spec}`)).toEqual([]);
});

test("core compiles without DOM, Office or Node types (tsconfig.core.json, part of npm test)", () => {
  const config = JSON.parse(readFileSync(join(ROOT, "tsconfig.core.json"), "utf8"));
  expect(config.include).toEqual(["src/core"]);
  expect(config.compilerOptions.types).toEqual([]);
  expect(config.compilerOptions.lib.map((l: string) => l.toLowerCase())).not.toContain("dom");
  const scripts = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts;
  expect(scripts.test).toContain("tsc -p tsconfig.core.json");
});

test("hosts import no UI and not the CLI", () => {
  const hosts = ["src/excel", "src/file", "src/browser", "src/host"];
  const ui = ["src/taskpane", "src/commands", "src/cli"];
  const bad = edges.filter((e) => hosts.some((h) => within(e.from, h)) && e.to !== null && ui.some((u) => within(e.to!, u)));
  expect(bad.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
});

test("code outside a folder imports it only through an index.ts (no new deep imports)", () => {
  const known = new Set<string>(JSON.parse(readFileSync(join(__dirname, "deep-imports.json"), "utf8")));
  const added = deepImports(edges).filter((d) => !known.has(d));
  // Import from the folder's index.ts instead (export the name there if it is part of the folder's
  // face). Only if that cannot be done now: npx tsx test/architecture/update-deep-imports.ts.
  expect(added).toEqual([]);
});
