/* eslint-disable no-undef */
/**
 * Draws the add-in's icons as PNG files (no network, no image library): `node assets/make-icons.js`.
 * Each icon is a rounded square in the command's colour with a white glyph, anti-aliased by
 * 4x4 supersampling, written as RGBA PNG with zlib.
 *   icon-{16,32,64,80,128}.png   the add-in (a check mark on green)
 *   check-{16,32,80}.png         Kiểm tra
 *   clear-{16,32,80}.png         Xóa tô màu
 *   summary-{16,32,80}.png       Tạo tổng hợp
 *   pane-{16,32,80}.png          Mở ngăn
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/* Shapes on the unit square: each returns true when (x, y) is inside. */
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = Math.max(x0 + r, Math.min(x, x1 - r));
  const cy = Math.max(y0 + r, Math.min(y, y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
function segmentDistance(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}
const polyline = (points, width) => (x, y) => {
  for (let i = 0; i + 1 < points.length; i++)
    if (segmentDistance(x, y, ...points[i], ...points[i + 1]) <= width / 2) return true;
  return false;
};
const union =
  (...shapes) =>
  (x, y) =>
    shapes.some((s) => s(x, y));
const minus = (a, b) => (x, y) => a(x, y) && !b(x, y);

const GLYPHS = {
  check: polyline(
    [
      [0.24, 0.52],
      [0.43, 0.71],
      [0.77, 0.32],
    ],
    0.13,
  ),
  clear: union(
    polyline(
      [
        [0.3, 0.3],
        [0.7, 0.7],
      ],
      0.13,
    ),
    polyline(
      [
        [0.7, 0.3],
        [0.3, 0.7],
      ],
      0.13,
    ),
  ),
  summary: union(rect(0.24, 0.52, 0.36, 0.76), rect(0.44, 0.3, 0.56, 0.76), rect(0.64, 0.42, 0.76, 0.76)),
  pane: union(minus(rect(0.2, 0.24, 0.8, 0.76), rect(0.27, 0.31, 0.73, 0.69)), rect(0.52, 0.24, 0.8, 0.76)),
};
const COLORS = { check: [16, 124, 65], clear: [192, 0, 0], summary: [47, 85, 151], pane: [96, 94, 92] };

function draw(size, glyph, color) {
  const bg = roundRect(0.04, 0.04, 0.96, 0.96, 0.18);
  const shape = GLYPHS[glyph];
  const out = Buffer.alloc(size * size * 4);
  const S = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0,
        white = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (!bg(x, y)) continue;
          cover++;
          if (shape(x, y)) white++;
        }
      }
      const i = (py * size + px) * 4;
      const a = cover / (S * S);
      const w = cover ? white / cover : 0;
      out[i] = Math.round(color[0] * (1 - w) + 255 * w);
      out[i + 1] = Math.round(color[1] * (1 - w) + 255 * w);
      out[i + 2] = Math.round(color[2] * (1 - w) + 255 * w);
      out[i + 3] = Math.round(255 * a);
    }
  }
  return png(size, out);
}

const dir = __dirname;
for (const size of [16, 32, 64, 80, 128])
  fs.writeFileSync(path.join(dir, `icon-${size}.png`), draw(size, "check", COLORS.check));
for (const glyph of Object.keys(GLYPHS))
  for (const size of [16, 32, 80])
    fs.writeFileSync(path.join(dir, `${glyph}-${size}.png`), draw(size, glyph, COLORS[glyph]));
console.log("icons written to", dir);
