import * as React from "react";
import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { ROLES, type Role, type SheetReport } from "../../core/report";
import { useStrings } from "../i18n";
import { columnChoices, rowsText, sectionCount, tasksOf } from "../report-view";
import { ColumnPicker } from "./ColumnPicker";

const useStyles = makeStyles({
  facts: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    alignItems: "center",
  },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0 },
  details: { marginTop: tokens.spacingVerticalS },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1, padding: `${tokens.spacingVerticalXS} 0` },
});

export interface RecognitionViewProps {
  sheet: SheetReport;
  hasOverrides: boolean;
  disabled: boolean;
  onColumn(role: Role, column: string | null): void;
  onReset(): void;
}

/** What was recognized on a sheet: header rows, data rows, each role's column (correctable), plan year, counts. */
export function RecognitionView({
  sheet,
  hasOverrides,
  disabled,
  onColumn,
  onReset,
}: RecognitionViewProps): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const table = sheet.table;
  if (!table) return <p>{s.notAPlan(sheet.reason)}</p>;
  const choices = columnChoices(table);
  return (
    <section aria-labelledby="recognized-heading">
      <Subtitle2 as="h2" id="recognized-heading">
        {s.recognizedHeading}
      </Subtitle2>
      <dl className={styles.facts} data-testid="recognition">
        <dt className={styles.term}>{s.sheet}</dt>
        <dd className={styles.value}>{sheet.sheet}</dd>
        <dt className={styles.term}>{s.headerRows}</dt>
        <dd className={styles.value}>{rowsText(table.headerRows)}</dd>
        <dt className={styles.term}>{s.dataRows}</dt>
        <dd className={styles.value}>{`${table.firstRow}–${table.lastRow}`}</dd>
        <dt className={styles.term}>{s.planYear}</dt>
        <dd className={styles.value} data-testid="plan-year">
          {sheet.planYear ?? "–"}
        </dd>
        <dt className={styles.term}>{s.tasks}</dt>
        <dd className={styles.value} data-testid="task-count">
          {tasksOf(sheet).length}
        </dd>
        <dt className={styles.term}>{s.sections}</dt>
        <dd className={styles.value} data-testid="section-count">
          {sectionCount(sheet)}
        </dd>
      </dl>
      <details className={styles.details} open={hasOverrides || undefined}>
        <summary className={styles.summary}>{s.columnsHeading}</summary>
        <dl className={styles.facts} data-testid="columns">
          {ROLES.map((role) => (
            <React.Fragment key={role}>
              <dt className={styles.term}>{s.role[role]}</dt>
              <dd className={styles.value}>
                <ColumnPicker
                  role={role}
                  value={table.columns[role]}
                  choices={choices}
                  headers={table.evidence?.headers}
                  evidence={table.evidence?.roles[role]}
                  disabled={disabled}
                  onChange={(column) => onColumn(role, column)}
                />
              </dd>
            </React.Fragment>
          ))}
        </dl>
        {hasOverrides && (
          <Button appearance="subtle" size="small" disabled={disabled} onClick={onReset}>
            {s.resetColumns}
          </Button>
        )}
      </details>
    </section>
  );
}
