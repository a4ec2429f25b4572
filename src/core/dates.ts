/** ISO calendar dates ("YYYY-MM-DD") as day numbers, without time zones. */

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO date. */
export function isoToDayNumber(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return isoToDayNumber(to) - isoToDayNumber(from);
}

/** "2025-10-15" -> "15/10/2025" (how dates are written in the messages, summaries and CLI). */
export function isoToDmy(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** Today in local time as YYYY-MM-DD (the as-of day when none is chosen). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Excel serial number (days since 1899-12-30) of an ISO date. */
export function isoToExcelSerial(iso: string): number {
  return isoToDayNumber(iso) + 25569;
}
