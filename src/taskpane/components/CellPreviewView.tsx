import * as React from "react";
import { makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { CellPreview } from "../../host";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
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
export function CellPreviewView({ preview }: { preview: CellPreview }): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const { selected } = preview;
  return (
    <section aria-labelledby="preview-heading" data-testid="preview">
      <Subtitle2 as="h2" id="preview-heading">
        {s.previewHeading}
      </Subtitle2>
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
