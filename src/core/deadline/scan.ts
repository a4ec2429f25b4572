/**
 * The scanner: folded text -> tokens (tokens.ts) -> document references flagged
 * (references.ts) -> at each token not in a reference, the rules of rules/index.ts in order;
 * the first that matches records its mentions and flags on the scan and says where it stopped.
 * Only the rules that can start at the token's kind (word or number; none starts at punctuation)
 * are tried.
 *
 * With a `trace` array, each match is also recorded as { rule, start, end } (token indices), for
 * `kehoach deadline --explain`; parsing without one records nothing.
 */
import * as tokenKinds from "./tokens";
import * as references from "./references";
import * as rules from "./rules";
import type { Scan } from "./mentions";

// Bound once: module namespaces compiled to CommonJS read exports through getters, and the
// rules are read for every token.
const { WORD, PUNCT, tokenize } = tokenKinds;
const { markReferences } = references;
const { RULES } = rules;

/** The rules that can start at a word, and at a number, in the grammar's order. */
const AT_WORD = RULES.filter((r) => r.starts !== "number");
const AT_NUMBER = RULES.filter((r) => r.starts !== "word");

/** One match of a rule: it read tokens [start, end). */
export interface RuleMatch {
  rule: string;
  start: number;
  end: number;
}

export function scan(folded: string, planYear: number, trace: RuleMatch[] | null = null): Scan {
  const tokens = tokenize(folded);
  const s: Scan = {
    tokens,
    planYear,
    refs: markReferences(tokens),
    mentions: [],
    recurring: false,
    vague: false,
    conditional: false,
    everyMonth: false,
    bareDays: [],
  };
  const ms = s.mentions;
  let i = 0;
  while (i < tokens.length) {
    if (s.refs[i] !== 0) {
      i++;
      continue;
    }
    const t = tokens[i];
    if (t.type === PUNCT) {
      if (t.text === ";") s.vague = false;
      i++;
      continue;
    }
    const rs = t.type === WORD ? AT_WORD : AT_NUMBER;
    const before = ms.length;
    let next = -1;
    let r = 0;
    for (; r < rs.length; r++) {
      next = rs[r].at(s, i);
      if (next >= 0) break;
    }
    if (next >= 0) {
      const name = rs[r].name;
      for (let k = before; k < ms.length; k++) ms[k].rule = name;
      if (trace !== null) trace.push({ rule: name, start: i, end: next > i ? next : i + 1 });
    }
    i = next > i ? next : i + 1;
  }
  return s;
}
