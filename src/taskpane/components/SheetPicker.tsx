import * as React from "react";
import { Dropdown, Field, Option } from "@fluentui/react-components";
import type { SheetReport } from "../../core/report";
import { useStrings } from "../i18n";

/** Chooses which checked sheet the pane shows (only when the report has more than one). */
export function SheetPicker(props: { sheets: SheetReport[]; value: string | null; onChange(sheet: string): void }): React.JSX.Element | null {
  const s = useStrings();
  if (props.sheets.length < 2) return null;
  return (
    <Field label={s.sheetPicker} data-testid="sheet-picker">
      <Dropdown
        value={props.value ?? ""}
        selectedOptions={props.value ? [props.value] : []}
        onOptionSelect={(_, d) => d.optionValue && props.onChange(d.optionValue)}
      >
        {props.sheets.map((sheet) => (
          <Option key={sheet.sheet} value={sheet.sheet}>
            {sheet.sheet}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
