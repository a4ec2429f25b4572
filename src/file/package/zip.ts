import { Inflate } from "fflate";

/**
 * The zip container of an OOXML package: its central directory read without inflating anything,
 * each entry inflated on demand in bounded chunks, and the raw bytes of an entry (local header,
 * compressed data and data descriptor) for copying it into another zip unchanged.
 * Pure: runs in Node and in the browser (fflate).
 */

export interface ZipEntry {
  /** Part name as stored (no leading "/"). */
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  /** Offset of the local file header. */
  localOffset: number;
  /** Offset of the compressed data (after the local header, name and extra field). */
  dataOffset: number;
  /** The central directory record as stored (copied into a written zip with a new offset). */
  central: Uint8Array;
  /** Byte length of the local record: header, name, extra, data, data descriptor. */
  localLength: number;
}

export class ZipFormatError extends Error {
  override readonly name = "ZipFormatError";
}

/** Thrown when an entry inflates past a limit (a zip bomb or a far too large part). */
export class ZipLimitError extends Error {
  override readonly name = "ZipLimitError";
  constructor(
    readonly part: string,
    readonly limit: number,
    readonly kind: "entry" | "total",
  ) {
    super(`${part}: more than ${limit} bytes uncompressed (${kind})`);
  }
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16)) + b[o + 3] * 0x1000000;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 0x100000000;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

const utf8 = new TextDecoder("utf-8");
// Names without the UTF-8 flag are CP437 in the standard; every OOXML part name is ASCII in practice.
const latin1 = new TextDecoder("latin1");

/** The entries of a zip, in central-directory order. Throws ZipFormatError when it is not a readable zip. */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  let eocd = -1;
  const stop = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= stop; i--) {
    if (u32(bytes, i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError("no end of central directory");
  let count = u16(bytes, eocd + 10);
  let cdOffset = u32(bytes, eocd + 16);
  if ((count === 0xffff || cdOffset === 0xffffffff) && eocd >= 20 && u32(bytes, eocd - 20) === EOCD64_LOCATOR) {
    const at = u64(bytes, eocd - 20 + 8);
    if (at + 56 > bytes.length) throw new ZipFormatError("bad zip64 end record");
    count = u64(bytes, at + 32);
    cdOffset = u64(bytes, at + 48);
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CENTRAL) throw new ZipFormatError("bad central directory");
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    const crc32 = u32(bytes, p + 16);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const nameBytes = bytes.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
    // zip64 extended information: the fields that were 0xFFFFFFFF, in order.
    let e = p + 46 + nameLen;
    const extraEnd = e + extraLen;
    while (e + 4 <= extraEnd) {
      const id = u16(bytes, e);
      const size = u16(bytes, e + 2);
      if (id === 1) {
        let q = e + 4;
        if (uncompressedSize === 0xffffffff) ((uncompressedSize = u64(bytes, q)), (q += 8));
        if (compressedSize === 0xffffffff) ((compressedSize = u64(bytes, q)), (q += 8));
        if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
      }
      e += 4 + size;
    }
    const recordLen = 46 + nameLen + extraLen + commentLen;
    if (localOffset + 30 > bytes.length || u32(bytes, localOffset) !== LOCAL)
      throw new ZipFormatError(`bad local header for ${name}`);
    const dataOffset = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    let end = dataOffset + compressedSize;
    if (end > bytes.length) throw new ZipFormatError(`${name} runs past the end of the file`);
    if (flags & 0x8) {
      const sig = end + 4 <= bytes.length && u32(bytes, end) === DESCRIPTOR ? 4 : 0;
      const zip64 = uncompressedSize > 0xffffffff || compressedSize > 0xffffffff;
      end = Math.min(bytes.length, end + sig + (zip64 ? 20 : 12));
    }
    entries.push({
      name,
      method,
      flags,
      crc32,
      compressedSize,
      uncompressedSize,
      localOffset,
      dataOffset,
      central: bytes.subarray(p, p + recordLen),
      localLength: end - localOffset,
    });
    p += recordLen;
  }
  return entries;
}

/**
 * A faster whole-buffer inflater where the platform has one (Node's zlib, set by the Node entry
 * points through useNativeInflate); it must throw past `maxOutputLength`. Parts larger than
 * NATIVE_MAX stream through fflate in bounded chunks instead.
 */
type NativeInflate = (data: Uint8Array, maxOutputLength: number) => Uint8Array;
let nativeInflate: NativeInflate | null = null;
const NATIVE_MAX = 64 * 1024 * 1024;

export function useNativeInflate(fn: NativeInflate | null): void {
  nativeInflate = fn;
}

/** Size of the slices handed to the inflater (and so the most inflated at once beyond a limit). */
const SLICE = 64 * 1024;

/**
 * Inflates an entry, handing each chunk to `onChunk` as it comes. Throws ZipLimitError as soon as
 * more than `limit` bytes came out (whatever the entry's header claims), ZipFormatError for an
 * unknown method or broken data.
 */
export function inflateEntry(
  bytes: Uint8Array,
  entry: ZipEntry,
  limit: number,
  onChunk: (chunk: Uint8Array) => void,
): number {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (entry.method === 0) {
    if (data.length > limit) throw new ZipLimitError(entry.name, limit, "entry");
    for (let i = 0; i < data.length; i += SLICE) onChunk(data.subarray(i, i + SLICE));
    return data.length;
  }
  if (entry.method !== 8) throw new ZipFormatError(`${entry.name}: compression method ${entry.method}`);
  if (entry.uncompressedSize > limit) throw new ZipLimitError(entry.name, limit, "entry");
  if (nativeInflate && entry.uncompressedSize <= NATIVE_MAX) {
    const cap = Math.min(limit, NATIVE_MAX);
    let out: Uint8Array;
    try {
      out = nativeInflate(data, cap);
    } catch (e) {
      const tooBig = e instanceof RangeError || /maxOutputLength|buffer/i.test(String((e as Error)?.message));
      if (tooBig && cap < limit) return inflateStreaming(data, entry, limit, onChunk);
      if (tooBig) throw new ZipLimitError(entry.name, limit, "entry");
      throw new ZipFormatError(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
    for (let i = 0; i < out.length; i += 4 * SLICE) onChunk(out.subarray(i, i + 4 * SLICE));
    return out.length;
  }
  return inflateStreaming(data, entry, limit, onChunk);
}

function inflateStreaming(
  data: Uint8Array,
  entry: ZipEntry,
  limit: number,
  onChunk: (chunk: Uint8Array) => void,
): number {
  let total = 0;
  // An error of the consumer (or the limit) passes through as it is; the inflater's own are format errors.
  let consumerError: unknown = null;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    try {
      if (total > limit) throw new ZipLimitError(entry.name, limit, "entry");
      onChunk(chunk);
    } catch (e) {
      consumerError = e;
      throw e;
    }
  });
  try {
    for (let i = 0; i < data.length; i += SLICE) {
      const end = Math.min(data.length, i + SLICE);
      inflater.push(data.subarray(i, end), end === data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (consumerError !== null) throw consumerError;
    throw new ZipFormatError(`${entry.name}: ${e instanceof Error ? e.message : String(e)}`);
  }
  return total;
}

/** The whole inflated entry (for small parts: relationships, workbook, styles). */
export function inflateWhole(bytes: Uint8Array, entry: ZipEntry, limit: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const total = inflateEntry(bytes, entry, limit, (c) => chunks.push(c));
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}
