import * as React from "react";
import { Badge, type BadgeProps, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { Status } from "../../core/report";
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
});

/** Task counts by status, as badges: quá hạn, sắp đến hạn, đang thực hiện, không có hạn, đã hoàn thành. */
export function StatusBadges({ counts }: { counts: Record<Status, number> }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <section aria-labelledby="status-heading">
      <Subtitle2 as="h2" id="status-heading">
        {s.statusHeading}
      </Subtitle2>
      <ul className={styles.list}>
        {STATUS_ORDER.map((status) => (
          <li key={status}>
            <Badge
              appearance={counts[status] > 0 ? "filled" : "outline"}
              color={COLOR[status]}
              size="large"
              data-testid={`status-${status}`}
              data-count={counts[status]}
            >
              {`${s.status[status]}: ${counts[status]}`}
            </Badge>
          </li>
        ))}
      </ul>
    </section>
  );
}
