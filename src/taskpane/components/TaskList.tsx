import * as React from "react";
import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { PlanTable, Status, TaskItem } from "../../core";
import { taskLabel } from "../../core/words";
import { useStrings } from "../i18n";
import { listItemButtonStyle, listStyle } from "./list-styles";
import { daysFrom, displayDate, taskAddress, type TaskGroup } from "../report-view";

const BORDER: Record<Status, string> = {
  overdue: tokens.colorPaletteRedBorder2,
  due_soon: tokens.colorPaletteYellowBorder2,
  open: tokens.colorBrandStroke1,
  no_deadline: tokens.colorNeutralStroke1,
  done: tokens.colorPaletteGreenBorder2,
};

const useStyles = makeStyles({
  list: listStyle,
  item: { display: "flex", flexDirection: "column", ...listItemButtonStyle, borderLeftWidth: tokens.strokeWidthThicker },
  selected: { backgroundColor: tokens.colorBrandBackground2 },
  meta: { color: tokens.colorNeutralForeground3 },
  group: { marginBottom: tokens.spacingVerticalS },
});

const MAX_TASK_CHARS = 140;
const TEST_ID: Partial<Record<Status, string>> = { overdue: "overdue-task", due_soon: "due-soon-task" };

function shorten(text: string | null): string {
  if (!text) return "—";
  const t = text.replace(/\s+/g, " ").trim();
  return t.length > MAX_TASK_CHARS ? `${t.slice(0, MAX_TASK_CHARS - 1)}…` : t;
}

/**
 * The tasks to chase: overdue and due soon side by side (or those of the status chosen on the
 * badges), each named as people name it ("Mục II, nhiệm vụ 3"), with its lead, due date, days
 * late or left, and its cell as a link that selects it.
 */
export function TaskList(props: {
  groups: TaskGroup[];
  sheet: string;
  asOf: string;
  table: PlanTable | null;
  selected: string | null;
  onSelect(address: string): void;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <section aria-labelledby="tasks-heading" data-testid="task-lists">
      <Subtitle2 as="h2" id="tasks-heading">
        {s.tasksHeading}
      </Subtitle2>
      {props.groups.map((group) => (
        <div key={group.status} className={styles.group} data-testid={`tasks-${group.status}`}>
          <Subtitle2 as="h3">{s.listHeading(group.status, group.tasks.length)}</Subtitle2>
          {group.tasks.length === 0 && <p>{s.noTasks}</p>}
          <TaskPage tasks={group.tasks} {...props} styles={styles} />
        </div>
      ))}
    </section>
  );
}

/** Tasks shown at first in each list, and added by each "Hiện thêm": a plan of 20,000 tasks stays quick to show. */
export const TASKS_PAGE = 100;

function TaskPage(props: {
  tasks: TaskItem[];
  sheet: string;
  asOf: string;
  table: PlanTable | null;
  selected: string | null;
  onSelect(address: string): void;
  styles: ReturnType<typeof useStyles>;
}): React.JSX.Element {
  const s = useStrings();
  const [shown, setShown] = React.useState(TASKS_PAGE);
  const { tasks, styles } = props;
  const rest = tasks.length - shown;
  return (
    <>
      <ul className={styles.list}>
        {tasks.slice(0, shown).map((task) => (
          <TaskRow key={task.row} {...props} task={task} />
        ))}
      </ul>
      {rest > 0 && (
        <Button appearance="subtle" size="small" onClick={() => setShown((n) => n + TASKS_PAGE)}>
          {s.showMoreTasks(Math.min(rest, TASKS_PAGE))}
        </Button>
      )}
    </>
  );
}

function TaskRow(props: {
  task: TaskItem;
  sheet: string;
  asOf: string;
  table: PlanTable | null;
  selected: string | null;
  onSelect(address: string): void;
  styles: ReturnType<typeof useStyles>;
}): React.JSX.Element {
  const s = useStrings();
  const { task, styles } = props;
  const address = taskAddress(task, props.table);
  const isSelected = address === props.selected;
  const days = task.deadline.due ? daysFrom(task.deadline.due, props.asOf) : null;
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.item, isSelected && styles.selected)}
        style={{ borderLeftColor: BORDER[task.status] }}
        aria-pressed={isSelected}
        data-testid={TEST_ID[task.status] ?? "task-item"}
        data-status={task.status}
        data-address={address}
        onClick={() => props.onSelect(address)}
      >
        <span>
          <strong>{taskLabel(task, s.language)}</strong>
          {` · ${shorten(task.task)}`}
        </span>
        <Caption1 className={styles.meta}>
          {[
            task.lead.join("; ") || s.noLead,
            task.deadline.due ? s.due(displayDate(task.deadline.due)) : (task.deadline.text ?? ""),
            days !== null && task.status === "overdue" ? s.daysLate(days) : "",
            days !== null && task.status === "due_soon" ? s.daysLeft(-days) : "",
            s.cellLabel(props.sheet, address),
          ]
            .filter(Boolean)
            .join(" · ")}
        </Caption1>
      </button>
    </li>
  );
}
