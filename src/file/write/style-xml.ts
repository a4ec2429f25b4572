import { escapeXml } from "../../core/text";

/**
 * Fills, borders and font colours between styles.xml elements and the exceljs-shaped JSON the
 * shared highlight state keeps as its exact record (core/highlight/xlsx-style.ts reads that JSON).
 */

type Color = { argb?: string; theme?: number; tint?: number; indexed?: number };

function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)="([^"]*)"/g)) out[m[1].replace(/^\w+:/, "")] = m[2];
  return out;
}

function colorFrom(tag: string | undefined): Color | undefined {
  if (!tag) return undefined;
  const a = attrs(tag);
  const c: Color = {};
  if (a.rgb) c.argb = a.rgb.toUpperCase();
  if (a.theme !== undefined) c.theme = Number(a.theme);
  if (a.tint !== undefined) c.tint = Number(a.tint);
  if (a.indexed !== undefined) c.indexed = Number(a.indexed);
  return Object.keys(c).length ? c : undefined;
}

function colorXml(prefix: string, name: string, c: Color | undefined): string {
  if (!c) return "";
  let s = `<${prefix}${name}`;
  if (c.argb) s += ` rgb="${escapeXml(c.argb)}"`;
  if (c.theme !== undefined) s += ` theme="${c.theme}"`;
  if (c.tint !== undefined) s += ` tint="${c.tint}"`;
  if (c.indexed !== undefined) s += ` indexed="${c.indexed}"`;
  return s + "/>";
}

const tagOf = (xml: string, name: string): string | undefined =>
  new RegExp(`<(?:\\w+:)?${name}\\b[^>]*>`).exec(xml)?.[0];

/** exceljs-shaped JSON of a <fill> element (undefined: no fill). */
export function fillJson(xml: string | undefined): unknown {
  if (!xml) return undefined;
  const pattern = tagOf(xml, "patternFill");
  if (pattern) {
    const type = attrs(pattern).patternType ?? "none";
    if (type === "none") return undefined;
    const out: Record<string, unknown> = { type: "pattern", pattern: type };
    const fg = colorFrom(tagOf(xml, "fgColor"));
    const bg = colorFrom(tagOf(xml, "bgColor"));
    if (fg) out.fgColor = fg;
    if (bg) out.bgColor = bg;
    return out;
  }
  if (tagOf(xml, "gradientFill")) {
    const stops = [...xml.matchAll(/<(?:\w+:)?stop\b[^>]*position="([^"]*)"[^>]*>([\s\S]*?)<\/(?:\w+:)?stop>/g)].map(
      (m) => ({ position: Number(m[1]), color: colorFrom(tagOf(m[2], "color")) }),
    );
    return { type: "gradient", stops };
  }
  return undefined;
}

/** A <fill> element from exceljs-shaped JSON. */
export function fillXml(prefix: string, json: unknown): string {
  const f = json as { type?: string; pattern?: string; fgColor?: Color; bgColor?: Color } | undefined;
  if (!f || f.type !== "pattern" || !f.pattern)
    return `<${prefix}fill><${prefix}patternFill patternType="none"/></${prefix}fill>`;
  const inner = colorXml(prefix, "fgColor", f.fgColor) + colorXml(prefix, "bgColor", f.bgColor);
  return `<${prefix}fill><${prefix}patternFill patternType="${escapeXml(f.pattern)}"${inner ? `>${inner}</${prefix}patternFill>` : "/>"}</${prefix}fill>`;
}

const SIDES = ["left", "right", "top", "bottom"] as const;

/** exceljs-shaped JSON of a <border> element (undefined: no edges). */
export function borderJson(xml: string | undefined): unknown {
  if (!xml) return undefined;
  const out: Record<string, unknown> = {};
  for (const side of SIDES) {
    const m = new RegExp(`<(?:\\w+:)?${side}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</(?:\\w+:)?${side}>)`).exec(xml);
    if (!m) continue;
    const style = attrs(`<x ${m[1]}>`).style;
    if (!style) continue;
    const color = colorFrom(m[2] ? tagOf(m[2], "color") : undefined);
    out[side] = color ? { style, color } : { style };
  }
  return Object.keys(out).length ? out : undefined;
}

/** A <border> element from exceljs-shaped JSON. */
export function borderXml(prefix: string, json: unknown): string {
  const b = (json ?? {}) as Record<string, { style?: string; color?: Color } | undefined>;
  let s = `<${prefix}border>`;
  for (const side of SIDES) {
    const e = b[side];
    if (e?.style) {
      const c = colorXml(prefix, "color", e.color);
      s += `<${prefix}${side} style="${escapeXml(e.style)}"${c ? `>${c}</${prefix}${side}>` : "/>"}`;
    } else s += `<${prefix}${side}/>`;
  }
  return s + `<${prefix}diagonal/></${prefix}border>`;
}

/** exceljs-shaped JSON of a <font> element's colour part ({ color } or {}). */
export function fontJson(xml: string | undefined): unknown {
  if (!xml) return undefined;
  const color = colorFrom(tagOf(xml, "color"));
  return color ? { color } : {};
}

/** The font element with its colour replaced (removed for undefined). */
export function fontWithColor(prefix: string, fontXml: string, color: Color | undefined): string {
  let x = fontXml.replace(/<(?:\w+:)?color\b[^>]*\/>/, "");
  if (!color) return x;
  const c = colorXml(prefix, "color", color);
  if (/\/>$/.test(x) && !/<\/(?:\w+:)?font>$/.test(x)) return x.replace(/\/>$/, `>${c}</${prefix}font>`);
  // CT_Font's order: ... sz, color, name, family, charset, scheme.
  const after = /<(?:\w+:)?(?:name|family|charset|scheme)\b/.exec(x);
  if (after) return x.slice(0, after.index) + c + x.slice(after.index);
  return x.replace(/(<\/(?:\w+:)?font>)$/, `${c}$1`);
}
