import * as React from "react";
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { CHANGE_KINDS, type HistoryDiff } from "../../core/history";
import { useMultiStrings } from "../i18n-multi";
import { displayDate } from "../report-view";
import { listItemButtonStyle, listStyle } from "./list-styles";

const useStyles = makeStyles({
  list: listStyle,
  item: { display: "flex", flexDirection: "column", ...listItemButtonStyle },
  meta: { color: tokens.colorNeutralForeground3 },
});

/**
 * What changed since the last check the workbook recorded: newly overdue, still overdue, newly
 * done, deadlines moved, tasks added or removed. A task still in the plan selects its row.
 */
export function ChangesView(props: {
  diff: HistoryDiff;
  /** Only the changes of this sheet are listed. */
  sheet: string;
  taskColumn: string | null;
  onSelect(address: string): void;
}): React.JSX.Element {
  const m = useMultiStrings();
  const styles = useStyles();
  const changes = props.diff.changes.filter((c) => c.task.sheet === props.sheet);
  return (
    <section aria-labelledby="changes-heading" data-testid="changes">
      <Subtitle2 as="h2" id="changes-heading">
        {m.changesHeading(displayDate(props.diff.fromAsOf))}
      </Subtitle2>
      {changes.length === 0 && <p>{m.noChanges}</p>}
      {CHANGE_KINDS.map((kind) => {
        const of = changes.filter((c) => c.kind === kind);
        if (of.length === 0) return null;
        return (
          <div key={kind} data-kind={kind}>
            <Caption1>
              <strong>
                {m.changeKind[kind]} ({of.length})
              </strong>
            </Caption1>
            <ul className={styles.list}>
              {of.map((c, i) => {
                const t = c.task;
                const address = `${props.taskColumn ?? "A"}${t.row}`;
                const meta = [
                  t.lead ?? "",
                  c.kind === "deadline_moved"
                    ? m.moved(c.before?.due ? displayDate(c.before.due) : "—", t.due ? displayDate(t.due) : "—")
                    : t.due
                      ? displayDate(t.due)
                      : "",
                  c.daysLate !== null && c.daysLate > 0 ? m.lateDays(c.daysLate) : "",
                ]
                  .filter(Boolean)
                  .join(" · ");
                const body = (
                  <>
                    <span>
                      <strong>{t.stt ? `${t.stt}. ` : ""}</strong>
                      {t.label}
                    </span>
                    <Caption1 className={styles.meta}>{meta}</Caption1>
                  </>
                );
                return (
                  <li key={`${kind}-${i}`}>
                    {c.kind === "removed" ? (
                      <div className={styles.item} data-testid="change">
                        {body}
                      </div>
                    ) : (
                      <button
                        type="button"
                        className={styles.item}
                        data-testid="change"
                        data-address={address}
                        onClick={() => props.onSelect(address)}
                      >
                        {body}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
