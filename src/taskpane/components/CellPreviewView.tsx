import * as React from "react";
import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { CellPreview } from "../../host";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  // Fixed to the bottom of the pane so that opening it never moves the list the user clicked in.
  panel: {
    position: "fixed",
    left: 0,
    right: 0,
    bottom: 0,
    zIndex: 1,
    maxHeight: "40vh",
    overflowY: "auto",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    boxShadow: tokens.shadow16,
  },
  header: { display: "flex", alignItems: "center", justifyContent: "space-between" },
  wrap: { overflowX: "auto" },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    maxWidth: "14em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    verticalAlign: "top",
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, color: tokens.colorNeutralForeground3, fontWeight: "normal" },
  selectedRow: { backgroundColor: tokens.colorBrandBackground2 },
  selectedCell: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`, outlineOffset: "-2px" },
});

/** Browser page: the rows around the selected cell, the cell outlined (Excel selects the real cell instead). */
export function CellPreviewView({ preview, onClose }: { preview: CellPreview; onClose(): void }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const { selected } = preview;
  return (
    <section aria-labelledby="preview-heading" data-testid="preview" className={styles.panel}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id="preview-heading">
          {`${s.previewHeading}: ${preview.sheet}!${selected.column}${selected.row}`}
        </Subtitle2>
        <Button appearance="subtle" size="small" aria-label={s.closePreview} onClick={onClose}>
          ✕
        </Button>
      </div>
      <div className={styles.wrap}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th className={`${styles.cell} ${styles.head}`} />
              {preview.columns.map((c) => (
                <th key={c} scope="col" className={`${styles.cell} ${styles.head}`}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.row} className={r.row === selected.row ? styles.selectedRow : undefined}>
                <th scope="row" className={`${styles.cell} ${styles.head}`}>
                  {r.row}
                </th>
                {r.cells.map((text, i) => {
                  const isSel = r.row === selected.row && preview.columns[i] === selected.column;
                  return (
                    <td
                      key={preview.columns[i]}
                      title={text}
                      className={isSel ? `${styles.cell} ${styles.selectedCell}` : styles.cell}
                      data-selected={isSel ? "true" : undefined}
                      aria-current={isSel ? "true" : undefined}
                    >
                      {text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
