import { fold } from "../text";

/** A leading "Tất cả", "Tất cả các", "Các" (folded): the same group of units with or without it. */
const ALL_OF = /^(tat ca\s+(cac\s+)?|cac\s+)/;

/**
 * Unit names that differ only by case, spacing, dash style, diacritics typing or a leading
 * "Tất cả" / "Các" ("Phòng Nội vụ", "phòng nội vụ", "Phong Noi vu"; "Các phòng chuyên môn",
 * "Tất cả các phòng chuyên môn") are one unit.
 */
export function unitKey(name: string): string {
  const key = fold(name)
    .replace(/\s*[-\u2010-\u2015]\s*/g, "-")
    .replace(/[\s.,;:]+$/g, "")
    .trim();
  const bare = key.replace(ALL_OF, "");
  return bare === "" ? key : bare;
}

/** Number of letters carrying diacritics: a spelling with more of them is the better typed one. */
function diacriticCount(s: string): number {
  let n = 0;
  for (const ch of s.normalize("NFD")) if (/[\u0300-\u036f]/.test(ch) || ch === "đ" || ch === "Đ") n++;
  return n;
}

/**
 * Chooses the spelling of each unit: the organisation's list (settings) where it names the
 * unit, else the spelling seen most often (ties: the one with diacritics, then the first seen).
 */
export class UnitCanon {
  private readonly listed = new Map<string, string>();
  private readonly listOrder = new Map<string, number>();
  private readonly seen = new Map<string, Map<string, { count: number; first: number }>>();
  private order = 0;
  private readonly keyOf = new Map<string, string>();
  private readonly nameOf = new Map<string, string>();

  constructor(units: readonly string[] = []) {
    units.forEach((u, i) => {
      const name = u.trim();
      const k = unitKey(name);
      if (k && !this.listed.has(k)) {
        this.listed.set(k, name);
        this.listOrder.set(k, i);
      }
    });
  }

  /** Records one occurrence of a spelling; returns its key. */
  add(name: string): string {
    let k = this.keyOf.get(name);
    if (k === undefined) this.keyOf.set(name, (k = unitKey(name)));
    this.nameOf.delete(k);
    let spellings = this.seen.get(k);
    if (!spellings) this.seen.set(k, (spellings = new Map()));
    const s = spellings.get(name);
    if (s) s.count++;
    else spellings.set(name, { count: 1, first: this.order++ });
    return k;
  }

  /** The canonical spelling of a key. */
  name(key: string): string {
    const listed = this.listed.get(key);
    if (listed !== undefined) return listed;
    const cached = this.nameOf.get(key);
    if (cached !== undefined) return cached;
    const best = this.pick(key);
    this.nameOf.set(key, best);
    return best;
  }

  private pick(key: string): string {
    const spellings = this.seen.get(key);
    if (!spellings) return key;
    let best = "";
    let bestScore: [number, number, number] = [-1, -1, 0];
    for (const [spelling, { count, first }] of spellings) {
      const score: [number, number, number] = [count, diacriticCount(spelling), -first];
      if (
        score[0] > bestScore[0] ||
        (score[0] === bestScore[0] &&
          (score[1] > bestScore[1] || (score[1] === bestScore[1] && score[2] > bestScore[2])))
      ) {
        best = spelling;
        bestScore = score;
      }
    }
    return best;
  }

  /** Position in the organisation's list, or undefined when the unit is not listed. */
  listIndex(key: string): number | undefined {
    return this.listOrder.get(key);
  }

  /** Keys of the organisation's list, in its order. */
  listedKeys(): string[] {
    return [...this.listOrder.entries()].sort((a, b) => a[1] - b[1]).map(([k]) => k);
  }
}
