/** Kinds of row numbers ("STT"): letters, Roman numerals, 1, 1.1, a, … */
export type SttKind = "letter" | "roman" | "number" | "dotted" | "lower" | "other";

const ROMAN = /^(?=[IVXLC])(C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

export function romanValue(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN_VALUES[s[i]];
    const next = ROMAN_VALUES[s[i + 1]] ?? 0;
    n += v < next ? -v : v;
  }
  return n;
}

/** The STT as written, less a trailing period; null when empty. */
export function cleanStt(text: string): string | null {
  const s = text.trim().replace(/\.+$/, "").trim();
  return s === "" ? null : s;
}

export function sttKind(written: string): SttKind {
  // "1)", "I)", "a)": the bracket is only punctuation.
  const stt = written.endsWith(")") && !written.startsWith("(") ? written.slice(0, -1).trim() : written;
  if (/^\d{1,4}\)?$/.test(stt)) return "number";
  if (/^\d{1,4}(\.\d{1,4})+$/.test(stt)) return "dotted";
  if ((stt.length > 1 || stt === "I" || stt === "V" || stt === "X") && ROMAN.test(stt)) return "roman";
  if (/^[A-ZĐ]\)?$/.test(stt)) return "letter";
  if (/^[a-zđ]\)?$/.test(stt)) return "lower";
  return "other";
}

/** The number of an STT within its level: "IV" -> 4, "C" -> 3, "2.3" -> 3, "01" -> 1. */
export function sttNumber(stt: string, kind: SttKind): number | null {
  switch (kind) {
    case "number":
      return Number(stt.replace(/\)$/, ""));
    case "roman":
      return romanValue(stt.replace(/\)$/, "").trim());
    case "dotted":
      return Number(stt.slice(stt.lastIndexOf(".") + 1).replace(/\)$/, ""));
    case "letter":
    case "lower": {
      // Lists follow the Vietnamese alphabet (a, b, c, d, đ, e, g, h, i, k, …: no f, j, w, z); đ and the
      // Latin-only letters are not checked, so "e) g)" and "e) f) g)" are both in order.
      const i = VIETNAMESE_LETTERS.indexOf(stt[0].toUpperCase());
      return i < 0 ? null : i + 1;
    }
    default:
      return null;
  }
}

const VIETNAMESE_LETTERS = "ABCDEGHIKLMNOPQRSTUVXY";

/** "2.3" -> "2"; other kinds have no parent prefix. */
export function sttParent(stt: string, kind: SttKind): string {
  return kind === "dotted" ? stt.slice(0, stt.lastIndexOf(".")) : "";
}

/** The level key of a numbering: letters, Roman numerals, 1, 1.1, 1.1.1, a. */
export function sttLevelKey(stt: string, kind: SttKind): string {
  return kind === "dotted" ? "d" + (stt.split(".").length - 1) : kind;
}
