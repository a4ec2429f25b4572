import fc from "fast-check";
import {
  applyTint,
  bordersFromXlsx,
  combineStates,
  fillFromXlsx,
  highlightStateCells,
  legacyBackupToState,
  readHighlightStateCells,
  resolveColor,
  themePaletteFromXml,
  xlsxBorders,
  xlsxFill,
  type CellBorders,
  type HighlightState,
} from "../../src/core/highlight";
import { CHUNK_CHARS, chunkCells, HIGHLIGHT_STATE_HEADER, joinChunks, parseLegacyBackup } from "../../src/core/marker";

/** The shared highlight-state format (core/highlight/state.ts) and its conversions to and from .xlsx styles. */

function bigState(blocks: number): HighlightState {
  return {
    version: 1,
    sheets: [
      {
        sheet: "Kế hoạch 2025",
        id: null,
        blocks: Array.from({ length: blocks }, (_, i) => ({
          a: `A${i + 2}:H${i + 2}`,
          fill: i % 3 === 0 ? "#FFFF00" : null,
          xlsx: { fill: i % 3 === 0 ? '{"type":"pattern","pattern":"solid","fgColor":{"argb":"FFFFFF00"}}' : "" },
        })),
      },
    ],
  };
}

test("a large state is stored in text chunks under the size of a cell, and read back equal", () => {
  const state = bigState(3000);
  const cells = highlightStateCells(state);
  expect(cells[0]).toBe(HIGHLIGHT_STATE_HEADER);
  expect(cells.length).toBeGreaterThan(3);
  for (const c of cells.slice(1)) {
    expect(c.startsWith("|")).toBe(true);
    expect(c.length).toBeLessThanOrEqual(CHUNK_CHARS + 1);
  }
  expect(readHighlightStateCells([...cells, "", "something else"])).toEqual({ state, error: null });
});

test("chunks survive any text, including text that looks like a formula", () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 70_000 }), (text) => {
      const cells = chunkCells("h", text);
      expect(joinChunks(cells, "h")).toBe(text === "" ? null : text);
    }),
    { numRuns: 50 },
  );
  expect(joinChunks(chunkCells("h", "=SUM(A1)"), "h")).toBe("=SUM(A1)");
});

test("nothing to remember writes nothing; unreadable state is reported and never half-used", () => {
  expect(highlightStateCells({ version: 1, sheets: [] })).toEqual([]);
  expect(highlightStateCells({ version: 1, sheets: [{ sheet: "A", id: null, blocks: [] }] })).toEqual([]);
  const broken = readHighlightStateCells([HIGHLIGHT_STATE_HEADER, '|{"version":1,"sheets":[{"sheet":"A"']);
  expect(broken.state.sheets).toEqual([]);
  expect(broken.error).not.toBeNull();
  const wrong = readHighlightStateCells([HIGHLIGHT_STATE_HEADER, '|{"version":2,"sheets":[]}']);
  expect(wrong.error).not.toBeNull();
});

test("combining: the newer state's blocks come after the older's for the same sheet (by id or name)", () => {
  const older: HighlightState = {
    version: 1,
    sheets: [{ sheet: "Trang 1", id: "{1}", blocks: [{ a: "A1", fill: "#FF0000" }] }],
  };
  const newer: HighlightState = {
    version: 1,
    sheets: [
      { sheet: "trang 1", id: null, blocks: [{ a: "A1", fill: null }] },
      { sheet: "Trang 2", id: null, blocks: [{ a: "B2", fill: null }] },
    ],
  };
  const both = combineStates(older, newer);
  expect(both.sheets.map((s) => [s.sheet, s.id, s.blocks.map((b) => b.fill)])).toEqual([
    ["Trang 1", "{1}", ["#FF0000", null]],
    ["Trang 2", null, [null]],
  ]);
});

test("colours: argb, theme with tint (workbook palette or Office's), indexed", () => {
  expect(resolveColor({ argb: "FF00B050" })).toBe("#00B050");
  expect(resolveColor({ theme: 4 })).toBe("#4472C4");
  expect(resolveColor({ theme: 0, tint: -0.1499984740745262 })).toBe("#D9D9D9");
  expect(applyTint("4472C4", 0.7999816888943144)).toBe("#DAE3F3".slice(1));
  expect(resolveColor({ indexed: 10 })).toBe("#FF0000");
  expect(resolveColor({ indexed: 64 })).toBeNull();
  const xml =
    '<a:clrScheme name="X"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>' +
    '<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1><a:dk2><a:srgbClr val="0E2841"/></a:dk2>' +
    '<a:lt2><a:srgbClr val="E8E8E8"/></a:lt2><a:accent1><a:srgbClr val="156082"/></a:accent1></a:clrScheme>';
  const palette = themePaletteFromXml(xml);
  expect(palette.slice(0, 5)).toEqual(["FFFFFF", "000000", "E8E8E8", "0E2841", "156082"]);
  expect(palette[5]).toBe("ED7D31"); // missing in the part: Office's
});

test("fills and borders: .xlsx -> portable -> .xlsx keeps what Excel shows", () => {
  expect(fillFromXlsx({ type: "pattern", pattern: "none" })).toBeNull();
  expect(fillFromXlsx(undefined)).toBeNull();
  const solid = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFC7CE" } };
  expect(fillFromXlsx(solid)).toBe("#FFC7CE");
  expect(xlsxFill(fillFromXlsx(solid))).toEqual(solid);
  expect(xlsxFill(null)).toBeUndefined();
  for (const style of ["thin", "hair", "medium", "thick", "dashed", "mediumDashed", "dotted", "double", "dashDot"]) {
    const side = { style, color: { argb: "FF123456" } };
    const border = { top: side, left: side, bottom: side, right: side };
    expect(xlsxBorders(bordersFromXlsx(border))).toEqual(border);
  }
  expect(xlsxBorders(bordersFromXlsx({}))).toBeUndefined();
});

test("the legacy C:F backup becomes the common format, the first entry for a cell winning", () => {
  const rows = [
    ["kehoach:highlight-backup", null, null, null],
    ["Sheet1", "A5:C5", "fill", ""],
    ["Sheet1", "B7", "border", '{"top":{"style":"thin","color":{"argb":"FF000000"}}}'],
    ["Sheet1", "A5", "fill", '{"type":"pattern","pattern":"solid","fgColor":{"argb":"FFFFC7CE"}}'],
    ["Sheet1", "A6", "colour", "x"],
    ["", null, null, null],
    ["ignored", "A1", "fill", ""],
  ];
  const entries = parseLegacyBackup(rows);
  expect(entries).toHaveLength(3);
  const state = legacyBackupToState(entries);
  const blocks = state.sheets[0].blocks;
  // Reversed: A5 (recorded later, restored earlier) first, so "A5:C5" (the true original) wins.
  expect(blocks.map((b) => b.a)).toEqual(["A5", "B7", "A5:C5"]);
  expect(blocks[2]).toEqual({ a: "A5:C5", fill: null, xlsx: { fill: "" } });
  expect((blocks[1].borders as CellBorders).top).toEqual({ style: "Continuous", color: "#000000", weight: "Thin" });
  expect(parseLegacyBackup([["something else"]])).toEqual([]);
});
