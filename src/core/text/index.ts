/**
 * Vietnamese text: folding for matching, phrase matching, legacy font encodings.
 *
 * - `fold(s)`: NFC, lower case, no diacritics (đ -> d), whitespace collapsed, trimmed;
 *   `foldKeep(s)` the same character by character, keeping the length (for index mapping);
 *   `hasMarks(s)`.
 * - `matchesPhrase`, `phraseMatcher`, `indexOfWords`, ...: whole-word matching on folded text.
 * - `decodeLegacy(text, fontName?)`: TCVN3 / VNI-Windows -> Unicode NFC (see legacy.ts for the
 *   detection rules); `fontEncoding`, `detectLegacyEncoding`, `convertLegacy` for sheet-level
 *   use, `decodeLegacyCells(texts, fonts)` for a whole sheet at once; `encodeTcvn3`, `encodeVni` for tests.
 * - `isVietnameseSyllable(word)`: the syllable-shape check used as detection evidence.
 */
export { fold, foldKeep, hasMarks } from "./fold";
export {
  matchesPhrase,
  startsWithPhrase,
  equalsFolded,
  phraseMatcher,
  indexOfWords,
  foldedWords,
  type PhraseMatcher,
} from "./vocabulary";
export {
  decodeLegacy,
  decodeLegacyCells,
  detectLegacyEncoding,
  fontEncoding,
  convertLegacy,
  convertTcvn3,
  convertVni,
  encodeTcvn3,
  encodeVni,
  type LegacyEncoding,
} from "./legacy";
export { isVietnameseSyllable } from "./syllable";
export { unescapeXml, escapeXml } from "./xml";
