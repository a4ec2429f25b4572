import type { Merge } from "../core/snapshot";
import { parseRect } from "../core";
import { unescapeXml } from "../core/text";

/**
 * Merged areas for Excel without ExcelApi 1.13 (Office 2019 has 1.7..1.8): the workbook's own
 * .xlsx bytes (Office.context.document.getFileAsync, Compressed, File API 1.1) hold every
 * sheet's <mergeCell ref="…"/>. Read once per operation, only when the API is missing; any
 * failure gives null (the reader then goes on without merges, as before).
 *
 * jszip is loaded on demand, so the add-in's main bundle does not carry it.
 */

/** Reads the open workbook as .xlsx bytes, slice by slice. */
export function officeFileBytes(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        reject(new Error(result.error?.message ?? "getFileAsync failed"));
        return;
      }
      const file = result.value;
      const parts: Uint8Array[] = [];
      const next = (i: number): void => {
        if (i >= file.sliceCount) {
          file.closeAsync();
          const total = parts.reduce((n, p) => n + p.length, 0);
          const out = new Uint8Array(total);
          let at = 0;
          for (const p of parts) {
            out.set(p, at);
            at += p.length;
          }
          resolve(out);
          return;
        }
        file.getSliceAsync(i, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) {
            file.closeAsync();
            reject(new Error(slice.error?.message ?? "getSliceAsync failed"));
            return;
          }
          parts.push(new Uint8Array(slice.value.data as ArrayLike<number>));
          next(i + 1);
        });
      };
      next(0);
    });
  });
}

function attr(tag: string, name: string): string | null {
  const m = new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : null;
}

/** Merged areas of every sheet in .xlsx bytes, by sheet name. */
export async function mergesFromXlsx(bytes: Uint8Array): Promise<Map<string, Merge[]>> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  const out = new Map<string, Merge[]>();
  if (!workbook || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`);
  }
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = attr(m[0], "name");
    const rid = attr(m[0], "r:id");
    const path = rid ? targets.get(rid) : undefined;
    if (!name || !path) continue;
    const xml = await zip.file(path)?.async("string");
    if (!xml) continue;
    const merges: Merge[] = [];
    for (const c of xml.matchAll(/<mergeCell\b[^>]*\bref="([^"]+)"/g)) {
      const r = parseRect(c[1]);
      if (r) merges.push(r);
    }
    out.set(name, merges);
  }
  return out;
}

/** A merges source for readSheet: reads the file once, then answers per sheet name (null when unknown). */
export function mergesFromOfficeFile(
  read: () => Promise<Uint8Array> = officeFileBytes,
): (sheet: string) => Promise<Merge[] | null> {
  let all: Promise<Map<string, Merge[]> | null> | null = null;
  return async (sheet) => {
    if (!all)
      all = read()
        .then(mergesFromXlsx)
        .catch(() => null);
    const map = await all;
    return map?.get(sheet) ?? null;
  };
}
