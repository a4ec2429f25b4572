/**
 * Diacritic- and case-insensitive phrase matching, shared by recognition and deadlines.
 *
 * Phrases are folded once (`fold`) when a matcher is built; text is folded once per call
 * (or pass text you already folded to the `*Folded` variants). Matching is by whole words:
 * "cong an" is found in "cong an tinh" but not in "cong ang".
 */
import { fold } from "./fold";

function isWordCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c > 0x7f;
}

/** Where `phrase` (folded) occurs in `folded` as whole words, from `from`; -1 if nowhere. */
export function indexOfWords(folded: string, phrase: string, from = 0): number {
  if (phrase.length === 0) return -1;
  let i = folded.indexOf(phrase, from);
  while (i >= 0) {
    const before = i === 0 ? -1 : folded.charCodeAt(i - 1);
    const afterIdx = i + phrase.length;
    const after = afterIdx >= folded.length ? -1 : folded.charCodeAt(afterIdx);
    const startOk = before < 0 || !isWordCode(before) || !isWordCode(phrase.charCodeAt(0));
    const endOk = after < 0 || !isWordCode(after) || !isWordCode(phrase.charCodeAt(phrase.length - 1));
    if (startOk && endOk) return i;
    i = folded.indexOf(phrase, i + 1);
  }
  return -1;
}

/** True when `phrase` occurs in `text` as whole words, ignoring case, diacritics and spacing. */
export function matchesPhrase(text: string, phrase: string): boolean {
  return indexOfWords(fold(text), fold(phrase)) >= 0;
}

/** True when the folded text starts with the folded phrase as whole words. */
export function startsWithPhrase(text: string, phrase: string): boolean {
  return indexOfWords(fold(text), fold(phrase)) === 0;
}

/** True when text and phrase are the same once folded. */
export function equalsFolded(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

/** A reusable matcher over a fixed vocabulary, folded once. */
export interface PhraseMatcher {
  /** The vocabulary, folded. */
  readonly phrases: readonly string[];
  /** The first phrase (in vocabulary order) found in the text as whole words, or null. */
  find(text: string): string | null;
  /** The same, for text already folded. */
  findFolded(folded: string): string | null;
  /** True when any phrase occurs in the text. */
  test(text: string): boolean;
  /** The phrase the folded text starts with (longest first), or null. */
  prefixFolded(folded: string): string | null;
  /** True when the folded text equals one of the phrases. */
  hasFolded(folded: string): boolean;
}

export function phraseMatcher(vocabulary: readonly string[]): PhraseMatcher {
  const phrases = [...new Set(vocabulary.map(fold).filter((p) => p.length > 0))];
  const byLength = [...phrases].sort((a, b) => b.length - a.length);
  const exact = new Set(phrases);
  const findFolded = (folded: string): string | null => {
    for (const p of phrases) if (indexOfWords(folded, p) >= 0) return p;
    return null;
  };
  return {
    phrases,
    findFolded,
    find: (text) => findFolded(fold(text)),
    test: (text) => findFolded(fold(text)) !== null,
    prefixFolded: (folded) => {
      for (const p of byLength) if (indexOfWords(folded, p) === 0) return p;
      return null;
    },
    hasFolded: (folded) => exact.has(folded),
  };
}

/** Splits folded text into its words (letters and digits). */
export function foldedWords(folded: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const word = i < folded.length && isWordCode(folded.charCodeAt(i));
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      out.push(folded.slice(start, i));
      start = -1;
    }
  }
  return out;
}
