/**
 * Scoped queries for the pane tests. `getByRole(role, { name })` over the whole rendered pane
 * computes the styles and accessible names of every element (jsdom with Fluent UI's style sheets:
 * seconds per call once 100 issues are shown). These look inside one small container, found by its
 * test id, so each query costs what that container holds.
 */
import { fireEvent, screen, waitFor, within } from "@testing-library/react";

/** A button of the toolbar (Kiểm tra, Tạo tổng hợp, Xóa tô màu, Tải về). */
export function action(name: string): HTMLElement {
  return within(screen.getByTestId("actions")).getByRole("button", { name });
}

export function queryAction(name: string): HTMLElement | null {
  return within(screen.getByTestId("actions")).queryByRole("button", { name });
}

/** The column picker of one role, e.g. "Cột Ghi chú". */
export function columnPicker(name: string): HTMLElement {
  return within(screen.getByTestId("columns")).getByRole("combobox", { name });
}

/** The sheet picker (shown when the report has more than one sheet). */
export function sheetPicker(): HTMLElement {
  return within(screen.getByTestId("sheet-picker")).getByRole("combobox");
}

/** Opens a drop-down and clicks one of its options (looked up in the drop-down's own list box). */
export async function choose(combobox: HTMLElement, option: string | RegExp): Promise<void> {
  fireEvent.click(combobox);
  const list = await waitFor(() => {
    const id = combobox.getAttribute("aria-controls");
    const el = id ? document.getElementById(id) : null;
    if (!el) throw new Error("the drop-down's list box is not open");
    return el;
  });
  fireEvent.click(within(list).getByRole("option", { name: option }));
}

/** A button found by its visible text inside a container (text queries compute no styles). */
export function buttonByText(container: HTMLElement, text: string): HTMLElement {
  const el = within(container).getByText(text).closest("button");
  if (!el) throw new Error(`no button around the text ${JSON.stringify(text)}`);
  return el;
}
