/*
 * The ribbon commands (src/commands/commands.ts) with office-addin-mock standing in for the Office
 * namespace and Excel.run (the guide's rule: Office.js code is tested with office-addin-mock where
 * it is enough). Excel.run hands the batches to the behavioural workbook fake, which the mock
 * cannot replace: it has no cells, no syncs, no protection.
 *
 * office-addin-mock pulls in office-addin-manifest only for its OfficeApp names, and that package
 * loads an ES module jest cannot run: its names are given here instead.
 */
jest.mock("office-addin-manifest", () => ({
  OfficeApp: {
    Excel: "excel",
    OneNote: "onenote",
    Outlook: "outlook",
    PowerPoint: "powerpoint",
    Project: "project",
    Word: "word",
  },
}));

import { readFileSync } from "fs";
import { join } from "path";
import { OfficeMockObject } from "office-addin-mock";
import { parseNoticeQuery, type Notice } from "../../src/commands/messages";
import { STORE_SHEET } from "../../src/excel";
import type { FakeWorkbook } from "../fakes/excel-fake";
import { fakeFromFixture } from "../excel/fixtures";

type Handler = (event: { completed: () => void }) => Promise<void>;

interface Setup {
  wb: FakeWorkbook;
  lang?: string;
  mode?: "readOnly" | "readWrite";
  /** "ok": the dialog opens and the user clicks OK; "fails": Office cannot open it. */
  dialog?: "ok" | "fails";
  /** Replaces Excel.run (to make it fail). */
  run?: (batch: unknown) => Promise<unknown>;
  /** false: Office.onReady never calls back (the handlers must be registered at load regardless). */
  onReadyFires?: boolean;
}

interface Installed {
  registered: Map<string, Handler>;
  notices: Notice[];
  office: OfficeMockObject;
}

const SCALARS = [
  "context/displayLanguage",
  "context/document/mode",
  "context/document/url",
  "AsyncResultStatus/Succeeded",
  "AsyncResultStatus/Failed",
  "EventType/DialogMessageReceived",
  "EventType/DialogEventReceived",
  "DocumentMode/ReadOnly",
  "DocumentMode/ReadWrite",
];

async function install(setup: Setup): Promise<Installed> {
  const registered = new Map<string, Handler>();
  const notices: Notice[] = [];
  const office = new OfficeMockObject({
    onReady: (cb: () => void) => {
      if (setup.onReadyFires !== false) cb();
      return Promise.resolve({ host: "Excel", platform: "PC" });
    },
    actions: { associate: (name: string, fn: Handler) => registered.set(name, fn) },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
    context: {
      displayLanguage: setup.lang ?? "vi-VN",
      document: { mode: setup.mode ?? "readWrite", url: "C:\\Tài liệu\\ke-hoach.xlsx" },
      requirements: { isSetSupported: (n: string, v: string) => setup.wb.isSetSupported(n, v) },
      ui: {
        displayDialogAsync: (url: string, _options: unknown, cb: (result: unknown) => void) => {
          if (setup.dialog === "fails") {
            cb({ status: "failed", error: { code: 12007, message: "A dialog box is already opened" } });
            return;
          }
          notices.push(parseNoticeQuery(new URL(url).search)!);
          const handlers: Record<string, () => void> = {};
          cb({
            status: "succeeded",
            value: { addEventHandler: (type: string, h: () => void) => (handlers[type] = h), close: () => undefined },
          });
          setTimeout(() => handlers.dialogMessageReceived?.(), 0); // the user clicks OK
        },
      },
    },
  });
  // Scalars of an office-addin-mock object read as "not loaded" until loaded and synced.
  office.load(SCALARS);
  await office.sync();
  const g = globalThis as Record<string, unknown>;
  g.Office = office;
  g.Excel = new OfficeMockObject({ run: setup.run ?? ((batch: never) => setup.wb.run(batch)) });
  g.window = {
    location: { origin: "https://localhost:3000", pathname: "/commands.html", search: "" },
    setTimeout: () => 0,
  };
  jest.isolateModules(() => {
    require("../../src/commands/commands");
  });
  return { registered, notices, office };
}

/** Runs a command the way Excel does; resolves with how many times it called event.completed(). */
async function invoke(installed: Installed, name: string): Promise<number> {
  let completed = 0;
  await installed.registered.get(name)!({ completed: () => completed++ });
  await new Promise((r) => setTimeout(r, 5));
  return completed;
}

afterEach(() => {
  const g = globalThis as Record<string, unknown>;
  delete g.Office;
  delete g.Excel;
  delete g.window;
  for (const name of ["checkPlan", "clearHighlights", "generateSummary"]) delete g[name];
});

test("Office.onReady registers one handler for each ExecuteFunction of the manifest", async () => {
  const { wb } = await fakeFromFixture("kh-khong-dau");
  const installed = await install({ wb });
  const manifest = readFileSync(join(__dirname, "..", "..", "manifest.xml"), "utf8");
  const names = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
  expect([...installed.registered.keys()].sort()).toEqual([...new Set(names)].sort());
  expect([...installed.registered.keys()].sort()).toEqual(["checkPlan", "clearHighlights", "generateSummary"]);
  for (const fn of installed.registered.values()) expect(typeof fn).toBe("function");
});

test("the handlers are registered when the function file loads, before Office.onReady (as the Office template does), and as globals", async () => {
  const { wb } = await fakeFromFixture("kh-khong-dau");
  const installed = await install({ wb, onReadyFires: false });
  expect([...installed.registered.keys()].sort()).toEqual(["checkPlan", "clearHighlights", "generateSummary"]);
  const g = globalThis as Record<string, unknown>;
  for (const name of installed.registered.keys()) expect(g[name]).toBe(installed.registered.get(name));
  expect(await invoke(installed, "checkPlan")).toBe(1);
});

describe("on success each command shows its notice and completes its event once", () => {
  test("checkPlan, then generateSummary, then clearHighlights", async () => {
    const { wb } = await fakeFromFixture("kh-607-bqlkkt-2025");
    const installed = await install({ wb });

    expect(await invoke(installed, "checkPlan")).toBe(1);
    expect(installed.notices[0]).toMatchObject({ kind: "info", title: "Đã kiểm tra kế hoạch" });
    expect(installed.notices[0].text).toMatch(/63 nhiệm vụ/);
    expect(wb.sheet(STORE_SHEET)).toBeDefined();

    expect(await invoke(installed, "generateSummary")).toBe(1);
    expect(installed.notices[1]).toMatchObject({ kind: "info", title: "Đã tạo tổng hợp" });
    expect(wb.sheet("Theo đơn vị")).toBeDefined();

    expect(await invoke(installed, "clearHighlights")).toBe(1);
    expect(installed.notices[2]).toMatchObject({ kind: "info", title: "Đã xóa tô màu" });
  });

  test("in English when Office is in English", async () => {
    const { wb } = await fakeFromFixture("kh-rui-ro-2025");
    const installed = await install({ wb, lang: "en-US" });
    expect(await invoke(installed, "checkPlan")).toBe(1);
    expect(installed.notices[0]).toMatchObject({ kind: "info", title: "Plan checked" });
    expect(await invoke(installed, "clearHighlights")).toBe(1);
    expect(installed.notices[1]).toMatchObject({ kind: "info", title: "Highlights cleared" });
  });
});

describe("on failure the message is shown and the event still completes once", () => {
  test("checkPlan on a protected sheet: the findings, and why nothing was drawn", async () => {
    const { wb } = await fakeFromFixture("kh-34-krongpa-2020");
    wb.sheets[0].protected = true;
    const installed = await install({ wb });
    expect(await invoke(installed, "checkPlan")).toBe(1);
    expect(installed.notices[0].text).toMatch(/đang được bảo vệ/);
    expect(wb.sheet(STORE_SHEET)).toBeUndefined(); // nothing written
  });

  test("clearHighlights in a workbook opened read-only", async () => {
    const { wb } = await fakeFromFixture("kh-khong-dau");
    const installed = await install({ wb, mode: "readOnly" });
    expect(await invoke(installed, "clearHighlights")).toBe(1);
    expect(installed.notices[0].kind).toBe("error");
    expect(installed.notices[0].text).toMatch(/chỉ đọc/);
  });

  test("generateSummary when Excel fails", async () => {
    const { wb } = await fakeFromFixture("kh-khong-dau");
    const installed = await install({
      wb,
      run: () => Promise.reject(Object.assign(new Error("The operation failed."), { code: "GeneralException" })),
    });
    expect(await invoke(installed, "generateSummary")).toBe(1);
    expect(installed.notices[0]).toMatchObject({ kind: "error", title: "Chưa thực hiện được" });
  });

  test("checkPlan checks the whole workbook: with a sheet that is no plan active, the plan sheet is checked", async () => {
    const { wb } = await fakeFromFixture("kh-607-bqlkkt-2025");
    wb.activeSheet = "Hướng dẫn";
    const installed = await install({ wb });
    expect(await invoke(installed, "checkPlan")).toBe(1);
    expect(installed.notices[0]).toMatchObject({ kind: "info", title: "Đã kiểm tra kế hoạch" });
    expect(installed.notices[0].text).toMatch(/63 nhiệm vụ/);
  });

  test("checkPlan right after generateSummary (a summary sheet active) still checks the plan, not the summary", async () => {
    const { wb } = await fakeFromFixture("kh-607-bqlkkt-2025");
    const installed = await install({ wb });
    expect(await invoke(installed, "generateSummary")).toBe(1);
    expect(wb.activeSheet).not.toBe("Phụ lục");
    expect(await invoke(installed, "checkPlan")).toBe(1);
    expect(installed.notices[1].text).toMatch(/63 nhiệm vụ/);
  });

  test("checkPlan on a workbook without a plan table", async () => {
    const { wb } = await fakeFromFixture("kh-607-bqlkkt-2025");
    wb.sheets = wb.sheets.filter((s) => s.name === "Hướng dẫn");
    wb.activeSheet = "Hướng dẫn";
    const installed = await install({ wb });
    expect(await invoke(installed, "checkPlan")).toBe(1);
    expect(installed.notices[0]).toMatchObject({ kind: "error", title: "Không có bảng kế hoạch" });
  });

  test.each(["checkPlan", "clearHighlights", "generateSummary"])(
    "%s when the notice dialog cannot be opened",
    async (name) => {
      const { wb } = await fakeFromFixture("kh-rui-ro-2025");
      const installed = await install({ wb, dialog: "fails" });
      expect(await invoke(installed, name)).toBe(1);
      expect(installed.notices).toEqual([]);
    },
  );
});

test("English Office: the notice's warnings are in English (they cross the host interface as codes)", async () => {
  const { wb } = await fakeFromFixture("kh-rui-ro-2025");
  wb.sheets[0].protected = true;
  const installed = await install({ wb, lang: "en-GB" });
  expect(await invoke(installed, "checkPlan")).toBe(1);
  const text = installed.notices[0].text;
  expect(text).toMatch(/The sheet “.*” is protected/);
  expect(text).not.toMatch(/đang được bảo vệ/);
});
