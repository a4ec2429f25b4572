/**
 * Ribbon commands (ExecuteFunction): Kiểm tra (checkPlan), Xóa tô màu (clearHighlights),
 * Tạo tổng hợp (generateSummary). Each reports its outcome in a small dialog (this same page
 * opened with ?notice=…: Excel has no notification API for add-in commands) and always calls
 * event.completed(), when the dialog is closed, or at once when it cannot be shown.
 */
import { isExcelHostError, ExcelHost, officeLang, parseSettings } from "../excel";
import { checkOptionsFrom } from "../host";
import {
  checkNotice,
  clearNotice,
  errorNotice,
  noticeQuery,
  parseNoticeQuery,
  summaryNotice,
  type Notice,
} from "./messages";

/**
 * Excel stops a function command after 5 minutes: the work writes nothing after 4 (the rest of
 * the minute is for the notice), and the user is told (time_limit).
 */
const WORK_MS = 4 * 60_000;

/** The dialog closes itself after this long if the user does not. */
const NOTICE_MS = 20_000;

function messageOf(e: unknown): string {
  const lang = officeLang();
  if (isExcelHostError(e)) return e.messageIn(lang);
  return lang === "en"
    ? `Something went wrong: ${e instanceof Error ? e.message : String(e)}`
    : `Đã có lỗi: ${e instanceof Error ? e.message : String(e)}`;
}

/** Shows the notice in a small dialog; completes the event when it is closed (or cannot open). */
function notify(notice: Notice, event: Office.AddinCommands.Event): void {
  let done = false;
  const complete = () => {
    if (done) return;
    done = true;
    event.completed();
  };
  try {
    const url = `${window.location.origin}${window.location.pathname}?${noticeQuery(notice)}`;
    Office.context.ui.displayDialogAsync(url, { height: 28, width: 32, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        complete();
        return;
      }
      const dialog = result.value;
      const close = () => {
        try {
          dialog.close();
        } catch {
          // already closed
        }
        complete();
      };
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, close);
      dialog.addEventHandler(Office.EventType.DialogEventReceived, close);
      window.setTimeout(close, NOTICE_MS);
    });
  } catch {
    complete();
  }
}

async function settingsOptions(host: ExcelHost) {
  try {
    return checkOptionsFrom((await host.loadSettings()).settings);
  } catch {
    return checkOptionsFrom(parseSettings(null).settings);
  }
}

export async function checkPlan(event: Office.AddinCommands.Event): Promise<void> {
  const lang = officeLang();
  try {
    // Every plan sheet of the workbook, as Tạo tổng hợp summarises them (the summary sheets the
    // add-in wrote are left out, so Kiểm tra right after Tạo tổng hợp still checks the plan).
    const host = new ExcelHost({ scope: "workbook", deadline: Date.now() + WORK_MS });
    const out = await host.check(await settingsOptions(host));
    notify(checkNotice(out.report, out.highlightedRows, lang, out.warnings), event);
  } catch (e) {
    notify(errorNotice(messageOf(e), lang), event);
  }
}

export async function clearHighlights(event: Office.AddinCommands.Event): Promise<void> {
  const lang = officeLang();
  try {
    const { sheets, warnings } = await new ExcelHost().clearHighlightsDetailed();
    notify(clearNotice(sheets, lang, warnings), event);
  } catch (e) {
    notify(errorNotice(messageOf(e), lang), event);
  }
}

export async function generateSummary(event: Office.AddinCommands.Event): Promise<void> {
  const lang = officeLang();
  try {
    const host = new ExcelHost({ scope: "workbook", deadline: Date.now() + WORK_MS });
    const options = await settingsOptions(host);
    const report = await host.read(options);
    const names = report.sheets.some((s) => s.recognized) ? await host.generateSummary(report, options) : [];
    notify(summaryNotice(names, lang), event);
  } catch (e) {
    notify(errorNotice(messageOf(e), lang), event);
  }
}

/** Dialog mode: show the notice; OK (or Escape) tells the command to close the dialog. */
function showNotice(notice: Notice): void {
  const box = document.getElementById("notice");
  const title = document.getElementById("notice-title");
  const text = document.getElementById("notice-text");
  const ok = document.getElementById("notice-ok");
  if (!box || !title || !text || !ok) return;
  document.documentElement.lang = officeLang();
  title.textContent = notice.title;
  text.textContent = notice.text;
  box.className = `shown ${notice.kind}`;
  const close = () => Office.context.ui.messageParent("close");
  ok.addEventListener("click", close);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" || e.key === "Enter") close();
  });
  ok.focus();
}

/**
 * Registration, as the Office add-in template does it: at load, not inside Office.onReady (in a
 * non-shared runtime Excel may invoke the ExecuteFunction as soon as the function file has loaded;
 * a handler registered later is missed). The functions are also put on the global object, the
 * name Excel looked up before Office.actions existed (older builds of Office 2016/2019).
 */
const HANDLERS = { checkPlan, clearHighlights, generateSummary } as const;
for (const [name, fn] of Object.entries(HANDLERS)) {
  (globalThis as Record<string, unknown>)[name] = fn;
  try {
    if (typeof Office !== "undefined" && Office.actions?.associate) Office.actions.associate(name, fn);
  } catch {
    // Not available here (the notice dialog, an old host): the global name above remains.
  }
}

Office.onReady(() => {
  const notice = parseNoticeQuery(window.location.search);
  if (notice) showNotice(notice);
});
