import { escapeXml, unescapeXml } from "../../core/text";
import { Package } from "../package/package";
import { readBook } from "../read-book";
import { internalLinksAsLocations } from "../write-hyperlinks";
import { StylesPatch, setAttr } from "./styles-patch";

/**
 * Sheets rendered in a workbook of their own (the summary sheets and the marker sheet, drawn by
 * write-summary.ts / write-marker.ts) moved into the user's package as new parts: their cell
 * formats appended to the user's styles (indices remapped), shared strings turned into inline
 * strings, their notes (comments + VML) and print titles carried along. Nothing of the user's
 * package is renumbered.
 */

export interface GraftedSheet {
  name: string;
  state: string;
  /** New part name in the user's package, and its XML. */
  part: string;
  xml: string;
  /** The sheet's own relationships part (new), if any, and the parts it points to (new). */
  rels: { part: string; xml: string } | null;
  extraParts: { part: string; data: Uint8Array; contentType: string | null; extension?: string }[];
  /** Defined names local to this sheet (print titles), as <definedName> XML without localSheetId. */
  definedNames: { name: string; attrs: string; text: string }[];
  contentType: string;
}

const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const dec = new TextDecoder();
const enc = new TextEncoder();

/** Maps s="…" of cells and rows, and style="…" of columns, through `map`. */
function remapStyles(xml: string, map: (s: number) => number): string {
  return xml
    .replace(
      /<((?:\w+:)?c)\b([^>]*?)\ss="(\d+)"/g,
      (_m, tag: string, before: string, s: string) => `<${tag}${before} s="${map(Number(s))}"`,
    )
    .replace(
      /<((?:\w+:)?row)\b([^>]*?)\ss="(\d+)"/g,
      (_m, tag: string, before: string, s: string) => `<${tag}${before} s="${map(Number(s))}"`,
    )
    .replace(
      /<((?:\w+:)?col)\b([^>]*?)\sstyle="(\d+)"/g,
      (_m, tag: string, before: string, s: string) => `<${tag}${before} style="${map(Number(s))}"`,
    );
}

/** Shared-string cells as inline strings (the user's shared strings part is left alone). */
function inlineStrings(xml: string, sst: string[]): string {
  return xml.replace(/<c\b([^>]*?)\st="s"([^>]*)>\s*<v>(\d+)<\/v>\s*<\/c>/g, (_m, a: string, b: string, i: string) => {
    const text = sst[Number(i)] ?? "";
    return `<c${a} t="inlineStr"${b}><is><t xml:space="preserve">${escapeXml(text)}</t></is></c>`;
  });
}

/**
 * The sheets of `generated` (a package written by exceljs), ready to add to the user's package.
 * `styles` is the user's styles part being patched; `partName(kind, n)` gives fresh part names.
 */
export function graftSheets(
  generated: Uint8Array,
  styles: StylesPatch,
  partName: (kind: "sheet" | "comments" | "vml", ext: string) => string,
): GraftedSheet[] {
  const pkg = new Package(generated);
  const book = readBook(pkg);
  if (!book) return [];
  const stylesXml = book.stylesPart ? dec.decode(pkg.read(book.stylesPart)!) : "";
  const src = new StylesPatch(stylesXml);
  const xfMap = new Map<number, number>();
  const fontMap = new Map<number, number>();
  const fillMap = new Map<number, number>();
  const borderMap = new Map<number, number>();
  const numFmtMap = new Map<number, number>();
  const srcNumFmts = src.numFmtCodes();
  const retag = (xml: string) =>
    src.prefix === styles.prefix ? xml : xml.replace(/<(\/?)(?:\w+:)?/g, `<$1${styles.prefix}`);
  const mapXf = (s: number): number => {
    let hit = xfMap.get(s);
    if (hit !== undefined) return hit;
    let xf = retag(src.xf(s));
    const get = (name: string) => Number(new RegExp(`\\s${name}="(\\d+)"`).exec(xf)?.[1] ?? 0);
    const once = (m: Map<number, number>, id: number, add: () => number) => {
      let v = m.get(id);
      if (v === undefined) m.set(id, (v = add()));
      return v;
    };
    const fontId = once(fontMap, get("fontId"), () => styles.addFont(retag(src.font(get("fontId")) ?? "<font/>")));
    const fillId = once(fillMap, get("fillId"), () => styles.addFill(retag(src.fill(get("fillId")) ?? "<fill/>")));
    const borderId = once(borderMap, get("borderId"), () =>
      styles.addBorder(retag(src.border(get("borderId")) ?? "<border/>")),
    );
    const numId = get("numFmtId");
    const code = srcNumFmts.get(numId);
    const numFmtId =
      code === undefined ? numId : once(numFmtMap, numId, () => styles.addNumFmt(unescapeXml(code), code));
    xf = setAttr(
      setAttr(setAttr(setAttr(xf, "fontId", String(fontId)), "fillId", String(fillId)), "borderId", String(borderId)),
      "numFmtId",
      String(numFmtId),
    );
    // Cell-style records (xfId) are not carried over: every new format derives from Normal.
    xf = setAttr(xf, "xfId", "0");
    hit = styles.addXf(xf);
    xfMap.set(s, hit);
    return hit;
  };

  // Print titles and other sheet-local names of the generated workbook.
  const names: { local: number; name: string; attrs: string; text: string }[] = [];
  const wbXml = dec.decode(pkg.read(book.workbookPart)!);
  for (const m of wbXml.matchAll(/<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g)) {
    const local = /localSheetId="(\d+)"/.exec(m[1]);
    const name = /\sname="([^"]*)"/.exec(m[1]);
    if (local && name)
      names.push({
        local: Number(local[1]),
        name: name[1],
        attrs: m[1].replace(/\s*localSheetId="\d+"/, ""),
        text: m[2],
      });
  }

  const out: GraftedSheet[] = [];
  book.sheets.forEach((sheet, i) => {
    if (!sheet.part) return;
    let xml = dec.decode(pkg.read(sheet.part)!);
    const relsBytes = pkg.read(relsPartNameOf(sheet.part));
    let relsXml = relsBytes ? dec.decode(relsBytes) : null;
    // Links into the workbook as Excel writes them (exceljs writes them as external relationships).
    const links = relsXml ? internalLinksAsLocations(xml, relsXml) : null;
    if (links) {
      xml = links.xml;
      relsXml = links.rels;
    }
    xml = inlineStrings(xml, book.sharedStrings);
    xml = remapStyles(xml, mapXf);
    const part = partName("sheet", "xml");
    const extraParts: GraftedSheet["extraParts"] = [];
    let rels: GraftedSheet["rels"] = null;
    const relList = pkg.rels(sheet.part);
    if (relsXml !== null) {
      let newRels = relsXml;
      for (const r of relList) {
        if (r.external || !newRels.includes(`"${r.id}"`)) continue;
        const data = pkg.read(r.target);
        if (!data) continue;
        const ext = r.target.slice(r.target.lastIndexOf(".") + 1);
        const kind = r.type === "comments" ? "comments" : "vml";
        const target = partName(kind, ext);
        const ct = pkg.contentTypes().overrides.get(r.target) ?? null;
        extraParts.push({ part: target, data, contentType: ct, extension: ct ? undefined : ext });
        newRels = newRels.replace(
          new RegExp(`(Id="${r.id}"[^>]*Target=")[^"]*"|(Target=")[^"]*("[^>]*Id="${r.id}")`),
          (m0, a?: string, b?: string, c?: string) => (a ? `${a}/${target}"` : `${b}/${target}${c}`),
        );
      }
      rels = { part: relsPartNameOf(part), xml: newRels };
    }
    out.push({
      name: sheet.name,
      state: sheet.state,
      part,
      xml,
      rels,
      extraParts,
      definedNames: names.filter((n) => n.local === i).map(({ name, attrs, text }) => ({ name, attrs, text })),
      contentType: WORKSHEET_CT,
    });
  });
  void enc;
  return out;
}

function relsPartNameOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}
