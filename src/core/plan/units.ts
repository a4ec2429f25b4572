import { fold, foldKeep, hasMarks } from "../text";
import { LETTER, NUMBER, UPPER } from "../text/unicode-classes";

/**
 * Lead and support units from a responsibility cell (spec "Items", README decisions 7-10).
 *
 * Prose is read line by line, bullets and in-cell numbers stripped. In each line the verbs decide:
 * "X chủ trì, phối hợp (với) Y", "X chủ trì, Y phối hợp", "X phối hợp với Y" and "X phối hợp Y thực
 * hiện" (Y starting a unit) give lead X, support Y; "X phối hợp (thực hiện)" makes X a support;
 * "X thực hiện …" / "X chủ trì …" make X a lead; any other line is a list of leads. In a support
 * column every unit named is a support. Units are split by ";" always, and by "," or " và " where
 * the next piece starts a new unit.
 */

/** Kinds of unit, people and groups that start a new unit when capitalised. */
const UNIT_KINDS = [
  // Kinds of unit (the spec's list)…
  "Bộ",
  "Sở",
  "Ban",
  "Phòng",
  "Văn phòng",
  "UBND",
  "Ủy ban",
  "Trung tâm",
  "Cục",
  "Chi cục",
  "Tổng cục",
  "Vụ",
  "Viện",
  "Học viện",
  "Trường",
  "Đại học",
  "Đài",
  "Báo",
  "Hội",
  "Liên đoàn",
  "Hiệp hội",
  "Công an",
  "Thanh tra",
  "Kiểm toán",
  "Kho bạc",
  "Bảo hiểm",
  "Hải quan",
  "Bưu điện",
  "Đảng ủy",
  "Tỉnh ủy",
  "Huyện ủy",
  "Thành ủy",
  "Mặt trận",
  "Đoàn",
  "Huyện đoàn",
  "Tỉnh đoàn",
  "Thành đoàn",
  "Tòa án",
  "Viện kiểm sát",
  "Ngân hàng",
  "Công ty",
  "Tập đoàn",
  "Hội đồng",
  "Quốc hội",
  "Chính phủ",
  "Thủ tướng",
  // …and the people and groups plans name as responsible.
  "Văn thư",
  "Chuyên viên",
  "Công chức",
  "Cán bộ",
  "Lãnh đạo",
  "Tổ",
  "Đội",
  "Nhóm",
];

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * A word's form for comparing kind words: lower case, with its tone mark taken off the letter it sits
 * on and written after it, so the old and new tone placements ("Uỷ" / "Ủy", "Toà" / "Tòa") agree
 * while different words ("Vũ" / "Vụ", "Tô" / "Tổ") stay apart.
 */
function toneKey(phrase: string): string {
  return phrase
    .toLocaleLowerCase("vi")
    .split(/\s+/)
    .map((w) => {
      const d = w.normalize("NFD");
      const tones = d.match(TONE_MARKS)?.join("") ?? "";
      return d.replace(TONE_MARKS, "").normalize("NFC") + tones;
    })
    .join(" ");
}

const KIND_KEYS = new Set(UNIT_KINDS.map(toneKey));
/** Kind words as typed without diacritics ("Van phong", "Phong"). */
const KIND_FOLDED = new Set(UNIT_KINDS.map((k) => fold(k)));
const MAX_KIND_WORDS = Math.max(...UNIT_KINDS.map((k) => k.split(" ").length));

const BULLET = /^\s*(?:[-+*•–—·]\s*|\d{1,2}(?:\.\d{1,2})+\s*[.:)]?\s*|\d{1,2}\s*[.:)]\s*|[a-zđ]\)\s*)/;
const TRAILING = /[\s.;,:!?\-–—]+$/;
const LEADING = /^[\s.;,:!?\-–]+/;
const ACRONYM = /^[A-ZĐ][A-ZĐ0-9&-]{1,}$/;
const UPPER_FIRST = new RegExp(`^[${UPPER}]`);
const TRAILING_NON_WORD = new RegExp(`[^${LETTER}${NUMBER}]+$`);

const foldSameLength = (s: string): string => foldKeep(s);

/** Index of a folded phrase as whole words in folded text, from `from`; -1 if none. */
function findWord(f: string, phrase: string, from = 0): number {
  let i = f.indexOf(phrase, from);
  while (i >= 0) {
    const before = i === 0 ? " " : f[i - 1];
    const after = i + phrase.length >= f.length ? " " : f[i + phrase.length];
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return i;
    i = f.indexOf(phrase, i + 1);
  }
  return -1;
}

export function hasDiacritics(s: string): boolean {
  return hasMarks(s);
}

/** True when a piece of a list starts a new unit (a kind word, a lone acronym, "các" / "tất cả"). */
export function startsUnit(piece: string): boolean {
  const p = piece.replace(LEADING, "").trim();
  if (p === "") return false;
  if (ACRONYM.test(p)) return true;
  const f = foldSameLength(p).replace(/\s+/g, " ");
  if (/^(cac|tat ca)\b/.test(f)) return true;
  const words = p.split(/\s+/, MAX_KIND_WORDS);
  if (!UPPER_FIRST.test(words[0] ?? "")) return false;
  for (let n = Math.min(MAX_KIND_WORDS, words.length); n >= 1; n--) {
    const head = words.slice(0, n).join(" ").replace(TRAILING_NON_WORD, "");
    if (isKindHead(head)) return true;
  }
  return false;
}

/** Heads already looked at (plans repeat their units): head -> names a kind of unit. */
const kindHeads = new Map<string, boolean>();

function isKindHead(head: string): boolean {
  let k = kindHeads.get(head);
  if (k === undefined) {
    // A kind word typed without diacritics counts wherever it is ("Van phong").
    k = KIND_KEYS.has(toneKey(head)) || (!hasMarks(head) && KIND_FOLDED.has(fold(head)));
    if (kindHeads.size > 20_000) kindHeads.clear();
    kindHeads.set(head, k);
  }
  return k;
}

/** Splits at top level (outside parentheses); each piece comes with the separator text before it. */
function splitTopLevel(s: string, isSep: (s: string, i: number) => number): { text: string; sep: string }[] {
  const out: { text: string; sep: string }[] = [];
  let depth = 0;
  let start = 0;
  let sep = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "(" || ch === "[") depth++;
    else if ((ch === ")" || ch === "]") && depth > 0) depth--;
    else if (depth === 0) {
      const len = isSep(s, i);
      if (len > 0) {
        out.push({ text: s.slice(start, i), sep });
        sep = s.slice(i, i + len);
        start = i + len;
        i += len - 1;
      }
    }
  }
  out.push({ text: s.slice(start), sep });
  return out;
}

const VERB_TAIL = /(\s+(thực hiện|chủ trì|phối hợp|thuc hien|chu tri|phoi hop))+$/i;

/** "Giao Phòng Nội vụ chủ trì", "Đề nghị Ban Tuyên giáo Huyện ủy": the verb that assigns is no part of the unit. */
const ASSIGNING_VERB = /^(giao cho|giao|de nghi|yeu cau)\s*:?\s+/;

const ASSIGNING_ALONE = /^(giao cho|giao|de nghi|yeu cau)$/;
const LABEL_HEAD = /^([^:;,()]{2,25}):\s*/;

function cleanUnit(u: string): string {
  let s = u.replace(LEADING, "").replace(TRAILING, "").replace(/\s+/g, " ").trim();
  const head = ASSIGNING_VERB.exec(foldSameLength(s).toLowerCase());
  if (head && UPPER_FIRST.test(s.slice(head[0].length))) s = s.slice(head[0].length);
  // The assigning verb alone ("Đề nghị" before "phối hợp với …") names no unit.
  if (ASSIGNING_ALONE.test(foldSameLength(s).toLowerCase())) return "";
  // A label before a colon that names no unit ("Thành phần: …", "Trưởng đoàn: …").
  const label = LABEL_HEAD.exec(s);
  if (label && !startsUnit(label[1]) && UPPER_FIRST.test(s.slice(label[0].length))) s = s.slice(label[0].length);
  let prev = "";
  while (prev !== s) {
    prev = s;
    s = s.replace(VERB_TAIL, "").replace(TRAILING, "").trim();
  }
  if (s === "") return s;
  return s[0].toLocaleUpperCase("vi") + s.slice(1);
}

/**
 * ";" separates units always; so does "/" with a space on either side ("Vụ Kế hoạch - Tài chính/
 * Ban Quản lý quy hoạch").
 */
function unitListSeparator(s: string, i: number): number {
  if (s[i] === ";") return 1;
  return s[i] === "/" && (s[i - 1] === " " || s[i + 1] === " ") ? 1 : 0;
}

/**
 * A "/" written tight separates like "," (where the next piece starts a unit: "Sở Xây dựng/các công
 * ty …"), except between two abbreviations ("HĐND/UBND"); "Chủ tịch/Phó Chủ tịch", "đ/c" go on.
 */
function tightSlash(s: string, i: number): boolean {
  if (s[i] !== "/") return false;
  return !(ABBREVIATION_END.test(s.slice(Math.max(0, i - 12), i)) && ABBREVIATION_START.test(s.slice(i + 1, i + 13)));
}

const ABBREVIATION_END = /(^|[^A-Za-zÀ-ỹĐđ])[A-ZĐ][A-ZĐ0-9]*$/;
const ABBREVIATION_START = /^[A-ZĐ][A-ZĐ0-9]*([^A-Za-zÀ-ỹĐđ0-9]|$)/;

/** Splits a phrase naming units into unit names. */
export function splitUnits(phrase: string, cellWithoutDiacritics: boolean): string[] {
  const out: string[] = [];
  for (const part of splitTopLevel(phrase, unitListSeparator)) {
    const text = part.text;
    const f = foldSameLength(text);
    const pieces = splitTopLevel(text, (s, i) => {
      if (s[i] === "," || tightSlash(s, i)) return 1;
      if (s[i] === " " && (f.startsWith(" và ", i) || f.startsWith(" va ", i))) {
        // " và " always separates candidates; " va " only in a cell typed entirely without diacritics.
        if (s.slice(i, i + 4).normalize("NFC") === " va " && !cellWithoutDiacritics) return 0;
        return 4;
      }
      return 0;
    });
    let current = "";
    for (let k = 0; k < pieces.length; k++) {
      const { text: piece, sep } = pieces[k];
      if (k === 0) current = piece;
      else if (startsUnit(piece)) {
        out.push(current);
        current = piece;
      } else current += (sep === "," ? "," : sep) + piece;
    }
    out.push(current);
  }
  return out.map(cleanUnit).filter((u) => u !== "");
}

export interface Responsibility {
  lead: string[];
  support: string[];
}

/** Strips a line's bullet or in-cell number ("- ", "+ ", "3.1 ", "3.1: "). */
function stripBullet(line: string): string {
  let s = line;
  for (let i = 0; i < 3; i++) {
    const t = s.replace(BULLET, "");
    if (t === s) break;
    s = t;
  }
  return s.trim();
}

/** A line that opens with a label ("Chủ trì:", "Phối hợp:", "Cơ quan chủ trì:"). */
const LABEL_LINE = /^[^:]{0,30}\b(chu tri|phoi hop|thuc hien)\s*:/;
/** A line that stops mid-name: after "và", "-", "với", a comma. */
const OPEN_LINE = /(\s(va|voi)|[-–,&])\s*$/;

/**
 * The cell's lines, with the lines a narrow column wrapped mid-name joined again ("Sở Nông nghiệp
 * và" / "Môi trường", "UBND các xã," / "phường", "Tập đoàn" / "Viettel"): a line break separates
 * only where the next line opens with a bullet or a label, or starts a new unit after a line that
 * ends a name.
 */
function cellLines(src: string): string[] {
  const raw = src.split(/\r?\n/);
  if (raw.length === 1) return raw;
  const out: string[] = [];
  for (const line of raw) {
    const t = line.trim();
    if (t === "") continue;
    const prev = out.length ? out[out.length - 1] : null;
    if (prev !== null && continuesLine(prev, t)) out[out.length - 1] = `${prev} ${t}`;
    else out.push(t);
  }
  return out;
}

function continuesLine(prev: string, next: string): boolean {
  // A line opening with a bullet or an in-cell number ("- ", "+ ", "3.1 ", "a) ") is a line of its own.
  if (BULLET.test(next) && next.replace(BULLET, "") !== next) return false;
  const fn = foldSameLength(next).toLowerCase();
  if (LABEL_LINE.test(fn)) return false;
  const fp = foldSameLength(prev).toLowerCase();
  if (/[;:.]\s*$/.test(prev)) return false;
  // A kind word alone ("Sở", "Tập đoàn") or a line ending mid-name always goes on.
  if (isKindHead(prev.trim()) || OPEN_LINE.test(fp)) return true;
  return !startsUnit(next);
}

/** Reads one responsibility cell. `mode` is the column's role: in a support column every unit is a support. */
export function readResponsibility(text: string, mode: "lead" | "support"): Responsibility {
  const lead: string[] = [];
  const support: string[] = [];
  const src = text.normalize("NFC");
  const noDia = !hasDiacritics(src);
  for (const rawLine of cellLines(src)) {
    const line = stripBullet(rawLine).replace(TRAILING, "");
    if (line === "") continue;
    // In a support column every unit is a support: a bracketed verb ("(Chủ trì)") is only a remark there.
    const r = readLine(mode === "support" ? dropBracketedVerbs(line) : line, noDia);
    lead.push(...r.lead);
    support.push(...r.support);
  }
  if (mode === "support") return dedupe({ lead: [], support: [...lead, ...support] });
  return dedupe({ lead, support });
}

function dedupe(r: Responsibility): Responsibility {
  const seen = new Set<string>();
  const keep = (list: string[]): string[] =>
    list.filter((u) => {
      const k = fold(u);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  const lead = keep(r.lead);
  const support = keep(r.support);
  return { lead, support };
}

/** The part of `s` up to the first " thực hiện" (whole words), trimmed. */
function upToThucHien(s: string): string {
  const f = foldSameLength(s);
  const i = findWord(f, "thuc hien");
  return (i >= 0 ? s.slice(0, i) : s).replace(TRAILING, "").replace(LEADING, "").trim();
}

/** "Chủ trì: X", "Cơ quan chủ trì: X; Phối hợp: Y": the verbs as labels before a colon. */
const LABEL = /(chu tri|phoi hop|thuc hien)\s*:/g;

function readLabelled(line: string, f: string, noDia: boolean): Responsibility | null {
  LABEL.lastIndex = 0;
  const marks: { verb: string; start: number; end: number }[] = [];
  for (let m = LABEL.exec(f); m !== null; m = LABEL.exec(f))
    marks.push({ verb: m[1], start: m.index, end: m.index + m[0].length });
  if (marks.length === 0) return null;
  // What stands before the first label must be a few words of label ("Cơ quan", "Đơn vị", "-").
  if (f.slice(0, marks[0].start).trim().split(/\s+/).length > 3) return null;
  const lead: string[] = [];
  const support: string[] = [];
  for (let k = 0; k < marks.length; k++) {
    let seg = line.slice(marks[k].end, k + 1 < marks.length ? marks[k + 1].start : line.length);
    // Drop the next label's own words ("…; Đơn vị phối hợp:") left at the end of this segment.
    if (k + 1 < marks.length) seg = seg.replace(/[;,.\n]\s*[^;,.\n]{0,24}$/, "");
    const units = seg.trim() === "" ? [] : splitUnits(seg, noDia);
    (marks[k].verb === "phoi hop" ? support : lead).push(...units);
  }
  return { lead, support };
}

/** "X (chủ trì), Y (phối hợp)": the verbs in brackets read as plain verbs. */
const BRACKETED_VERB = /\(\s*(chu tri|phoi hop|thuc hien)\s*\)/g;

function dropBracketedVerbs(line: string): string {
  const f = foldSameLength(line);
  if (!f.includes("(")) return line;
  let out = "";
  let at = 0;
  BRACKETED_VERB.lastIndex = 0;
  for (let m = BRACKETED_VERB.exec(f); m !== null; m = BRACKETED_VERB.exec(f)) {
    out += line.slice(at, m.index).replace(/\s+$/, "");
    at = m.index + m[0].length;
  }
  return out + line.slice(at);
}

function unbracketVerbs(line: string): string {
  const f = foldSameLength(line);
  if (!f.includes("(")) return line;
  let out = line;
  BRACKETED_VERB.lastIndex = 0;
  for (let m = BRACKETED_VERB.exec(f); m !== null; m = BRACKETED_VERB.exec(f)) {
    const a = m.index;
    const b = m.index + m[0].length - 1;
    out = out.slice(0, a) + " " + out.slice(a + 1, b) + " " + out.slice(b + 1);
  }
  return out;
}

/** Verbs that say who does what. */
const REMARK_VERB = /\b(chu tri|phoi hop|thuc hien|chi dao)\b/;
const ONLY_VERBS = /^[\s,;.:\-–]*((chu tri|phoi hop|thuc hien|chi dao|va)[\s,;.:\-–]*)+$/;

/**
 * Drops bracketed remarks that say who does what ("(NĐ do Bộ Lao động - Thương binh và Xã hội chủ trì,
 * …)"): a note, not part of a unit's name, whose verbs do not split the cell. A bracket holding only
 * verbs ("(chủ trì)") stays, to be read as the verb; a bracket naming a part of the unit ("Văn phòng
 * (Bộ phận Kế toán)") stays with its unit. An unclosed bracket runs to the end of the line.
 */
export function dropRemarks(line: string): string {
  if (line.indexOf("(") < 0) return line;
  const f = foldSameLength(line);
  let out = "";
  let i = 0;
  while (i < line.length) {
    const open = line.indexOf("(", i);
    if (open < 0) break;
    let depth = 0;
    let close = line.length;
    for (let k = open; k < line.length; k++) {
      if (line[k] === "(") depth++;
      else if (line[k] === ")" && --depth === 0) {
        close = k + 1;
        break;
      }
    }
    const inner = f.slice(open + 1, close === line.length && line[close - 1] !== ")" ? close : close - 1);
    out += line.slice(i, open);
    if (REMARK_VERB.test(inner) && !ONLY_VERBS.test(inner)) out += " ";
    else out += line.slice(open, close);
    i = close;
  }
  return (out + line.slice(i)).replace(/\s+$/, "");
}

/** "X chỉ đạo Y và Z thực hiện": lead X (who directs), support Y, Z (who carry it out); null when not so. */
function readDirecting(line: string, f: string, units: (s: string) => string[]): Responsibility | null {
  const iD = findWord(f, "chi dao");
  if (iD <= 0) return null;
  const iC = findWord(f, "chu tri");
  const iP = findWord(f, "phoi hop");
  if ((iC >= 0 && iC < iD) || (iP >= 0 && iP < iD)) return null;
  const x = line.slice(0, iD);
  // "Ban Chỉ đạo 389 tỉnh", "Ban chỉ đạo": the name of a unit, not the verb.
  if (line[iD] !== "c" || /\b(ban|to|truong ban|pho ban)\s*$/.test(f.slice(0, iD))) return null;
  if (!startsUnit(x)) return null;
  const rest = line.slice(iD + "chi dao".length).replace(LEADING, "");
  if (rest.trim() === "") return { lead: units(x), support: [] };
  const inner = readLine(rest, !hasDiacritics(line));
  return { lead: units(x), support: [...inner.lead, ...inner.support] };
}

function readLine(raw: string, noDia: boolean): Responsibility {
  const line = unbracketVerbs(dropRemarks(raw));
  const f = foldSameLength(line);
  const labelled = readLabelled(line, f, noDia);
  if (labelled) return labelled;
  const units = (s: string): string[] => (s.trim() === "" ? [] : splitUnits(s, noDia));
  const directing = readDirecting(line, f, units);
  if (directing) return directing;
  const iC = findWord(f, "chu tri");
  const iP = findWord(f, "phoi hop");
  if (iC >= 0 && (iP < 0 || iC < iP)) {
    const x = line.slice(0, iC);
    let after = line.slice(iC + "chu tri".length).replace(LEADING, "");
    let fa = foldSameLength(after);
    let support: string[] = [];
    if (fa.startsWith("phoi hop")) {
      after = after.slice("phoi hop".length).replace(LEADING, "");
      fa = foldSameLength(after);
      if (/^voi\b/.test(fa)) after = after.slice(3).replace(LEADING, "");
      support = units(upToThucHien(after));
    } else {
      const j = findWord(fa, "phoi hop");
      if (j > 0) {
        const y = after.slice(0, j).replace(TRAILING, "");
        if (startsUnit(y)) support = units(y);
      }
    }
    if (x.trim() === "") {
      // "Chủ trì Sở Nội vụ, phối hợp …": the lead follows the verb.
      const j = findWord(fa, "phoi hop");
      const lead = units(upToThucHien(j > 0 ? after.slice(0, j) : after));
      return { lead: lead.filter((u) => startsUnit(u)), support };
    }
    return { lead: units(x), support };
  }
  if (iP >= 0) {
    const x = line.slice(0, iP);
    let after = line.slice(iP + "phoi hop".length).replace(LEADING, "");
    const fa = foldSameLength(after);
    if (/^voi\b/.test(fa)) {
      after = after.slice(3).replace(LEADING, "");
      const y = upToThucHien(after);
      if (x.trim() === "") return { lead: [], support: units(y) };
      return { lead: units(x), support: units(y) };
    }
    if (fa.trim() === "" || fa.startsWith("thuc hien")) return { lead: [], support: units(x) };
    const y = upToThucHien(after);
    if (startsUnit(y)) {
      if (x.trim() === "") return { lead: [], support: units(y) };
      return { lead: units(x), support: units(y) };
    }
    return { lead: [], support: units(x) };
  }
  const iT = findWord(f, "thuc hien");
  if (iT >= 0) return { lead: units(line.slice(0, iT)), support: [] };
  return { lead: units(line), support: [] };
}
