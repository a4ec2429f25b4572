import type { RowFacts } from "../plan/items";
import { sttLevelKey, sttNumber, sttParent } from "../plan/stt";

/** One number out of order (stt_sequence) or repeated in its scope (duplicate_stt). */
export interface NumberingFinding {
  row: number;
  kind: "sequence" | "duplicate";
  stt: string;
  /** For "sequence": the number before it at the same level. */
  prev: string;
}

/**
 * The numbering walk shared by duplicate_stt and stt_sequence: each number is compared with the one
 * before it at the same level (letters, Roman numerals, 1, 1.1, …). Numbering may restart at 1 in a
 * new section or run on.
 */
export function numberingFindings(facts: readonly RowFacts[]): NumberingFinding[] {
  const out: NumberingFinding[] = [];
  const levels = new Map<string, { prev: number; prevStt: string; scope: string; seen: Set<number> }>();
  let lastNumbered = "";
  for (const f of facts) {
    const stt = f.item.stt;
    if (stt === null || f.sttKind === null || f.sttKind === "other" || f.sttMerged) continue;
    const n = sttNumber(stt, f.sttKind);
    if (n === null || !Number.isFinite(n)) continue;
    const key = sttLevelKey(stt, f.sttKind);
    // a), b), c) restart under each numbered item, as x.y does under each x.
    const parent = f.sttKind === "lower" ? lastNumbered || "-" : sttParent(stt, f.sttKind);
    if (f.sttKind === "number" || f.sttKind === "dotted") lastNumbered = stt;
    const scope = `${f.scope}|${parent}`;
    const st = levels.get(key);
    if (!st) {
      levels.set(key, { prev: n, prevStt: stt, scope, seen: new Set([n]) });
      continue;
    }
    if (st.scope !== scope) {
      // A new section (or a new parent x for x.y): restart at the first number, or run on.
      const parentChanged = parent !== "" && st.scope.split("|")[1] !== parent;
      const ok = n === 1 || (!parentChanged && n === st.prev + 1);
      if (!ok) out.push({ row: f.row, kind: "sequence", stt, prev: st.prevStt });
      st.scope = scope;
      st.seen = new Set([n]);
    } else if (st.seen.has(n)) {
      out.push({ row: f.row, kind: "duplicate", stt, prev: st.prevStt });
    } else {
      if (n !== st.prev + 1) out.push({ row: f.row, kind: "sequence", stt, prev: st.prevStt });
      st.seen.add(n);
    }
    st.prev = n;
    st.prevStt = stt;
  }
  return out;
}
