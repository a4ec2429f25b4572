import * as React from "react";
import { Badge, type BadgeProps, Caption1, makeStyles, shorthands, Subtitle2, tokens } from "@fluentui/react-components";
import type { Status } from "../../core";
import { useStrings } from "../i18n";
import { STATUS_ORDER } from "../report-view";

const COLOR: Record<Status, BadgeProps["color"]> = {
  overdue: "danger",
  due_soon: "warning",
  open: "brand",
  no_deadline: "informative",
  done: "success",
};

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, listStyleType: "none", padding: 0, margin: 0 },
  toggle: {
    border: `${tokens.strokeWidthThick} solid transparent`,
    borderRadius: tokens.borderRadiusCircular,
    background: "none",
    padding: 0,
    cursor: "pointer",
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  pressed: { ...shorthands.borderColor(tokens.colorNeutralForeground1) },
});

/**
 * Task counts by status, as badges that filter the task list: one pressed shows that status's
 * tasks; pressed again, the list is back to overdue and due soon.
 */
export function StatusBadges(props: {
  counts: Record<Status, number>;
  selected: Status | null;
  onSelect(status: Status | null): void;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <section aria-labelledby="status-heading">
      <Subtitle2 as="h2" id="status-heading">
        {s.statusHeading}
      </Subtitle2>
      <ul className={styles.list}>
        {STATUS_ORDER.map((status) => {
          const pressed = props.selected === status;
          return (
            <li key={status}>
              <button
                type="button"
                className={`${styles.toggle} ${pressed ? styles.pressed : ""}`}
                aria-pressed={pressed}
                data-testid={`status-${status}`}
                data-count={props.counts[status]}
                onClick={() => props.onSelect(pressed ? null : status)}
              >
                <Badge appearance={props.counts[status] > 0 ? "filled" : "outline"} color={COLOR[status]} size="large">
                  {`${s.status[status]}: ${props.counts[status]}`}
                </Badge>
              </button>
            </li>
          );
        })}
      </ul>
      <Caption1>{s.statusFilterHint}</Caption1>
    </section>
  );
}
