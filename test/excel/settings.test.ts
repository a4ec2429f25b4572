import { renderHostMessage } from "../../src/host";
import { SETTINGS_HEADER, STORE_SHEET } from "../../src/excel";
import { checkOptionsFrom, DEFAULT_SETTINGS } from "../../src/host";
import { todayIso } from "../../src/core";
import { fakeFromFixture, hostFor } from "./fixtures";

describe("settings kept in the workbook", () => {
  test("save, then load in a new session; highlighting and summaries leave them alone", async () => {
    const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
    const host = hostFor(wb, fx.file);
    expect(await host.loadSettings()).toEqual({ settings: DEFAULT_SETTINGS });
    const settings = {
      asOf: "2025-10-15",
      dueSoonDays: 10,
      columnOverrides: { "Phụ lục": { status: "F", note: null } },
      units: ["Văn phòng", "Phòng Nội vụ"],
    };
    await host.saveSettings(settings);
    const report = (await host.check(checkOptionsFrom(settings))).report;
    expect(report.dueSoonDays).toBe(10);
    await host.generateSummary(report, checkOptionsFrom(settings));
    await host.clearHighlights();
    const reopened = hostFor(wb, fx.file);
    expect(await reopened.loadSettings()).toEqual({ settings });
    expect(wb.sheet(STORE_SHEET)!.visibility).toBe("VeryHidden");
  });

  test("unreadable or old data: defaults and a message code, rendered in the UI's language", async () => {
    const { wb, fx } = await fakeFromFixture("kh-khong-dau");
    const host = hostFor(wb, fx.file);
    await host.saveSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 3 });
    const store = wb.sheet(STORE_SHEET)!;
    expect(store.get(1, 10)?.v).toBe(SETTINGS_HEADER);
    store.ensure(2, 10).v = '|{"version":0,"dueSoonDays":3}';
    const old = await host.loadSettings();
    expect(old.settings).toEqual(DEFAULT_SETTINGS);
    expect(old.warning).toEqual({ code: "settings_unreadable" });
    expect(renderHostMessage(old.warning!, "vi")).toMatch(/mặc định/);
    expect(renderHostMessage(old.warning!, "en")).toMatch(/defaults/);
    store.ensure(2, 10).v = "|{broken";
    expect(renderHostMessage((await host.loadSettings()).warning!, "vi")).toMatch(/Không đọc được/);
  });

  test("bad settings are refused before anything is written", async () => {
    const { wb, fx } = await fakeFromFixture("kh-khong-dau");
    const host = hostFor(wb, fx.file);
    await expect(host.saveSettings({ ...DEFAULT_SETTINGS, dueSoonDays: -1 })).rejects.toBeDefined();
    expect(wb.sheet(STORE_SHEET)).toBeUndefined();
  });

  test("today is the as-of day when none is set", () => {
    expect(checkOptionsFrom(DEFAULT_SETTINGS, todayIso(new Date(2026, 0, 5))).asOf).toBe("2026-01-05");
  });
});

test("settings typed field by field are written once the typing pauses (one write, the last values)", async () => {
  const { wb, fx } = await fakeFromFixture("kh-khong-dau");
  const host = hostFor(wb, fx.file, { settingsDelayMs: 30 });
  await host.saveSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 1 }); // creates the store
  wb.resetStats();
  const saves = [2, 3, 4, 5, 6].map((d) => host.saveSettings({ ...DEFAULT_SETTINGS, dueSoonDays: d }));
  await Promise.all(saves);
  expect(wb.stats.syncs).toBe(2); // one saveSettings: read the store, write
  expect((await host.loadSettings()).settings.dueSoonDays).toBe(6);
  // A load right after a save reads what was saved (pending writes go first).
  void host.saveSettings({ ...DEFAULT_SETTINGS, dueSoonDays: 9 });
  expect((await host.loadSettings()).settings.dueSoonDays).toBe(9);
});
