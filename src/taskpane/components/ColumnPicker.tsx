import * as React from "react";
import { Dropdown, Option } from "@fluentui/react-components";
import type { Role, RoleEvidence } from "../../core/report";
import { useStrings } from "../i18n";

const NONE = "-";

export interface ColumnPickerProps {
  role: Role;
  value: string | null;
  choices: string[];
  /** Each column's header text, by letter (shown next to the letter). */
  headers?: Record<string, string>;
  /** Why the role has its column (shown on hover). */
  evidence?: RoleEvidence;
  disabled: boolean;
  onChange(column: string | null): void;
}

/** One role's column, with a dropdown to correct a wrong recognition. */
export function ColumnPicker(props: ColumnPickerProps): React.JSX.Element {
  const s = useStrings();
  const label = s.role[props.role];
  const named = (c: string): string => (props.headers ? s.columnWithHeader(c, props.headers[c]) : c);
  const shown = props.value ?? s.noRole;
  const why = props.evidence ? s.roleEvidence(props.evidence) : undefined;
  return (
    <Dropdown
      aria-label={s.roleColumn(label)}
      title={why}
      data-role={props.role}
      data-evidence={props.evidence?.source}
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
        <Option key={c} value={c} text={c}>
          {named(c)}
        </Option>
      ))}
    </Dropdown>
  );
}
