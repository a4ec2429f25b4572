/**
 * Wire sizes for Excel's payload limit (5 MB on Excel on the web, counted in bytes of the
 * request/response body, which is UTF-8 JSON). String length counts UTF-16 units: Vietnamese
 * text (2 to 3 bytes a letter in UTF-8) would be under-counted by up to a factor of 3.
 */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4; // a surrogate pair: one code point of 4 bytes
      i++;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a value's JSON. */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v ?? null));
}
