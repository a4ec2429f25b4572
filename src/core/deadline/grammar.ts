/**
 * The deadline grammar: folded text -> tokens -> named rules -> mentions -> one answer.
 *
 * 1. `markReferences` flags tokens that belong to a reference to a document (decision 12):
 *    document numbers ("số 10/KH-UBND", "04/2021/QĐ-UBND", "57-NQ/TW"), the date written right
 *    after one ("… ngày 08/01/2026"), and after "theo" / "tại" / "căn cứ" + a kind of document,
 *    everything up to a word that starts a deadline. Rules never read flagged tokens.
 * 2. The scanner walks the tokens; at each one it tries the rules of `RULES` in order. A rule
 *    that matches records a mention (a day, a month, a quarter, a half, a year, a recurring day)
 *    or a flag (recurring wording, a vague part) and says where it stopped.
 * 3. `resolve` links lists and spans (a part without a year takes the year of the part it is
 *    joined to: "Từ tháng 3 đến tháng 5 năm 2025", "Quý I, II/2025"), gives the plan year to
 *    the rest, and picks the latest due (ties: date, then period, then recurring). With no
 *    mention, recurring wording beats conditional wording; otherwise the text is unparsed.
 */
import type { DeadlineKind } from "../report";
import { fold } from "../text/fold";
import * as tokenKinds from "./tokens";
import { tokenize, type Token } from "./tokens";
import { daysInMonth, dayKey, fullYear, isValidDate, isoFromKey } from "./calendar";
import type { WordPattern } from "./vocabulary";
import * as vocabulary from "./vocabulary";

// Bound once: module namespaces compiled to CommonJS read exports through getters, and these
// are read for every token.
const { WORD, NUM, PUNCT } = tokenKinds;
const {
  RECURRING_PHRASES,
  ONWARDS_PHRASES,
  EVERY_YEAR,
  EVERY_MONTH,
  TIMES_WORDS,
  PERIOD_UNITS,
  CONNECTOR_WORDS,
  CONNECTOR_PUNCT,
  ROMAN,
  WEEK_WORD,
  VAGUE_PART_WORDS,
  VAGUE_PART_FOLLOWERS,
  PLAN_YEAR_STRONG,
  PLAN_YEAR_WEAK,
  DEADLINE_START_WORDS,
  DOCUMENT_KINDS,
  REFERENCE_LEADS,
  CONDITIONAL_LEADS,
  CONDITIONAL_STARTS,
  CONDITIONAL_ANYWHERE,
  NEXT_YEAR_WORDS,
  QUARTER_LETTER,
  QUARTER_WORDS,
  MONTH_LETTER,
  DAY_LEAD_WORDS,
  CALENDAR_WORDS,
  HOLIDAY_WORD,
  LAST_MONTH_OF_QUARTER,
  RATIO_LEADS,
  NEXT_MONTH,
  COUNT_WORDS,
  RATIO_FOLLOWERS,
  AROUND_THE_CLOCK,
} = vocabulary;

export interface ParsedDeadline {
  kind: DeadlineKind;
  /** YYYY-MM-DD or null. */
  due: string | null;
  /** True when the text holds a written date that does not exist (31/02/2025): kind is then "unparsed". */
  invalidDate: boolean;
}

/** What a mention names. Ends of periods are computed when the year is known. */
type Unit = "day" | "month" | "quarter" | "year";

interface Mention {
  start: number;
  end: number;
  unit: Unit;
  /** Day of month (unit day). */
  day: number;
  /** Month (day, month) or quarter (quarter). */
  part: number;
  /** Explicit year, or null (the plan year, or the year of a joined part). */
  year: number | null;
  /** Repeats: every year (a day/month/quarter of each year) or every month (a day of each month). */
  every: "year" | "month" | null;
  /** A written date that does not exist. */
  invalid: boolean;
  /** "Trong năm": absorbed by recurring wording ("Thường xuyên trong năm"). */
  weak: boolean;
}

interface Scan {
  tokens: Token[];
  /** The plan year, for "năm sau" / "năm nay" (NaN when unknown). */
  planYear: number;
  refs: Uint8Array;
  mentions: Mention[];
  recurring: boolean;
  /** A vague part ("tuần", "đầu", "giữa") is pending: the next mention is dropped. */
  vague: boolean;
  /** "hằng tháng" / "mỗi tháng" was read somewhere in the cell. */
  everyMonth: boolean;
  /** Days written without a month ("trước ngày 25"): days of every month when `everyMonth`. */
  bareDays: number[];
}

// ------------------------------------------------------------------ token helpers

function wordAt(s: Scan, i: number): string | null {
  const t = s.tokens[i];
  return t !== undefined && t.type === WORD && s.refs[i] === 0 ? t.text : null;
}

function numAt(s: Scan, i: number): Token | null {
  const t = s.tokens[i];
  return t !== undefined && t.type === NUM && s.refs[i] === 0 ? t : null;
}

function punctAt(s: Scan, i: number): string | null {
  const t = s.tokens[i];
  return t !== undefined && t.type === PUNCT && s.refs[i] === 0 ? t.text : null;
}

/** End index of `p` matched at i (words only), or -1. */
function matchWords(tokens: Token[], i: number, p: WordPattern): number {
  for (let k = 0; k < p.length; k++) {
    const t = tokens[i + k];
    if (t === undefined || t.type !== WORD || !p[k].has(t.text)) return -1;
  }
  return i + p.length;
}

function matchAny(tokens: Token[], i: number, ps: readonly WordPattern[]): number {
  for (const p of ps) {
    const e = matchWords(tokens, i, p);
    if (e >= 0) return e;
  }
  return -1;
}

function isYearToken(t: Token | null): boolean {
  return t !== null && t.text.length === 4 && t.value >= 1900 && t.value <= 2199;
}

/**
 * A year written after a period: "/2025", "-2025", ".2025", "/25", "năm 2025", or " 2025".
 * Returns [year, end] or null.
 */
function yearAfter(s: Scan, j: number): [number, number] | null {
  if (wordAt(s, j) === "cua" && wordAt(s, j + 1) === "nam") j++; // "Quý I của năm sau"
  if (punctAt(s, j) === "/" && wordAt(s, j + 1) === "nam") j++; // "15/01/năm sau"
  const p = punctAt(s, j);
  if (p === "/" || p === "-" || p === "." || p === "–") {
    const n = numAt(s, j + 1);
    if (n === null) return null;
    if (p !== "/" && (s.tokens[j].spaced || n.spaced) && n.text.length !== 4) return null;
    if (n !== null && isYearToken(n)) return [n.value, j + 2];
    if (p === "/" && n.text.length === 2) return [2000 + n.value, j + 2];
    return null;
  }
  if (wordAt(s, j) === "nam") {
    const n = numAt(s, j + 1);
    if (n !== null && isYearToken(n)) return [n.value, j + 2];
    const rel = wordAt(s, j + 1);
    if (rel !== null && NEXT_YEAR_WORDS.has(rel)) return [s.planYear + 1, j + 2];
    if (rel === "nay") return [s.planYear, j + 2];
    return null;
  }
  const n = numAt(s, j);
  if (n !== null && isYearToken(n) && n.spaced) return [n.value, j + 1];
  return null;
}

/** "hằng năm" / "hằng tháng" after a yearless part: [every, end] or null. */
function repetitionAfter(s: Scan, j: number): ["year" | "month", number] | null {
  const p = punctAt(s, j);
  if (p === "(" || p === ",") j++; // "Trước ngày 15/12 (hằng năm)", "31/12, hằng năm"
  let e = matchWords(s.tokens, j, EVERY_YEAR);
  if (e >= 0) return ["year", e];
  e = matchWords(s.tokens, j, EVERY_MONTH);
  if (e >= 0) return ["month", e];
  return null;
}

function mention(s: Scan, start: number, end: number, unit: Unit, part: number, year: number | null, day = 0): Mention {
  const m: Mention = { start, end, unit, day, part, year, every: null, invalid: false, weak: false };
  if (s.vague) s.vague = false;
  else s.mentions.push(m);
  return m;
}

/** Ends a mention: a following "hằng năm" makes a yearless part recurring. Returns the end. */
function finishWithRepetition(s: Scan, m: Mention, end: number): number {
  if (m.year !== null) return end;
  const r = repetitionAfter(s, end);
  if (r === null) return end;
  m.every = m.unit === "day" && r[0] === "month" ? "month" : "year";
  m.end = r[1];
  return r[1];
}

// ------------------------------------------------------------------ rules

/** Recurring wording: thường xuyên, hằng năm, định kỳ, những năm tiếp theo, ... */
function recurringWords(s: Scan, i: number): number {
  const e = matchAny(s.tokens, i, RECURRING_PHRASES);
  if (e < 0) return -1;
  s.recurring = true;
  if (matchWords(s.tokens, i, EVERY_MONTH) >= 0) s.everyMonth = true;
  return e;
}

/** "2 lần/năm", "1 lần / quý": times per period. */
function timesPerPeriod(s: Scan, i: number): number {
  if (numAt(s, i) === null && !COUNT_WORDS.has(wordAt(s, i) ?? "")) return -1; // "2 lần/năm", "Hai năm một lần"
  const unitFirst = wordAt(s, i + 1);
  if (unitFirst !== null && PERIOD_UNITS.has(unitFirst)) {
    // "6 tháng/lần", "6 tháng một lần"
    let j = i + 2;
    if (punctAt(s, j) === "/" || wordAt(s, j) === "mot") j++;
    if (!TIMES_WORDS.has(wordAt(s, j) ?? "")) return -1;
    s.recurring = true;
    return j + 1;
  }
  if (!TIMES_WORDS.has(wordAt(s, i + 1) ?? "")) return -1;
  let j = i + 2;
  if (punctAt(s, j) === "/") j++;
  else if (wordAt(s, j) === "moi" || wordAt(s, j) === "trong") j++;
  const unit = wordAt(s, j);
  if (unit === null || !PERIOD_UNITS.has(unit)) return -1;
  s.recurring = true;
  return j + 1;
}

/** "6 tháng đầu năm 2025", "6 tháng cuối năm", "9 tháng đầu năm", "nửa đầu năm 2026". */
function halfYear(s: Scan, i: number): number {
  let months = 0;
  let j: number;
  const n = numAt(s, i);
  const w = wordAt(s, i);
  if (n !== null && n.text.length <= 2 && wordAt(s, i + 1) === "thang") {
    months = n.value;
    j = i + 2;
  } else if (w === "sau" && wordAt(s, i + 1) === "thang") {
    months = 6;
    j = i + 2;
  } else if (w === "nua") {
    months = 6;
    j = i + 1;
    if (wordAt(s, j) === "nam") j++; // "nửa năm đầu"
  } else if (
    QUARTER_WORDS.has(wordAt(s, i + 1) ?? "") &&
    (n !== null ? n.text.length === 1 : COUNT_WORDS.has(w ?? ""))
  ) {
    // "2 quý đầu năm 2025", "Hai quý cuối năm"
    months = 3 * (n !== null ? n.value : (COUNT_WORDS.get(w as string) as number));
    j = i + 2;
  } else if (w !== null && QUARTER_WORDS.has(w) && wordAt(s, i + 2) === "nam") {
    // "Quý đầu năm 2026", "Quý cuối năm"
    months = 3;
    j = i + 1;
  } else return -1;
  const side = wordAt(s, j);
  if (side !== "dau" && side !== "cuoi" && side !== "sau") return -1;
  if (months < 1 || months > 12) return -1;
  // "ngày 10 tháng đầu quý": a day, not the first ten months; "6 tháng cuối quý" is no half year
  if (wordAt(s, i - 1) === "ngay") return -1;
  const after = wordAt(s, j + 1);
  if (after !== null && (QUARTER_WORDS.has(after) || after === "thang" || after === "tuan" || after === "cua"))
    return -1;
  j++;
  let y = yearAfter(s, j);
  if (y === null && wordAt(s, j) === "nam") y = yearAfter(s, ++j);
  const end = y === null ? j : y[1];
  const m = mention(s, i, end, "month", side === "dau" ? months : 12, y === null ? null : y[0]);
  return finishWithRepetition(s, m, end);
}

/** Vague parts: "tuần …", "đầu tháng …", "giữa quý …": the period they qualify is dropped. */
function vaguePart(s: Scan, i: number): number {
  const w = wordAt(s, i);
  if (w === WEEK_WORD) {
    s.vague = true;
    return i + 1;
  }
  if (w !== null && VAGUE_PART_WORDS.has(w)) {
    const next = wordAt(s, i + 1);
    if (next !== null && VAGUE_PART_FOLLOWERS.has(next) && wordAt(s, i - 1) !== "bat") {
      s.vague = true;
      return i + 1;
    }
  }
  return -1;
}

/**
 * A holiday ("Tết Nguyên đán Bính Ngọ 2026", "Tết Dương lịch 2026") is a vague part of its year:
 * the year written with it is swallowed, so the cell is unparsed unless it names a date elsewhere.
 */
function holiday(s: Scan, i: number): number {
  if (wordAt(s, i) !== HOLIDAY_WORD) return -1;
  let j = i + 1;
  while (j < i + 6 && wordAt(s, j) !== null) j++;
  const y = numAt(s, j);
  return isYearToken(y) ? j + 1 : i + 1;
}

/** A separator between the numbers of a date, with the spacing rules: "/" may be spaced. */
function dateSeparator(s: Scan, j: number): string | null {
  const p = punctAt(s, j);
  return p === "/" || p === "." || p === "-" ? p : null;
}

/** "." and "-" join a date's numbers only without spaces, except in a full day/month/year. */
function isTight(s: Scan, sep: number): boolean {
  const next = s.tokens[sep + 1];
  return !s.tokens[sep].spaced && next !== undefined && !next.spaced;
}

/**
 * A yearless "a/b" that counts things, not a day: after "đạt", "tỷ lệ", "tối thiểu", … or before
 * "số", "xã", "đơn vị", "chỉ tiêu", … — unless a day word comes right before it ("ngày 15/01").
 */
function isRatio(s: Scan, i: number, end: number): boolean {
  const before = wordAt(s, i - 1);
  if (before === "nhat" && wordAt(s, i - 2) === "it") return true; // "ít nhất 2/3" (not "chậm nhất 30/6")
  if (before !== null && DAY_LEAD_WORDS.has(before)) return false;
  if (before === "ngay") return false;
  if (before !== null && RATIO_LEADS.has(before)) return true;
  const after = wordAt(s, end);
  return after !== null && RATIO_FOLLOWERS.has(after);
}

/**
 * Numbers joined by separators: "15/8/2026", "15.8.2026", "15-8-25" (day), "9/2020", "06/2025"
 * (month), "15/01", "31/12" (a day of the plan year, or of every year when "hằng năm" follows).
 */
function numericDate(s: Scan, i: number): number {
  const a = numAt(s, i);
  if (a === null || a.text.length > 2) return -1;
  const sep1 = dateSeparator(s, i + 1);
  if (sep1 === null) return -1;
  const b = numAt(s, i + 2);
  if (b === null) return -1;
  const sep2 = dateSeparator(s, i + 3);
  const c = sep2 === sep1 ? numAt(s, i + 4) : null;
  if (
    c !== null &&
    (sep1 === "/" || (isTight(s, i + 1) && isTight(s, i + 3)) || (b.text.length <= 2 && c.text.length === 4))
  ) {
    const end = i + 5;
    if (b.text.length > 2 || (c.text.length !== 2 && c.text.length !== 4)) return end; // not a date
    const m = mention(s, i, end, "day", b.value, fullYear(c.text, c.value), a.value);
    m.invalid = !isValidDate(m.year as number, b.value, a.value);
    return end;
  }
  if (sep1 !== "/" && !isTight(s, i + 1)) return -1;
  if (b.text.length === 4) {
    // month/year
    const end = i + 3;
    if (!isYearToken(b)) return end;
    if (a.value < 1 || a.value > 12) return end; // "13/2020": not a month
    const m = mention(s, i, end, "month", a.value, b.value);
    return finishWithRepetition(s, m, end);
  }
  if (sep1 !== "/" || b.text.length > 2) return i + 3;
  // day/month without a year
  const end = i + 3;
  if (isRatio(s, i, end)) return end; // "2/3 số đơn vị", "Đạt 100% (15/15 xã)"
  if (a.text === AROUND_THE_CLOCK[0] && AROUND_THE_CLOCK[1].has(b.text)) {
    s.recurring = true; // "24/7", "24/24": all the time
    return end;
  }
  // "15/01 năm sau", "30/4 năm 2026", "15/01 của năm sau", "15/01/năm sau"
  const y =
    wordAt(s, end) === "nam" || wordAt(s, end) === "cua" || (punctAt(s, end) === "/" && wordAt(s, end + 1) === "nam")
      ? yearAfter(s, end)
      : null;
  const m = mention(s, i, y === null ? end : y[1], "day", b.value, y === null ? null : y[0], a.value);
  m.invalid = b.value < 1 || b.value > 12 || a.value < 1 || a.value > daysInMonth(2000, b.value);
  return finishWithRepetition(s, m, m.end);
}

/** "ngày 15 tháng 8 năm 2026", "Ngày 05 tháng 12", "15 tháng 8 năm 2026". */
function wordDate(s: Scan, i: number): number {
  let j = i;
  const hasDayWord = wordAt(s, j) === "ngay";
  if (hasDayWord) j++;
  const d = numAt(s, j);
  if (d === null || d.text.length > 2 || wordAt(s, j + 1) !== "thang") return -1;
  const mo = numAt(s, j + 2);
  if (mo === null || mo.text.length > 2) return -1;
  const y = yearAfter(s, j + 3);
  // Without "ngày" or a year, "15 tháng 8" is a day only after a deadline word ("Trước 15 tháng 8").
  if (!hasDayWord && y === null && !(i > 0 && DAY_LEAD_WORDS.has(wordAt(s, i - 1) ?? ""))) return -1;
  const end = y === null ? j + 3 : y[1];
  const m = mention(s, i, end, "day", mo.value, y === null ? null : y[0], d.value);
  m.invalid = !isValidDate(y === null ? 2000 : y[0], mo.value, d.value);
  return finishWithRepetition(s, m, end);
}

/** "Trước ngày 15 hằng tháng", "ngày 20 hàng tháng": a day of every month. */
function dayOfEveryMonth(s: Scan, i: number): number {
  let j = i;
  if (wordAt(s, j) === "ngay") j++;
  const d = numAt(s, j);
  if (d === null || d.text.length > 2) return -1;
  j++;
  if (wordAt(s, j) === "cua") j++;
  const e = matchWords(s.tokens, j, EVERY_MONTH);
  if (e < 0) return -1;
  if (j === i + 1 && wordAt(s, i) !== "ngay" && wordAt(s, i - 1) !== "ngay" && wordAt(s, i - 1) !== "truoc") return -1;
  const m = mention(s, i, e, "day", 12, null, d.value);
  m.every = "month";
  m.invalid = d.value < 1 || d.value > 31;
  return e;
}

/** A list of parts after "tháng" / "quý": "10, 11", "3 đến tháng 5", "I, II", "I - II". */
function partList(s: Scan, i: number, keyword: string, readPart: (k: number) => number): [number, number] | null {
  let best = readPart(i);
  if (best < 0) return null;
  let j = i + 1;
  // After a vague part ("từ đầu tháng 3 đến tháng 5") only the first part is vague: read it alone.
  for (; !s.vague;) {
    let k = j;
    let joined = false;
    while (k < s.tokens.length) {
      const w = wordAt(s, k);
      const p = punctAt(s, k);
      if ((w !== null && CONNECTOR_WORDS.has(w)) || (p !== null && p !== "/" && CONNECTOR_PUNCT.has(p))) {
        joined = true;
        k++;
      } else break;
    }
    if (!joined) break;
    if (wordAt(s, k) === keyword) k++;
    const n = s.tokens[k];
    if (n !== undefined && n.type === NUM && n.text.length > 2) break; // a year, not a part
    const v = readPart(k);
    if (v < 0) break;
    best = Math.max(best, v);
    j = k + 1;
  }
  return [best, j];
}

/** "Tháng 9/2020", "Tháng 8 năm 2025", "Tháng 9", "tháng 10, 11/2025", "Tháng 6 và tháng 12 hằng năm". */
function monthRule(s: Scan, i: number): number {
  const w = wordAt(s, i);
  // "T10/2025", "T9/25": the letter T glued to a month number
  if (w !== "thang" && !(w === MONTH_LETTER && numAt(s, i + 1) !== null && !s.tokens[i + 1].spaced)) return -1;
  const readMonth = (k: number): number => {
    const n = numAt(s, k);
    return n !== null && n.text.length <= 2 ? n.value : -1;
  };
  const list = partList(s, w === "thang" && punctAt(s, i + 1) === ":" ? i + 2 : i + 1, w as string, readMonth);
  if (list === null) return -1;
  const [month, j] = list;
  const y = yearAfter(s, j);
  const end = y === null ? j : y[1];
  const m = mention(s, i, end, "month", month, y === null ? null : y[0]);
  m.invalid = month < 1 || month > 12;
  return finishWithRepetition(s, m, end);
}

/** "QIV", "QuýIV" typed without a space: the quarter's number, or -1. */
function gluedQuarter(w: string): number {
  if (w.length < 2 || w.charCodeAt(0) !== 0x71) return -1; // "q"
  for (const lead of QUARTER_WORDS)
    if (w.startsWith(lead) && ROMAN.has(w.slice(lead.length))) return ROMAN.get(w.slice(lead.length)) as number;
  return ROMAN.get(w.slice(1)) ?? -1;
}

/** "Quý III/2025", "Quý 3 năm 2025", "QUÝ IV", "Quý I, II/2025", "Quý 4 hằng năm". */
function quarterRule(s: Scan, i: number): number {
  const w = wordAt(s, i);
  const glued = w === null ? -1 : gluedQuarter(w);
  let first = i + 1;
  if (glued >= 0) first = i;
  else if (w !== null && QUARTER_WORDS.has(w)) {
    if (punctAt(s, first) === ":") first++; // "Quý: III/2025"
  } else if (w === QUARTER_LETTER) {
    // "Q2/2025", "Q.III/2025", "Q III/2025"
    if (punctAt(s, first) === "." || punctAt(s, first) === ":") first++;
    const t = s.tokens[first];
    if (t === undefined || !((t.type === NUM && t.text.length === 1) || (t.type === WORD && ROMAN.has(t.text))))
      return -1;
  } else return -1;
  const readQuarter = (k: number): number => {
    if (k === i) return glued;
    const t = s.tokens[k];
    if (t === undefined || s.refs[k] !== 0) return -1;
    if (t.type === WORD) return ROMAN.get(t.text) ?? -1;
    if (t.type === NUM && t.text.length === 1) return t.value;
    return -1;
  };
  const list = partList(s, first, glued >= 0 ? QUARTER_LETTER : (w as string), readQuarter);
  if (list === null) return -1;
  const [quarter, j] = list;
  const y = yearAfter(s, j);
  const end = y === null ? j : y[1];
  const m = mention(s, i, end, "quarter", quarter, y === null ? null : y[0]);
  m.invalid = quarter < 1 || quarter > 4;
  return finishWithRepetition(s, m, end);
}

/** "Năm 2025", "2025", "2025 - 2026" (two years), "2025 và những năm tiếp theo" (recurring). */
function yearRule(s: Scan, i: number): number {
  let j = i;
  if (wordAt(s, j) === "nam") j++;
  const n = numAt(s, j);
  if (n === null || n.text.length !== 4) return -1;
  if (!isYearToken(n)) return j === i ? -1 : j + 1;
  const next = s.tokens[j + 1];
  if (next !== undefined && !next.spaced && next.type === WORD) return -1; // "2025abc"
  const onwards = matchAny(s.tokens, j + 1, ONWARDS_PHRASES);
  if (onwards >= 0) {
    s.recurring = true;
    return onwards;
  }
  mention(s, i, j + 1, "year", 0, n.value);
  return j + 1;
}

/**
 * "Trong năm", "Cuối năm", "Năm nay" with no number: the plan year; "Năm sau", "Năm tới",
 * "Trong năm sau": the year after it.
 */
function planYearWords(s: Scan, i: number): number {
  const w = wordAt(s, i);
  let j = i;
  let weak = false;
  if (w !== null && (PLAN_YEAR_STRONG.has(w) || PLAN_YEAR_WEAK.has(w)) && wordAt(s, i + 1) === "nam") {
    j = i + 1;
    weak = PLAN_YEAR_WEAK.has(w);
  } else if (w !== "nam") return -1;
  const rel = wordAt(s, j + 1);
  let end: number;
  let year: number | null = null;
  if (rel === "nay") end = j + 2;
  else if (rel !== null && NEXT_YEAR_WORDS.has(rel)) {
    end = j + 2;
    year = s.planYear + 1;
  } else if (j > i) end = j + 1;
  else return -1;
  if (numAt(s, end) !== null || wordAt(s, end) === "hoc") return -1;
  const m = mention(s, i, end, "year", 0, year);
  m.weak = weak;
  return year === null ? finishWithRepetition(s, m, end) : end; // "Cuối năm hằng năm": every year
}

/**
 * "ngày 25" with no month: a day of every month when the cell says "hằng tháng" / "mỗi tháng"
 * elsewhere ("Hằng tháng, trước ngày 25"); otherwise no deadline. Resolved in `resolve`.
 */
function bareDay(s: Scan, i: number): number {
  if (wordAt(s, i) !== "ngay") return -1;
  const d = numAt(s, i + 1);
  if (d === null || d.text.length > 2) return -1;
  const next = s.tokens[i + 2];
  if (
    next !== undefined &&
    (next.type === NUM || (next.type === PUNCT && dateSeparator(s, i + 2) !== null && numAt(s, i + 3) !== null))
  )
    return -1;
  // "ngày 20 (của) tháng cuối quý": a day of every quarter's last month; "ngày 10 (của) tháng sau":
  // a day of every next month. Both are last due in December of the plan year, like a monthly day.
  const k = wordAt(s, i + 2) === "cua" ? i + 3 : i + 2;
  let e = matchAny(s.tokens, k, LAST_MONTH_OF_QUARTER);
  if (e < 0) e = matchAny(s.tokens, k, NEXT_MONTH);
  if (e >= 0) {
    s.recurring = true;
    const m = mention(s, i, e, "day", 12, null, d.value);
    m.every = "month";
    m.invalid = d.value < 1 || d.value > 31;
    return e;
  }
  if (
    next !== undefined &&
    next.type === WORD &&
    (next.text === "thang" || TIMES_WORDS.has(next.text) || PERIOD_UNITS.has(next.text))
  )
    return -1;
  s.bareDays.push(d.value);
  return i + 2;
}

/** "2025-09-30", "2025/12/31": a date written year first, as some date cells display it. */
function yearFirstDate(s: Scan, i: number): number {
  const y = numAt(s, i);
  if (!isYearToken(y)) return -1;
  const sep = dateSeparator(s, i + 1);
  if (sep === null || sep !== dateSeparator(s, i + 3) || !isTight(s, i + 1) || !isTight(s, i + 3)) return -1;
  const mo = numAt(s, i + 2);
  const d = numAt(s, i + 4);
  if (mo === null || d === null || mo.text.length > 2 || d.text.length > 2) return -1;
  const m = mention(s, i, i + 5, "day", mo.value, (y as Token).value, d.value);
  m.invalid = !isValidDate((y as Token).value, mo.value, d.value);
  return i + 5;
}

/** The grammar: named rules, tried in this order at each token. */
export const RULES: ReadonlyArray<{ name: string; at: (s: Scan, i: number) => number }> = [
  { name: "recurring wording", at: recurringWords },
  { name: "times per period", at: timesPerPeriod },
  { name: "half year", at: halfYear },
  { name: "vague part", at: vaguePart },
  { name: "holiday", at: holiday },
  { name: "numeric date", at: numericDate },
  { name: "day of every month", at: dayOfEveryMonth },
  { name: "date in words", at: wordDate },
  { name: "month", at: monthRule },
  { name: "quarter", at: quarterRule },
  { name: "year-first date", at: yearFirstDate },
  { name: "year", at: yearRule },
  { name: "plan year words", at: planYearWords },
  { name: "day of month alone", at: bareDay },
];

// ------------------------------------------------------------------ references (decision 12)

function isChunkToken(t: Token): boolean {
  return t.type !== PUNCT || t.text === "/" || t.text === "-" || t.text === "_" || t.text === ".";
}

/** Flags the tokens of document references. */
export function markReferences(tokens: Token[]): Uint8Array {
  const n = tokens.length;
  const refs = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    // A document number: a run with no spaces that starts with a number and holds a code ("10/KH-UBND").
    if (t.type === NUM && (i === 0 || t.spaced || !isChunkToken(tokens[i - 1]))) {
      let j = i + 1;
      let isDoc = false;
      while (j < n && !tokens[j].spaced && isChunkToken(tokens[j])) {
        if (
          tokens[j].type === WORD &&
          tokens[j - 1].type === PUNCT &&
          tokens[j - 1].text !== "." &&
          !CALENDAR_WORDS.has(tokens[j].text)
        )
          isDoc = true;
        j++;
      }
      const afterNumberWord = i > 0 && tokens[i - 1].type === WORD && tokens[i - 1].text === "so";
      if (isDoc || afterNumberWord) {
        for (let k = i; k < j; k++) refs[k] = 1;
        markDateAfterDocument(tokens, refs, j);
        i = j - 1;
      }
      continue;
    }
    // A kind of document right before a number with a separator: "Thông tư 01/2025", "Kế hoạch 10/KH".
    if (t.type === WORD) {
      const kindEnd = matchAny(tokens, i, DOCUMENT_KINDS);
      const u = tokens[kindEnd];
      const sep = tokens[kindEnd + 1];
      if (
        kindEnd > 0 &&
        u !== undefined &&
        u.type === NUM &&
        sep !== undefined &&
        !sep.spaced &&
        (sep.text === "/" || sep.text === "-")
      ) {
        let j = kindEnd + 1;
        let code = false;
        for (; j < n && !tokens[j].spaced && isChunkToken(tokens[j]); j++) {
          const c = tokens[j];
          if (c.type === WORD || (c.type === NUM && c.text.length === 4)) code = true;
        }
        // A code ("10/KH") or a year ("01/2025/TT-BNV", "Thông tư 01/2025"); "Luật 09/11" is no number.
        if (code) {
          for (let k = kindEnd; k < j; k++) refs[k] = 1;
          markDateAfterDocument(tokens, refs, j);
        }
      }
    }
    // "theo" / "tại" / "căn cứ" + a kind of document: up to a word that starts a deadline.
    if (t.type === WORD) {
      const lead = matchAny(tokens, i, REFERENCE_LEADS);
      if (lead < 0 || matchAny(tokens, lead, DOCUMENT_KINDS) < 0) continue;
      let j = lead;
      while (j < n) {
        const u = tokens[j];
        // The document's own date in words ("ngày 05 tháng 01 năm 2025"): its "tháng" starts no deadline.
        const dateEnd = u.type === WORD && u.text === "ngay" ? dateInWordsEnd(tokens, j + 1) : -1;
        if (dateEnd > 0) {
          for (; j < dateEnd; j++) refs[j] = 1;
          continue;
        }
        if (u.type === WORD && DEADLINE_START_WORDS.has(u.text)) break;
        if (u.type === PUNCT && (u.text === ";" || u.text === ")")) break;
        refs[j] = 1;
        j++;
      }
      i = j - 1;
    }
  }
  return refs;
}

/** End of "05 tháng 01 [năm 2025]" starting at k (numbers and words, no separators), or -1. */
function dateInWordsEnd(tokens: Token[], k: number): number {
  const d = tokens[k];
  const w = tokens[k + 1];
  const m = tokens[k + 2];
  if (d === undefined || d.type !== NUM || w === undefined || w.text !== "thang" || m === undefined || m.type !== NUM)
    return -1;
  const y = tokens[k + 4];
  return tokens[k + 3]?.text === "nam" && y !== undefined && y.type === NUM ? k + 5 : k + 3;
}

/** The date written right after a document number: "… ngày 08/01/2026", "… của UBND tỉnh ngày 15/8/2025". */
function markDateAfterDocument(tokens: Token[], refs: Uint8Array, from: number): void {
  // "Quyết định 57/QĐ-UBND năm 2025": the document's year
  const y = tokens[from + 1];
  if (tokens[from]?.text === "nam" && y !== undefined && y.type === NUM && y.text.length === 4) {
    refs[from] = 1;
    refs[from + 1] = 1;
    return;
  }
  let j = from;
  let skipped = 0;
  while (j < tokens.length && skipped <= 8) {
    const t = tokens[j];
    if (t.type === WORD && t.text === "ngay") break;
    if (t.type === WORD && DEADLINE_START_WORDS.has(t.text)) return;
    if (t.type === PUNCT && t.text !== "," && t.text !== "-") return;
    if (t.type === NUM) return;
    j++;
    skipped++;
  }
  if (j >= tokens.length || tokens[j].text !== "ngay") return;
  let k = j + 1;
  // numeric date: up to five tokens of numbers and separators with no spaces
  if (k < tokens.length && tokens[k].type === NUM) {
    let e = k + 1;
    while (
      e < tokens.length &&
      e < k + 5 &&
      !tokens[e].spaced &&
      (tokens[e].type === NUM || tokens[e].text === "/" || tokens[e].text === "." || tokens[e].text === "-")
    )
      e++;
    // or in words: 22 tháng 12 năm 2024
    if (e === k + 1 && tokens[e] !== undefined && tokens[e].text === "thang") {
      e = k;
      const words = ["", "thang", "", "nam", ""];
      for (let w = 0; w < words.length && e < tokens.length; w++, e++) {
        const u = tokens[e];
        if (words[w] === "" ? u.type !== NUM : u.text !== words[w]) break;
      }
    }
    for (let r = j; r < e; r++) refs[r] = 1;
    k = e;
  }
}

// ------------------------------------------------------------------ conditional wording

function alternation(phrases: readonly string[]): string {
  return [...phrases].sort((a, b) => b.length - a.length).join("|");
}
const CONDITIONAL_START_RE = new RegExp(
  `^(?:(?:${alternation(CONDITIONAL_LEADS)})\\s*[:,.-]?\\s*)?(?:${alternation(CONDITIONAL_STARTS)})\\b`,
);
const CONDITIONAL_ANYWHERE_RE = new RegExp(`\\b(?:${alternation(CONDITIONAL_ANYWHERE)})\\b`);

export function isConditionalFolded(folded: string): boolean {
  return CONDITIONAL_START_RE.test(folded) || CONDITIONAL_ANYWHERE_RE.test(folded);
}

// ------------------------------------------------------------------ scanning and resolving

function scan(folded: string, planYear: number): Scan {
  const tokens = tokenize(folded);
  const s: Scan = {
    tokens,
    planYear,
    refs: markReferences(tokens),
    mentions: [],
    recurring: false,
    vague: false,
    everyMonth: false,
    bareDays: [],
  };
  let i = 0;
  while (i < tokens.length) {
    if (s.refs[i] !== 0) {
      i++;
      continue;
    }
    const t = tokens[i];
    if (t.type === PUNCT && t.text === ";") s.vague = false;
    let next = -1;
    for (let r = 0; r < RULES.length && next < 0; r++) next = RULES[r].at(s, i);
    i = next > i ? next : i + 1;
  }
  return s;
}

/** Tokens between two mentions that only join them ("," "-" "và" "đến" "đến hết"). */
function joined(s: Scan, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let k = from; k < to; k++) {
    const t = s.tokens[k];
    if (t.type === WORD ? !CONNECTOR_WORDS.has(t.text) : !(t.type === PUNCT && CONNECTOR_PUNCT.has(t.text)))
      return false;
  }
  return true;
}

/** Only "(" or ":" between a year and a part of it. */
function opensPart(s: Scan, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const t = s.tokens[from];
  return t.type === PUNCT && (t.text === "(" || t.text === ":");
}

function dueKey(m: Mention, planYear: number): number {
  const y = m.year ?? planYear;
  switch (m.unit) {
    case "day":
      if (m.every === "month") return dayKey(planYear, 12, Math.min(m.day, 31));
      if (m.every === "year") return dayKey(planYear, m.part, Math.min(m.day, daysInMonth(planYear, m.part)));
      return dayKey(y, m.part, m.day);
    case "month":
      return dayKey(m.every ? planYear : y, m.part, daysInMonth(m.every ? planYear : y, m.part));
    case "quarter":
      return dayKey(m.every ? planYear : y, m.part * 3, m.part === 1 || m.part === 4 ? 31 : 30);
    case "year":
      return dayKey(y, 12, 31);
  }
}

const KIND_RANK: Record<string, number> = { date: 3, period: 2, recurring: 1 };

function resolve(s: Scan, folded: string, planYear: number): ParsedDeadline {
  const ms = s.mentions;
  // Lists and spans: a part without a year takes the year (or the repetition) of the part it is joined to.
  for (let k = ms.length - 2; k >= 0; k--) {
    const a = ms[k];
    const b = ms[k + 1];
    if (a.year === null && a.every === null && joined(s, a.end, b.start)) {
      if (b.year !== null) a.year = b.year;
      else if (b.every !== null) a.every = a.unit === "day" ? b.every : "year";
    }
  }
  // A part of a year written right after it ("Năm 2025 (6 tháng cuối năm)", "Năm 2025: Quý IV") is of that year.
  for (let k = 1; k < ms.length; k++) {
    const a = ms[k - 1];
    const b = ms[k];
    if (
      a.unit === "year" &&
      a.year !== null &&
      b.unit !== "year" &&
      b.year === null &&
      b.every === null &&
      opensPart(s, a.end, b.start)
    )
      b.year = a.year;
  }
  if (s.everyMonth) {
    for (const d of s.bareDays) {
      const m: Mention = {
        start: 0,
        end: 0,
        unit: "day",
        day: d,
        part: 12,
        year: null,
        every: "month",
        invalid: d < 1 || d > 31,
        weak: false,
      };
      ms.push(m);
    }
  }
  let invalid = false;
  let bestKey = -1;
  let bestKind: "date" | "period" | "recurring" | null = null;
  for (const m of ms) {
    if (m.invalid) {
      invalid = true;
      continue;
    }
    if (m.weak && s.recurring) continue;
    const year = m.year ?? planYear;
    if (m.unit === "day" && m.every === null && !isValidDate(year, m.part, m.day)) {
      invalid = true; // 29/02 of a year that has none
      continue;
    }
    const kind = m.every !== null ? "recurring" : m.unit === "day" ? "date" : "period";
    const key = dueKey(m, planYear);
    if (key > bestKey || (key === bestKey && KIND_RANK[kind] > KIND_RANK[bestKind as string])) {
      bestKey = key;
      bestKind = kind;
    }
  }
  if (invalid) return { kind: "unparsed", due: null, invalidDate: true };
  if (bestKind !== null) return { kind: bestKind, due: isoFromKey(bestKey), invalidDate: false };
  if (s.recurring) return { kind: "recurring", due: null, invalidDate: false };
  if (isConditionalFolded(folded)) return { kind: "conditional", due: null, invalidDate: false };
  return { kind: "unparsed", due: null, invalidDate: false };
}

const NONE: ParsedDeadline = { kind: "none", due: null, invalidDate: false };

/** Reads a deadline cell (see the file header and spec "Deadlines"). */
export function parseDeadline(text: string | null, planYear: number): ParsedDeadline {
  if (text === null) return { ...NONE };
  const folded = fold(text);
  if (folded.length === 0) return { ...NONE };
  return resolve(scan(folded, planYear), folded, planYear);
}

/**
 * The years written in a deadline's own dates and periods (not in document references, not
 * the plan year a bare "Quý IV" takes): the evidence `detectPlanYear` counts.
 */
export function explicitYears(text: string | null): number[] {
  if (text === null) return [];
  const folded = fold(text);
  if (folded.length === 0) return [];
  const out: number[] = [];
  for (const m of scan(folded, NaN).mentions)
    if (m.year !== null && Number.isFinite(m.year) && !m.invalid) out.push(m.year);
  return out;
}

/** The document references' tokens, for the plan-year reader. */
export { tokenize } from "./tokens";
