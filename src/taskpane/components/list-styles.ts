import { tokens } from "@fluentui/react-components";

/** Styles shared by the pane's clickable lists (issues, overdue tasks): spread into makeStyles. */
export const listStyle = {
  listStyleType: "none",
  padding: 0,
  margin: 0,
  display: "flex",
  flexDirection: "column",
  gap: "2px",
} as const;

/** A full-width row that is a real button: keyboard focus ring, hover, no button chrome. */
export const listItemButtonStyle = {
  width: "100%",
  textAlign: "start",
  padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
  border: `${tokens.strokeWidthThin} solid transparent`,
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: "transparent",
  color: tokens.colorNeutralForeground1,
  font: "inherit",
  cursor: "pointer",
  ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
} as const;
