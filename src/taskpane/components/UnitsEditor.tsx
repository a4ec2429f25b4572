import * as React from "react";
import { Button, Field, makeStyles, Textarea, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1, padding: `${tokens.spacingVerticalXS} 0` },
  actions: { marginTop: tokens.spacingVerticalS },
});

/** Parses the textarea: one unit per line, trimmed, blank lines and repeats dropped. */
export function parseUnits(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const unit = line.trim().replace(/\s+/g, " ");
    const key = unit.toLocaleLowerCase("vi");
    if (unit && !seen.has(key)) {
      seen.add(key);
      out.push(unit);
    }
  }
  return out;
}

export interface UnitsEditorProps {
  units: string[];
  disabled: boolean;
  onSave(units: string[]): void;
}

/** The organisation's unit list (canonical spellings), one per line, saved with the settings. */
export function UnitsEditor({ units, disabled, onSave }: UnitsEditorProps): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const [text, setText] = React.useState(units.join("\n"));
  React.useEffect(() => setText(units.join("\n")), [units]);
  const parsed = parseUnits(text);
  const changed = parsed.join("\n") !== units.join("\n");
  return (
    <details>
      <summary className={styles.summary}>{s.unitsHeading(units.length)}</summary>
      <Field label={s.unitsLabel} hint={s.unitsHint}>
        <Textarea value={text} resize="vertical" rows={5} disabled={disabled} onChange={(_, d) => setText(d.value)} />
      </Field>
      <div className={styles.actions}>
        <Button size="small" disabled={disabled || !changed} onClick={() => onSave(parsed)}>
          {s.unitsSave}
        </Button>
      </div>
    </details>
  );
}
