/**
 * `--columns lead=D,deadline=E` (every sheet) or `"Phụ lục!lead=D"` (one sheet): the user's
 * correction of a column role, as the check options' columnOverrides. A role's column "-" means the
 * table has no such column. Pure: text in, overrides or a usage error out.
 */
import { ALL_SHEETS, ROLES, type CheckOptionsInput, type Role } from "../core";
import { UsageError } from "./args";

export type ColumnOverrides = NonNullable<CheckOptionsInput["columnOverrides"]>;

/** Vietnamese names (without diacritics, as typed in a terminal) for the roles. */
const ROLE_ALIASES: Record<string, Role> = {
  "noi-dung": "task",
  "nhiem-vu": "task",
  "chu-tri": "lead",
  "phoi-hop": "support",
  "thoi-han": "deadline",
  "ket-qua": "output",
  "san-pham": "output",
  "tien-do": "status",
  "tinh-trang": "status",
  "ghi-chu": "note",
};

/** "stt, task, …; noi-dung, chu-tri, …" (the English names, then the Vietnamese ones). */
const ROLE_LIST = `${ROLES.join(", ")}; ${Object.keys(ROLE_ALIASES).join(", ")}`;

/** Column letters up to Excel's last, XFD. */
function columnOk(letters: string): boolean {
  if (!/^[A-Z]{1,3}$/.test(letters)) return false;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n <= 16384;
}

function roleOf(name: string): Role | null {
  const key = name.trim().toLowerCase();
  if ((ROLES as readonly string[]).includes(key)) return key as Role;
  return ROLE_ALIASES[key] ?? null;
}

export function parseColumns(text: string): ColumnOverrides {
  const out: ColumnOverrides = {};
  for (const raw of text.split(",")) {
    const part = raw.trim();
    if (part === "") continue;
    const bang = part.lastIndexOf("!");
    let sheet = ALL_SHEETS;
    let assignment = part;
    if (bang >= 0) {
      sheet = part
        .slice(0, bang)
        .trim()
        .replace(/^'(.*)'$/, "$1");
      assignment = part.slice(bang + 1);
      if (sheet === "") {
        throw new UsageError(
          `--columns "${part}" không hợp lệ: thiếu tên trang tính trước dấu "!" (ví dụ "Phụ lục!lead=D").`,
          `--columns "${part}" is not valid: the sheet name before "!" is missing (e.g. "Sheet1!lead=D").`,
        );
      }
    }
    const eq = assignment.indexOf("=");
    if (eq < 0) {
      throw new UsageError(
        `--columns "${part}" không hợp lệ: ghi vai trò=cột, cách nhau bởi dấu phẩy, ví dụ --columns lead=D,deadline=E (vai trò: ${ROLE_LIST}).`,
        `--columns "${part}" is not valid: write role=column, separated by commas, e.g. --columns lead=D,deadline=E (roles: ${ROLE_LIST}).`,
      );
    }
    const roleName = assignment.slice(0, eq).trim();
    const role = roleOf(roleName);
    if (role === null) {
      throw new UsageError(
        `--columns "${part}" không hợp lệ: không có vai trò cột "${roleName}" (vai trò: ${ROLE_LIST}).`,
        `--columns "${part}" is not valid: there is no column role "${roleName}" (roles: ${ROLE_LIST}).`,
      );
    }
    const letters = assignment
      .slice(eq + 1)
      .trim()
      .toUpperCase();
    let column: string | null;
    if (letters === "-") column = null;
    else if (columnOk(letters)) column = letters;
    else {
      throw new UsageError(
        `--columns "${part}" không hợp lệ: cột phải là chữ cái từ A đến XFD (ví dụ D), hoặc "-" khi bảng không có cột này.`,
        `--columns "${part}" is not valid: the column must be letters from A to XFD (e.g. D), or "-" when the table has no such column.`,
      );
    }
    const own = (out[sheet] ??= {});
    if (role in own) {
      throw new UsageError(
        `--columns: vai trò "${role}" được ghi hai lần${sheet === ALL_SHEETS ? "" : ` cho trang "${sheet}"`}.`,
        `--columns: the role "${role}" is given twice${sheet === ALL_SHEETS ? "" : ` for sheet "${sheet}"`}.`,
      );
    }
    own[role] = column;
  }
  if (Object.keys(out).length === 0) {
    throw new UsageError(
      `--columns cần ít nhất một vai trò=cột, ví dụ --columns lead=D.`,
      `--columns needs at least one role=column, e.g. --columns lead=D.`,
    );
  }
  return out;
}

/** The sheets named in the overrides that the workbook does not have. */
export function unknownSheets(overrides: ColumnOverrides, sheetNames: readonly string[]): string[] {
  return Object.keys(overrides).filter((s) => s !== ALL_SHEETS && !sheetNames.includes(s));
}
