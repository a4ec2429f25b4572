import type { LegacyBackupEntry } from "../marker";
import { parseRect } from "../a1";
import {
  NO_BORDERS,
  NO_EDGE,
  type BlockState,
  type CellBorders,
  type EdgeState,
  type FillState,
  type FontColorState,
  type HighlightState,
  type SheetState,
} from "./state";

/**
 * Between the .xlsx file's styles (as exceljs gives them: plain JSON, OOXML names) and the
 * portable values of the highlight state (Office.js terms). Pure data in and out: no exceljs here.
 *
 * Colours: { argb }, { theme, tint } (resolved through the workbook's theme palette, the default
 * Office palette when unknown) or { indexed } (Excel's legacy 64-colour palette).
 */

/** A colour as exceljs reads it. */
export interface XlsxColor {
  argb?: string;
  theme?: number;
  tint?: number;
  indexed?: number;
}

/** Theme colours in OOXML index order: lt1, dk1, lt2, dk2, accent1..6, hlink, folHlink. */
export type ThemePalette = readonly string[];

/** The Office 2013-2022 theme. */
export const DEFAULT_THEME_PALETTE: ThemePalette = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** Excel's legacy indexed colours (0-63; 64 = system foreground, 65 = system background). */
const INDEXED = (
  "000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF 000000 FFFFFF FF0000 00FF00 0000FF FFFF00 FF00FF 00FFFF " +
  "800000 008000 000080 808000 800080 008080 C0C0C0 808080 9999FF 993366 FFFFCC CCFFFF 660066 FF8080 0066CC CCCCFF " +
  "000080 FF00FF FFFF00 00FFFF 800080 800000 008080 0000FF 00CCFF CCFFFF CCFFCC FFFF99 99CCFF FF99CC CC99FF FFCC99 " +
  "3366FF 33CCCC 99CC00 FFCC00 FF9900 FF6600 666699 969696 003366 339966 003300 333300 993300 993366 333399 333333"
).split(" ");

/** The theme palette from a workbook's theme XML (xl/theme/theme1.xml), or the default. */
export function themePaletteFromXml(xml: string | null | undefined): ThemePalette {
  if (!xml) return DEFAULT_THEME_PALETTE;
  const pick = (tag: string): string | null => {
    const m = new RegExp(`<a:${tag}>([\\s\\S]*?)</a:${tag}>`).exec(xml);
    if (!m) return null;
    const c = /<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(m[1]) ?? /lastClr="([0-9A-Fa-f]{6})"/.exec(m[1]);
    return c ? c[1].toUpperCase() : null;
  };
  const order = ["lt1", "dk1", "lt2", "dk2", "accent1", "accent2", "accent3", "accent4", "accent5", "accent6"];
  const out = [...order, "hlink", "folHlink"].map((t, i) => pick(t) ?? DEFAULT_THEME_PALETTE[i]);
  return out;
}

function hex2(n: number): string {
  return Math.round(Math.min(255, Math.max(0, n)))
    .toString(16)
    .padStart(2, "0")
    .toUpperCase();
}

/** OOXML tint: lightens (tint > 0) or darkens (tint < 0) the colour's HSL luminance. */
export function applyTint(rgb: string, tint: number): string {
  if (!tint) return rgb.toUpperCase();
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(rgb.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  let l = (max + min) / 2;
  const d = max - min;
  const s = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let h = 0;
  if (d !== 0) {
    if (max === r) h = ((g - b) / d) % 6;
    else if (max === g) h = (b - r) / d + 2;
    else h = (r - g) / d + 4;
    h *= 60;
    if (h < 0) h += 360;
  }
  l = tint < 0 ? l * (1 + tint) : l * (1 - tint) + tint;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((h / 60) % 2) - 1));
  const m = l - c / 2;
  const [r1, g1, b1] =
    h < 60
      ? [c, x, 0]
      : h < 120
        ? [x, c, 0]
        : h < 180
          ? [0, c, x]
          : h < 240
            ? [0, x, c]
            : h < 300
              ? [x, 0, c]
              : [c, 0, x];
  return hex2((r1 + m) * 255) + hex2((g1 + m) * 255) + hex2((b1 + m) * 255);
}

/** "#RRGGBB" of an exceljs colour, or null when it is automatic or unknown. */
export function resolveColor(c: XlsxColor | undefined, palette: ThemePalette = DEFAULT_THEME_PALETTE): string | null {
  if (!c) return null;
  let rgb: string | null = null;
  if (typeof c.argb === "string" && /^[0-9A-Fa-f]{6,8}$/.test(c.argb)) rgb = c.argb.slice(-6);
  else if (typeof c.theme === "number") rgb = palette[c.theme] ?? null;
  else if (typeof c.indexed === "number") rgb = INDEXED[c.indexed] ?? null;
  if (rgb === null) return null;
  return `#${applyTint(rgb, c.tint ?? 0)}`;
}

interface XlsxFill {
  type?: string;
  pattern?: string;
  fgColor?: XlsxColor;
  bgColor?: XlsxColor;
  stops?: { color?: XlsxColor }[];
}

/** The portable fill of an exceljs fill (a pattern shows as its foreground colour; a gradient as its first stop). */
export function fillFromXlsx(fill: unknown, palette?: ThemePalette): FillState {
  const f = fill as XlsxFill | undefined | null;
  if (!f || typeof f !== "object") return null;
  if (f.type === "gradient") return resolveColor(f.stops?.[0]?.color, palette);
  if (!f.pattern || f.pattern === "none") return null;
  return resolveColor(f.fgColor, palette) ?? (f.pattern === "solid" ? null : resolveColor(f.bgColor, palette));
}

/** The exceljs fill for a portable one (undefined: no fill). */
export function xlsxFill(fill: FillState): object | undefined {
  if (fill === null) return undefined;
  return { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill.slice(1).toUpperCase()}` } };
}

/** The portable font colour of an exceljs font (null: automatic). */
export function fontColorFromXlsx(font: unknown, palette?: ThemePalette): FontColorState {
  const f = font as { color?: XlsxColor } | undefined | null;
  return f && typeof f === "object" ? resolveColor(f.color, palette) : null;
}

const TO_OFFICE: Record<string, [string, string]> = {
  thin: ["Continuous", "Thin"],
  hair: ["Continuous", "Hairline"],
  medium: ["Continuous", "Medium"],
  thick: ["Continuous", "Thick"],
  dashed: ["Dash", "Thin"],
  mediumDashed: ["Dash", "Medium"],
  dotted: ["Dot", "Thin"],
  double: ["Double", "Thick"],
  dashDot: ["DashDot", "Thin"],
  mediumDashDot: ["DashDot", "Medium"],
  dashDotDot: ["DashDotDot", "Thin"],
  mediumDashDotDot: ["DashDotDot", "Medium"],
  slantDashDot: ["SlantDashDot", "Medium"],
};

/** Office.js line style and weight -> OOXML border style (undefined: no line). */
export function xlsxBorderStyle(e: EdgeState): string | undefined {
  const heavy = e.weight === "Medium" || e.weight === "Thick";
  switch (e.style) {
    case "None":
      return undefined;
    case "Continuous":
      return e.weight === "Hairline"
        ? "hair"
        : e.weight === "Medium"
          ? "medium"
          : e.weight === "Thick"
            ? "thick"
            : "thin";
    case "Dash":
      return heavy ? "mediumDashed" : "dashed";
    case "Dot":
      return "dotted";
    case "Double":
      return "double";
    case "DashDot":
      return heavy ? "mediumDashDot" : "dashDot";
    case "DashDotDot":
      return heavy ? "mediumDashDotDot" : "dashDotDot";
    case "SlantDashDot":
      return "slantDashDot";
    default:
      return "thin";
  }
}

/** The portable borders of an exceljs border object. */
export function bordersFromXlsx(border: unknown, palette?: ThemePalette): CellBorders {
  const b = border as Record<string, { style?: string; color?: XlsxColor } | undefined> | undefined | null;
  if (!b || typeof b !== "object") return NO_BORDERS;
  const edge = (side: string): EdgeState => {
    const e = b[side];
    const o = e?.style ? TO_OFFICE[e.style] : undefined;
    if (!o) return NO_EDGE;
    return { style: o[0], weight: o[1], color: resolveColor(e?.color, palette) ?? "#000000" };
  };
  return { top: edge("top"), bottom: edge("bottom"), left: edge("left"), right: edge("right") };
}

/** The exceljs border object for portable borders (undefined: none). */
export function xlsxBorders(b: CellBorders): object | undefined {
  const out: Record<string, object> = {};
  for (const side of ["top", "left", "bottom", "right"] as const) {
    const style = xlsxBorderStyle(b[side]);
    if (style) out[side] = { style, color: { argb: `FF${b[side].color.replace(/^#/, "").toUpperCase()}` } };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * The legacy C:F backup (core/marker.ts) in the common format. Legacy entries were restored last
 * to first (the first entry for a cell won): here they come in reverse, so that the first wins.
 */
export function legacyBackupToState(entries: readonly LegacyBackupEntry[], palette?: ThemePalette): HighlightState {
  const sheets: SheetState[] = [];
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (!parseRect(e.range)) continue;
    let raw: unknown;
    try {
      raw = e.value === "" ? undefined : JSON.parse(e.value);
    } catch {
      continue;
    }
    const block: BlockState =
      e.property === "fill"
        ? { a: e.range, fill: fillFromXlsx(raw, palette), xlsx: { fill: e.value } }
        : { a: e.range, borders: bordersFromXlsx(raw, palette), xlsx: { border: e.value } };
    let sh = sheets.find((s) => s.sheet === e.sheet);
    if (!sh) sheets.push((sh = { sheet: e.sheet, id: null, blocks: [] }));
    sh.blocks.push(block);
  }
  return { version: 1, sheets };
}
