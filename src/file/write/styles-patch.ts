/**
 * styles.xml patched as text: new fonts, fills, borders, number formats and cell formats are
 * APPENDED (an identical one already there is reused); existing ones keep their indices and bytes.
 */

const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const;

/** CT_Stylesheet's children, in schema order. */
const ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];

export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>';

/** Sections a cell format needs, with Excel's defaults, added where a (minimal) styles part has none. */
function withRequiredSections(xml: string, p: string): string {
  const defaults: Record<string, string> = {
    fonts: `<${p}fonts count="1"><${p}font><${p}sz val="11"/><${p}name val="Calibri"/></${p}font></${p}fonts>`,
    fills: `<${p}fills count="2"><${p}fill><${p}patternFill patternType="none"/></${p}fill><${p}fill><${p}patternFill patternType="gray125"/></${p}fill></${p}fills>`,
    borders: `<${p}borders count="1"><${p}border><${p}left/><${p}right/><${p}top/><${p}bottom/><${p}diagonal/></${p}border></${p}borders>`,
    cellXfs: `<${p}cellXfs count="1"><${p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></${p}cellXfs>`,
  };
  const ep = escapeRe(p);
  // A self-closing root gets a body.
  let out = xml.replace(new RegExp(`<(${ep}styleSheet\\b[^>]*?)\\s*/>`), `<$1></${p}styleSheet>`);
  const has = (name: string) => new RegExp(`<${ep}${name}\\b`).test(out);
  for (const name of ["fonts", "fills", "borders", "cellXfs"]) {
    if (has(name)) continue;
    const later = ORDER.slice(ORDER.indexOf(name) + 1).find(has);
    const at = later ? new RegExp(`<${ep}${later}\\b`).exec(out)!.index : out.lastIndexOf(`</${p}styleSheet>`);
    if (at < 0) continue;
    out = out.slice(0, at) + defaults[name] + out.slice(at);
  }
  return out;
}
type Section = (typeof SECTIONS)[number];
const CHILD: Record<Section, string> = {
  numFmts: "numFmt",
  fonts: "font",
  fills: "fill",
  borders: "border",
  cellXfs: "xf",
};

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Top-level child elements of a section body (no element nests one of its own name here). */
function children(body: string, prefix: string, name: string): string[] {
  const re = new RegExp(`<${escapeRe(prefix)}${name}\\b[^>]*?(?:/>|>[\\s\\S]*?</${escapeRe(prefix)}${name}>)`, "g");
  return body.match(re) ?? [];
}

export class StylesPatch {
  readonly prefix: string;
  private readonly items: Record<Section, string[]>;
  private readonly added: Record<Section, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [] };
  private readonly index: Record<Section, Map<string, number>>;
  readonly originalXfCount: number;

  private readonly xml: string;
  private readonly source: string;

  constructor(xml: string) {
    this.source = xml;
    const root = /<(\w+:)?styleSheet\b/.exec(xml);
    this.prefix = root?.[1] ?? "";
    this.xml = withRequiredSections(xml || EMPTY_STYLES, this.prefix);
    const items = {} as Record<Section, string[]>;
    const index = {} as Record<Section, Map<string, number>>;
    for (const s of SECTIONS) {
      const body = this.section(s)?.body ?? "";
      items[s] = children(body, this.prefix, CHILD[s]);
      index[s] = new Map();
      items[s].forEach((x, i) => {
        if (!index[s].has(x)) index[s].set(x, i);
      });
    }
    this.items = items;
    this.index = index;
    this.originalXfCount = items.cellXfs.length;
  }

  /** True when the part has what highlighting needs (fills, borders, cell formats). */
  usable(): boolean {
    return this.section("fills") !== null && this.section("borders") !== null && this.section("cellXfs") !== null;
  }

  private section(s: Section, xml = this.xml): { start: number; end: number; open: string; body: string } | null {
    const p = escapeRe(this.prefix);
    const re = new RegExp(`<${p}${s}\\b([^>]*?)(/>|>([\\s\\S]*?)</${p}${s}>)`);
    const m = re.exec(xml);
    if (!m) return null;
    return { start: m.index, end: m.index + m[0].length, open: m[1], body: m[3] ?? "" };
  }

  xf(i: number): string {
    return (
      this.all("cellXfs")[i] ??
      this.all("cellXfs")[0] ??
      `<${this.prefix}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`
    );
  }
  fill(i: number): string | undefined {
    return this.all("fills")[i];
  }
  border(i: number): string | undefined {
    return this.all("borders")[i];
  }
  font(i: number): string | undefined {
    return this.all("fonts")[i];
  }
  numFmtCodes(): Map<number, string> {
    const out = new Map<number, string>();
    for (const x of this.all("numFmts")) {
      const id = /numFmtId="(\d+)"/.exec(x);
      const code = /formatCode="([^"]*)"/.exec(x);
      if (id && code) out.set(Number(id[1]), code[1]);
    }
    return out;
  }

  private all(s: Section): string[] {
    return this.items[s];
  }

  /** Index of an element with exactly this XML, appended when new. */
  private add(s: Section, xml: string): number {
    const hit = this.index[s].get(xml);
    if (hit !== undefined) return hit;
    // items holds the original elements followed by the added ones (all() reads it as it is).
    const i = this.items[s].length;
    this.items[s].push(xml);
    this.added[s].push(xml);
    this.index[s].set(xml, i);
    return i;
  }

  addFill(xml: string): number {
    return this.add("fills", xml);
  }
  addBorder(xml: string): number {
    return this.add("borders", xml);
  }
  addFont(xml: string): number {
    return this.add("fonts", xml);
  }
  addXf(xml: string): number {
    return this.add("cellXfs", xml);
  }
  /** A number format's id: an existing one with this code, else a new custom id (164 and up). */
  addNumFmt(code: string, escapedCode: string): number {
    for (const [id, c] of this.numFmtCodes()) if (c === escapedCode) return id;
    const ids = [...this.numFmtCodes().keys()];
    const id = Math.max(163, ...ids) + 1;
    this.add("numFmts", `<${this.prefix}numFmt numFmtId="${id}" formatCode="${escapedCode}"/>`);
    void code;
    return id;
  }

  /** The patched part. */
  toString(): string {
    let xml = this.xml;
    // From the last section to the first, so that earlier offsets stay valid.
    const order = [...SECTIONS].map((s) => ({ s, at: this.section(s, xml)?.start ?? -1 })).sort((a, b) => b.at - a.at);
    for (const { s } of order) {
      if (this.added[s].length === 0) continue;
      const sec = this.section(s, xml);
      const count = this.items[s].length;
      const tag = `${this.prefix}${s}`;
      if (sec) {
        const open = /\bcount="\d+"/.test(sec.open)
          ? sec.open.replace(/\bcount="\d+"/, `count="${count}"`)
          : `${sec.open} count="${count}"`;
        xml = `${xml.slice(0, sec.start)}<${tag}${open}>${sec.body}${this.added[s].join("")}</${tag}>${xml.slice(sec.end)}`;
      } else if (s === "numFmts") {
        // numFmts comes first in styleSheet.
        const root = /<(\w+:)?styleSheet\b[^>]*>/.exec(xml)!;
        const at = root.index + root[0].length;
        xml = `${xml.slice(0, at)}<${tag} count="${count}">${this.added[s].join("")}</${tag}>${xml.slice(at)}`;
      }
    }
    return xml;
  }

  changed(): boolean {
    return SECTIONS.some((s) => this.added[s].length > 0) || this.xml !== this.source;
  }
}

/** An element's XML with an attribute set (added when missing). */
export function setAttr(elementXml: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}=)"[^"]*"`);
  if (re.test(elementXml)) return elementXml.replace(re, `$1"${value}"`);
  return elementXml.replace(/^(<[\w:]+)/, `$1 ${name}="${value}"`);
}
