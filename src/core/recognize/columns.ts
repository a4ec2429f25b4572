/** Column letters <-> 1-based column numbers, as Excel shows them. */

export function columnLetter(n: number): string {
  let s = "";
  let x = Math.floor(n);
  while (x > 0) {
    const m = (x - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    x = Math.floor((x - 1) / 26);
  }
  return s;
}

/** "A" -> 1, "AB" -> 28; returns 0 for text that is not a column letter. */
export function columnIndex(letter: string): number {
  const s = letter.trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) return 0;
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 26 + (s.charCodeAt(i) - 64);
  return n;
}
