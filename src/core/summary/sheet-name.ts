/** Valid, unique Excel sheet names. */

export const MAX_SHEET_NAME = 31;

/** Excel compares sheet names ignoring case. */
export function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/**
 * A valid Excel sheet name from any text: forbidden characters ([ ] : * ? / \) become "-",
 * control characters and surrounding apostrophes go, whitespace is collapsed, at most 31
 * characters (cut at a word boundary where one is near). Empty text gives `fallback`.
 */
export function toSheetName(text: string, fallback = "Sheet"): string {
  let s = text
    .normalize("NFC")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, " ")
    .replace(/[[\]:*?/\\]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^'+|'+$/g, "")
    .trim();
  if (s.length > MAX_SHEET_NAME) {
    const cut = s.slice(0, MAX_SHEET_NAME);
    const space = cut.lastIndexOf(" ");
    let head = space >= 20 ? cut.slice(0, space) : cut;
    // Do not end on a joining word ("... Thông tin và").
    for (let prev = ""; prev !== head;) {
      prev = head;
      head = head.replace(/[\s,;.\-\u2013']+$/, "").replace(/\s(và|của|các|cho|với|and|of|the|for)$/i, "");
    }
    s = head;
  }
  return s.length > 0 ? s : fallback;
}

/**
 * `base` if no name in `taken` has it (ignoring case), else "base (2)", "base (3)", ...,
 * cutting `base` so the result stays within 31 characters.
 */
export function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const head = base.slice(0, MAX_SHEET_NAME - suffix.length).replace(/[\s']+$/, "");
    const candidate = `${head}${suffix}`;
    if (!taken.has(sheetNameKey(candidate))) return candidate;
  }
}
