import * as React from "react";
import { Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import { HIGHLIGHT_LEGEND } from "../../core/highlight/marks";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  list: { listStyleType: "none", padding: 0, margin: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  swatch: { width: "1.5em", height: "1em", flexShrink: 0, boxSizing: "border-box", borderRadius: "2px" },
  meta: { color: tokens.colorNeutralForeground3 },
});

/** What each highlight colour means, from the marks every host draws (core/highlight). */
export function HighlightLegend(): React.JSX.Element {
  const s = useStrings();
  const styles = useStyles();
  return (
    <section aria-labelledby="legend-heading" data-testid="legend">
      <Subtitle2 as="h2" id="legend-heading">
        {s.legendHeading}
      </Subtitle2>
      <ul className={styles.list}>
        {HIGHLIGHT_LEGEND.map((style) => (
          <li key={style.mark} className={styles.item}>
            <span
              aria-hidden="true"
              className={styles.swatch}
              style={{
                backgroundColor: style.fill ? `#${style.fill}` : "transparent",
                border: style.border ? `2px solid #${style.border}` : `1px solid ${tokens.colorNeutralStroke1}`,
              }}
            />
            <span>
              <strong>{style.label[s.language]}</strong>
              <Caption1 className={styles.meta}>{` — ${style.description[s.language]}`}</Caption1>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
