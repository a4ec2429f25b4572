import JSZip from "jszip";
import { unescapeXml } from "../core/text";

/**
 * exceljs 4.4 writes a link to a cell of the same workbook ("#'Phụ lục'!B23") as an *external*
 * relationship as well as a `location` (exceljs issues #749, #920, #3027): Excel then tries to
 * open a file of that name. This rewrites each such hyperlink in the finished .xlsx as Excel
 * itself writes it: `location="'Phụ lục'!B23"`, no relationship.
 *
 * exceljs also drops, on reading, every in-workbook link written the way Excel writes it (a
 * `location` and no relationship, exceljs issue #920): given the original file, the links of the
 * user's sheets are put back into the copy as they were.
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

/** Sheet name -> path of its XML part in the package. */
async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wbXml = await zip.file("xl/workbook.xml")?.async("string");
  const relsXml = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  if (!wbXml || !relsXml) return out;
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*\/>/g)) {
    const id = attr(m[0], "Id");
    const target = attr(m[0], "Target");
    if (id && target) targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  }
  for (const m of wbXml.matchAll(/<sheet\b[^>]*\/>/g)) {
    const name = /\sname="([^"]*)"/.exec(m[0]);
    const id = attr(m[0], "r:id");
    const path = id ? targets.get(id) : undefined;
    if (name && path) out.set(unescapeXml(name[1]), path);
  }
  return out;
}

/** The in-workbook links (location, no relationship) of each sheet of a package, as clean tags. */
async function inWorkbookLinks(zip: JSZip, sheets: ReadonlySet<string>): Promise<Map<string, Map<string, string>>> {
  const out = new Map<string, Map<string, string>>();
  for (const [name, path] of await sheetParts(zip)) {
    if (!sheets.has(name)) continue;
    const xml = await zip.file(path)?.async("string");
    if (!xml || !xml.includes("<hyperlink ")) continue;
    const links = new Map<string, string>();
    for (const m of xml.matchAll(/<hyperlink\b[^>]*\/>/g)) {
      const tag = m[0];
      if (attr(tag, "r:id") !== null) continue;
      const ref = /\sref="([^"]*)"/.exec(tag)?.[1];
      const location = attr(tag, "location");
      if (!ref || location === null) continue;
      // Only the attributes of the main namespace: prefixed ones (xr:uid) need declarations.
      const display = /\sdisplay="([^"]*)"/.exec(tag)?.[1];
      const tooltip = /\stooltip="([^"]*)"/.exec(tag)?.[1];
      links.set(
        ref,
        `<hyperlink ref="${ref}" location="${location}"${display !== undefined ? ` display="${display}"` : ""}${tooltip !== undefined ? ` tooltip="${tooltip}"` : ""}/>`,
      );
    }
    if (links.size > 0) out.set(name, links);
  }
  return out;
}

/** Elements that follow <hyperlinks> in a worksheet (CT_Worksheet order). */
const AFTER_HYPERLINKS = [
  "<printOptions",
  "<pageMargins",
  "<pageSetup",
  "<headerFooter",
  "<rowBreaks",
  "<colBreaks",
  "<customProperties",
  "<cellWatches",
  "<ignoredErrors",
  "<smartTags",
  "<drawing",
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function addLinks(xml: string, links: Map<string, string>): string | null {
  const start = xml.indexOf("<hyperlinks>");
  if (start >= 0) {
    const end = xml.indexOf("</hyperlinks>", start);
    const block = xml.slice(start, end);
    const have = new Set([...block.matchAll(/\sref="([^"]*)"/g)].map((m) => m[1]));
    const missing = [...links].filter(([ref]) => !have.has(ref)).map(([, tag]) => tag);
    return missing.length === 0 ? null : xml.slice(0, end) + missing.join("") + xml.slice(end);
  }
  const from = Math.max(0, xml.indexOf("</sheetData>"));
  let at = -1;
  for (const tag of AFTER_HYPERLINKS) {
    const i = xml.indexOf(tag, from);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) return null;
  return `${xml.slice(0, at)}<hyperlinks>${[...links.values()].join("")}</hyperlinks>${xml.slice(at)}`;
}

/**
 * One sheet's links into the workbook written as Excel writes them (a `location`, no relationship):
 * the sheet's XML and its relationships rewritten, or null when it has none to fix.
 */
export function internalLinksAsLocations(xml: string, rels: string): { xml: string; rels: string } | null {
  // Relationship id -> target, for hyperlink relationships only.
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*\/>/g)) {
    const tag = m[0];
    if (!(attr(tag, "Type") ?? "").endsWith("/hyperlink")) continue;
    const id = attr(tag, "Id");
    const target = attr(tag, "Target");
    if (id && target !== null) targets.set(id, target);
  }
  // Hyperlinks sit in one <hyperlinks> block near the end: rewrite only that part.
  const start = xml.indexOf("<hyperlinks>");
  const end = xml.indexOf("</hyperlinks>", start);
  if (start < 0 || end < 0) return null;
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
  if (dropped.size === 0) return null;
  const fixed = xml.slice(0, start) + block + xml.slice(end);
  const newRels = rels.replace(/<Relationship\b[^>]*\/>/g, (tag) => (dropped.has(attr(tag, "Id") ?? "") ? "" : tag));
  return { xml: fixed, rels: newRels };
}

/**
 * Repairs the hyperlinks of a workbook exceljs wrote (see above). With `original` (the file the
 * workbook was read from) and the names of the user's sheets, puts their in-workbook links back.
 */
export async function fixInternalHyperlinks(
  xlsx: Uint8Array,
  original?: { bytes: Uint8Array; sheets: readonly string[] },
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(xlsx);
  let changed = false;
  for (const path of Object.keys(zip.files)) {
    if (!SHEET_XML.test(path)) continue;
    const relsFile = zip.file(relsPath(path));
    if (!relsFile) continue;
    const rels = await relsFile.async("string");
    if (!rels.includes("/hyperlink")) continue;
    const sheetFile = zip.file(path)!;
    const fixedLinks = internalLinksAsLocations(await sheetFile.async("string"), rels);
    if (!fixedLinks) continue;
    zip.file(path, fixedLinks.xml);
    zip.file(relsPath(path), fixedLinks.rels);
    changed = true;
  }
  if (original) {
    const lost = await inWorkbookLinks(await JSZip.loadAsync(original.bytes), new Set(original.sheets));
    if (lost.size > 0) {
      const parts = await sheetParts(zip);
      for (const [name, links] of lost) {
        const path = parts.get(name);
        const file = path ? zip.file(path) : null;
        if (!path || !file) continue;
        const fixed = addLinks(await file.async("string"), links);
        if (fixed === null) continue;
        zip.file(path, fixed);
        changed = true;
      }
    }
  }
  if (!changed) return xlsx;
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
