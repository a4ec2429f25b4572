/**
 * Document references (decision 12): the tokens that belong to a reference to a document, which
 * no deadline rule reads.
 *
 * - document numbers ("số 10/KH-UBND", "04/2021/QĐ-UBND", "57-NQ/TW") and a kind of document
 *   right before a number with a code ("Thông tư 01/2025", "Kế hoạch 10/KH");
 * - the date written right after one ("… ngày 08/01/2026", "… năm 2025");
 * - after "theo" / "tại" / "căn cứ" + a kind of document, everything up to a word that starts a
 *   deadline (the document's own date in words included).
 */
import * as tokenKinds from "./tokens";
import type { Token } from "./tokens";
import * as vocabulary from "./vocabulary";

const { WORD, NUM, PUNCT, matchAny } = tokenKinds;
const { DEADLINE_START_WORDS, DOCUMENT_KINDS, REFERENCE_LEADS, CALENDAR_WORDS } = vocabulary;

function isChunkToken(t: Token): boolean {
  return t.type !== PUNCT || t.text === "/" || t.text === "-" || t.text === "_" || t.text === ".";
}

/** Flags the tokens of document references. */
export function markReferences(tokens: Token[]): Uint8Array {
  const n = tokens.length;
  const refs = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    // A document number: a run with no spaces that starts with a number and holds a code ("10/KH-UBND").
    if (t.type === NUM && (i === 0 || t.spaced || !isChunkToken(tokens[i - 1]))) {
      let j = i + 1;
      let isDoc = false;
      while (j < n && !tokens[j].spaced && isChunkToken(tokens[j])) {
        if (
          tokens[j].type === WORD &&
          tokens[j - 1].type === PUNCT &&
          tokens[j - 1].text !== "." &&
          !CALENDAR_WORDS.has(tokens[j].text)
        )
          isDoc = true;
        j++;
      }
      const afterNumberWord = i > 0 && tokens[i - 1].type === WORD && tokens[i - 1].text === "so";
      if (isDoc || afterNumberWord) {
        for (let k = i; k < j; k++) refs[k] = 1;
        markDateAfterDocument(tokens, refs, j);
        i = j - 1;
      }
      continue;
    }
    // A kind of document right before a number with a separator: "Thông tư 01/2025", "Kế hoạch 10/KH".
    if (t.type === WORD) {
      const kindEnd = matchAny(tokens, i, DOCUMENT_KINDS);
      const u = tokens[kindEnd];
      const sep = tokens[kindEnd + 1];
      if (
        kindEnd > 0 &&
        u !== undefined &&
        u.type === NUM &&
        sep !== undefined &&
        !sep.spaced &&
        (sep.text === "/" || sep.text === "-")
      ) {
        let j = kindEnd + 1;
        let code = false;
        for (; j < n && !tokens[j].spaced && isChunkToken(tokens[j]); j++) {
          const c = tokens[j];
          if (c.type === WORD || (c.type === NUM && c.text.length === 4)) code = true;
        }
        // A code ("10/KH") or a year ("01/2025/TT-BNV", "Thông tư 01/2025"); "Luật 09/11" is no number.
        if (code) {
          for (let k = kindEnd; k < j; k++) refs[k] = 1;
          markDateAfterDocument(tokens, refs, j);
        }
      }
    }
    // "theo" / "tại" / "căn cứ" + a kind of document: up to a word that starts a deadline.
    if (t.type === WORD) {
      const lead = matchAny(tokens, i, REFERENCE_LEADS);
      if (lead < 0 || matchAny(tokens, lead, DOCUMENT_KINDS) < 0) continue;
      let j = lead;
      while (j < n) {
        const u = tokens[j];
        // The document's own date in words ("ngày 05 tháng 01 năm 2025"): its "tháng" starts no deadline.
        const dateEnd = u.type === WORD && u.text === "ngay" ? dateInWordsEnd(tokens, j + 1) : -1;
        if (dateEnd > 0) {
          for (; j < dateEnd; j++) refs[j] = 1;
          continue;
        }
        if (u.type === WORD && DEADLINE_START_WORDS.has(u.text)) break;
        if (u.type === PUNCT && (u.text === ";" || u.text === ")")) break;
        refs[j] = 1;
        j++;
      }
      i = j - 1;
    }
  }
  return refs;
}

/** End of "05 tháng 01 [năm 2025]" starting at k (numbers and words, no separators), or -1. */
function dateInWordsEnd(tokens: Token[], k: number): number {
  const d = tokens[k];
  const w = tokens[k + 1];
  const m = tokens[k + 2];
  if (d === undefined || d.type !== NUM || w === undefined || w.text !== "thang" || m === undefined || m.type !== NUM)
    return -1;
  const y = tokens[k + 4];
  return tokens[k + 3]?.text === "nam" && y !== undefined && y.type === NUM ? k + 5 : k + 3;
}

/** The date written right after a document number: "… ngày 08/01/2026", "… của UBND tỉnh ngày 15/8/2025". */
function markDateAfterDocument(tokens: Token[], refs: Uint8Array, from: number): void {
  // "Quyết định 57/QĐ-UBND năm 2025": the document's year
  const y = tokens[from + 1];
  if (tokens[from]?.text === "nam" && y !== undefined && y.type === NUM && y.text.length === 4) {
    refs[from] = 1;
    refs[from + 1] = 1;
    return;
  }
  let j = from;
  let skipped = 0;
  while (j < tokens.length && skipped <= 8) {
    const t = tokens[j];
    if (t.type === WORD && t.text === "ngay") break;
    if (t.type === WORD && DEADLINE_START_WORDS.has(t.text)) return;
    if (t.type === PUNCT && t.text !== "," && t.text !== "-") return;
    if (t.type === NUM) return;
    j++;
    skipped++;
  }
  if (j >= tokens.length || tokens[j].text !== "ngay") return;
  let k = j + 1;
  // numeric date: up to five tokens of numbers and separators with no spaces
  if (k < tokens.length && tokens[k].type === NUM) {
    let e = k + 1;
    while (
      e < tokens.length &&
      e < k + 5 &&
      !tokens[e].spaced &&
      (tokens[e].type === NUM || tokens[e].text === "/" || tokens[e].text === "." || tokens[e].text === "-")
    )
      e++;
    // or in words: 22 tháng 12 năm 2024
    if (e === k + 1 && tokens[e] !== undefined && tokens[e].text === "thang") {
      e = k;
      const words = ["", "thang", "", "nam", ""];
      for (let w = 0; w < words.length && e < tokens.length; w++, e++) {
        const u = tokens[e];
        if (words[w] === "" ? u.type !== NUM : u.text !== words[w]) break;
      }
    }
    for (let r = j; r < e; r++) refs[r] = 1;
    k = e;
  }
}
