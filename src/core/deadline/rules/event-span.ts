/**
 * Deadline rule "event span": a span whose both ends are events, not dates, is conditional: "Từ
 * khi thành lập đến khi kết thúc nhiệm vụ …", "Từ ngày thành lập Ủy ban bầu cử đến ngày kết thúc
 * cuộc bầu cử", "từ nay đến kết thúc cuộc bầu cử". An end is "khi …" or "ngày" followed by words
 * (the first may be "nay", now; the last "kết thúc …"); the span stays within one clause
 * (up to ";" or "."). A written date at either end is left to the date rules ("Từ ngày 01/3/2026
 * đến ngày bầu cử" is due on that date).
 */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";
import * as tokenKinds from "../tokens";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, matchWords } = mentions;
const { EVENT_SPAN_FROM, EVENT_SPAN_TO, EVENT_WORD, NOW_WORD, EVENT_END } = vocabulary;
const { WORD, PUNCT } = tokenKinds;

/** End of an event's mark at j ("khi", or "ngày" + a word), or -1. */
function eventAt(s: Scan, j: number): number {
  const w = wordAt(s, j);
  if (w === EVENT_WORD) return j + 1;
  if (w === "ngay" && s.tokens[j + 1]?.type === WORD) return j + 1;
  return -1;
}

/** The start of the span: an event, or "nay" (now). */
function startAt(s: Scan, j: number): number {
  return wordAt(s, j) === NOW_WORD ? j + 1 : eventAt(s, j);
}

/** The end of the span: an event, or "kết thúc …" (the end of one). */
function endAt(s: Scan, j: number): number {
  const e = eventAt(s, j);
  return e >= 0 ? e : matchWords(s.tokens, j, EVENT_END);
}

function eventSpan(s: Scan, i: number): number {
  const w = wordAt(s, i);
  if (w === null || !EVENT_SPAN_FROM.has(w)) return -1;
  const start = startAt(s, i + 1);
  if (start < 0) return -1;
  for (let k = start; k < s.tokens.length; k++) {
    const t = s.tokens[k];
    if (t.type === PUNCT && (t.text === ";" || t.text === ".")) return -1;
    if (t.type === WORD && EVENT_SPAN_TO.has(t.text) && endAt(s, k + 1) >= 0) {
      s.conditional = true;
      return start;
    }
  }
  return -1;
}

export const rule: DeadlineRule = { name: "event span", starts: "word", at: eventSpan };
