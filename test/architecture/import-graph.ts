/**
 * The import graph of src/: every import, export-from, dynamic import() and require() of every
 * .ts/.tsx file, with relative targets resolved to files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "fs";
import { dirname, join, relative, sep } from "path";

export const ROOT = join(__dirname, "..", "..");

export interface Edge {
  /** The importing file, relative to the repository, with "/" (e.g. src/excel/host.ts). */
  from: string;
  /** The specifier as written. */
  spec: string;
  /** The file a relative specifier resolves to (repository-relative), or null for a package. */
  to: string | null;
}

function walk(dir: string, out: string[]): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

const IMPORT =
  /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*${}\s,]+?\s+from\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|require\(\s*["']([^"']+)["']\s*\)/g;

const rel = (p: string): string => relative(ROOT, p).split(sep).join("/");

function resolve(fromFile: string, spec: string): string {
  const base = join(dirname(fromFile), spec);
  for (const c of [base + ".ts", base + ".tsx", join(base, "index.ts"), join(base, "index.tsx"), base]) {
    if (existsSync(c) && statSync(c).isFile()) return rel(c);
  }
  throw new Error(`${rel(fromFile)}: cannot resolve "${spec}"`);
}

export function importGraph(): Edge[] {
  const edges: Edge[] = [];
  for (const file of walk(join(ROOT, "src"), [])) {
    const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
    for (const m of text.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? m[3];
      edges.push({ from: rel(file), spec, to: spec.startsWith(".") ? resolve(file, spec) : null });
    }
  }
  return edges;
}

/** The folders (repository-relative) that hold an index.ts or index.tsx: the folders with a public face. */
export function foldersWithIndex(): Set<string> {
  const out = new Set<string>();
  for (const file of walk(join(ROOT, "src"), [])) if (/\/index\.tsx?$/.test(file.split(sep).join("/"))) out.add(rel(dirname(file)));
  return out;
}

/** Imports into a folder with an index.ts, from outside it, that do not land on an index.ts. */
export function deepImports(edges: Edge[] = importGraph()): string[] {
  const faces = foldersWithIndex();
  const out = new Set<string>();
  for (const e of edges) {
    if (e.to === null || /\/index\.tsx?$/.test(e.to)) continue;
    const parts = e.to.split("/");
    for (let i = 2; i < parts.length; i++) {
      const folder = parts.slice(0, i).join("/");
      if (faces.has(folder) && !e.from.startsWith(folder + "/")) {
        out.add(`${e.from} -> ${e.to}`);
        break;
      }
    }
  }
  return [...out].sort();
}
