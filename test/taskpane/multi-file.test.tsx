/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import * as React from "react";
import { readFileSync } from "fs";
import * as path from "path";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { BrowserFileHost } from "../../src/browser/host";
import { writeCheckedWorkbook } from "../../src/file/write-checked";
import { planReportSchema } from "../../src/core/report";
import "./dom-matchers";
import "./jsdom-shims";
import { action } from "./queries";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const NAMES = ["kh-607-bqlkkt-2025", "kh-34-krongpa-2020", "kh-rui-ro-2025", "kh-khong-dau"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

function fixtureFile(name: string): File {
  return new File([readFileSync(path.join(FIXTURES, `${name}.xlsx`))], `${name}.xlsx`, { type: XLSX });
}

beforeAll(() => {
  Object.assign(URL, { createObjectURL: jest.fn(() => "blob:x"), revokeObjectURL: jest.fn() });
});

describe("Tổng hợp nhiều tệp on the browser page (the page's real host, real fixtures)", () => {
  test("four plans and a broken file: one row per file and a total, the broken one named, then the download", async () => {
    const host = new BrowserFileHost("vi");
    render(<App host={host} language="vi" dark={false} />);
    const panel = screen.getByTestId("consolidate");
    const broken = new File([new Uint8Array([1, 2, 3])], "hong.xlsx", { type: XLSX });
    fireEvent.change(within(panel).getByTestId("consolidate-input"), {
      target: { files: [...NAMES.map(fixtureFile), broken] },
    });
    const table = await within(panel).findByTestId("consolidated-files", {}, { timeout: 4_000 });
    const rows = within(table).getAllByTestId("consolidated-row");
    expect(rows).toHaveLength(NAMES.length + 1);
    const tasks = NAMES.map((n) => {
      const report = planReportSchema.parse(
        JSON.parse(readFileSync(path.join(FIXTURES, `${n}.expected.json`), "utf8")),
      );
      return report.sheets.flatMap((s) => s.items.filter((i) => i.type === "task")).length;
    });
    expect(rows[rows.length - 1]).toHaveTextContent(`Tổng cộng${tasks.reduce((a, b) => a + b, 0)}`);
    expect(within(panel).getByTestId("consolidate-failure")).toHaveTextContent("hong.xlsx");

    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    fireEvent.click(within(panel).getByText("Tải bảng tổng hợp").closest("button")!);
    await waitFor(() => expect(click).toHaveBeenCalled());
    click.mockRestore();
  });
});

describe("what changed since the last check, on the browser page", () => {
  test("a checked copy from a month ago, opened and checked today, lists newly overdue and still overdue tasks", async () => {
    const name = "kh-607-bqlkkt-2025";
    const report = planReportSchema.parse(
      JSON.parse(readFileSync(path.join(FIXTURES, `${name}.expected.json`), "utf8")),
    );
    const lastMonth = await writeCheckedWorkbook(readFileSync(path.join(FIXTURES, `${name}.xlsx`)), report);
    const host = new BrowserFileHost("vi");
    await host.saveSettings({ asOf: "2025-11-20", dueSoonDays: 7, columnOverrides: {}, units: [] });
    render(<App host={host} language="vi" dark={false} />);
    fireEvent.change(screen.getByTestId("file-input"), {
      target: { files: [new File([lastMonth as BlobPart], `${name}.checked.xlsx`, { type: XLSX })] },
    });
    await screen.findByTestId("recognition", {}, { timeout: 4_000 });
    if (!screen.queryByTestId("changes")) fireEvent.click(action("Kiểm tra"));
    const changes = await screen.findByTestId("changes", {}, { timeout: 4_000 });
    expect(changes).toHaveTextContent("Thay đổi so với lần kiểm tra ngày 15/10/2025");
    expect(changes.querySelector('[data-kind="newly_overdue"]')).not.toBeNull();
    expect(changes.querySelector('[data-kind="still_overdue"]')).not.toBeNull();
  });
});
