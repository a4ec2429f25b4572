import type { DeadlineKind } from "../report";

/**
 * Deadline grammar. STUB: replaced by the deadline issue (#3).
 */
export interface ParsedDeadline {
  kind: DeadlineKind;
  /** YYYY-MM-DD or null. */
  due: string | null;
  /** True when the text holds a written date that does not exist (31/02/2025): kind is then "unparsed". */
  invalidDate: boolean;
}

export function parseDeadline(text: string | null, planYear: number): ParsedDeadline {
  if (text === null || text.trim() === "") return { kind: "none", due: null, invalidDate: false };
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (m) {
    const pad = (n: string) => n.padStart(2, "0");
    return { kind: "date", due: `${m[3]}-${pad(m[2])}-${pad(m[1])}`, invalidDate: false };
  }
  void planYear;
  return { kind: "unparsed", due: null, invalidDate: false };
}
