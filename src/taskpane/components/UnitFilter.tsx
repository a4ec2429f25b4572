import * as React from "react";
import { Field, Select } from "@fluentui/react-components";
import { useStrings } from "../i18n";

/** Narrows the task lists to the tasks one lead unit is in charge of. */
export function UnitFilter(props: {
  units: string[];
  value: string | null;
  onChange(unit: string | null): void;
}): React.JSX.Element | null {
  const s = useStrings();
  if (props.units.length === 0) return null;
  return (
    <Field label={s.unitFilter}>
      <Select
        value={props.value ?? ""}
        data-testid="unit-filter"
        onChange={(_, d) => props.onChange(d.value === "" ? null : d.value)}
      >
        <option value="">{s.allUnits}</option>
        {props.units.map((u) => (
          <option key={u} value={u}>
            {u}
          </option>
        ))}
      </Select>
    </Field>
  );
}
