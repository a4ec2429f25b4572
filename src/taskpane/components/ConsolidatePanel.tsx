import * as React from "react";
import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from "@fluentui/react-components";
import type { CheckOptionsInput } from "../../core/settings";
import type { SummarySheet } from "../../core/summary";
import type { ConsolidatedFiles, PlanHost } from "../../host";
import { readFileBytes, saveBytes } from "../files";
import { useMultiStrings } from "../i18n-multi";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  hidden: { display: "none" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "left" },
  number: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`, textAlign: "right" },
});

function column(sheet: SummarySheet, key: string): number {
  return sheet.columns.findIndex((c) => c.key === key);
}

/**
 * "Tổng hợp nhiều tệp": the user picks several plan files; each is read and checked with the same
 * engine (in the page or the pane: nothing is uploaded), and the consolidated summary is shown by
 * file, then downloaded (browser page) or written into the open workbook (Excel).
 */
export function ConsolidatePanel(props: {
  host: PlanHost;
  options: CheckOptionsInput;
  disabled: boolean;
}): React.JSX.Element | null {
  const m = useMultiStrings();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [busy, setBusy] = React.useState(false);
  const [result, setResult] = React.useState<ConsolidatedFiles | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [notice, setNotice] = React.useState<string | null>(null);
  const { host } = props;
  if (!host.consolidateFiles) return null;

  const take = async (files: FileList | null) => {
    if (!files || files.length === 0 || !host.consolidateFiles) return;
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const picked = await Promise.all(
        Array.from(files).map(async (f) => ({ name: f.name, data: await readFileBytes(f) })),
      );
      setResult(await host.consolidateFiles(picked, props.options));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const save = async () => {
    if (!result) return;
    setBusy(true);
    setError(null);
    try {
      if (host.exportConsolidated) {
        const { fileName, data } = await host.exportConsolidated(result.model);
        saveBytes(data, fileName);
      } else if (host.writeConsolidated) {
        setNotice(m.written(await host.writeConsolidated(result.model)));
      }
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const byFile = result?.model.sheets.find((s) => s.kind === "by_file") ?? null;
  return (
    <section className={styles.root} aria-labelledby="consolidate-heading" data-testid="consolidate">
      <Subtitle2 as="h2" id="consolidate-heading">
        {m.consolidateHeading}
      </Subtitle2>
      <Caption1>{m.consolidateHint}</Caption1>
      <Button disabled={props.disabled || busy} onClick={() => input.current?.click()}>
        {busy ? m.consolidating : m.pickFiles}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        multiple
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={m.pickFiles}
        data-testid="consolidate-input"
        onChange={(e) => {
          void take(e.target.files);
          e.target.value = "";
        }}
      />
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {result && byFile && (
        <>
          <Caption1 role="status">{m.consolidated(result.checked, result.failures.length)}</Caption1>
          <table className={styles.table} data-testid="consolidated-files">
            <thead>
              <tr>
                <th className={styles.cell}>{m.fileColumn}</th>
                <th className={styles.number}>{m.tasksColumn}</th>
                <th className={styles.number}>{m.overdueColumn}</th>
                <th className={styles.number}>{m.dueSoonColumn}</th>
                <th className={styles.number}>{m.doneColumn}</th>
              </tr>
            </thead>
            <tbody>
              {[...byFile.rows.map((r) => r.cells), ...(byFile.total ? [byFile.total] : [])].map((cells, i) => (
                <tr key={i} data-testid="consolidated-row">
                  <td className={styles.cell}>{String(cells[column(byFile, "file")] ?? cells[1] ?? "")}</td>
                  {["total", "overdue", "due_soon", "done"].map((k) => (
                    <td key={k} className={styles.number}>
                      {String(cells[column(byFile, k)] ?? "")}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {result.failures.map((f) => (
            <Caption1 key={f.file} data-testid="consolidate-failure">
              {m.unreadable(f.file, f.reason)}
            </Caption1>
          ))}
          <Button appearance="primary" disabled={busy} onClick={() => void save()}>
            {host.exportConsolidated ? m.downloadSummary : m.writeSummary}
          </Button>
          {notice && <Caption1 role="status">{notice}</Caption1>}
        </>
      )}
    </section>
  );
}
