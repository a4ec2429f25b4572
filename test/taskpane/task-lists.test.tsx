/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { FakeHost, fixtureReport } from "./fake-host";
import { action } from "./queries";
import "./dom-matchers";
import "./jsdom-shims";
import type { Lang } from "../../src/core";

/** The lists to send: overdue and due soon side by side, filtered by status badge and by unit. */

async function checked(language: Lang = "vi") {
  const host = new FakeHost(fixtureReport("kh-607-bqlkkt-2025"));
  render(<App host={host} language={language} dark={false} />);
  fireEvent.click(action(language === "vi" ? "Kiểm tra" : "Check"));
  await screen.findByTestId("recognition");
  return host;
}

const lists = () => screen.getByTestId("task-lists");

test("overdue and due-soon tasks side by side, named by section and number, with lead, due, days and cell", async () => {
  const host = await checked();
  const overdue = within(lists()).getByTestId("tasks-overdue");
  const dueSoon = within(lists()).getByTestId("tasks-due_soon");
  expect(within(overdue).getByText("Quá hạn (2)")).toBeInTheDocument();
  expect(within(dueSoon).getByText("Sắp đến hạn (2)")).toBeInTheDocument();
  const first = within(overdue).getAllByTestId("overdue-task")[0];
  expect(first).toHaveTextContent("Mục II, nhiệm vụ 3 · Tham gia các Hội nghị, hội thảo tập huấn chuyên đề CCHC.");
  expect(first).toHaveTextContent("Văn phòng · hạn 30/09/2025 · quá hạn 15 ngày · Phụ lục!B18");
  const soon = within(dueSoon).getAllByTestId("due-soon-task");
  expect(soon.map((b) => b.getAttribute("data-address"))).toEqual(["B34", "B40"]);
  expect(soon[1]).toHaveTextContent("đến hạn hôm nay");
  fireEvent.click(soon[0]);
  await screen.findByTestId("selected-cell");
  expect(host.called("selectCell")).toEqual([["Phụ lục", "B34"]]);
});

test("a status badge filters the list to that status; pressed again, back to overdue and due soon", async () => {
  await checked();
  const done = screen.getByTestId("status-done");
  fireEvent.click(done);
  expect(done).toHaveAttribute("aria-pressed", "true");
  expect(within(lists()).queryByTestId("tasks-overdue")).toBeNull();
  const items = within(within(lists()).getByTestId("tasks-done")).getAllByTestId("task-item");
  expect(items).toHaveLength(7);
  expect(items.every((b) => b.getAttribute("data-status") === "done")).toBe(true);
  fireEvent.click(done);
  expect(within(lists()).getByTestId("tasks-overdue")).toBeInTheDocument();
  expect(within(lists()).getByTestId("tasks-due_soon")).toBeInTheDocument();
});

test("the unit filter keeps the tasks that unit leads", async () => {
  await checked();
  const select = screen.getByTestId("unit-filter") as HTMLSelectElement;
  const units = Array.from(select.options).map((o) => o.value);
  expect(units[0]).toBe("");
  expect(units).toContain("Văn phòng (Bộ phận Kế toán)");
  fireEvent.change(select, { target: { value: "Văn phòng (Bộ phận Kế toán)" } });
  const overdue = within(lists()).getAllByTestId("overdue-task");
  expect(overdue.map((b) => b.getAttribute("data-address"))).toEqual(["B52"]);
  expect(within(lists()).queryAllByTestId("due-soon-task")).toHaveLength(0);
  fireEvent.change(select, { target: { value: "" } });
  expect(within(lists()).getAllByTestId("overdue-task")).toHaveLength(2);
});

test("English names", async () => {
  await checked("en");
  const first = within(lists()).getAllByTestId("overdue-task")[0];
  expect(first).toHaveTextContent("Section II, task 3 ·");
  expect(first).toHaveTextContent("due 30/09/2025 · 15 days late · Phụ lục!B18");
});
