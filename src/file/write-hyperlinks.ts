import JSZip from "jszip";

/**
 * exceljs 4.4 writes a link to a cell of the same workbook ("#'Phụ lục'!B23") as an *external*
 * relationship as well as a `location` (exceljs issues #749, #920, #3027): Excel then tries to
 * open a file of that name. This rewrites each such hyperlink in the finished .xlsx as Excel
 * itself writes it: `location="'Phụ lục'!B23"`, no relationship. It also repairs a user's own
 * in-workbook links that exceljs mangled the same way on the round trip.
 */

const SHEET_XML = /^xl\/worksheets\/sheet\d+\.xml$/;

function relsPath(sheetPath: string): string {
  const slash = sheetPath.lastIndexOf("/");
  return `${sheetPath.slice(0, slash)}/_rels/${sheetPath.slice(slash + 1)}.rels`;
}

const ATTR: Record<string, RegExp> = {
  Type: /\sType="([^"]*)"/,
  Id: /\sId="([^"]*)"/,
  Target: /\sTarget="([^"]*)"/,
  "r:id": /\sr:id="([^"]*)"/,
  location: /\slocation="([^"]*)"/,
};

function attr(tag: string, name: keyof typeof ATTR): string | null {
  const m = ATTR[name].exec(tag);
  return m ? m[1] : null;
}

export async function fixInternalHyperlinks(xlsx: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    if (!SHEET_XML.test(path)) continue;
    const relsFile = zip.file(relsPath(path));
    if (!relsFile) continue;
    const rels = await relsFile.async("string");
    if (!rels.includes("/hyperlink")) continue;
    // Relationship id -> target, for hyperlink relationships only.
    const targets = new Map<string, string>();
    for (const m of rels.matchAll(/<Relationship\b[^>]*\/>/g)) {
      const tag = m[0];
      if (!(attr(tag, "Type") ?? "").endsWith("/hyperlink")) continue;
      const id = attr(tag, "Id");
      const target = attr(tag, "Target");
      if (id && target !== null) targets.set(id, target);
    }
    const sheetFile = zip.file(path)!;
    const xml = await sheetFile.async("string");
    // Hyperlinks sit in one <hyperlinks> block near the end: rewrite only that part.
    const start = xml.indexOf("<hyperlinks>");
    const end = xml.indexOf("</hyperlinks>", start);
    if (start < 0 || end < 0) continue;
    const dropped = new Set<string>();
    const block = xml.slice(start, end).replace(/<hyperlink\b[^>]*\/>/g, (tag) => {
      const id = attr(tag, "r:id");
      if (!id) return tag;
      const target = targets.get(id);
      if (target === undefined) return tag;
      const location = attr(tag, "location");
      const internal =
        target.startsWith("#") ||
        (location !== null && (location === target || location === `#${target}` || `#${location}` === target));
      if (!internal) return tag;
      const where = (location ?? target).replace(/^#/, "");
      dropped.add(id);
      const rest = tag
        .replace(/\sr:id="[^"]*"/, "")
        .replace(/\slocation="[^"]*"/, "")
        .replace(/\s*\/>$/, "");
      return `${rest} location="${where}"/>`;
    });
    if (dropped.size === 0) continue;
    const fixed = xml.slice(0, start) + block + xml.slice(end);
    const newRels = rels.replace(/<Relationship\b[^>]*\/>/g, (tag) => (dropped.has(attr(tag, "Id") ?? "") ? "" : tag));
    zip.file(path, fixed);
    zip.file(relsPath(path), newRels);
    changed = true;
  }
  if (!changed) return xlsx;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
