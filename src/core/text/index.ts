/**
 * Vietnamese text helpers. STUB: replaced by the text issue (#3).
 */

/** Folds text for matching: NFC, lower case, no diacritics (đ -> d), single spaces, trimmed. */
export function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
