import * as React from "react";
import { Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { PlanTable, TaskItem } from "../../core/report";
import { useStrings } from "../i18n";
import { listItemButtonStyle, listStyle } from "./list-styles";
import { displayDate, taskAddress } from "../report-view";

const useStyles = makeStyles({
  list: listStyle,
  item: {
    display: "flex",
    flexDirection: "column",
    ...listItemButtonStyle,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
  },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  meta: { color: tokens.colorNeutralForeground3 },
});

const MAX_TASK_CHARS = 140;

function shorten(text: string | null): string {
  if (!text) return "—";
  return text.length > MAX_TASK_CHARS ? `${text.slice(0, MAX_TASK_CHARS - 1)}…` : text;
}

/** The overdue tasks; each one selects its task cell. */
export function OverdueList(props: {
  tasks: TaskItem[];
  table: PlanTable | null;
  selected: string | null;
  onSelect(address: string): void;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <section aria-labelledby="overdue-heading" data-testid="overdue">
      <Subtitle2 as="h2" id="overdue-heading">
        {s.overdueHeading}
      </Subtitle2>
      {props.tasks.length === 0 && <p>{s.noOverdue}</p>}
      <ul className={styles.list}>
        {props.tasks.map((task) => {
          const address = taskAddress(task, props.table);
          const isSelected = address === props.selected;
          return (
            <li key={task.row}>
              <button
                type="button"
                className={mergeClasses(styles.item, isSelected && styles.selected)}
                aria-pressed={isSelected}
                data-testid="overdue-task"
                data-address={address}
                onClick={() => props.onSelect(address)}
              >
                <span>
                  <strong>{task.stt ? `${task.stt}. ` : ""}</strong>
                  {shorten(task.task)}
                </span>
                <Caption1 className={styles.meta}>
                  {[
                    s.rowLabel(task.row),
                    task.deadline.text ?? "",
                    task.deadline.due ? s.due(displayDate(task.deadline.due)) : "",
                    task.lead.join("; "),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </Caption1>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
