/** Deadline rule "quarter" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";
import * as tokenKinds from "../tokens";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt, punctAt, yearAfter, mention, finishWithRepetition, partList } = mentions;
const { ROMAN, QUARTER_LETTER, QUARTER_WORDS } = vocabulary;
const { WORD, NUM } = tokenKinds;

/** "QIV", "QuýIV" typed without a space: the quarter's number, or -1. */
function gluedQuarter(w: string): number {
  if (w.length < 2 || w.charCodeAt(0) !== 0x71) return -1; // "q"
  for (const lead of QUARTER_WORDS)
    if (w.startsWith(lead) && ROMAN.has(w.slice(lead.length))) return ROMAN.get(w.slice(lead.length)) as number;
  return ROMAN.get(w.slice(1)) ?? -1;
}

/** "Quý III/2025", "Quý 3 năm 2025", "QUÝ IV", "Quý I, II/2025", "Quý 4 hằng năm". */
function quarterRule(s: Scan, i: number): number {
  const w = wordAt(s, i);
  const glued = w === null ? -1 : gluedQuarter(w);
  let first = i + 1;
  if (glued >= 0) first = i;
  else if (w !== null && QUARTER_WORDS.has(w)) {
    if (punctAt(s, first) === ":") first++; // "Quý: III/2025"
  } else if (w === QUARTER_LETTER) {
    // "Q2/2025", "Q.III/2025", "Q III/2025"
    if (punctAt(s, first) === "." || punctAt(s, first) === ":") first++;
    const t = s.tokens[first];
    if (t === undefined || !((t.type === NUM && t.text.length === 1) || (t.type === WORD && ROMAN.has(t.text))))
      return -1;
  } else return -1;
  const readQuarter = (k: number): number => {
    if (k === i) return glued;
    const t = s.tokens[k];
    if (t === undefined || s.refs[k] !== 0) return -1;
    if (t.type === WORD) return ROMAN.get(t.text) ?? -1;
    if (t.type === NUM && t.text.length === 1) return t.value;
    return -1;
  };
  const list = partList(s, first, glued >= 0 ? QUARTER_LETTER : (w as string), readQuarter);
  if (list === null) return -1;
  const [quarter, j] = list;
  const y = yearAfter(s, j);
  const end = y === null ? j : y[1];
  const m = mention(s, i, end, "quarter", quarter, y === null ? null : y[0]);
  m.invalid = quarter < 1 || quarter > 4;
  return finishWithRepetition(s, m, end);
}

export const rule: DeadlineRule = { name: "quarter", starts: "word", at: quarterRule };
