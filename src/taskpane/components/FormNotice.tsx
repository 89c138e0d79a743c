import { MessageBar, MessageBarBody, Textarea } from "@fluentui/react-components";
import type { FormOutcome } from "../../office/index";

/**
 * What happened to a compose form, when there is something to say: the body was cut to Outlook's 32 KB, or this
 * Outlook cannot open a new message (Mailbox 1.6) and the drafted text is shown to copy (issue 16.2, 16.3).
 */
export function FormNotice({ outcome }: { outcome: FormOutcome | null }) {
  if (!outcome || !outcome.note) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="form-notice">
      <MessageBarBody>
        {outcome.note}
        {!outcome.opened && (
          <Textarea
            readOnly
            resize="vertical"
            aria-label={`Drafted message: ${outcome.subject}`}
            data-testid="form-fallback-text"
            value={`${outcome.subject}\n\n${outcome.text}`}
            style={{ width: "100%", minHeight: "8em", marginTop: "0.5em" }}
          />
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
