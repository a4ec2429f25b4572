import * as React from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { PlanHost } from "../host";
import { StringsContext, stringsFor } from "./i18n";
import { Pane } from "./Pane";
import type { Lang } from "../core";

export const FIRST_RENDER_MARK = "kehoach:first-render";

export interface AppProps {
  host: PlanHost;
  language: Lang;
  dark: boolean;
}

/** Theme and language around the pane. */
export function App({ host, language, dark }: AppProps): React.JSX.Element {
  // For the e2e run's "time to first render" figure (a User Timing mark; costs nothing).
  React.useEffect(() => {
    if (typeof performance !== "undefined" && typeof performance.mark === "function") performance.mark(FIRST_RENDER_MARK);
  }, []);
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language}>
      <StringsContext.Provider value={stringsFor(language)}>
        <Pane host={host} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}
