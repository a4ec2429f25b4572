import * as React from "react";
import { Dropdown, Option } from "@fluentui/react-components";
import type { Role } from "../../core/report";
import { useStrings } from "../i18n";

const NONE = "-";

export interface ColumnPickerProps {
  role: Role;
  value: string | null;
  choices: string[];
  disabled: boolean;
  onChange(column: string | null): void;
}

/** One role's column, with a dropdown to correct a wrong recognition. */
export function ColumnPicker(props: ColumnPickerProps): React.JSX.Element {
  const s = useStrings();
  const label = s.role[props.role];
  const shown = props.value ?? s.noRole;
  return (
    <Dropdown
      aria-label={s.roleColumn(label)}
      data-role={props.role}
      size="small"
      value={shown}
      selectedOptions={[props.value ?? NONE]}
      disabled={props.disabled}
      onOptionSelect={(_, d) => {
        const next = d.optionValue === NONE || d.optionValue === undefined ? null : d.optionValue;
        if (next !== props.value) props.onChange(next);
      }}
    >
      <Option value={NONE}>{s.noRole}</Option>
      {props.choices.map((c) => (
        <Option key={c} value={c}>
          {c}
        </Option>
      ))}
    </Dropdown>
  );
}
