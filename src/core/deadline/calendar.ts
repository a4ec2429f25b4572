/** Calendar helpers for deadlines: validity, ends of periods, ISO dates. */

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** A two-digit year is 20yy (decision 17); other years are as written. */
export function fullYear(digits: string, value: number): number {
  return digits.length === 2 ? 2000 + value : value;
}

/** A comparable day number: yyyymmdd. */
export function dayKey(y: number, m: number, d: number): number {
  return y * 10000 + m * 100 + d;
}

function pad2(n: number): string {
  return n < 10 ? "0" + n : String(n);
}

export function isoFromKey(key: number): string {
  const y = Math.floor(key / 10000);
  const m = Math.floor(key / 100) % 100;
  const d = key % 100;
  const ys = y >= 1000 ? String(y) : String(y).padStart(4, "0");
  return `${ys}-${pad2(m)}-${pad2(d)}`;
}
