/** Excel serial dates and number formats. */

/** Excel serial (days since 1899-12-30) -> [year, month, day]; null when out of range. */
export function serialToYmd(serial: number): [number, number, number] | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const ms = Math.round(Math.floor(serial) * 86400000) + Date.UTC(1899, 11, 30);
  const d = new Date(ms);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

const pad2 = (n: number): string => (n < 10 ? "0" + n : String(n));

/** "dd/mm/yyyy" for an Excel serial date. */
export function serialToDmy(serial: number): string | null {
  const ymd = serialToYmd(serial);
  return ymd ? `${pad2(ymd[2])}/${pad2(ymd[1])}/${ymd[0]}` : null;
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, "0")}-${pad2(m)}-${pad2(d)}`;
}

/** Adds days to an ISO date. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split("-").map(Number);
  const t = new Date(Date.UTC(y, m - 1, d) + days * 86400000);
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}
