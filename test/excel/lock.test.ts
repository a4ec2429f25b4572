/**
 * One operation at a time across the pane and the ribbon (separate runtimes): the lock record in
 * the add-in's very hidden sheet.
 */
import { ExcelHostError, STORE_SHEET } from "../../src/excel";
import { acquireLock, LOCK_MS, releaseLock } from "../../src/excel/lock";
import { renderHostMessage } from "../../src/host";
import { cellsOf } from "../fakes/excel-fake";
import { fakeFromFixture, hostFor, runOf } from "./fixtures";

test("a clear started while a check holds the lock gets a clear message and changes nothing", async () => {
  const { wb, fx } = await fakeFromFixture("kh-34-krongpa-2020");
  const pane = hostFor(wb, fx.file);
  await pane.check({ asOf: fx.asOf }); // the add-in's sheet exists from here on
  // The ribbon's runtime takes the lock for a check (as if in the middle of it)…
  const owner = await acquireLock(runOf(wb), "check");
  expect(owner).not.toBeNull();
  const before = cellsOf(wb);
  // …and the pane's Xóa tô màu meanwhile:
  const err = await pane.clearHighlights().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(ExcelHostError);
  expect((err as ExcelHostError).code).toBe("busy");
  expect((err as ExcelHostError).messageIn("vi")).toMatch(/đang kiểm tra/);
  expect((err as ExcelHostError).messageIn("en")).toMatch(/already checking/);
  expect(cellsOf(wb)).toEqual(before);
  // Once released, the clear goes through and restores everything.
  await releaseLock(runOf(wb), owner!);
  const out = await pane.clearHighlightsDetailed();
  expect(out.sheets.length).toBeGreaterThan(0);
});

test("a lock left behind (a runtime that stopped) expires", async () => {
  const { wb, fx } = await fakeFromFixture("kh-khong-dau");
  await hostFor(wb, fx.file).check({ asOf: fx.asOf });
  let t = 1_000_000;
  const clock = () => t;
  expect(await acquireLock(runOf(wb), "summary", clock)).not.toBeNull();
  const host = hostFor(wb, fx.file, { now: clock });
  await expect(host.clearHighlights()).rejects.toMatchObject({ code: "busy" });
  t += LOCK_MS + 1;
  await expect(host.clearHighlights()).resolves.toBeUndefined();
});

test("two operations that both saw the lock free: the one that lost stops at its first batch", async () => {
  const { wb, fx } = await fakeFromFixture("kh-rui-ro-2025");
  const host = hostFor(wb, fx.file);
  const report = await host.read({ asOf: fx.asOf });
  await host.highlight(report);
  // The other runtime wrote its lock after this one's lock read (the race): this one's writes stop.
  const theirs = await acquireLock(runOf(wb), "summary");
  const before = cellsOf(wb);
  const { clearHighlights } = await import("../../src/excel/highlight");
  const err = await wb
    .run((ctx) =>
      clearHighlights(ctx as never, { caps: { api19: true, api113: true }, lockOwner: "mine-after-the-race" }),
    )
    .catch((e: unknown) => e);
  expect((err as ExcelHostError).code).toBe("busy");
  expect(renderHostMessage((err as ExcelHostError).toMessage(), "en")).toMatch(/creating the summary/);
  expect(cellsOf(wb)).toEqual(before);
  await releaseLock(runOf(wb), theirs!);
  expect(wb.sheet(STORE_SHEET)!.get(2, 14)?.v ?? "").toBe("");
});
