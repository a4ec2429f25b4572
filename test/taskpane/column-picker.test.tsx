/**
 * @jest-environment jsdom
 */
import * as React from "react";
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ColumnPicker } from "../../src/taskpane/components/ColumnPicker";
import { StringsContext, stringsFor } from "../../src/taskpane/i18n";
import "./jsdom-shims";

/** The column dropdown says why a role has its column (on hover) and names each column's header. */
function renderPicker(language: "vi" | "en") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StringsContext.Provider value={stringsFor(language)}>
        <ColumnPicker
          role="lead"
          value="C"
          choices={["A", "B", "C"]}
          headers={{ A: "STT", C: "Chủ đầu tư" }}
          evidence={{ source: "cells", code: "cells_units", params: { share: 92 } }}
          disabled={false}
          onChange={() => undefined}
        />
      </StringsContext.Provider>
    </FluentProvider>,
  );
}

test("the reason why a role has its column is the dropdown's title (shown on hover)", () => {
  renderPicker("vi");
  expect(screen.getByRole("combobox").getAttribute("title")).toBe("Theo nội dung: 92% ô trong cột là tên đơn vị");
  expect(screen.getByRole("combobox").getAttribute("data-evidence")).toBe("cells");
});

test("English reason", () => {
  renderPicker("en");
  expect(screen.getByRole("combobox").getAttribute("title")).toBe("From the cells: 92% of them name units");
});

test("the header text stands beside each letter; an empty header is said to be empty", () => {
  const s = stringsFor("vi");
  expect(s.columnWithHeader("C", "Chủ đầu tư")).toBe("C – Chủ đầu tư");
  expect(s.columnWithHeader("B", undefined)).toBe("B (tiêu đề trống)");
  expect(s.roleEvidence({ source: "header", code: "header_label", params: { label: "Cơ quan" } })).toBe(
    'Theo tiêu đề cột: "Cơ quan"',
  );
  expect(s.roleEvidence({ source: "user", code: "user_override" })).toBe("Do bạn chọn");
});
