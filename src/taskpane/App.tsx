import * as React from "react";
import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { PlanHost } from "../host";
import { type Language, StringsContext, stringsFor } from "./i18n";
import { Pane } from "./Pane";

export interface AppProps {
  host: PlanHost;
  language: Language;
  dark: boolean;
}

/** Theme and language around the pane. */
export function App({ host, language, dark }: AppProps): React.JSX.Element {
  return (
    <FluentProvider theme={dark ? webDarkTheme : webLightTheme} lang={language}>
      <StringsContext.Provider value={stringsFor(language)}>
        <Pane host={host} />
      </StringsContext.Provider>
    </FluentProvider>
  );
}
