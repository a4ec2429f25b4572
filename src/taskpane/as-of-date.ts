/**
 * The as-of day as people type, paste or pick it ("Tính đến ngày"). Pure: no DOM.
 *
 * Typed and pasted text is read day first, whatever the browser's locale (15/10/2025, 15-10-2025,
 * 15.10.2025, "ngày 15 tháng 10 năm 2025"), or as ISO (2025-10-15, what the picker gives). A
 * day that does not exist (31/02/2025) or a year outside 1900-2100 is refused with a reason,
 * never silently moved to another day.
 */

export type AsOfParse =
  | { kind: "ok"; iso: string }
  /** Still being typed: nothing to commit and nothing to complain about yet. */
  | { kind: "partial" }
  | { kind: "invalid"; reason: "format" | "no_such_day" | "year_range" };

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

const pad = (n: number) => String(n).padStart(2, "0");

export function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
}

function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function judge(y: number, m: number, d: number): AsOfParse {
  if (y < MIN_YEAR || y > MAX_YEAR) return { kind: "invalid", reason: "year_range" };
  if (!realDay(y, m, d)) return { kind: "invalid", reason: "no_such_day" };
  return { kind: "ok", iso: isoOf(y, m, d) };
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DMY = /^(\d{1,2})\s*[/.\-\s]\s*(\d{1,2})\s*[/.\-\s]\s*(\d{2}|\d{4})$/;
const WORDS = /^(?:ngày\s*)?(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm\s*)?(\d{4})$/i;
/** What a day being typed looks like before it is complete: "1", "15/", "15/1", "15/10/20". */
const TYPING = /^\d{1,2}(?:\s*[/.-]\s*(?:\d{1,2}(?:\s*[/.-]\s*\d{0,3})?)?)?$/;

/**
 * Reads the text of the as-of field. `final`: the user has finished (blur, Enter, paste), so a
 * two-digit year (15/10/25 → 2025) is accepted and an incomplete day is refused; while typing,
 * only a day with a four-digit year counts and an incomplete one is "partial".
 */
export function parseAsOf(text: string, final: boolean): AsOfParse {
  const t = text.trim().replace(/\s+/g, " ");
  if (t === "") return final ? { kind: "invalid", reason: "format" } : { kind: "partial" };
  let m = ISO.exec(t);
  if (m) return judge(Number(m[1]), Number(m[2]), Number(m[3]));
  m = WORDS.exec(t.normalize("NFC"));
  if (m) return judge(Number(m[3]), Number(m[2]), Number(m[1]));
  m = DMY.exec(t);
  if (m) {
    if (m[3].length === 2) {
      if (!final) return { kind: "partial" };
      return judge(2000 + Number(m[3]), Number(m[2]), Number(m[1]));
    }
    return judge(Number(m[3]), Number(m[2]), Number(m[1]));
  }
  if (!final && (TYPING.test(t) || /^\d{4}-?\d{0,2}-?\d{0,1}$/.test(t))) return { kind: "partial" };
  return { kind: "invalid", reason: "format" };
}

/** YYYY-MM-DD → dd/mm/yyyy. */
export function formatAsOf(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** The day `days` after (or before, when negative) an ISO day. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(2000, m - 1, d));
  date.setUTCFullYear(y);
  date.setUTCDate(date.getUTCDate() + days);
  return isoOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * True when the day lies more than a year from the plan year (before 1 January of the year
 * before it, or after 31 December of the year after it): most likely a mistyped year.
 */
export function farFromPlanYear(iso: string, planYear: number | null): boolean {
  if (planYear === null) return false;
  const year = Number(iso.slice(0, 4));
  return year < planYear - 1 || year > planYear + 1;
}
