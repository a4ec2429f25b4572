import { buildSummary, reminderLines } from "../../src/core/summary";
import { fixtureReport, syntheticReport } from "./fixtures";

/** Per-unit sheets carry the reminder to send; reminderLines is the text itself. */

test("the reminder: the request, one line per task (named, due, state), the report-back day a week on", () => {
  const lines = reminderLines(
    "Phòng Tư pháp",
    [
      { label: "Mục II, nhiệm vụ 3", task: "Tổ chức\nhội nghị", due: "2025-09-30", overdue: true },
      { label: "Nhiệm vụ 5", task: null, due: "2025-10-20", overdue: false },
    ],
    "2025-10-15",
  );
  expect(lines).toEqual([
    "Đề nghị Phòng Tư pháp khẩn trương hoàn thành các nhiệm vụ sau:",
    "1) Mục II, nhiệm vụ 3: Tổ chức hội nghị (hạn 30/09/2025, đã quá hạn);",
    "2) Nhiệm vụ 5 (hạn 20/10/2025, sắp đến hạn).",
    "và báo cáo kết quả về Văn phòng trước ngày 22/10/2025.",
  ]);
  expect(reminderLines("Phòng Tư pháp", [], "2025-10-15")).toEqual([]);
  expect(reminderLines("Legal Office", [{ label: "Task 1", task: null, due: null, overdue: true }], "2025-10-15", "en")[1]).toBe(
    "1) Task 1 (overdue).",
  );
});

test("each unit's sheet ends with the reminder about the overdue and due-soon tasks it leads", () => {
  const model = buildSummary(fixtureReport("kh-607-bqlkkt-2025"), { perUnitSheets: true });
  const office = model.sheets.find((s) => s.kind === "unit" && s.unit === "Văn phòng")!;
  expect(office.notes[0]).toBe("Đề nghị Văn phòng khẩn trương hoàn thành các nhiệm vụ sau:");
  expect(office.notes[1]).toMatch(/^1\) Mục II, nhiệm vụ 3: Tham gia các Hội nghị.*\(hạn 30\/09\/2025, đã quá hạn\);$/);
  expect(office.notes.some((l) => /^và báo cáo kết quả về Văn phòng trước ngày 22\/10\/2025\.$/.test(l))).toBe(true);
  // A unit with nothing overdue or due soon gets no reminder, only the note.
  const calm = syntheticReport([{ row: 2, lead: ["Phòng A"], status: "open" }]);
  const sheet = buildSummary(calm, { perUnitSheets: true }).sheets.find((s) => s.kind === "unit")!;
  expect(sheet.notes).toHaveLength(1);
});
