import { existsSync, readFileSync, readdirSync } from "fs";
import { join } from "path";
import { readWorkbook } from "../../src/file/read-workbook";
import { checkWorkbook, columnIndex, columnLetter, type PlanReport, type SheetSnapshot } from "../../src/core";

/**
 * The same plans, moved or retyped in ways that must not change what the checker finds: the table
 * shifted down and right, header labels typed without diacritics, section titles not merged.
 */
const SHARED = join(__dirname, "..", "fixtures");
const EXTRA = join(__dirname, "..", "fixtures-extra");
/** The shared fixtures and the extra ones (test/fixtures-extra); those already in a legacy encoding are not re-encoded. */
const dirOf = (name: string): string => (existsSync(join(SHARED, `${name}.xlsx`)) ? SHARED : EXTRA);
const NAMES = [
  "kh-607-bqlkkt-2025",
  "kh-34-krongpa-2020",
  "kh-rui-ro-2025",
  "kh-khong-dau",
  ...readdirSync(EXTRA)
    .filter((f) => f.endsWith(".expected.json"))
    .map((f) => f.replace(/\.expected\.json$/, "")),
];
const LEGACY = new Set(["kh-pccc-tcvn3-2025", "kh-kiem-tra-vni-2026", "kh-dan-van-vni-mat-font-2025"]);

async function load(name: string): Promise<{ snaps: SheetSnapshot[]; want: PlanReport }> {
  const dir = dirOf(name);
  const want = JSON.parse(readFileSync(join(dir, `${name}.expected.json`), "utf8")) as PlanReport;
  const snaps = await readWorkbook(readFileSync(join(dir, `${name}.xlsx`)), `${name}.xlsx`);
  return { snaps, want };
}

const opts = (want: PlanReport) => ({ asOf: want.asOf, dueSoonDays: want.dueSoonDays });
const summary = (r: PlanReport, dr = 0, dc = 0) =>
  r.sheets.map((s) => ({
    sheet: s.sheet,
    recognized: s.recognized,
    columns: s.table
      ? Object.fromEntries(
          Object.entries(s.table.columns).map(([k, v]) => [k, v === null ? null : columnLetter(columnIndex(v) + dc)]),
        )
      : null,
    items: s.items.map((i) =>
      i.type === "task"
        ? [i.row + dr, i.stt, i.section, i.lead.map((u) => u.toLowerCase()), i.deadline.due, i.status]
        : [i.row + dr, i.stt, i.level],
    ),
    issues: s.issues.map((i) => [
      i.row === null ? null : i.row + dr,
      i.column === null ? null : columnLetter(columnIndex(i.column) + dc),
      i.code,
    ]),
  }));

describe.each(NAMES)("%s", (name) => {
  test("shifted down 3 rows and right 2 columns", async () => {
    const { snaps, want } = await load(name);
    const moved = snaps.map((s) => ({
      ...s,
      origin: { row: s.origin.row + 3, col: s.origin.col + 2 },
      merges: s.merges.map((m) => ({ top: m.top + 3, bottom: m.bottom + 3, left: m.left + 2, right: m.right + 2 })),
    }));
    const got = checkWorkbook(moved, name, opts(want));
    expect(summary(got)).toEqual(summary(want, 3, 2));
  });

  test("section titles not merged across the row", async () => {
    const { snaps, want } = await load(name);
    const unmerged = snaps.map((s) => ({
      ...s,
      merges: s.merges.filter((m) => (m.top === m.bottom && m.left > s.origin.col && m.top > 8 ? false : true)),
    }));
    const got = checkWorkbook(unmerged, name, opts(want));
    expect(summary(got)).toEqual(summary(want));
  });
});

describe.each(NAMES)("%s, retyped", (name) => {
  // Legacy text stripped of "diacritics" would be no text at all: only Unicode fixtures are retyped.
  (LEGACY.has(name) ? test.skip : test)("header labels typed without diacritics", async () => {
    const { snaps, want } = await load(name);
    const plain = (t: string) =>
      t
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D");
    const retyped = snaps.map((s) => {
      const got = checkWorkbook([s], name, opts(want)).sheets[0];
      if (!got.table) return s;
      const rows = new Set(got.table.headerRows.map((r) => r - s.origin.row));
      const relabel = <T>(grid: T[][]) =>
        grid.map((row, i) => (rows.has(i) ? row.map((v) => (typeof v === "string" ? (plain(v) as T) : v)) : row));
      return { ...s, values: relabel(s.values), text: relabel(s.text) };
    });
    expect(summary(checkWorkbook(retyped, name, opts(want)))).toEqual(summary(want));
  });

  (LEGACY.has(name) ? test.skip : test)(
    "the whole sheet in TCVN3 with a .VnTime font: the same findings, plus one legacy_encoding",
    async () => {
      const { encodeTcvn3 } = await import("../../src/core/text");
      const { snaps, want } = await load(name);
      // Plain ASCII is the same in TCVN3: only text with Vietnamese letters is encoded.
      const enc = (t: string) => (/[\u0080-\uffff]/.test(t) ? encodeTcvn3(t) : t);
      const legacy = snaps.map((s) => ({
        ...s,
        values: s.values.map((row) => row.map((v) => (typeof v === "string" ? enc(v) : v))),
        text: s.text.map((row, i) => row.map((t, j) => (typeof s.values[i][j] === "string" ? enc(t) : t))),
        fonts: s.values.map((row) => row.map(() => ".VnTime")),
      }));
      const got = checkWorkbook(legacy, name, opts(want));
      const withoutLegacy = {
        ...got,
        sheets: got.sheets.map((s) => ({ ...s, issues: s.issues.filter((i) => i.code !== "legacy_encoding") })),
      };
      expect(summary(withoutLegacy)).toEqual(summary(want));
      const encoded = snaps.some((s) => s.text.some((row) => row.some((t) => enc(t) !== t)));
      for (const s of got.sheets) if (s.recognized) expect(s.issues[0].code === "legacy_encoding").toBe(encoded);
    },
  );
});

describe.each(NAMES.filter((n) => !LEGACY.has(n)))("%s, typed without diacritics", (name) => {
  test("every cell typed without diacritics: the same items (units compared folded), deadlines and issues", async () => {
    const { snaps, want } = await load(name);
    const plain = (t: string) =>
      t
        .normalize("NFD")
        .replace(/[\u0300-\u036f]/g, "")
        .replace(/đ/g, "d")
        .replace(/Đ/g, "D");
    const folded = (r: PlanReport) =>
      summary(r).map((s) => ({
        ...s,
        items: s.items.map((i) => i.map((x) => (Array.isArray(x) ? x.map((u) => plain(String(u))) : x))),
      }));
    const retyped = snaps.map((s) => ({
      ...s,
      values: s.values.map((row) => row.map((v) => (typeof v === "string" ? plain(v) : v))),
      text: s.text.map((row) => row.map(plain)),
    }));
    expect(folded(checkWorkbook(retyped, name, opts(want)))).toEqual(folded(want));
  });
});

describe.each(NAMES)("%s, page break", (name) => {
  test("the header (and its column-number row) repeated in the middle of the table changes nothing", async () => {
    const { snaps, want } = await load(name);
    for (const s of snaps) {
      const ws = want.sheets.find((x) => x.sheet === s.name);
      if (!ws || !ws.table) continue;
      const hdr = ws.table.headerRows;
      const copied = [...hdr];
      if (ws.table.firstRow > hdr[hdr.length - 1] + 1) copied.push(ws.table.firstRow - 1);
      const tasks = ws.items.filter((i) => i.type === "task");
      // Before a task in the second half that no vertical merge runs through.
      const at = tasks
        .slice(Math.floor(tasks.length / 2))
        .find((t) => !s.merges.some((m) => m.top < t.row && m.bottom >= t.row))?.row;
      if (at === undefined) continue;
      const k = copied.length;
      const i0 = at - s.origin.row;
      const insert = <T>(g: T[][]): T[][] => [
        ...g.slice(0, i0),
        ...copied.map((r) => g[r - s.origin.row].slice()),
        ...g.slice(i0),
      ];
      const headerMerges = s.merges
        .filter((m) => m.top >= hdr[0] && m.bottom <= hdr[hdr.length - 1])
        .map((m) => ({ ...m, top: m.top - hdr[0] + at, bottom: m.bottom - hdr[0] + at }));
      const broken: SheetSnapshot = {
        ...s,
        values: insert(s.values),
        text: insert(s.text),
        numberFormats: s.numberFormats ? insert(s.numberFormats) : s.numberFormats,
        fonts: s.fonts ? insert(s.fonts) : s.fonts,
        merges: [
          ...s.merges.map((m) => (m.top >= at ? { ...m, top: m.top + k, bottom: m.bottom + k } : m)),
          ...headerMerges,
        ],
      };
      const got = checkWorkbook([broken], name, opts(want)).sheets[0];
      const shift = (r: number | null) => (r !== null && r >= at ? r + k : r);
      const pick = (items: typeof ws.items, move: (r: number) => number | null) =>
        items.map((i) => [move(i.row), i.type, i.stt, i.type === "task" ? i.lead : i.level]);
      expect(pick(got.items, (r) => r)).toEqual(pick(ws.items, shift));
      expect(got.issues.map((i) => [i.row, i.code])).toEqual(ws.issues.map((i) => [shift(i.row), i.code]));
    }
  });
});

describe.each(NAMES.filter((n) => !LEGACY.has(n)))("%s, pasted from a PDF", (name) => {
  test("task and lead texts broken onto a second row mid-sentence: the same items", async () => {
    const { snaps, want } = await load(name);
    let splits = 0;
    for (const s of snaps) {
      const ws = want.sheets.find((x) => x.sheet === s.name);
      if (!ws || !ws.table) continue;
      const tc = columnIndex(ws.table.columns.task!) - s.origin.col;
      const lc = ws.table.columns.lead === null ? -1 : columnIndex(ws.table.columns.lead) - s.origin.col;
      // Every third single-line task of some length, on a row no vertical merge touches.
      const picks = ws.items
        .filter(
          (i) =>
            i.type === "task" &&
            i.task !== null &&
            !i.task.includes("\n") &&
            i.task.length > 40 &&
            !s.merges.some((m) => m.bottom > m.top && m.top <= i.row && m.bottom >= i.row),
        )
        .filter((_, k) => k % 3 === 0)
        .map((i) => i.row)
        .sort((a, b) => b - a);
      const values = s.values.map((r) => r.slice());
      const text = s.text.map((r) => r.slice());
      const formats = s.numberFormats?.map((r) => r.slice()) ?? null;
      const fonts = s.fonts?.map((r) => r.slice()) ?? null;
      let merges = s.merges.map((m) => ({ ...m }));
      const after: number[] = [];
      /** Where a cell's text can break before a word in lower case, from `from`; -1 if nowhere. */
      const breakAt = (t: string, from: number): number => {
        let cut = t.indexOf(" ", from);
        while (cut > 0 && !/^\s*\p{Ll}/u.test(t.slice(cut))) cut = t.indexOf(" ", cut + 1);
        return cut;
      };
      for (const row of picks) {
        const i = row - s.origin.row;
        const t = String(values[i][tc]);
        const cut = breakAt(t, 25);
        if (cut < 0) continue;
        const line = values[i].map((): string | null => null);
        values[i][tc] = text[i][tc] = t.slice(0, cut);
        line[tc] = t.slice(cut + 1);
        const lead = lc >= 0 ? values[i][lc] : null;
        if (typeof lead === "string" && !lead.includes("\n")) {
          const lcut = breakAt(lead, 8);
          if (lcut > 0) {
            values[i][lc] = text[i][lc] = lead.slice(0, lcut);
            line[lc] = lead.slice(lcut + 1);
          }
        }
        values.splice(i + 1, 0, line);
        text.splice(
          i + 1,
          0,
          line.map((x) => x ?? ""),
        );
        formats?.splice(
          i + 1,
          0,
          formats[i].map(() => "General"),
        );
        fonts?.splice(i + 1, 0, fonts[i].slice());
        merges = merges.map((m) => (m.top > row ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m));
        after.push(row);
      }
      splits += after.length;
      const broken: SheetSnapshot = { ...s, values, text, numberFormats: formats, fonts, merges };
      const got = checkWorkbook([broken], name, opts(want)).sheets[0];
      const shift = (r: number | null) => (r === null ? r : r + after.filter((x) => x < r).length);
      const pick = (items: typeof ws.items, move: (r: number) => number | null) =>
        items.map((i) => [move(i.row), i.type, i.stt, i.type === "task" ? [i.task, i.lead, i.support] : i.title]);
      expect(pick(got.items, (r) => r)).toEqual(pick(ws.items, shift));
      expect(got.issues.map((i) => [i.row, i.code])).toEqual(ws.issues.map((i) => [shift(i.row), i.code]));
    }
    expect(splits).toBeGreaterThan(0);
  });
});
