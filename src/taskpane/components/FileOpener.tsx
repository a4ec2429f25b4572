import * as React from "react";
import { Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  zone: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    alignItems: "flex-start",
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hidden: { display: "none" },
});

export interface FileOpenerProps {
  disabled: boolean;
  fileName: string | null;
  onFile(file: File): void;
}

/** Browser page: "Mở tệp Excel" (a button over a file input) and a drop zone. The file stays on this computer. */
export function FileOpener({ disabled, fileName, onFile }: FileOpenerProps): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const [over, setOver] = React.useState(false);

  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };

  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer.files);
      }}
    >
      <Button appearance="primary" disabled={disabled} onClick={() => input.current?.click()}>
        {s.openFile}
      </Button>
      <input
        ref={input}
        className={styles.hidden}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={s.openFile}
        data-testid="file-input"
        onChange={(e) => {
          take(e.target.files);
          e.target.value = "";
        }}
      />
      <Caption1>{fileName ? s.fileOpen(fileName) : over ? s.dropHere : s.openFileHint}</Caption1>
      <Caption1>{s.privacyNote}</Caption1>
    </div>
  );
}
