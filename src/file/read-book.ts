import { BUILTIN_NUMBER_FORMATS } from "../core/recognize/number-format";
import { Package } from "./package/package";
import { parseXml, XmlStream, type XmlHandler } from "./package/xml";

/**
 * The workbook-level parts the engine needs, read through the relationships: the sheet list
 * (names, states, parts, kinds), the 1904 flag, styles (number formats, fonts, fills, borders and
 * the cell formats that use them) and the shared strings.
 */

export type SheetKind = "worksheet" | "chartsheet" | "dialogsheet" | "macrosheet" | "other";

export interface BookSheet {
  name: string;
  sheetId: string;
  relId: string;
  /** "visible" | "hidden" | "veryHidden". */
  state: string;
  /** The sheet's part (resolved through the workbook's relationships), or null when missing. */
  part: string | null;
  kind: SheetKind;
}

export interface CellFormat {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
}

export interface BookStyles {
  /** Custom number formats by id. */
  numFmts: Map<number, string>;
  /** Font names by font index (null when a font has none). */
  fontNames: (string | null)[];
  cellXfs: CellFormat[];
  /** Number format of each cell format (index = s), "General" when none. */
  xfNumFmt: string[];
  /** Font name of each cell format, or null. */
  xfFont: (string | null)[];
}

export interface Book {
  pkg: Package;
  workbookPart: string;
  sheets: BookSheet[];
  date1904: boolean;
  stylesPart: string | null;
  sharedStringsPart: string | null;
  styles: BookStyles;
  sharedStrings: string[];
}

const KIND_BY_TYPE: Record<string, SheetKind> = {
  worksheet: "worksheet",
  chartsheet: "chartsheet",
  dialogsheet: "dialogsheet",
  xlMacrosheet: "macrosheet",
  xlIntlMacrosheet: "macrosheet",
};

const truthy = (v: string | undefined) => v === "1" || v === "true" || v === "on";

export function readBook(pkg: Package): Book | null {
  const workbookPart = pkg.mainPart();
  if (!workbookPart) return null;
  const wbBytes = pkg.read(workbookPart)!;
  const rels = pkg.rels(workbookPart);
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheets: BookSheet[] = [];
  let date1904 = false;
  parseXml(wbBytes, {
    open(name, a) {
      if (name === "workbookPr") date1904 = truthy(a.date1904);
      else if (name === "sheet") {
        const rel = relById.get(a.id ?? "");
        const part = rel && !rel.external && pkg.has(rel.target) ? rel.target : null;
        sheets.push({
          name: a.name ?? "",
          sheetId: a.sheetId ?? "",
          relId: a.id ?? "",
          state: a.state ?? "visible",
          part,
          kind: rel ? (KIND_BY_TYPE[rel.type] ?? "other") : "other",
        });
      }
    },
  });
  const stylesRel = rels.find((r) => !r.external && r.type === "styles" && pkg.has(r.target));
  const sstRel = rels.find((r) => !r.external && r.type === "sharedStrings" && pkg.has(r.target));
  const stylesPart = stylesRel?.target ?? null;
  const sharedStringsPart = sstRel?.target ?? null;
  return {
    pkg,
    workbookPart,
    sheets,
    date1904,
    stylesPart,
    sharedStringsPart,
    styles: readStyles(stylesPart ? pkg.read(stylesPart) : null),
    sharedStrings: sharedStringsPart ? readSharedStrings(pkg, sharedStringsPart) : [],
  };
}

export function readStyles(bytes: Uint8Array | null): BookStyles {
  const numFmts = new Map<number, string>();
  const fontNames: (string | null)[] = [];
  const cellXfs: CellFormat[] = [];
  if (bytes) {
    const stack: string[] = [];
    parseXml(bytes, {
      open(name, a) {
        const parent = stack[stack.length - 1];
        if (name === "numFmt" && parent === "numFmts") numFmts.set(Number(a.numFmtId), a.formatCode ?? "");
        else if (name === "font" && parent === "fonts") fontNames.push(null);
        else if (name === "name" && parent === "font" && stack[stack.length - 2] === "fonts")
          fontNames[fontNames.length - 1] = a.val ?? null;
        else if (name === "xf" && parent === "cellXfs")
          cellXfs.push({
            numFmtId: Number(a.numFmtId ?? 0) || 0,
            fontId: Number(a.fontId ?? 0) || 0,
            fillId: Number(a.fillId ?? 0) || 0,
            borderId: Number(a.borderId ?? 0) || 0,
          });
        stack.push(name);
      },
      close() {
        stack.pop();
      },
    });
  }
  const xfNumFmt = cellXfs.map((xf) => numFmts.get(xf.numFmtId) ?? BUILTIN_NUMBER_FORMATS[xf.numFmtId] ?? "General");
  const xfFont = cellXfs.map((xf) => fontNames[xf.fontId] ?? null);
  return { numFmts, fontNames, cellXfs, xfNumFmt, xfFont };
}

/** ST_Xstring escapes: _xHHHH_ stands for the character U+HHHH (_x005F_ for a literal "_"). */
export function decodeXstring(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Shared strings: rich text runs joined, phonetic runs (rPh) left out. */
export function readSharedStrings(pkg: Package, part: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inT = false;
  let rph = 0;
  streamPart(pkg, part, {
    open(name) {
      if (name === "si") cur = "";
      else if (name === "rPh") rph++;
      else if (name === "t" && rph === 0) inT = true;
    },
    close(name) {
      if (name === "si") out.push(decodeXstring(cur));
      else if (name === "rPh") rph--;
      else if (name === "t") inT = false;
    },
    text(t) {
      if (inT) cur += t;
    },
  });
  return out;
}

export function streamPart(pkg: Package, part: string, handler: XmlHandler): boolean {
  const xml = new XmlStream(handler);
  const found = pkg.stream(part, (c) => xml.writeBytes(c));
  if (found) xml.close();
  return found;
}
