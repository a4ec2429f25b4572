import { promises as fs } from "fs";
import * as path from "path";

/** A workbook to check: its absolute path and the name shown to the user. */
export interface InputFile {
  path: string;
  /** As the user typed it (forward slashes); a file found in a folder: the folder as typed, then the path below. */
  name: string;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;
/** Our own outputs, and Excel's lock files ("~$Ke hoach.xlsx") and hidden files, are not plans. */
function skipped(base: string): boolean {
  return base.startsWith("~$") || base.startsWith(".") || /\.checked\.xlsx$/i.test(base);
}

/**
 * How a path the user typed is named in the output: as typed (normalised, forward slashes), so
 * "../a/b.xlsx" stays "../a/b.xlsx"; an absolute path inside the working folder becomes relative to it.
 */
export function typedName(cwd: string, typed: string): string {
  let name = path.normalize(typed);
  if (path.isAbsolute(typed)) {
    const rel = path.relative(cwd, path.resolve(typed));
    if (rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel)) name = rel;
  }
  return name.split(path.sep).join("/");
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!e.name.startsWith(".") && e.name !== "node_modules") await walk(p, out);
    } else if (e.isFile() && WORKBOOK.test(e.name) && !skipped(e.name)) out.push(p);
  }
}

/**
 * The files named on the command line, a folder standing for the workbooks in it (and its
 * subfolders, in name order). A path that does not exist stays in the list: checking it reports
 * "not found" for that file without stopping the others. Each file once; `exclude` (the output
 * being written) left out.
 */
export async function expandInputs(
  args: readonly string[],
  cwd: string,
  exclude: readonly string[] = [],
): Promise<InputFile[]> {
  const paths: string[] = [];
  /** Each path's name: as typed, or the typed folder's name and the path below it. */
  const names = new Map<string, string>();
  for (const a of args) {
    const abs = path.resolve(cwd, a);
    let isDir = false;
    try {
      isDir = (await fs.stat(abs)).isDirectory();
    } catch {
      isDir = false;
    }
    if (isDir) {
      const found: string[] = [];
      await walk(abs, found);
      const folder = typedName(cwd, a).replace(/\/+$/, "");
      for (const f of found) {
        const below = path.relative(abs, f).split(path.sep).join("/");
        if (!names.has(f)) names.set(f, folder === "." ? below : `${folder}/${below}`);
      }
      paths.push(...found);
    } else {
      if (!names.has(abs)) names.set(abs, typedName(cwd, a));
      paths.push(abs);
    }
  }
  const excluded = new Set(exclude.map((e) => path.resolve(cwd, e)));
  const seen = new Set<string>();
  const out: InputFile[] = [];
  for (const p of paths) {
    if (seen.has(p) || excluded.has(p)) continue;
    seen.add(p);
    out.push({ path: p, name: names.get(p) ?? p });
  }
  return out;
}

/** True when the argument names a folder. */
export async function isFolder(cwd: string, arg: string): Promise<boolean> {
  try {
    return (await fs.stat(path.resolve(cwd, arg))).isDirectory();
  } catch {
    return false;
  }
}
