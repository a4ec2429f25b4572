/**
 * styles.xml patched as text: new fonts, fills, borders, number formats and cell formats are
 * APPENDED (an identical one already there is reused); existing ones keep their indices and bytes.
 */

const SECTIONS = ["numFmts", "fonts", "fills", "borders", "cellXfs"] as const;
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

  constructor(private readonly xml: string) {
    const root = /<(\w+:)?styleSheet\b/.exec(xml);
    this.prefix = root?.[1] ?? "";
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
    return this.added[s].length ? [...this.items[s], ...this.added[s]] : this.items[s];
  }

  /** Index of an element with exactly this XML, appended when new. */
  private add(s: Section, xml: string): number {
    const hit = this.index[s].get(xml);
    if (hit !== undefined) return hit;
    const i = this.items[s].length + this.added[s].length;
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

  /** The patched part (the original text when nothing was added). */
  toString(): string {
    let xml = this.xml;
    // From the last section to the first, so that earlier offsets stay valid.
    const order = [...SECTIONS].map((s) => ({ s, at: this.section(s, xml)?.start ?? -1 })).sort((a, b) => b.at - a.at);
    for (const { s } of order) {
      if (this.added[s].length === 0) continue;
      const sec = this.section(s, xml);
      const count = this.items[s].length + this.added[s].length;
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
    return SECTIONS.some((s) => this.added[s].length > 0);
  }
}

/** An element's XML with an attribute set (added when missing). */
export function setAttr(elementXml: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name}=)"[^"]*"`);
  if (re.test(elementXml)) return elementXml.replace(re, `$1"${value}"`);
  return elementXml.replace(/^(<[\w:]+)/, `$1 ${name}="${value}"`);
}
