/**
 * Conditional wording (decision 14): "Theo quy định", "Khi có yêu cầu", "Theo tiến độ của Trung
 * ương", … read on the folded cell when no rule found a day, a period or recurring wording.
 */
import { CONDITIONAL_ANYWHERE, CONDITIONAL_LEADS, CONDITIONAL_STARTS } from "./vocabulary";

function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).join("|");
}
const CONDITIONAL_START_RE = new RegExp(
  `^(?:(?:${alternation(CONDITIONAL_LEADS)})\\s*[:,.-]?\\s*)?(?:${alternation(CONDITIONAL_STARTS)})\\b`,
);
const CONDITIONAL_ANYWHERE_RE = new RegExp(`\\b(?:${alternation(CONDITIONAL_ANYWHERE)})\\b`);

export function isConditionalFolded(folded: string): boolean {
  return CONDITIONAL_START_RE.test(folded) || CONDITIONAL_ANYWHERE_RE.test(folded);
}
