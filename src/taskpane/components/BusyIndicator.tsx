import * as React from "react";
import { Field, ProgressBar } from "@fluentui/react-components";
import { useStrings, type Strings } from "../i18n";
import type { BusyKind } from "../usePane";

function label(kind: BusyKind, s: Strings): string {
  switch (kind) {
    case "check":
      return s.checking;
    case "clear":
      return s.clearing;
    case "summary":
      return s.summarizing;
    case "open":
      return s.reading;
    case "download":
      return s.downloading;
  }
}

/** An indeterminate progress bar with what is going on, announced politely. */
export function BusyIndicator({ busy }: { busy: BusyKind | null }): React.JSX.Element | null {
  const s = useStrings();
  if (!busy) return null;
  return (
    <Field validationMessage={label(busy, s)} validationState="none" role="status" aria-live="polite">
      <ProgressBar aria-label={label(busy, s)} />
    </Field>
  );
}
