/* The ribbon commands end to end on the Excel fake: Office.actions.associate, the notice dialog, event.completed(). */
import { STORE_SHEET } from "../../src/excel";
import { parseNoticeQuery } from "../../src/commands/messages";
import type { FakeWorkbook } from "../fakes/excel-fake";
import { fakeFromFixture } from "./fixtures";

type Handler = (event: { completed: () => void }) => Promise<void>;

interface OfficeStub {
  handlers: Map<string, Handler>;
  dialogs: string[];
}

function installOffice(wb: FakeWorkbook, lang = "vi-VN"): OfficeStub {
  const stub: OfficeStub = { handlers: new Map(), dialogs: [] };
  const g = globalThis as Record<string, unknown>;
  g.Excel = { run: wb.run.bind(wb) };
  g.window = {
    location: { origin: "https://localhost:3000", pathname: "/commands.html", search: "" },
    setTimeout: () => 0,
  };
  g.Office = {
    onReady: (cb: () => void) => (cb(), Promise.resolve({})),
    actions: { associate: (name: string, fn: Handler) => stub.handlers.set(name, fn) },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    DocumentMode: { ReadOnly: "readOnly", ReadWrite: "readWrite" },
    context: {
      displayLanguage: lang,
      document: { mode: "readWrite", url: "C:\\Docs\\ke-hoach.xlsx" },
      requirements: { isSetSupported: (n: string, v: string) => wb.isSetSupported(n, v) },
      ui: {
        displayDialogAsync: (url: string, _opts: unknown, cb: (r: unknown) => void) => {
          stub.dialogs.push(url);
          const handlers: Record<string, () => void> = {};
          cb({
            status: "succeeded",
            value: { addEventHandler: (t: string, h: () => void) => (handlers[t] = h), close: () => undefined },
          });
          // The user clicks OK: the dialog sends its message.
          setTimeout(() => handlers.dialogMessageReceived?.(), 0);
        },
      },
    },
  };
  return stub;
}

async function invoke(stub: OfficeStub, name: string): Promise<number> {
  let completed = 0;
  await stub.handlers.get(name)!({ completed: () => completed++ });
  await new Promise((r) => setTimeout(r, 5));
  return completed;
}

describe("ribbon commands", () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).window;
  });

  test("check, summary, clear: each completes its event once and reports in Vietnamese", async () => {
    const { wb } = await fakeFromFixture("kh-607-bqlkkt-2025");
    const stub = installOffice(wb);
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect([...stub.handlers.keys()].sort()).toEqual(["checkPlan", "clearHighlights", "generateSummary"]);

    expect(await invoke(stub, "checkPlan")).toBe(1);
    const checked = parseNoticeQuery(new URL(stub.dialogs[0]).search)!;
    expect(checked.kind).toBe("info");
    expect(checked.text).toMatch(/63 nhiệm vụ/);
    expect(wb.sheet(STORE_SHEET)).toBeDefined();

    expect(await invoke(stub, "generateSummary")).toBe(1);
    const summary = parseNoticeQuery(new URL(stub.dialogs[1]).search)!;
    expect(summary.title).toBe("Đã tạo tổng hợp");
    expect(wb.sheet("Theo đơn vị")).toBeDefined();

    expect(await invoke(stub, "clearHighlights")).toBe(1);
    expect(parseNoticeQuery(new URL(stub.dialogs[2]).search)!.title).toBe("Đã xóa tô màu");
  });

  test("a protected sheet gets the Vietnamese message, and the event still completes", async () => {
    const { wb } = await fakeFromFixture("kh-34-krongpa-2020");
    wb.sheets[0].protected = true;
    const stub = installOffice(wb);
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect(await invoke(stub, "checkPlan")).toBe(1);
    expect(parseNoticeQuery(new URL(stub.dialogs[0]).search)!.text).toMatch(/đang được bảo vệ/);
  });

  test("English Office: English notice; no plan table says so", async () => {
    const { wb } = await fakeFromFixture("kh-607-bqlkkt-2025");
    // Kiểm tra checks the whole workbook: a workbook whose only sheet is no plan.
    wb.sheets = wb.sheets.filter((s) => s.name === "Hướng dẫn");
    wb.activeSheet = "Hướng dẫn";
    const stub = installOffice(wb, "en-US");
    jest.isolateModules(() => {
      require("../../src/commands/commands");
    });
    expect(await invoke(stub, "checkPlan")).toBe(1);
    const n = parseNoticeQuery(new URL(stub.dialogs[0]).search)!;
    expect(n).toMatchObject({ kind: "error", title: "No plan table" });
  });
});
