import { deflateSync } from "fflate";
import type { ZipEntry } from "./zip";

/**
 * Writes a zip from entries of another zip copied as they are (local record and central record
 * reused byte for byte, only the offset changes: nothing is re-deflated) and new entries.
 */

export type ZipItem =
  { kind: "copy"; entry: ZipEntry; source: Uint8Array } | { kind: "new"; name: string; data: Uint8Array };

/** Node's zlib deflate where it runs (set by native-inflate.ts); fflate otherwise. */
type NativeDeflate = (data: Uint8Array) => Uint8Array;
let nativeDeflate: NativeDeflate | null = null;
export function useNativeDeflate(fn: NativeDeflate | null): void {
  nativeDeflate = fn;
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array): number {
  let c = -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

const enc = new TextEncoder();

function dosDateTime(d: Date): [number, number] {
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
  const date = ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return [time, date];
}

class Out {
  private parts: Uint8Array[] = [];
  length = 0;
  push(b: Uint8Array): void {
    this.parts.push(b);
    this.length += b.length;
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.length);
    let o = 0;
    for (const p of this.parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}

function header(size: number): [Uint8Array, DataView] {
  const b = new Uint8Array(size);
  return [b, new DataView(b.buffer)];
}

export function writeZip(items: readonly ZipItem[], now: Date = new Date()): Uint8Array {
  const out = new Out();
  const central = new Out();
  let count = 0;
  const [time, date] = dosDateTime(now);
  for (const item of items) {
    const offset = out.length;
    if (offset > 0xfffffffe) throw new RangeError("zip larger than 4 GB");
    if (item.kind === "copy") {
      const e = item.entry;
      out.push(item.source.subarray(e.localOffset, e.localOffset + e.localLength));
      // A copy (Buffer#slice would share the input's memory) with the new offset.
      const rec = new Uint8Array(e.central);
      const view = new DataView(rec.buffer, rec.byteOffset, rec.byteLength);
      if (view.getUint32(42, true) === 0xffffffff) throw new RangeError("zip64 offsets are not copied");
      view.setUint32(42, offset, true);
      central.push(rec);
    } else {
      const name = enc.encode(item.name);
      const deflated = nativeDeflate ? nativeDeflate(item.data) : deflateSync(item.data, { level: 6 });
      const crc = crc32(item.data);
      const [lh, lv] = header(30);
      lv.setUint32(0, 0x04034b50, true);
      lv.setUint16(4, 20, true);
      lv.setUint16(6, 0x800, true); // UTF-8 names
      lv.setUint16(8, 8, true);
      lv.setUint16(10, time, true);
      lv.setUint16(12, date, true);
      lv.setUint32(14, crc, true);
      lv.setUint32(18, deflated.length, true);
      lv.setUint32(22, item.data.length, true);
      lv.setUint16(26, name.length, true);
      out.push(lh);
      out.push(name);
      out.push(deflated);
      const [ch, cv] = header(46);
      cv.setUint32(0, 0x02014b50, true);
      cv.setUint16(4, 20, true);
      cv.setUint16(6, 20, true);
      cv.setUint16(8, 0x800, true);
      cv.setUint16(10, 8, true);
      cv.setUint16(12, time, true);
      cv.setUint16(14, date, true);
      cv.setUint32(16, crc, true);
      cv.setUint32(20, deflated.length, true);
      cv.setUint32(24, item.data.length, true);
      cv.setUint16(28, name.length, true);
      cv.setUint32(42, offset, true);
      central.push(ch);
      central.push(name);
    }
    count++;
  }
  const cdOffset = out.length;
  const cd = central.bytes();
  out.push(cd);
  const [eh, ev] = header(22);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, count, true);
  ev.setUint16(10, count, true);
  ev.setUint32(12, cd.length, true);
  ev.setUint32(16, cdOffset, true);
  out.push(eh);
  return out.bytes();
}
