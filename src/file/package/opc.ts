import { parseXml } from "./xml";

/**
 * Open Packaging Conventions: relationships and content types. A part is always found through the
 * relationships of its source part (never by its name): a worksheet stored as `Sheet2.xml` or
 * `/xl/custom/plan.xml` is found the same way as `xl/worksheets/sheet1.xml`.
 */

export interface Relationship {
  id: string;
  /** The relationship type's last path segment ("worksheet", "styles", "sharedStrings", ...). */
  type: string;
  /** The full type URI as stored. */
  typeUri: string;
  /** Resolved part name (no leading "/"), or the raw target for external relationships. */
  target: string;
  external: boolean;
}

/** The rels part name of a part: xl/workbook.xml -> xl/_rels/workbook.xml.rels. */
export function relsPartName(partName: string): string {
  const i = partName.lastIndexOf("/");
  return `${partName.slice(0, i + 1)}_rels/${partName.slice(i + 1)}.rels`;
}

/** Resolves a relative target against its source part (RFC 3986 path rules, as OPC says). */
export function resolveTarget(sourcePart: string, target: string): string {
  let t = target;
  try {
    t = decodeURI(target);
  } catch {
    // keep as written
  }
  const hash = t.indexOf("#");
  if (hash >= 0) t = t.slice(0, hash);
  const segments = t.startsWith("/") ? [] : sourcePart.split("/").slice(0, -1);
  for (const seg of t.replace(/^\/+/, "").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") segments.pop();
    else segments.push(seg);
  }
  return segments.join("/");
}

export function parseRelationships(bytes: Uint8Array, sourcePart: string): Relationship[] {
  const out: Relationship[] = [];
  parseXml(bytes, {
    open(name, a) {
      if (name !== "Relationship" || !a.Id || !a.Target) return;
      const typeUri = a.Type ?? "";
      const external = (a.TargetMode ?? "").toLowerCase() === "external";
      out.push({
        id: a.Id,
        typeUri,
        type: typeUri.slice(typeUri.lastIndexOf("/") + 1),
        target: external ? a.Target : resolveTarget(sourcePart, a.Target),
        external,
      });
    },
  });
  return out;
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function parseContentTypes(bytes: Uint8Array): ContentTypes {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  parseXml(bytes, {
    open(name, a) {
      if (name === "Default" && a.Extension) defaults.set(a.Extension.toLowerCase(), a.ContentType ?? "");
      else if (name === "Override" && a.PartName) overrides.set(a.PartName.replace(/^\/+/, ""), a.ContentType ?? "");
    },
  });
  return { defaults, overrides };
}
