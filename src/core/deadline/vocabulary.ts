/**
 * The deadline grammar's vocabulary, folded (no diacritics, lower case), one table per idea.
 * Rules read these tables; nothing else in the grammar names a Vietnamese word.
 */

/** Word sets, per position, for multi-word phrases matched on tokens. */
export type WordPattern = readonly ReadonlySet<string>[];

export function pattern(...positions: string[]): WordPattern {
  return positions.map((p) => new Set(p.split("|")));
}

/** Recurring wording (decision 14): thường xuyên, hằng/hàng/mỗi + unit, định kỳ, ... */
export const RECURRING_PHRASES: readonly WordPattern[] = [
  pattern("thuong", "xuyen"),
  pattern("hang|moi", "nam|quy|thang|tuan|ngay|ky|dot"),
  pattern("dinh", "ky"),
  pattern("lien", "tuc"),
  pattern("nhung|cac", "nam", "tiep|sau"),
  pattern("tro", "di"),
  pattern("thang", "cuoi", "quy"), // "trước ngày 25 của tháng cuối quý": every quarter
  pattern("thang", "dau|cuoi", "cua", "quy|qui"),
  pattern("thang", "dau", "quy|qui"), // "trước ngày 10 tháng đầu quý sau": every quarter
  pattern("cuoi", "moi", "quy|thang|nam"),
];

/** "tháng cuối quý", "tháng cuối mỗi quý": the last month of every quarter. */
export const LAST_MONTH_OF_QUARTER: readonly WordPattern[] = [
  pattern("thang", "cuoi", "quy|qui"),
  pattern("thang", "cuoi", "moi|cua", "quy|qui"),
];

/** "tháng sau", "tháng tiếp theo", "tháng kế tiếp": the month after each one (a monthly reporting day). */
export const NEXT_MONTH: readonly WordPattern[] = [
  pattern("thang", "sau|toi"),
  pattern("thang", "tiep|ke", "theo|tiep"),
];

/** Number words that count: "Hai năm một lần", "Một lần/năm", "Hai quý đầu năm". */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ["mot", 1],
  ["hai", 2],
  ["ba", 3],
  ["bon", 4],
]);

/**
 * After a year: "2025 và những năm tiếp theo", "từ năm 2025 trở đi", "Năm 2022 và hằng năm": the
 * year the task starts, and it recurs.
 */
export const ONWARDS_PHRASES: readonly WordPattern[] = [
  pattern("va", "nhung|cac", "nam", "tiep|sau"),
  pattern("va", "hang|moi", "nam"),
  pattern("va", "tiep", "theo"),
  pattern("va", "nam", "tiep|sau"),
  pattern("tro", "di"),
  pattern("tro", "ve", "sau"),
  pattern("ve", "sau"),
];

/** Before a year: "bắt đầu từ năm 2024", "bắt đầu năm 2024": the year the task starts. */
export const START_LEADS: readonly WordPattern[] = [pattern("bat|khoi", "dau", "tu"), pattern("bat|khoi", "dau")];

/**
 * A time counted from an event or a day: "Trong 06 tháng kể từ khi …", "Sau 30 ngày kể từ ngày …",
 * "10 ngày làm việc tính từ ngày …": the units it counts, the words for working days, the words
 * that count from, and what may follow them before the event or the day.
 */
export const COUNTED_UNITS: ReadonlyMap<string, "day" | "week" | "month" | "year"> = new Map([
  ["ngay", "day"],
  ["tuan", "week"],
  ["thang", "month"],
  ["nam", "year"],
]);
export const WORKING_DAYS: WordPattern = pattern("lam", "viec");
export const COUNTED_FROM: readonly WordPattern[] = [pattern("ke|tinh", "tu"), pattern("ke", "tu", "sau")];
export const AROUND_EVENT = new Set(["truoc", "sau"]);
export const COUNTED_FROM_EVENT: readonly WordPattern[] = [pattern("sau", "khi"), pattern("khi"), pattern("luc")];

/** A span between two events: "Từ khi thành lập đến khi kết thúc …", "Từ ngày thành lập … đến ngày kết thúc …". */
export const EVENT_SPAN_FROM = new Set(["tu"]);
export const EVENT_SPAN_TO = new Set(["den", "toi"]);
export const EVENT_WORD = "khi";
/** "Từ nay đến kết thúc cuộc bầu cử": now, and the end of an event, as ends of such a span. */
export const NOW_WORD = "nay";
export const EVENT_END: WordPattern = pattern("ket", "thuc");

/** "nhiệm kỳ 2026 - 2031": the term of an office, a name, not a deadline. */
export const TERM_OF_OFFICE: WordPattern = pattern("nhiem", "ky");

/** After a day or period without a year: it repeats every year / month. */
export const EVERY_YEAR: WordPattern = pattern("hang|moi", "nam");
export const EVERY_MONTH: WordPattern = pattern("hang|moi|cac", "thang");

/** "2 lần/năm", "1 lần/quý", "2 đợt/năm": times per period. */
export const TIMES_WORDS = new Set(["lan", "dot"]);
export const PERIOD_UNITS = new Set(["nam", "quy", "thang", "tuan", "ngay"]);

/** Words that join the parts of a list or span: "tháng 10, 11", "từ tháng 3 đến tháng 5". */
export const CONNECTOR_WORDS = new Set(["va", "den", "toi", "hoac", "het", "cuoi", "tu"]);
export const CONNECTOR_PUNCT = new Set([",", "-", "&", "+", "/", "–"]);

/** Roman quarter numbers ("V" is read so that "Quý V" is a quarter that does not exist). */
export const ROMAN: ReadonlyMap<string, number> = new Map([
  ["i", 1],
  ["ii", 2],
  ["iii", 3],
  ["iv", 4],
  ["v", 5],
]);

/** Vague parts of periods (spec: unparsed): weeks, "đầu", "giữa" (decision 16). */
export const WEEK_WORD = "tuan";
export const VAGUE_PART_WORDS = new Set(["dau", "giua"]);
export const VAGUE_PART_FOLLOWERS = new Set(["thang", "quy", "nam", "ky"]);

/** "Trong năm" / "Cuối năm" without a number: the plan year (decision 15). */
export const PLAN_YEAR_STRONG = new Set(["cuoi", "het"]);
/** "Trong năm", "Cả năm", "Suốt năm": the plan year, unless recurring wording absorbs it. */
export const PLAN_YEAR_WEAK = new Set(["trong", "ca", "suot", "quanh"]);

/** Words that start a deadline: a document reference after "theo"/"tại"/"căn cứ" ends there. */
export const DEADLINE_START_WORDS = new Set([
  "truoc",
  "cham",
  "den",
  "hoan",
  "trong",
  "quy",
  "qui",
  "thang",
  "xong",
  "han",
]);

/** Kinds of document (decision 12), as word sequences. */
export const DOCUMENT_KINDS: readonly WordPattern[] = [
  pattern("ke", "hoach"),
  pattern("quyet", "dinh"),
  pattern("nghi", "quyet"),
  pattern("nghi", "dinh"),
  pattern("thong", "tu"),
  pattern("cong", "van"),
  pattern("van", "ban"),
  pattern("chi", "thi"),
  pattern("chuong", "trinh"),
  pattern("de", "an"),
  pattern("thong", "bao"),
  pattern("huong", "dan"),
  pattern("to", "trinh"),
  pattern("ket", "luan"),
  pattern("luat"),
  pattern("kh|qd|nq|nd|tt|cv|ct|tb|hd|kl|vb|ttg"),
];

/** Words that introduce a document reference before its kind. */
export const REFERENCE_LEADS: readonly WordPattern[] = [pattern("theo"), pattern("tai"), pattern("can", "cu")];

/** Conditional wording (decision 14). */
export const CONDITIONAL_LEADS = [
  "thuc hien",
  "bao cao",
  "thoi gian bao cao",
  "thoi gian thuc hien",
  "thoi gian",
  "thoi han",
  "hoan thanh",
  "trien khai",
  "to chuc thuc hien",
  "to chuc",
];
export const CONDITIONAL_STARTS = [
  "theo",
  "khi",
  "tuy",
  "can cu",
  "sau khi",
  "dung yeu cau",
  "dam bao thoi gian",
  "phu thuoc",
];
export const CONDITIONAL_ANYWHERE = [
  "theo quy dinh",
  "theo yeu cau",
  "theo ke hoach",
  "theo huong dan",
  "theo chi dao",
  "theo tien do",
  "theo thoi han",
  "theo chuong trinh",
  "theo van ban",
  "theo de nghi",
  "theo lich",
  "theo thong bao",
  "tinh hinh thuc te",
  "khi co",
  "khi phat sinh",
  "khi xay ra",
  "yeu cau cua",
  "sau khi",
  "tuy theo",
  "tuy thuoc",
  "phu thuoc",
  // the time a regulation or a schedule sets ("Trong thời hạn quy định", "Đúng thời hạn", "Đảm bảo tiến độ")
  "thoi gian quy dinh",
  "thoi han quy dinh",
  "dung thoi han",
  "dung thoi gian",
  "dung han",
  "dung tien do",
  "dam bao tien do",
  // waiting for guidance ("Chờ hướng dẫn của Bộ", "Chưa có hướng dẫn")
  "cho huong dan",
  "cho van ban",
  "chua co huong dan",
  // unscheduled: when something arises ("Đột xuất", "Kiểm tra đột xuất")
  "dot xuat",
];

/** "năm sau", "năm tới": the year after the plan year. */
export const NEXT_YEAR_WORDS = new Set(["sau", "toi"]);
/** "Quý", and its older spelling "Quí". */
export const QUARTER_WORDS = new Set(["quy", "qui"]);
/** "Q3/2025": the letter of a quarter. */
export const QUARTER_LETTER = "q";
/** Words after which "15 tháng 8" (no "ngày", no year) is a day: "Trước 15 tháng 8", "Đến 15 tháng 12". */
export const DAY_LEAD_WORDS = new Set(["truoc", "den", "het", "nhat", "han", "tu", "va"]);
/** Calendar words, never a document code after "/" ("15/01/năm sau" is no "10/KH"). */
export const CALENDAR_WORDS = new Set(["nam", "thang", "ngay", "quy", "qui", "tuan"]);
/** Words before a yearless "a/b" that make it a ratio: "đạt 2/3", "tỷ lệ 3/4", "tối thiểu 1/2". */
export const RATIO_LEADS = new Set(["dat", "le", "thieu", "khoang", "tren", "duoi", "chiem", "duoc", "con"]);
/** Words after a yearless "a/b" that make it a count: "2/3 số đơn vị", "15/15 xã", "10/15 chỉ tiêu". */
export const RATIO_FOLLOWERS = new Set([
  "so",
  "xa",
  "phuong",
  "huyen",
  "tinh",
  "don",
  "chi",
  "tieu",
  "diem",
  "nguoi",
  "ho",
  "phong",
  "truong",
  "nganh",
  "lop",
  "muc",
  "thon",
  "khu",
  "doanh",
]);
/** "Tết": a holiday, a vague part of its year. */
export const HOLIDAY_WORD = "tet";
/** "T10/2025": the letter of a month. */
export const MONTH_LETTER = "t";
/** "24/7" and "24/24" are "all the time", not days: [the hours, what may follow the "/"]. */
export const AROUND_THE_CLOCK: readonly [string, ReadonlySet<string>] = ["24", new Set(["7", "24"])];
