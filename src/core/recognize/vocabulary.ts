import type { Role } from "../report";
import { fold } from "../text";

/**
 * Header vocabulary: which header labels name which column role. Labels are compared folded
 * (no diacritics, lower case), as whole words, after dropping parenthesised remarks.
 * Rules are tried in order; the first that matches decides. A rule with two roles is decided
 * by the column's cells (the first role is the default).
 */
interface HeaderRule {
  /** The label holds one of these phrases (whole words)... */
  any: string[];
  /** ...and all of these (whole words). */
  all?: string[];
  /** The label must be exactly one of `any` (for short codes such as "TT"). */
  exact?: boolean;
  roles: [Role] | [Role, Role];
}

const RULES_VI: HeaderRule[] = [
  { any: ["STT", "TT", "Số TT", "Số thứ tự", "Thứ tự", "S TT", "Số", "Mục"], exact: true, roles: ["stt"] },
  { any: ["STT", "Số thứ tự"], roles: ["stt"] },
  { any: ["Ghi chú"], roles: ["note"] },
  // "Đơn vị chủ trì, phối hợp" in one column: the prose is split into lead and support.
  { any: ["chủ trì"], all: ["phối hợp"], roles: ["lead"] },
  { any: ["phối hợp"], roles: ["support"] },
  {
    any: [
      "Tình hình thực hiện",
      "Kết quả thực hiện",
      "Tình trạng",
      "Trạng thái",
      "Mức độ hoàn thành",
      "Kết quả triển khai",
      "Tiến độ triển khai",
      "Đánh giá kết quả",
      "Cập nhật tiến độ",
    ],
    roles: ["status"],
  },
  {
    any: [
      "chủ trì",
      "Trách nhiệm",
      "Đơn vị thực hiện",
      "Cơ quan thực hiện",
      "Bộ phận thực hiện",
      "Người thực hiện",
      "Cá nhân thực hiện",
      "Phụ trách",
      "Đơn vị phụ trách",
      "Cán bộ thực hiện",
      "Đơn vị",
      "Phân công",
      "Đầu mối",
    ],
    roles: ["lead"],
  },
  {
    any: [
      "Thời gian",
      "Thời hạn",
      "Hạn hoàn thành",
      "Ngày hoàn thành",
      "Thời điểm",
      "Hạn chót",
      "Mốc thời gian",
      "Mốc hoàn thành",
      "Năm hoàn thành",
      "Lộ trình",
    ],
    roles: ["deadline"],
  },
  { any: ["Tiến độ"], roles: ["deadline", "status"] },
  // "Hoàn thành" alone: the day it is due (dates) or whether it is done (marks, words).
  { any: ["Hoàn thành", "Kết thúc", "Ngày kết thúc"], exact: true, roles: ["status", "deadline"] },
  // "Đã hoàn thành" alone: a column of ticks or words saying whether it is done.
  { any: ["Đã hoàn thành"], exact: true, roles: ["status"] },
  {
    any: ["Sản phẩm", "Kết quả dự kiến", "Kết quả đầu ra", "Kết quả cần đạt", "Đầu ra", "Hình thức văn bản"],
    roles: ["output"],
  },
  { any: ["Kết quả"], roles: ["output", "status"] },
  {
    any: [
      "Nội dung",
      "Nhiệm vụ",
      "Hoạt động",
      "Công việc",
      "Tên nhiệm vụ",
      "Nhiệm vụ, giải pháp",
      "Tên công việc",
      "Tên đề án",
      "Danh mục",
      "Tên văn bản",
    ],
    roles: ["task"],
  },
];

interface FoldedRule {
  any: string[];
  all: string[];
  exact: boolean;
  roles: [Role] | [Role, Role];
}

/** The rules with their phrases folded once. */
export const HEADER_RULES: readonly FoldedRule[] = RULES_VI.map((r) => ({
  any: r.any.map((p) => fold(p)),
  all: (r.all ?? []).map((p) => fold(p)),
  exact: !!r.exact,
  roles: r.roles,
}));

const PARENS = /\([^)]*\)?/g;
const NON_WORD = /[^a-z0-9]+/g;

/** A header cell's label, folded to words separated by single spaces: "Cơ quan chủ trì\n(Giao …)" -> "co quan chu tri". */
export function headerLabel(text: string): string {
  return fold(text.replace(PARENS, " ")).replace(NON_WORD, " ").trim();
}

/** Folds a phrase to the same word form as headerLabel. */
function words(p: string): string {
  return p.replace(NON_WORD, " ").trim();
}

/** Each rule's phrases as whole words padded with spaces, for one indexOf per phrase. */
const FOLDED_RULES = HEADER_RULES.map((r) => ({
  ...r,
  anyW: r.any.map(words),
  anyPadded: r.any.map((p) => ` ${words(p)} `),
  allPadded: r.all.map((p) => ` ${words(p)} `),
}));

/** The roles a header label names (empty when none), and whether the cells must decide between two. */
export function rolesForLabel(label: string): Role[] {
  if (label === "" || label.length > 80) return [];
  const padded = ` ${label} `;
  for (const r of FOLDED_RULES) {
    const hit = r.exact ? r.anyW.includes(label) : r.anyPadded.some((p) => padded.includes(p));
    if (!hit) continue;
    if (r.allPadded.length && !r.allPadded.every((p) => padded.includes(p))) continue;
    return r.roles.slice();
  }
  return [];
}
