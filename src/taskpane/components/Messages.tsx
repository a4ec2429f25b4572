import * as React from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { useStrings } from "../i18n";

export interface MessagesProps {
  error: string | null;
  warning: string | null;
  notice: string | null;
  onDismissError(): void;
  onDismissWarning(): void;
  onDismissNotice(): void;
}

function Bar(props: { intent: "error" | "warning" | "success"; text: string; onDismiss(): void }): React.JSX.Element {
  const s = useStrings();
  return (
    <MessageBar intent={props.intent} role={props.intent === "error" ? "alert" : "status"}>
      <MessageBarBody>{props.text}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" size="small" aria-label={s.dismiss} onClick={props.onDismiss}>
            ✕
          </Button>
        }
      />
    </MessageBar>
  );
}

/** Errors, warnings and confirmations, each in its own dismissible message bar. */
export function Messages(props: MessagesProps): React.JSX.Element {
  return (
    <>
      {props.error && <Bar intent="error" text={props.error} onDismiss={props.onDismissError} />}
      {props.warning && <Bar intent="warning" text={props.warning} onDismiss={props.onDismissWarning} />}
      {props.notice && <Bar intent="success" text={props.notice} onDismiss={props.onDismissNotice} />}
    </>
  );
}
