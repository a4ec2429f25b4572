import * as React from "react";
import { Caption1, Divider, makeStyles, mergeClasses, Title3, tokens } from "@fluentui/react-components";
import type { PlanHost } from "../host";
import { useStrings } from "./i18n";
import { countStatuses, displayDate, findSheet, groupIssues, issueCountsBySeverity, leadUnits, taskGroups, taskCount } from "./report-view";
import { usePane } from "./usePane";
import { checkOptionsFrom } from "../host";
import { todayIso } from "../core";
import { Toolbar } from "./components/Toolbar";
import { FileOpener } from "./components/FileOpener";
import { CheckSettings } from "./components/CheckSettings";
import { BusyIndicator } from "./components/BusyIndicator";
import { Messages } from "./components/Messages";
import { SheetPicker } from "./components/SheetPicker";
import { RecognitionView } from "./components/RecognitionView";
import { StatusBadges } from "./components/StatusBadges";
import { IssueList } from "./components/IssueList";
import { TaskList } from "./components/TaskList";
import { UnitFilter } from "./components/UnitFilter";
import type { Status } from "../core";
import { HighlightLegend } from "./components/HighlightLegend";
import { CellPreviewView } from "./components/CellPreviewView";
import { UnitsEditor } from "./components/UnitsEditor";
import { ChangesView } from "./components/ChangesView";
import { ConsolidatePanel } from "./components/ConsolidatePanel";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  roomForPreview: { paddingBottom: "42vh" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
  },
});

/** The whole pane: the same views in Excel and on the browser page; only the actions differ. */
export function Pane({ host }: { host: PlanHost }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const [state, act] = usePane(host, s);
  const browser = typeof host.openWorkbook === "function";
  const busy = state.busy !== null;
  const sheet = state.report ? findSheet(state.report, state.sheet) : null;
  const selectedHere = state.selected && sheet && state.selected.sheet === sheet.sheet ? state.selected.address : null;
  const onSelect = (address: string) => sheet && void act.select(sheet.sheet, address);
  // The lists' filters (status badge, lead unit) belong to the sheet shown.
  const [statusFilter, setStatusFilter] = React.useState<Status | null>(null);
  const [unitFilter, setUnitFilter] = React.useState<string | null>(null);
  React.useEffect(() => {
    setStatusFilter(null);
    setUnitFilter(null);
  }, [sheet?.sheet]);
  const noPlan = state.report !== null && !state.report.sheets.some((x) => x.recognized);

  return (
    <main className={mergeClasses(styles.root, state.preview ? styles.roomForPreview : undefined)} aria-busy={busy}>
      <Title3 as="h1">{s.appTitle}</Title3>
      {browser && <FileOpener disabled={busy} fileName={state.fileName} onFile={(f) => void act.openFile(f)} />}
      <CheckSettings
        asOf={state.settings.asOf || todayIso()}
        dueSoonDays={state.settings.dueSoonDays}
        planYear={sheet?.planYear ?? null}
        onAsOf={act.setAsOf}
        onDueSoonDays={act.setDueSoonDays}
      />
      <UnitsEditor units={state.settings.units} disabled={busy} onSave={(units) => void act.setUnits(units)} />
      <Toolbar
        busy={state.busy}
        canCheck={!browser || state.fileName !== null}
        hasReport={state.report !== null}
        onCheck={() => void act.check()}
        onClear={browser ? undefined : () => void act.clearHighlights()}
        onSummary={browser ? undefined : () => void act.makeSummary()}
        onDownload={browser ? () => void act.download() : undefined}
      />
      <BusyIndicator busy={state.busy} />
      <div className={styles.visuallyHidden} role="status" aria-live="polite" data-testid="announcement">
        {state.report && !busy ? s.checkedSummary(taskCount(state.report), issueCountsBySeverity(state.report)) : ""}
      </div>
      <Messages
        error={state.error}
        warning={state.warning}
        notice={state.notice}
        onDismissError={act.dismissError}
        onDismissWarning={act.dismissWarning}
        onDismissNotice={act.dismissNotice}
      />
      {!state.report && !browser && <Caption1>{s.startHint}</Caption1>}
      {noPlan && <Caption1 role="status">{s.noPlanAnywhere}</Caption1>}
      {state.report && <SheetPicker sheets={state.report.sheets} value={state.sheet} onChange={act.setSheet} />}
      {sheet && (
        <>
          <RecognitionView
            sheet={sheet}
            hasOverrides={Boolean(state.settings.columnOverrides[sheet.sheet])}
            disabled={busy}
            onColumn={(role, column) => void act.setColumn(sheet.sheet, role, column)}
            onReset={() => void act.resetColumns(sheet.sheet)}
          />
          {sheet.recognized && (
            <>
              <Divider />
              <StatusBadges counts={countStatuses(sheet)} selected={statusFilter} onSelect={setStatusFilter} />
              {state.report && (
                <Caption1 data-testid="results-as-of" data-as-of={state.report.asOf}>
                  {s.resultsAsOf(displayDate(state.report.asOf))}
                </Caption1>
              )}
              {state.highlightedRows !== null && state.highlightedRows > 0 && !browser && (
                <Caption1>{s.highlightedRows(state.highlightedRows)}</Caption1>
              )}
              {state.selected && (
                <Caption1 role="status" data-testid="selected-cell">
                  {s.selectedCell(state.selected.sheet, state.selected.address)}
                </Caption1>
              )}
              <IssueList
                sheet={sheet.sheet}
                table={sheet.table}
                groups={groupIssues(sheet)}
                selected={selectedHere}
                onSelect={onSelect}
              />
              <UnitFilter units={leadUnits(sheet)} value={unitFilter} onChange={setUnitFilter} />
              <TaskList
                groups={taskGroups(sheet, statusFilter, unitFilter)}
                sheet={sheet.sheet}
                asOf={state.report!.asOf}
                table={sheet.table}
                selected={selectedHere}
                onSelect={onSelect}
              />
              {state.changes && (
                <ChangesView
                  diff={state.changes}
                  sheet={sheet.sheet}
                  taskColumn={sheet.table?.columns.task ?? sheet.table?.columns.stt ?? null}
                  onSelect={onSelect}
                />
              )}
              <HighlightLegend />
              {state.preview && <CellPreviewView preview={state.preview} onClose={act.closePreview} />}
            </>
          )}
        </>
      )}
      <Divider />
      <ConsolidatePanel host={host} options={checkOptionsFrom(state.settings)} disabled={busy} />
    </main>
  );
}
