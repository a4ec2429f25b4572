/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { todayIso } from "../../src/core";
import { FakeBrowserHost, FakeHost, fixtureReport } from "./fake-host";
import "./dom-matchers";
import "./jsdom-shims";
import type { Lang } from "../../src/core";

/** "Tính đến ngày" in the pane: typing, pasting, the picker, the keyboard, Hôm nay; re-checks on change. */
jest.setTimeout(30_000);

function renderPane(host: FakeHost, language: Lang = "vi") {
  return render(<App host={host} language={language} dark={false} />);
}

const field = () => screen.getByTestId("as-of-field");
const input = () => screen.getByTestId("as-of") as HTMLInputElement;
const picker = () => screen.getByTestId("as-of-picker") as HTMLInputElement;
const committed = () => input().getAttribute("data-value");
/** The day in force, once the settings queue has passed the change on. */
const committedBecomes = (iso: string | null) => waitFor(() => expect(committed()).toBe(iso));

/** Types text into the field one character at a time, as a keyboard does. */
function typeInto(el: HTMLInputElement, text: string) {
  let value = "";
  for (const ch of text) {
    value += ch;
    fireEvent.change(el, { target: { value } });
    // What the user sees is what they typed, never a rewritten day.
    expect(el.value).toBe(value);
  }
}

async function check() {
  const toolbar = screen.getByTestId("actions");
  fireEvent.click(within(toolbar).getByText("Kiểm tra"));
  await screen.findByTestId("recognition");
}

describe("the as-of day", () => {
  test("typed day by day: never replaced while typing; the complete day is the one checked", async () => {
    const host = new FakeHost(fixtureReport("kh-34-krongpa-2020"));
    renderPane(host);
    input().focus();
    typeInto(input(), "15/10/2025");
    await committedBecomes("2025-10-15");
    fireEvent.blur(input());
    expect(input().value).toBe("15/10/2025");
    expect(picker().value).toBe("2025-10-15");
    await check();
    expect(host.checkOptions[0].asOf).toBe("2025-10-15");
  });

  test("a day that does not exist or a half-typed one is refused with a reason; the day in force stays", async () => {
    renderPane(new FakeHost(fixtureReport("kh-34-krongpa-2020")));
    const before = committed();
    input().focus();
    typeInto(input(), "31/02/2025");
    expect(within(field()).getByText(/Không có ngày “31\/02\/2025”/)).toBeInTheDocument();
    fireEvent.change(input(), { target: { value: "15/10" } });
    fireEvent.blur(input());
    expect(within(field()).getByText(/Không đọc được “15\/10” là một ngày/)).toBeInTheDocument();
    fireEvent.change(input(), { target: { value: "04/12/0005" } });
    fireEvent.keyDown(input(), { key: "Enter" });
    expect(within(field()).getByText(/phải từ 1900 đến 2100/)).toBeInTheDocument();
    await committedBecomes(before);
  });

  test("pasting a day (any usual writing) sets it; ↑ and ↓ move a day; the picker sets it; Hôm nay goes back to today", async () => {
    const host = new FakeHost(fixtureReport("kh-34-krongpa-2020"));
    renderPane(host);
    fireEvent.paste(input(), { clipboardData: { getData: () => " 1.9.2020 " } });
    await committedBecomes("2020-09-01");
    expect(input().value).toBe("01/09/2020");
    fireEvent.keyDown(input(), { key: "ArrowUp" });
    await committedBecomes("2020-09-02");
    fireEvent.keyDown(input(), { key: "ArrowDown" });
    fireEvent.keyDown(input(), { key: "ArrowDown" });
    await committedBecomes("2020-08-31");
    expect(input().value).toBe("31/08/2020");

    fireEvent.change(picker(), { target: { value: "2020-12-24" } });
    await committedBecomes("2020-12-24");
    expect(input().value).toBe("24/12/2020");
    // A year half typed in the picker (0002) is no day anyone means.
    fireEvent.change(picker(), { target: { value: "0002-12-24" } });
    await committedBecomes("2020-12-24");

    await check();
    expect(host.checkOptions[0].asOf).toBe("2020-12-24");
    fireEvent.click(within(field()).getByTestId("as-of-today"));
    await waitFor(() => expect(host.checkOptions).toHaveLength(2));
    expect(host.checkOptions[1].asOf).toBe(todayIso());
    expect(host.settings?.asOf).toBeNull();
  });

  test("a day more than a year from the plan year gets a warning", async () => {
    renderPane(new FakeHost(fixtureReport("kh-34-krongpa-2020")));
    fireEvent.change(input(), { target: { value: "01/09/2020" } });
    await check();
    expect(within(field()).queryByText(/hơn một năm/)).toBeNull();
    fireEvent.change(input(), { target: { value: "01/09/2022" } });
    expect(await within(field()).findByText("Ngày này cách năm kế hoạch 2020 hơn một năm: hãy xem lại năm.")).toBeInTheDocument();
  });

  test("English: the same day-first field, English words", async () => {
    renderPane(new FakeHost(fixtureReport("kh-34-krongpa-2020")), "en");
    expect(input()).toHaveAttribute("placeholder", "dd/mm/yyyy");
    fireEvent.change(input(), { target: { value: "15/10/2025" } });
    await committedBecomes("2025-10-15");
    expect(within(field()).getByTestId("as-of-today")).toHaveTextContent("Today");
  });
});

describe("changing a setting after a check checks again", () => {
  beforeAll(() => {
    Object.assign(URL, { createObjectURL: jest.fn(() => "blob:x"), revokeObjectURL: jest.fn() });
  });

  test("browser page: a new as-of day or due-soon window re-checks; Tải về exports the new result", async () => {
    const host = new FakeBrowserHost(fixtureReport("kh-607-bqlkkt-2025"));
    renderPane(host);
    fireEvent.change(input(), { target: { value: "15/10/2025" } });
    const xlsx = new File([new Uint8Array([80, 75, 3, 4])], "kh.xlsx");
    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [xlsx] } });
    await screen.findByTestId("recognition");
    expect(host.checkOptions.map((o) => o.asOf)).toEqual(["2025-10-15"]);

    fireEvent.change(input(), { target: { value: "20/11/2025" } });
    await waitFor(() => expect(host.checkOptions).toHaveLength(2));
    expect(host.checkOptions[1].asOf).toBe("2025-11-20");
    fireEvent.change(screen.getByTestId("due-soon-days"), { target: { value: "14" } });
    await waitFor(() => expect(host.checkOptions).toHaveLength(3));
    expect(host.checkOptions[2]).toMatchObject({ asOf: "2025-11-20", dueSoonDays: 14 });

    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    await waitFor(() => expect(screen.getByTestId("as-of")).toBeEnabled());
    fireEvent.click(within(screen.getByTestId("actions")).getByText("Tải về"));
    await waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();
    // Checked already for these settings: no second check, the export is of the last one.
    expect(host.checkOptions).toHaveLength(3);
    expect(host.called("exportCheckedWorkbook")).toHaveLength(1);
  });

  test("a change made while a check runs is checked right after it", async () => {
    const host = new FakeHost(fixtureReport("kh-34-krongpa-2020"));
    renderPane(host);
    fireEvent.change(input(), { target: { value: "01/09/2020" } });
    await check();
    fireEvent.click(within(screen.getByTestId("actions")).getByText("Kiểm tra"));
    // The field stays usable during the check.
    expect(input()).toBeEnabled();
    await act(async () => {
      fireEvent.change(input(), { target: { value: "02/09/2020" } });
    });
    await waitFor(() => expect(host.checkOptions.map((o) => o.asOf)).toContain("2020-09-02"));
    expect(host.checkOptions[host.checkOptions.length - 1].asOf).toBe("2020-09-02");
  });
});
