/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require"]}
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakeFromFixture, hostFor } from "../excel/fixtures";
import { fixtureReport } from "./fake-host";
import "./dom-matchers";
import "./jsdom-shims";
import { action, choose, columnPicker } from "./queries";

/**
 * The pane over the real Excel host (src/excel) driving the behavioural Excel fake, with a shared
 * fixture: what the user sees equals the expected report, clicks select real cells, settings go
 * into the workbook.
 */
// The real engine and host run on real fixtures here: room for a loaded machine, no timing check.
jest.setTimeout(60_000);

function badgeCount(status: string): number {
  return Number(screen.getByTestId(`status-${status}`).getAttribute("data-count"));
}

test("kh-607 in Excel: counts, highlighting, selecting a cell, clearing", async () => {
  const { wb, fx } = await fakeFromFixture("kh-607-bqlkkt-2025");
  const expected = fixtureReport("kh-607-bqlkkt-2025").sheets[0];
  render(<App host={hostFor(wb, fx.file)} language="vi" dark={false} />);

  fireEvent.change(screen.getByTestId("as-of"), { target: { value: fx.asOf } });
  fireEvent.click(action("Kiểm tra"));
  await screen.findByTestId("recognition", {}, { timeout: 30_000 });

  const counts = { overdue: 0, due_soon: 0, open: 0, no_deadline: 0, done: 0 } as Record<string, number>;
  for (const item of expected.items) if (item.type === "task") counts[item.status] += 1;
  for (const [status, n] of Object.entries(counts)) expect(badgeCount(status)).toBe(n);
  expect(screen.getAllByTestId("issue")).toHaveLength(expected.issues.length);
  expect(screen.getByText(/Đã tô màu \d+ dòng\./)).toBeInTheDocument();

  const missingLead = screen.getAllByTestId("issue").find((b) => b.getAttribute("data-code") === "missing_lead")!;
  fireEvent.click(missingLead);
  await waitFor(() => expect(wb.selection).toEqual({ sheet: "Phụ lục", address: "C44" }));
  await waitFor(() => expect(missingLead).toHaveAttribute("aria-pressed", "true"));

  fireEvent.click(action("Xóa tô màu"));
  expect(await screen.findByText(/Đã xóa tô màu/)).toBeInTheDocument();
});

test("a protected sheet: findings shown, a warning says why nothing was drawn", async () => {
  const { wb, fx } = await fakeFromFixture("kh-rui-ro-2025");
  wb.sheets[0].protected = true;
  render(<App host={hostFor(wb, fx.file)} language="vi" dark={false} />);
  fireEvent.click(action("Kiểm tra"));
  await screen.findByTestId("recognition", {}, { timeout: 30_000 });
  const bars = screen.getAllByRole("status").map((el) => el.textContent ?? "");
  expect(bars.some((t) => t.includes("đang được bảo vệ"))).toBe(true);
  expect(screen.getByTestId("task-count")).toHaveTextContent("11");
});

test("a corrected column is saved in the workbook and used by the next pane", async () => {
  const { wb, fx } = await fakeFromFixture("kh-khong-dau");
  const first = render(<App host={hostFor(wb, fx.file)} language="vi" dark={false} />);
  fireEvent.click(action("Kiểm tra"));
  await screen.findByTestId("recognition", {}, { timeout: 30_000 });
  await choose(columnPicker("Cột Ghi chú"), /^A( |$)/);
  await waitFor(() => expect(columnPicker("Cột Ghi chú")).toHaveValue("A"), { timeout: 30_000 });
  first.unmount();

  // A new pane on the same workbook reads the override back from the workbook.
  render(<App host={hostFor(wb, fx.file)} language="vi" dark={false} />);
  fireEvent.click(action("Kiểm tra"));
  await screen.findByTestId("recognition", {}, { timeout: 30_000 });
  expect(columnPicker("Cột Ghi chú")).toHaveValue("A");
});
