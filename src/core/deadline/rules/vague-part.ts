/** Deadline rule "vague part" (see rules/index.ts for the order). */
import type { DeadlineRule, Scan } from "../mentions";
import * as mentions from "../mentions";
import * as vocabulary from "../vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters.
const { wordAt } = mentions;
const { WEEK_WORD, VAGUE_PART_WORDS, VAGUE_PART_FOLLOWERS } = vocabulary;

/** Vague parts: "tuần …", "đầu tháng …", "giữa quý …": the period they qualify is dropped. */
function vaguePart(s: Scan, i: number): number {
  const w = wordAt(s, i);
  if (w === WEEK_WORD) {
    s.vague = true;
    return i + 1;
  }
  if (w !== null && VAGUE_PART_WORDS.has(w)) {
    const next = wordAt(s, i + 1);
    if (next !== null && VAGUE_PART_FOLLOWERS.has(next) && wordAt(s, i - 1) !== "bat") {
      s.vague = true;
      return i + 1;
    }
  }
  return -1;
}

export const rule: DeadlineRule = { name: "vague part", starts: "word", at: vaguePart };
