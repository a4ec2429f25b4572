/**
 * Is a word a plausible Vietnamese syllable? Used as evidence when guessing whether
 * text without a font name is in a legacy encoding (never to judge the user's spelling).
 *
 * A syllable is: an optional onset, a vowel nucleus from the list Vietnamese allows, an
 * optional coda, and at most one tone mark. The check runs on the word's letters only.
 */
import { fold } from "./fold";
import { LETTER } from "./unicode-classes";

const ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|g|h|k|l|m|n|p|r|s|t|v|x";
// Folded nuclei (ă â -> a, ê -> e, ô ơ -> o, ư -> u), longest first.
const NUCLEI =
  "ieu|yeu|oai|oay|oeo|uay|uoi|uou|uya|uye|uyu|" +
  "ai|ao|au|ay|eo|eu|ia|ie|iu|oa|oe|oi|oo|ua|ue|ui|uo|uu|uy|ye|" +
  "a|e|i|o|u|y";
const CODAS = "ch|nh|ng|c|m|n|p|t";
const SYLLABLE_RE = new RegExp(`^(?:${ONSETS})?(?:${NUCLEI})(?:${CODAS})?$`);
const TONE_MARKS_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
const LETTERS_ONLY_RE = new RegExp(`^[${LETTER}\\u0300-\\u036f]+$`);

/** True when `word` (letters only, any case, Unicode) could be one Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length === 0 || word.length > 8) return false;
  if (!LETTERS_ONLY_RE.test(word)) return false;
  const tones = word.normalize("NFD").match(TONE_MARKS_RE);
  if (tones !== null && tones.length > 1) return false;
  return SYLLABLE_RE.test(fold(word));
}
