import { parseRef } from "../read-sheet-cells";

/**
 * A worksheet part patched as text: only the style index (s="") of given cells changes. A cell
 * that is not stored is added (empty, with its new style) in column order; a row that is not
 * stored is added in row order. Everything else is kept byte for byte.
 */

export interface StyleScan {
  /** Style index of each wanted cell as stored or as shown (row style, column style, 0). */
  styleAt(row: number, col: number): number;
}

interface RowInfo {
  s: number | null; // row style when customFormat
  cells: Map<number, number>;
}

const ROW_RE = /<(\w+:)?row\b([^>]*?)(\/?)>/g;
const CELL_RE = /<(\w+:)?c\b([^>]*?)(\/>|>[\s\S]*?<\/\1c>)/g;
const attr = (attrs: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attrs)?.[1];

function colStyles(xml: string): { min: number; max: number; style: number }[] {
  const out: { min: number; max: number; style: number }[] = [];
  const cols = /<(\w+:)?cols\b[^>]*>([\s\S]*?)<\/\1cols>/.exec(xml);
  if (!cols) return out;
  for (const m of cols[2].matchAll(/<(?:\w+:)?col\b([^>]*?)\/?>/g)) {
    const style = attr(m[1], "style");
    if (style !== undefined)
      out.push({ min: Number(attr(m[1], "min")), max: Number(attr(m[1], "max")), style: Number(style) });
  }
  return out;
}

/** Finds the rows of sheetData with their end offsets; calls fn for each. */
function eachRow(
  xml: string,
  fn: (
    row: number,
    start: number,
    openEnd: number,
    end: number,
    attrs: string,
    selfClosing: boolean,
    prefix: string,
  ) => void,
): void {
  ROW_RE.lastIndex = 0;
  let prev = 0;
  let m: RegExpExecArray | null;
  while ((m = ROW_RE.exec(xml))) {
    const prefix = m[1] ?? "";
    const r = Number(attr(m[2], "r"));
    const row = Number.isInteger(r) && r > 0 ? r : prev + 1;
    prev = row;
    const openEnd = m.index + m[0].length;
    let end = openEnd;
    if (!m[3]) {
      const close = xml.indexOf(`</${prefix}row>`, openEnd);
      end = close < 0 ? xml.length : close + `</${prefix}row>`.length;
    }
    fn(row, m.index, openEnd, end, m[2], m[3] === "/", prefix);
    ROW_RE.lastIndex = end;
  }
}

function eachCell(content: string, fn: (col: number, start: number, end: number, attrs: string) => void): void {
  CELL_RE.lastIndex = 0;
  let prev = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL_RE.exec(content))) {
    const ref = attr(m[2], "r");
    const c = ref ? parseRef(ref)[1] : 0;
    const col = c > 0 ? c : prev + 1;
    prev = col;
    fn(col, m.index, m.index + m[0].length, m[2]);
  }
}

/** The style of the wanted rows' cells, as stored or as shown. */
export function scanSheetStyles(xml: string, rows: ReadonlySet<number>): StyleScan {
  const info = new Map<number, RowInfo>();
  eachRow(xml, (row, _s, openEnd, end, attrs, selfClosing) => {
    if (!rows.has(row)) return;
    const custom = attr(attrs, "customFormat");
    const s = custom === "1" || custom === "true" ? Number(attr(attrs, "s") ?? 0) : null;
    const cells = new Map<number, number>();
    if (!selfClosing)
      eachCell(xml.slice(openEnd, end), (col, _a, _b, cattrs) => cells.set(col, Number(attr(cattrs, "s") ?? 0) || 0));
    info.set(row, { s, cells });
  });
  const cols = colStyles(xml);
  return {
    styleAt(row, col) {
      const r = info.get(row);
      const stored = r?.cells.get(col);
      if (stored !== undefined) return stored;
      if (r && r.s !== null) return r.s;
      return cols.find((c) => col >= c.min && col <= c.max)?.style ?? 0;
    },
  };
}

const letters = (col: number): string => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

function setS(cellOpen: string, s: number): string {
  if (/\ss="[^"]*"/.test(cellOpen)) return cellOpen.replace(/\ss="[^"]*"/, ` s="${s}"`);
  return cellOpen.replace(/^(<[\w:]*c)\b/, `$1 s="${s}"`);
}

/** The part with the given cells' style indices set: changes[row][col] = s. */
export function patchSheetStyles(xml: string, changes: ReadonlyMap<number, ReadonlyMap<number, number>>): string {
  if (changes.size === 0) return xml;
  const out: string[] = [];
  let last = 0;
  const pendingRows = [...changes.keys()].sort((a, b) => a - b);
  let next = 0;
  let prefix = "";
  const newRow = (row: number, p: string) => {
    const cells = [...changes.get(row)!].sort((a, b) => a[0] - b[0]);
    return `<${p}row r="${row}">${cells.map(([c, s]) => `<${p}c r="${letters(c)}${row}" s="${s}"/>`).join("")}</${p}row>`;
  };
  eachRow(xml, (row, start, openEnd, end, _attrs, selfClosing, p) => {
    prefix = p;
    // Rows to add before this one.
    while (next < pendingRows.length && pendingRows[next] < row) {
      out.push(xml.slice(last, start));
      last = start;
      out.push(newRow(pendingRows[next], p));
      next++;
    }
    if (next < pendingRows.length && pendingRows[next] === row) {
      next++;
      const want = new Map(changes.get(row)!);
      out.push(xml.slice(last, start));
      const open = xml.slice(start, openEnd);
      const content = selfClosing ? "" : xml.slice(openEnd, end - `</${p}row>`.length);
      let body = "";
      let at = 0;
      const insertBefore = (col: number) => {
        const add = [...want].filter(([c]) => c < col).sort((a, b) => a[0] - b[0]);
        for (const [c, s] of add) {
          body += `<${p}c r="${letters(c)}${row}" s="${s}"/>`;
          want.delete(c);
        }
      };
      eachCell(content, (col, cs, ce) => {
        insertBefore(col);
        body += content.slice(at, cs);
        const cell = content.slice(cs, ce);
        const s = want.get(col);
        if (s !== undefined) {
          const openLen = cell.indexOf(">") + 1;
          body += setS(cell.slice(0, openLen), s) + cell.slice(openLen);
          want.delete(col);
        } else body += cell;
        at = ce;
      });
      insertBefore(Infinity);
      body += content.slice(at);
      out.push(selfClosing ? `${open.replace(/\s*\/>$/, ">")}${body}</${p}row>` : `${open}${body}</${p}row>`);
      last = end;
    }
  });
  // Rows after the last stored one.
  if (next < pendingRows.length) {
    const close = new RegExp(`</(\\w+:)?sheetData>`).exec(xml.slice(last));
    const selfClosed = new RegExp(`<(\\w+:)?sheetData\\s*/>`).exec(xml.slice(last));
    const rest = pendingRows.slice(next);
    if (close) {
      const at = last + close.index;
      const p = close[1] ?? prefix;
      out.push(xml.slice(last, at));
      for (const r of rest) out.push(newRow(r, p));
      last = at;
    } else if (selfClosed) {
      const at = last + selfClosed.index;
      const p = selfClosed[1] ?? "";
      out.push(xml.slice(last, at));
      out.push(`<${p}sheetData>${rest.map((r) => newRow(r, p)).join("")}</${p}sheetData>`);
      last = at + selfClosed[0].length;
    }
  }
  out.push(xml.slice(last));
  return out.join("");
}
