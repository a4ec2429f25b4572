import * as React from "react";
import { Badge, Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import type { Issue, PlanTable } from "../../core/report";
import { useStrings } from "../i18n";
import { listItemButtonStyle, listStyle } from "./list-styles";
import type { IssueGroup } from "../report-view";
import { issueAddress } from "../report-view";

/** Issues shown per severity before "show more" (a big plan can have thousands). */
export const ISSUES_PAGE = 100;

const useStyles = makeStyles({
  list: listStyle,
  item: {
    display: "block",
    ...listItemButtonStyle,
  },
  static: { cursor: "default", ":hover": { backgroundColor: "transparent" } },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
  where: { color: tokens.colorNeutralForeground3, marginInlineEnd: tokens.spacingHorizontalS },
  groupHeading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`,
  },
});

export interface IssueListProps {
  sheet: string;
  table: PlanTable | null;
  groups: IssueGroup[];
  selected: string | null;
  onSelect(address: string): void;
}

/** Issues grouped by severity; each one is a button that selects its cell in the sheet. */
export function IssueList({ sheet, table, groups, selected, onSelect }: IssueListProps): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <section aria-labelledby="issues-heading" data-testid="issues">
      <Subtitle2 as="h2" id="issues-heading">
        {s.issuesHeading}
      </Subtitle2>
      {groups.length === 0 && <p>{s.noIssues}</p>}
      {groups.map((group) => (
        <IssueGroupView
          key={group.severity}
          group={group}
          sheet={sheet}
          table={table}
          selected={selected}
          onSelect={onSelect}
        />
      ))}
    </section>
  );
}

function IssueGroupView(props: {
  group: IssueGroup;
  sheet: string;
  table: PlanTable | null;
  selected: string | null;
  onSelect(address: string): void;
}): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const { group, sheet, table, selected, onSelect } = props;
  const [shown, setShown] = React.useState(ISSUES_PAGE);
  const rest = group.issues.length - shown;
  return (
    <div data-severity={group.severity}>
      <h3 className={styles.groupHeading}>
        <Caption1>{s.severity[group.severity]}</Caption1>
        <Badge
          appearance="tint"
          color={group.severity === "error" ? "danger" : group.severity === "warning" ? "warning" : "informative"}
          size="small"
        >
          {s.issueCount(group.issues.length, group.severity)}
        </Badge>
      </h3>
      <ul className={styles.list}>
        {group.issues.slice(0, shown).map((issue, i) => (
          <li key={`${issue.row}-${issue.column}-${issue.code}-${i}`}>
            <IssueButton
              issue={issue}
              sheet={sheet}
              address={issueAddress(issue, table)}
              selected={selected}
              onSelect={onSelect}
              classes={styles}
            />
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Button appearance="subtle" size="small" onClick={() => setShown((n) => n + ISSUES_PAGE)}>
          {s.showMore(Math.min(rest, ISSUES_PAGE), group.severity)}
        </Button>
      )}
    </div>
  );
}

function IssueButton(props: {
  issue: Issue;
  sheet: string;
  address: string | null;
  selected: string | null;
  onSelect(address: string): void;
  classes: ReturnType<typeof useStyles>;
}): React.JSX.Element {
  const s = useStrings();
  const { issue, address, classes } = props;
  const where = address ?? props.sheet;
  const isSelected = address !== null && address === props.selected;
  const title = s.issueCode[issue.code];
  return (
    <button
      type="button"
      className={mergeClasses(classes.item, address === null && classes.static, isSelected && classes.selected)}
      aria-pressed={address === null ? undefined : isSelected}
      aria-disabled={address === null ? true : undefined}
      data-testid="issue"
      data-code={issue.code}
      data-address={address ?? ""}
      data-selected={isSelected ? "true" : "false"}
      onClick={() => address && props.onSelect(address)}
    >
      <span className={classes.where}>{where}</span>
      <strong>{title}</strong>
      {issue.message && issue.message !== title ? <span>{` — ${issue.message}`}</span> : null}
    </button>
  );
}
