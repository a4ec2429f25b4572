import type { CellValue } from "../snapshot";

/**
 * Displayed text of a cell, as Excel would show it, from its value and number format.
 *
 * Covers what plan tables use: General, integers and decimals (0, 0.00, #,##0.00), percentages
 * (0%, 0.00%), scientific (0.00E+00), text (@), literals ("...", \x), colour and locale brackets,
 * and dates/times (d, dd, m, mm, mmm, mmmm, yy, yyyy, h, hh, mm, ss, AM/PM).
 * Numbers use "." for decimals and "," for thousands (Excel's invariant style).
 * Excel's locale short date (built-in format 14, which exceljs reports as "mm-dd-yy") and date-time
 * (built-in 22) are shown the Vietnamese way: dd/mm/yyyy.
 */

/**
 * Excel's built-in number formats by id (ECMA-376 18.8.30), as a styles part refers to them
 * without writing them out. Ids 5-8, 23-36 and 41-44 depend on the locale and are not listed
 * (a cell using one is read as General). 14 and 22 are the locale's short date and date-time
 * (see effectiveNumberFormat); 47 is the standard's "mmss.0", displayed by Excel as mm:ss.0.
 */
export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mm:ss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The format Excel's built-in "short date" (id 14) shows in a Vietnamese locale. */
export const LOCALE_SHORT_DATE_FORMAT = "dd/mm/yyyy";

const LOCALE_FORMATS: Record<string, string> = {
  "mm-dd-yy": LOCALE_SHORT_DATE_FORMAT,
  'm/d/yy "h":mm': `${LOCALE_SHORT_DATE_FORMAT} h:mm`,
  "m/d/yy h:mm": `${LOCALE_SHORT_DATE_FORMAT} h:mm`,
  // Built-in 47 as the standard (and exceljs) spells it; Excel shows minutes:seconds.tenths.
  "mmss.0": "mm:ss.0",
};

/** The number format as a Vietnamese Excel shows it (built-in locale formats replaced). */
export function effectiveNumberFormat(numFmt: string | undefined | null): string {
  if (!numFmt) return "General";
  return LOCALE_FORMATS[numFmt] ?? numFmt;
}

/** Excel serial number (1900 date system, days since 1899-12-30) of a UTC Date as exceljs gives it. */
export function dateToSerial(d: Date): number {
  const serial = d.getTime() / 86400000 + 25569;
  // exceljs builds dates from serials in milliseconds; round away float noise below a millisecond.
  return Math.round(serial * 86400000) / 86400000;
}

export function formatCellText(value: CellValue, numFmt: string | undefined | null): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "object") return value.error;
  const fmt = effectiveNumberFormat(numFmt);
  if (typeof value === "string") return formatText(value, fmt);
  if (!Number.isFinite(value)) return String(value);
  return formatNumber(value, fmt);
}

/* ------------------------------------------------------------------------------------------ */

type Token =
  | { t: "lit"; s: string }
  | { t: "date"; s: string } // y.., m.., d.., h.., s.., with case folded
  | { t: "ampm"; s: string }
  | { t: "num"; s: string } // a run of 0 # ? . , characters
  | { t: "pct" }
  | { t: "exp"; s: string } // E+ / E-
  | { t: "text" }; // @

interface Section {
  tokens: Token[];
  isDate: boolean;
  hasNumber: boolean;
  hasText: boolean;
  general: boolean;
}

const sectionCache = new Map<string, Section[]>();

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let inQuote = false;
  let inBracket = false;
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch === "\\" && !inQuote && i + 1 < fmt.length) {
      cur += ch + fmt[i + 1];
      i++;
      continue;
    }
    if (ch === '"' && !inBracket) inQuote = !inQuote;
    else if (ch === "[" && !inQuote) inBracket = true;
    else if (ch === "]" && !inQuote) inBracket = false;
    if (ch === ";" && !inQuote && !inBracket) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function tokenize(section: string): Section {
  const tokens: Token[] = [];
  let isDate = false;
  let hasNumber = false;
  let hasText = false;
  const lit = (s: string) => {
    const last = tokens[tokens.length - 1];
    if (last && last.t === "lit") last.s += s;
    else tokens.push({ t: "lit", s });
  };
  if (/^\s*general\s*$/i.test(section)) return { tokens, isDate, hasNumber, hasText, general: true };
  let i = 0;
  while (i < section.length) {
    const ch = section[i];
    const lower = ch.toLowerCase();
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      lit(section.slice(i + 1, stop));
      i = stop + 1;
    } else if (ch === "\\") {
      if (i + 1 < section.length) lit(section[i + 1]);
      i += 2;
    } else if (ch === "_") {
      lit(" ");
      i += 2;
    } else if (ch === "*") {
      i += 2;
    } else if (ch === "[") {
      const end = section.indexOf("]", i + 1);
      const inner = end < 0 ? "" : section.slice(i + 1, end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inner)) {
        tokens.push({ t: "date", s: "[" + inner + "]" });
        isDate = true;
      }
      i = end < 0 ? section.length : end + 1;
    } else if (/^(am\/pm|a\/p)/i.test(section.slice(i, i + 5))) {
      const m = /^(am\/pm|a\/p)/i.exec(section.slice(i, i + 5))!;
      tokens.push({ t: "ampm", s: m[1] });
      isDate = true;
      i += m[1].length;
    } else if ("ymdhs".includes(lower) || (lower === "e" && isDate)) {
      let j = i;
      while (j < section.length && section[j].toLowerCase() === lower) j++;
      tokens.push({ t: "date", s: (lower === "e" ? "y" : lower).repeat(lower === "e" ? 4 : j - i) });
      isDate = true;
      i = j;
    } else if (isDate && ch === "." && section[i + 1] === "0") {
      // Fractional seconds (ss.0, ss.000): the point and its zeros are one field.
      let j = i + 1;
      while (j < section.length && section[j] === "0") j++;
      tokens.push({ t: "date", s: section.slice(i, j) });
      i = j;
    } else if ("0#?".includes(ch) || ((ch === "." || ch === ",") && numberRunContinues(section, i))) {
      let j = i + 1;
      while (j < section.length && ("0#?,".includes(section[j]) || (section[j] === "." && !isDate))) j++;
      tokens.push({ t: "num", s: section.slice(i, j) });
      hasNumber = true;
      i = j;
    } else if (ch === "%") {
      tokens.push({ t: "pct" });
      i++;
    } else if ((ch === "E" || ch === "e") && (section[i + 1] === "+" || section[i + 1] === "-")) {
      tokens.push({ t: "exp", s: section.slice(i, i + 2) });
      i += 2;
    } else if (ch === "@") {
      tokens.push({ t: "text" });
      hasText = true;
      i++;
    } else {
      lit(ch);
      i++;
    }
  }
  return { tokens, isDate, hasNumber, hasText, general: false };
}

function numberRunContinues(section: string, i: number): boolean {
  const next = section[i + 1];
  return next !== undefined && "0#?".includes(next);
}

function parseFormat(fmt: string): Section[] {
  let sections = sectionCache.get(fmt);
  if (!sections) {
    sections = splitSections(fmt).map(tokenize);
    if (sectionCache.size > 500) sectionCache.clear();
    sectionCache.set(fmt, sections);
  }
  return sections;
}

/**
 * True when a number format shows a calendar date: a day or year field in some section
 * (outside quotes, brackets and escapes). Time-only formats (h:mm, mm:ss.0) are not dates.
 */
export function isDateFormat(numFmt: string | undefined | null): boolean {
  if (!numFmt) return false;
  return parseFormat(numFmt).some((s) => s.tokens.some((t) => t.t === "date" && (t.s[0] === "d" || t.s[0] === "y")));
}

/** True when a number shown with this format is shown as a date or a time (its first section). */
export function isDateTimeFormat(numFmt: string | undefined | null): boolean {
  const sections = parseFormat(effectiveNumberFormat(numFmt));
  return sections[0]?.isDate ?? false;
}

function formatText(value: string, fmt: string): string {
  const sections = parseFormat(fmt);
  const textSection = sections.length >= 4 ? sections[3] : sections.find((s) => s.hasText);
  if (!textSection || !textSection.hasText) return value;
  return textSection.tokens.map((tk) => (tk.t === "text" ? value : tk.t === "lit" ? tk.s : "")).join("");
}

function formatNumber(value: number, fmt: string): string {
  const sections = parseFormat(fmt);
  let section = sections[0];
  let v = value;
  let sign = "";
  if (sections.length >= 2 && value < 0) {
    section = sections[1];
    v = -value;
  } else if (sections.length >= 3 && value === 0) {
    section = sections[2];
  } else if (value < 0) {
    v = -value;
    sign = "-";
  }
  if (!section || section.general || (section.hasText && !section.hasNumber && !section.isDate)) {
    return formatGeneral(value);
  }
  if (section.isDate) return formatDate(value, section.tokens);
  const body = renderNumberTokens(v, section.tokens);
  // A negative number shown with the first section: Excel adds the sign unless the result is 0.
  return sign && /[1-9]/.test(body) ? sign + body : body;
}

/** Excel's General format: up to 10 significant digits, scientific for very large or small. */
export function formatGeneral(v: number): string {
  if (v === 0) return "0";
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const abs = Math.abs(v);
  if (abs >= 1e11 || abs < 1e-4) {
    const [m, e] = v.toExponential(5).split("e");
    const mant = m.replace(/\.?0+$/, "");
    const exp = Number(e);
    return `${mant}E${exp < 0 ? "-" : "+"}${String(Math.abs(exp)).padStart(2, "0")}`;
  }
  const intDigits = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - intDigits);
  return String(Number(v.toFixed(Math.min(decimals, 20)))).replace(/e.*$/, "");
}

function renderNumberTokens(v: number, tokens: Token[]): string {
  const numTokens = tokens.filter((t): t is { t: "num"; s: string } => t.t === "num");
  const pct = tokens.filter((t) => t.t === "pct").length;
  const expToken = tokens.find((t) => t.t === "exp");
  let x = v * Math.pow(100, pct);
  // The placeholders before E are the mantissa; those after it, the exponent digits.
  const expIndex = expToken ? tokens.indexOf(expToken) : -1;
  const mantissa = numTokens
    .filter((t) => expIndex < 0 || tokens.indexOf(t) < expIndex)
    .map((t) => t.s)
    .join("");
  const expDigits =
    expIndex < 0
      ? ""
      : numTokens
          .filter((t) => tokens.indexOf(t) > expIndex)
          .map((t) => t.s)
          .join("");

  let intPattern = mantissa;
  let fracPattern = "";
  const dot = mantissa.indexOf(".");
  if (dot >= 0) {
    intPattern = mantissa.slice(0, dot);
    fracPattern = mantissa.slice(dot + 1).replace(/[^0#?]/g, "");
  }
  // Trailing commas scale by 1000 each.
  let scale = 0;
  while (intPattern.endsWith(",")) {
    scale++;
    intPattern = intPattern.slice(0, -1);
  }
  x = x / Math.pow(1000, scale);
  const grouping = intPattern.includes(",");
  const minInt = (intPattern.match(/0/g) ?? []).length;

  let exponent = 0;
  if (expToken) {
    if (x !== 0) {
      // Engineering notation: "##0.0E+0" keeps the exponent a multiple of its integer placeholders.
      const step = Math.max(1, intPattern.replace(/[^0#?]/g, "").length);
      exponent = Math.floor(Math.log10(Math.abs(x)) / step) * step;
      x = x / Math.pow(10, exponent);
      if (Number(x.toFixed(fracPattern.length)) >= Math.pow(10, step)) {
        x /= Math.pow(10, step);
        exponent += step;
      }
    }
  }

  const fixed = x.toFixed(fracPattern.length);
  const parts = fixed.split(".");
  let intPart = parts[0];
  let fracPart = parts[1] ?? "";
  // Optional decimals (#, ?) drop trailing zeros.
  const required = (fracPattern.match(/^0*/) ?? [""])[0].length;
  while (fracPart.length > required && fracPart.endsWith("0") && fracPattern[fracPart.length - 1] !== "0") {
    fracPart = fracPart.slice(0, -1);
  }
  if (intPart === "0" && minInt === 0) intPart = "";
  while (intPart.length < minInt) intPart = "0" + intPart;
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  // "0.##" on an integer shows "5." in Excel: the point stays.
  const numText =
    intPart + (fracPattern.length > 0 && (fracPart.length > 0 || mantissa.includes(".")) ? "." + fracPart : "");

  let out = "";
  let numberDone = false;
  let expDone = false;
  for (const tk of tokens) {
    if (tk.t === "lit") out += tk.s;
    else if (tk.t === "pct") out += "%";
    else if (tk.t === "num") {
      if (expIndex >= 0 && tokens.indexOf(tk) > expIndex) {
        if (!expDone) {
          const digits = String(Math.abs(exponent)).padStart((expDigits.match(/0/g) ?? []).length, "0");
          out += digits;
          expDone = true;
        }
      } else if (!numberDone) {
        out += numText;
        numberDone = true;
      }
    } else if (tk.t === "exp") {
      out += "E" + (exponent < 0 ? "-" : tk.s[1] === "+" ? "+" : "");
    }
  }
  return out;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function formatDate(serial: number, tokens: Token[]): string {
  if (!(serial >= 0 && serial < 2958466)) return "#".repeat(8); // outside 1900-01-00 .. 9999-12-31
  // Seconds are rounded to the shown precision: whole seconds, or the digits of an ss.0 field.
  const fracToken = tokens.find((t) => t.t === "date" && t.s[0] === ".") as { s: string } | undefined;
  const fracDigits = fracToken ? Math.min(fracToken.s.length - 1, 3) : 0;
  const perSecond = Math.pow(10, fracDigits);
  let days = Math.floor(serial);
  let units = Math.round((serial - days) * 86400 * perSecond);
  if (units >= 86400 * perSecond) {
    days++;
    units -= 86400 * perSecond;
  }
  const secs = Math.floor(units / perSecond);
  const fraction = units - secs * perSecond;
  const d = new Date(Date.UTC(1899, 11, 30) + days * 86400000);
  const Y = d.getUTCFullYear();
  const M = d.getUTCMonth() + 1;
  const D = d.getUTCDate();
  const W = d.getUTCDay();
  const hh = Math.floor(secs / 3600);
  const mi = Math.floor((secs % 3600) / 60);
  const ss = secs % 60;
  const ampm = tokens.some((t) => t.t === "ampm");
  const hour12 = ampm ? (hh % 12 === 0 ? 12 : hh % 12) : hh;

  // An "m" run means minutes when it follows an hour or precedes a second.
  const dateTokens = tokens.map((t, i) => ({ t, i })).filter((x) => x.t.t === "date");
  const minuteAt = new Set<number>();
  dateTokens.forEach((x, k) => {
    const s = (x.t as { s: string }).s;
    if (s[0] !== "m" || s.length > 2) return;
    const prev = dateTokens[k - 1];
    const next = dateTokens[k + 1];
    if ((prev && /^\[?h/.test((prev.t as { s: string }).s)) || (next && /^\[?s/.test((next.t as { s: string }).s))) {
      minuteAt.add(x.i);
    }
  });
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  let out = "";
  tokens.forEach((tk, i) => {
    if (tk.t === "lit") out += tk.s;
    else if (tk.t === "ampm") out += tk.s.toLowerCase() === "a/p" ? (hh < 12 ? "A" : "P") : hh < 12 ? "AM" : "PM";
    else if (tk.t === "num") out += tk.s.replace(/[#?]/g, "").replace(/,/g, "");
    else if (tk.t === "pct") out += "%";
    else if (tk.t === "text") out += "";
    else if (tk.t === "date") {
      const s = tk.s;
      if (s.startsWith("[")) {
        const unit = s[1];
        const total =
          unit === "h"
            ? days * 24 + hh
            : unit === "m"
              ? (days * 24 + hh) * 60 + mi
              : (days * 24 + hh) * 3600 + mi * 60 + ss;
        out += pad(total, s.length - 2);
      } else if (s[0] === ".") out += "." + pad(fraction, fracDigits).padEnd(s.length - 1, "0");
      else if (s[0] === "y") out += s.length <= 2 ? pad(Y % 100, 2) : String(Y);
      else if (s[0] === "d") {
        if (s.length === 1) out += String(D);
        else if (s.length === 2) out += pad(D, 2);
        else if (s.length === 3) out += DAYS[W].slice(0, 3);
        else out += DAYS[W];
      } else if (s[0] === "m") {
        if (minuteAt.has(i)) out += s.length === 1 ? String(mi) : pad(mi, 2);
        else if (s.length === 1) out += String(M);
        else if (s.length === 2) out += pad(M, 2);
        else if (s.length === 3) out += MONTHS[M - 1].slice(0, 3);
        else if (s.length === 5) out += MONTHS[M - 1][0];
        else out += MONTHS[M - 1];
      } else if (s[0] === "h") out += s.length === 1 ? String(hour12) : pad(hour12, 2);
      else if (s[0] === "s") out += s.length === 1 ? String(ss) : pad(ss, 2);
    }
  });
  return out;
}
