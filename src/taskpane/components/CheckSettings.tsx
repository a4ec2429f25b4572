import * as React from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  days: { width: "6em" },
});

export interface CheckSettingsProps {
  asOf: string;
  dueSoonDays: number;
  disabled: boolean;
  onAsOf(asOf: string | null): void;
  onDueSoonDays(days: number): void;
}

/** The as-of day and the due-soon window used by the next check. */
export function CheckSettings(props: CheckSettingsProps): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <div className={styles.row}>
      <Field label={s.asOf}>
        <Input
          type="date"
          value={props.asOf}
          disabled={props.disabled}
          data-testid="as-of"
          onChange={(_, d) => props.onAsOf(d.value || null)}
        />
      </Field>
      <Field label={s.dueSoonDays}>
        <Input
          className={styles.days}
          type="number"
          min={0}
          max={365}
          value={String(props.dueSoonDays)}
          disabled={props.disabled}
          onChange={(_, d) => d.value !== "" && props.onDueSoonDays(Number(d.value))}
        />
      </Field>
    </div>
  );
}
