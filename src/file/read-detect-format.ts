/**
 * What kind of file a byte buffer holds, from its first bytes and the names stored in it,
 * before handing it to exceljs. Pure: works in Node and in the browser.
 */
export type ContainerKind =
  | "empty" // zero bytes
  | "xlsx" // a zip holding xl/workbook.xml
  | "zip_other" // a whole zip without an Excel workbook part (.docx, .ods, .xlsb, any zip)
  | "zip_truncated" // starts like a zip but has no end record and no workbook part: cut short
  | "ole2_encrypted" // an OLE2 compound file holding an encrypted OOXML package (password-protected .xlsx)
  | "ole2" // an OLE2 compound file otherwise: an old .xls (or .doc)
  | "unknown";

const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b]; // "PK"

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  if (bytes.length < sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false;
  return true;
}

/** Index of `needle` in `hay`, or -1. */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const n = needle.length;
  if (n === 0) return from;
  const first = needle[0];
  const last = hay.length - n;
  outer: for (let i = hay.indexOf(first, from); i !== -1 && i <= last; i = hay.indexOf(first, i + 1)) {
    for (let j = 1; j < n; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

function ascii(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

function utf16le(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

const ZIP_END_RECORD = new Uint8Array([0x50, 0x4b, 0x05, 0x06]);

/** The zip's end-of-central-directory record sits in the last 22 + 65535 bytes. */
function hasZipEndRecord(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 22 - 65535);
  return indexOfBytes(bytes, ZIP_END_RECORD, from) >= 0;
}

const ENCRYPTION_INFO = utf16le("EncryptionInfo");
const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");
const WORKBOOK_PART = ascii("xl/workbook.xml");

export function detectContainer(bytes: Uint8Array): ContainerKind {
  if (bytes.length === 0) return "empty";
  if (startsWith(bytes, OLE2_SIGNATURE)) {
    // Password-protected .xlsx files are OLE2 files with EncryptionInfo and EncryptedPackage streams.
    if (indexOfBytes(bytes, ENCRYPTION_INFO) >= 0 || indexOfBytes(bytes, ENCRYPTED_PACKAGE) >= 0)
      return "ole2_encrypted";
    return "ole2";
  }
  if (startsWith(bytes, ZIP_SIGNATURE)) {
    // File names are stored uncompressed in the zip's headers.
    if (indexOfBytes(bytes, WORKBOOK_PART) >= 0) return "xlsx";
    return hasZipEndRecord(bytes) ? "zip_other" : "zip_truncated";
  }
  return "unknown";
}
