import * as React from "react";
import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { AsOfField } from "./AsOfField";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  days: { width: "6em" },
});

export interface CheckSettingsProps {
  asOf: string;
  dueSoonDays: number;
  /** The plan year of the sheet shown (null before a check). */
  planYear: number | null;
  onAsOf(asOf: string | null): void;
  onDueSoonDays(days: number): void;
}

/**
 * The as-of day and the due-soon window. They stay editable while a check runs: a change made
 * then is checked again as soon as that check ends (see usePane).
 */
export function CheckSettings(props: CheckSettingsProps): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const [days, setDays] = React.useState(String(props.dueSoonDays));
  React.useEffect(() => setDays(String(props.dueSoonDays)), [props.dueSoonDays]);
  return (
    <div className={styles.row}>
      <AsOfField value={props.asOf} planYear={props.planYear} onChange={props.onAsOf} />
      <Field label={s.dueSoonDays}>
        <Input
          className={styles.days}
          type="number"
          min={0}
          max={365}
          value={days}
          data-testid="due-soon-days"
          onChange={(_, d) => {
            setDays(d.value);
            if (/^\d{1,3}$/.test(d.value) && Number(d.value) <= 365) props.onDueSoonDays(Number(d.value));
          }}
        />
      </Field>
    </div>
  );
}
