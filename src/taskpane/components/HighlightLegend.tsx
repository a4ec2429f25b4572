import * as React from "react";
export function HighlightLegend(): React.JSX.Element | null {
  return null;
}
