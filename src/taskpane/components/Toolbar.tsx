import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";
import type { BusyKind } from "../usePane";

const useStyles = makeStyles({
  bar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

export interface ToolbarProps {
  busy: BusyKind | null;
  /** Checking needs a workbook: always in Excel, after a file is open in the browser. */
  canCheck: boolean;
  hasReport: boolean;
  onCheck(): void;
  onClear?: () => void;
  onSummary?: () => void;
  onDownload?: () => void;
}

/** The pane's main actions, as real buttons in reading order. */
export function Toolbar(props: ToolbarProps): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const busy = props.busy !== null;
  return (
    <div className={styles.bar} role="group" aria-label={s.actionsLabel} data-testid="actions">
      <Button appearance="primary" onClick={props.onCheck} disabled={busy || !props.canCheck}>
        {s.check}
      </Button>
      {props.onSummary && (
        <Button onClick={props.onSummary} disabled={busy || !props.hasReport}>
          {s.makeSummary}
        </Button>
      )}
      {props.onClear && (
        <Button onClick={props.onClear} disabled={busy}>
          {s.clearHighlights}
        </Button>
      )}
      {props.onDownload && (
        <Button appearance="primary" onClick={props.onDownload} disabled={busy || !props.hasReport}>
          {s.download}
        </Button>
      )}
    </div>
  );
}
