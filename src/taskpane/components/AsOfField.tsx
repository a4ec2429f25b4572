import * as React from "react";
import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import { addDays, farFromPlanYear, formatAsOf, MAX_YEAR, MIN_YEAR, parseAsOf, type AsOfParse } from "../as-of-date";

const useStyles = makeStyles({
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  text: { width: "9em" },
  picker: {
    width: "2.6em",
    minWidth: "2.6em",
    fontFamily: "inherit",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingVerticalXXS,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export interface AsOfFieldProps {
  /** The day in force (YYYY-MM-DD): the stored one, or today. */
  value: string;
  /** The plan year of the sheet shown, for the "far from the plan year" warning. */
  planYear: number | null;
  /** A new day (YYYY-MM-DD), or null for "today" (Hôm nay). */
  onChange(asOf: string | null): void;
}

type Refusal = Extract<AsOfParse, { kind: "invalid" }>["reason"];

/**
 * "Tính đến ngày": a text field read day first (typing, pasting; ↑/↓ move a day), a calendar
 * picker (the browser's own date input) and "Hôm nay". Neither input is ever rewritten while
 * the user is in it, so a half-typed day is never replaced; only a complete, real day is
 * passed on, anything else is refused with a reason.
 */
export function AsOfField(props: AsOfFieldProps): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const [draft, setDraft] = React.useState(formatAsOf(props.value));
  const [refusal, setRefusal] = React.useState<{ reason: Refusal; text: string } | null>(null);
  const textRef = React.useRef<HTMLInputElement>(null);
  const pickerRef = React.useRef<HTMLInputElement>(null);

  // The day in force changed elsewhere (picker, Hôm nay, stored settings): show it, unless the
  // user is typing in that very field.
  React.useEffect(() => {
    const active = typeof document !== "undefined" ? document.activeElement : null;
    if (active !== textRef.current) {
      setDraft(formatAsOf(props.value));
      setRefusal(null);
    }
    if (pickerRef.current && active !== pickerRef.current) pickerRef.current.value = props.value;
  }, [props.value]);

  const commit = (iso: string) => {
    setRefusal(null);
    if (iso !== props.value) props.onChange(iso);
  };

  const readText = (text: string, final: boolean) => {
    const parsed = parseAsOf(text, final);
    if (parsed.kind === "ok") commit(parsed.iso);
    else if (parsed.kind === "invalid") setRefusal({ reason: parsed.reason, text });
    else setRefusal(null);
    return parsed;
  };

  const finish = () => {
    const parsed = readText(draft, true);
    if (parsed.kind === "ok") setDraft(formatAsOf(parsed.iso));
  };

  const step = (days: number) => {
    const parsed = parseAsOf(draft, true);
    const next = addDays(parsed.kind === "ok" ? parsed.iso : props.value, days);
    setDraft(formatAsOf(next));
    commit(next);
  };

  const far = !refusal && farFromPlanYear(props.value, props.planYear);
  const message = refusal
    ? s.asOfRefused(refusal.reason, refusal.text.trim(), MIN_YEAR, MAX_YEAR)
    : far
      ? s.asOfFarFromPlanYear(props.planYear!)
      : undefined;

  return (
    <Field
      label={s.asOf}
      validationState={refusal ? "error" : far ? "warning" : "none"}
      validationMessage={message}
      hint={message ? undefined : s.asOfHint}
      data-testid="as-of-field"
    >
      <div className={styles.row}>
        <Input
          ref={textRef}
          className={styles.text}
          value={draft}
          placeholder={s.asOfPlaceholder}
          inputMode="numeric"
          autoComplete="off"
          data-testid="as-of"
          data-value={props.value}
          onChange={(_, d) => {
            setDraft(d.value);
            readText(d.value, false);
          }}
          onBlur={finish}
          onPaste={(e) => {
            const pasted = e.clipboardData?.getData("text") ?? "";
            if (!pasted.trim()) return;
            e.preventDefault();
            setDraft(pasted.trim());
            const parsed = readText(pasted, true);
            if (parsed.kind === "ok") setDraft(formatAsOf(parsed.iso));
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") finish();
            else if (e.key === "ArrowUp" || e.key === "ArrowDown") {
              e.preventDefault();
              step(e.key === "ArrowUp" ? 1 : -1);
            }
          }}
        />
        <input
          ref={pickerRef}
          type="date"
          className={styles.picker}
          min={`${MIN_YEAR}-01-01`}
          max={`${MAX_YEAR}-12-31`}
          defaultValue={props.value}
          aria-label={s.asOfPick}
          title={s.asOfPick}
          data-testid="as-of-picker"
          onChange={(e) => {
            // The picker gives a complete day or "" while one is half typed in it; years being
            // typed (0002, 0020, 0202) are not days anyone means.
            const parsed = parseAsOf(e.currentTarget.value, true);
            if (parsed.kind === "ok") commit(parsed.iso);
          }}
        />
        <Button size="small" data-testid="as-of-today" onClick={() => props.onChange(null)}>
          {s.asOfToday}
        </Button>
      </div>
    </Field>
  );
}
