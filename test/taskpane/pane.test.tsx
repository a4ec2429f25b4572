/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { PlanReport } from "../../src/core/report";
import { FakeBrowserHost, FakeHost, fixtureReport } from "./fake-host";
import "./dom-matchers";
import "./jsdom-shims";
import { action, buttonByText, choose, columnPicker, queryAction, sheetPicker } from "./queries";
import type { Lang } from "../../src/core";

function renderPane(host: FakeHost, language: Lang = "vi") {
  return render(<App host={host} language={language} dark={false} />);
}

function badge(status: string): HTMLElement {
  return screen.getByTestId(`status-${status}`);
}

async function checkNow() {
  fireEvent.click(action("Kiểm tra"));
  await screen.findByTestId("recognition");
}

describe("task pane in Excel (fake host, real fixture reports)", () => {
  test("before a check: the Kiểm tra button and a hint, no findings", () => {
    renderPane(new FakeHost(fixtureReport("kh-607-bqlkkt-2025")));
    expect(action("Kiểm tra")).toBeEnabled();
    expect(screen.getByText(/Bấm Kiểm tra để nhận dạng/)).toBeInTheDocument();
    expect(screen.queryByTestId("issues")).toBeNull();
    // Excel has no file to open: the browser page's button is absent.
    expect(screen.queryByTestId("drop-zone")).toBeNull();
  });

  test("table found: recognition, status counts, issues by severity, overdue list, legend", async () => {
    const host = new FakeHost(fixtureReport("kh-607-bqlkkt-2025"));
    renderPane(host);
    await checkNow();

    const recognition = screen.getByTestId("recognition");
    expect(within(recognition).getByText("Phụ lục")).toBeInTheDocument();
    expect(screen.getByTestId("plan-year")).toHaveTextContent("2025");
    expect(screen.getByTestId("task-count")).toHaveTextContent("63");
    expect(screen.getByTestId("section-count")).toHaveTextContent("19");
    expect(columnPicker("Cột Đơn vị chủ trì")).toHaveValue("C");
    expect(columnPicker("Cột Đơn vị phối hợp")).toHaveValue("(không có)");

    expect(badge("overdue")).toHaveTextContent("Quá hạn: 2");
    expect(badge("due_soon")).toHaveTextContent("Sắp đến hạn: 2");
    expect(badge("open")).toHaveTextContent("Chưa đến hạn: 38");
    expect(badge("no_deadline")).toHaveTextContent("Thường xuyên / không có hạn: 14");
    expect(badge("done")).toHaveTextContent("Đã hoàn thành: 7");

    const issues = screen.getByTestId("issues");
    const groups = issues.querySelectorAll("[data-severity]");
    expect(Array.from(groups).map((g) => g.getAttribute("data-severity"))).toEqual(["error", "warning"]);
    expect(within(groups[0] as HTMLElement).getAllByTestId("issue")).toHaveLength(5);
    expect(within(groups[1] as HTMLElement).getAllByTestId("issue")).toHaveLength(13);
    expect(within(groups[0] as HTMLElement).getByText("5 lỗi")).toBeInTheDocument();

    expect(screen.getAllByTestId("overdue-task")).toHaveLength(2);
    expect(within(screen.getByTestId("legend")).getByText("Quá hạn")).toBeInTheDocument();
    // The sheet that is not a plan can be chosen too.
    expect(sheetPicker()).toHaveValue("Phụ lục");
    expect(host.checkOptions[0]).toMatchObject({ dueSoonDays: 7, columnOverrides: {} });
    expect(host.checkOptions[0].asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test("clicking an issue selects its cell; a whole-row issue selects the row's first table cell", async () => {
    const report = fixtureReport("kh-607-bqlkkt-2025");
    const host = new FakeHost(report);
    renderPane(host);
    await checkNow();

    const missingLead = screen.getAllByTestId("issue").find((b) => b.getAttribute("data-code") === "missing_lead")!;
    expect(missingLead.tagName).toBe("BUTTON");
    fireEvent.click(missingLead);
    await waitFor(() => expect(missingLead).toHaveAttribute("aria-pressed", "true"));
    expect(host.called("selectCell")).toEqual([["Phụ lục", "C44"]]);
    expect(screen.getByTestId("selected-cell")).toHaveTextContent("Đang chọn ô C44 của trang “Phụ lục”.");

    const overdue = screen.getAllByTestId("overdue-task")[0];
    fireEvent.click(overdue);
    await waitFor(() => expect(overdue).toHaveAttribute("aria-pressed", "true"));
    expect(missingLead).toHaveAttribute("aria-pressed", "false");
    expect(host.called("selectCell")[1][1]).toMatch(/^B\d+$/);
  });

  test("no plan table anywhere: says so and why, shows no counts", async () => {
    const report: PlanReport = {
      format: 1,
      file: "trong.xlsx",
      asOf: "2025-10-15",
      dueSoonDays: 7,
      sheets: [{ sheet: "Sheet1", recognized: false, reason: "không có dòng tiêu đề", planYear: null, table: null, items: [], issues: [] }],
    };
    renderPane(new FakeHost(report));
    fireEvent.click(action("Kiểm tra"));
    expect(await screen.findByText(/Không tìm thấy bảng kế hoạch nào/)).toBeInTheDocument();
    expect(screen.getByText("Không thấy bảng kế hoạch trong trang tính này: không có dòng tiêu đề")).toBeInTheDocument();
    expect(screen.queryByTestId("status-overdue")).toBeNull();
  });

  test("a host's error is shown in an alert message bar, and can be dismissed", async () => {
    const host = new FakeHost(fixtureReport("kh-rui-ro-2025"));
    host.failWith = new Error("Trang tính đang được bảo vệ. Bỏ bảo vệ (Review > Unprotect Sheet) rồi kiểm tra lại.");
    renderPane(host);
    fireEvent.click(action("Kiểm tra"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Trang tính đang được bảo vệ.");
    expect(action("Kiểm tra")).toBeEnabled();
    fireEvent.click(within(alert).getByRole("button", { name: "Đóng" }));
    expect(screen.queryByRole("alert")).toBeNull();
  });

  test("a programming error is not shown raw: a plain message instead", async () => {
    const host = new FakeHost(fixtureReport("kh-rui-ro-2025"));
    host.failWith = new TypeError("Cannot read properties of undefined (reading 'values')");
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    renderPane(host);
    fireEvent.click(action("Kiểm tra"));
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Đã xảy ra lỗi không mong muốn.");
    expect(alert).not.toHaveTextContent("Cannot read");
    spy.mockRestore();
  });

  test("busy: a progress bar while checking, buttons disabled", async () => {
    const host = new FakeHost(fixtureReport("kh-rui-ro-2025"));
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const check = host.check.bind(host);
    host.check = async (o) => {
      await gate;
      return check(o);
    };
    renderPane(host);
    fireEvent.click(action("Kiểm tra"));
    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("Đang kiểm tra…")).toBeInTheDocument();
    expect(action("Kiểm tra")).toBeDisabled();
    await act(async () => release());
    await screen.findByTestId("recognition");
    expect(screen.queryByRole("progressbar")).toBeNull();
  });

  test("correcting a column saves it in the settings and checks again with the override", async () => {
    const host = new FakeHost(fixtureReport("kh-khong-dau"));
    renderPane(host);
    await checkNow();
    await choose(columnPicker("Cột Ghi chú"), "A");
    await waitFor(() => expect(host.checkOptions).toHaveLength(2));
    expect(host.checkOptions[1].columnOverrides).toEqual({ Sheet1: { note: "A" } });
    expect(host.called("saveSettings")[0][0]).toMatchObject({ columnOverrides: { Sheet1: { note: "A" } } });
    fireEvent.click(await waitFor(() => buttonByText(screen.getByTestId("recognition").parentElement!, "Dùng lại nhận dạng tự động")));
    await waitFor(() => expect(host.checkOptions).toHaveLength(3));
    expect(host.checkOptions[2].columnOverrides).toEqual({});
  });

  test("the as-of day chosen is the one checked on", async () => {
    const host = new FakeHost(fixtureReport("kh-34-krongpa-2020"));
    renderPane(host);
    fireEvent.change(screen.getByTestId("as-of"), { target: { value: "2020-09-01" } });
    await checkNow();
    expect(host.checkOptions[0].asOf).toBe("2020-09-01");
  });

  test("the unit list is saved (one per line, repeats dropped) and used by the next check", async () => {
    const host = new FakeHost(fixtureReport("kh-34-krongpa-2020"));
    renderPane(host);
    fireEvent.click(screen.getByText("Danh sách đơn vị của cơ quan (0)"));
    fireEvent.change(screen.getByRole("textbox", { name: /Tên chuẩn của các đơn vị/ }), {
      target: { value: "Phòng Nội vụ\n\n  Phòng  Tư pháp \nphòng nội vụ" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Lưu danh sách" }));
    expect(await screen.findByText("Đã lưu danh sách 2 đơn vị; bấm Kiểm tra để áp dụng.")).toBeInTheDocument();
    expect(host.settings?.units).toEqual(["Phòng Nội vụ", "Phòng Tư pháp"]);
    await checkNow();
    expect(host.checkOptions[0].units).toEqual(["Phòng Nội vụ", "Phòng Tư pháp"]);
  });

  test("a long issue list shows 100 per severity, then more on request; the result is announced", async () => {
    const report = fixtureReport("kh-khong-dau");
    const base = report.sheets[0].issues[0];
    report.sheets[0].issues = Array.from({ length: 150 }, (_, i) => ({ ...base, row: i + 5 }));
    renderPane(new FakeHost(report));
    await checkNow();
    expect(screen.getAllByTestId("issue")).toHaveLength(100);
    fireEvent.click(buttonByText(screen.getByTestId("issues"), "Hiện thêm 50 cảnh báo"));
    expect(screen.getAllByTestId("issue")).toHaveLength(150);
    expect(screen.getByTestId("announcement")).toHaveTextContent("Đã kiểm tra: 25 nhiệm vụ; 150 cảnh báo.");
  });

  test("summary and clearing report what they did", async () => {
    const host = new FakeHost(fixtureReport("kh-34-krongpa-2020"));
    renderPane(host);
    await checkNow();
    fireEvent.click(action("Tạo tổng hợp"));
    expect(await screen.findByText("Đã tạo trang tổng hợp: Tổng hợp, Quá hạn.")).toBeInTheDocument();
    fireEvent.click(action("Xóa tô màu"));
    expect(await screen.findByText(/Đã xóa tô màu/)).toBeInTheDocument();
    expect(host.called("clearHighlights")).toHaveLength(1);
  });

  test("English when Office speaks English", async () => {
    renderPane(new FakeHost(fixtureReport("kh-34-krongpa-2020")), "en");
    fireEvent.click(action("Check"));
    await screen.findByTestId("recognition");
    expect(badge("overdue")).toHaveTextContent("Overdue: 4");
    expect(badge("no_deadline")).toHaveTextContent("Ongoing / no deadline: 33");
    expect(badge("open")).toHaveTextContent(/^Not yet due: \d+$/);
    expect(action("Create summary")).toBeInTheDocument();
  });
});

describe("task pane on the browser page", () => {
  beforeAll(() => {
    // jsdom has no object URLs; the download path only needs them to exist.
    Object.assign(URL, { createObjectURL: jest.fn(() => "blob:x"), revokeObjectURL: jest.fn() });
  });

  function file(name: string) {
    return new File([new Uint8Array([80, 75, 3, 4, 1, 2])], name, {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
  }

  test("open a file → findings; Tải về exports the checked workbook; an issue shows a preview", async () => {
    const host = new FakeBrowserHost(fixtureReport("kh-607-bqlkkt-2025"));
    renderPane(host);
    expect(buttonByText(screen.getByTestId("drop-zone"), "Mở tệp Excel")).toBeEnabled();
    expect(action("Kiểm tra")).toBeDisabled();
    expect(queryAction("Tạo tổng hợp")).toBeNull();

    fireEvent.change(screen.getByTestId("file-input"), { target: { files: [file("kh-607.xlsx")] } });
    await screen.findByTestId("recognition");
    expect(host.opened).toEqual({ name: "kh-607.xlsx", bytes: 6 });
    expect(screen.getByText("Tệp đang mở: kh-607.xlsx")).toBeInTheDocument();
    expect(badge("overdue")).toHaveTextContent("Quá hạn: 2");

    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    fireEvent.click(action("Tải về"));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(host.called("exportCheckedWorkbook")).toHaveLength(1);
    click.mockRestore();

    const missingLead = screen.getAllByTestId("issue").find((b) => b.getAttribute("data-code") === "missing_lead")!;
    fireEvent.click(missingLead);
    const preview = await screen.findByTestId("preview");
    expect(within(preview).getByText("Nhiệm vụ")).toBeInTheDocument();
  });

  test("a bad file gets the reader's message and no findings", async () => {
    const host = new FakeBrowserHost(fixtureReport("kh-607-bqlkkt-2025"));
    host.openError = new Error('Tệp "cu.xls" là định dạng Excel cũ (.xls), chương trình chỉ đọc được .xlsx.');
    renderPane(host);
    fireEvent.drop(screen.getByTestId("drop-zone"), { dataTransfer: { files: [file("cu.xls")] } });
    expect(await screen.findByRole("alert")).toHaveTextContent("định dạng Excel cũ (.xls)");
    expect(screen.queryByTestId("recognition")).toBeNull();
  });
});
