import { Button, Caption1, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { SimulatedForm } from "../simulatedOffice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", flexGrow: 1, minWidth: 0, backgroundColor: tokens.colorNeutralBackground1 },
  bar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    alignItems: "center",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  fields: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  body: { flexGrow: 1, border: "none", width: "100%", backgroundColor: "white" },
  grow: { flexGrow: 1 },
});

/** Outlook's inline compose form, as opened by displayReplyForm / displayNewMessageForm. */
export function ComposePane({ form, onClose }: { form: SimulatedForm; onClose(): void }) {
  const styles = useStyles();
  const to = form.kind === "reply" ? [form.item.from.address] : form.toRecipients;
  // Outlook prefixes one "RE:", not one per reply
  const subject = form.kind === "reply" ? `RE: ${form.item.subject.replace(/^\s*(re|aw|sv)\s*:\s*/i, "")}` : form.subject;
  return (
    <section className={styles.root} aria-label={form.kind === "reply" ? "Reply form" : "New message form"} data-testid="compose-form" data-kind={form.kind}>
      <div className={styles.bar}>
        <Subtitle2 as="h2" className={styles.grow}>
          {form.kind === "reply" ? "Reply" : "New message"}
        </Subtitle2>
        <Caption1>Simulated Outlook: sending is disabled in the demo.</Caption1>
        <Button appearance="primary" onClick={onClose}>
          Send
        </Button>
        <Button onClick={onClose}>Discard</Button>
      </div>
      <div className={styles.fields}>
        <Text>
          <strong>To:</strong> <span data-testid="compose-to">{to.join("; ")}</span>
        </Text>
        <Text>
          <strong>Subject:</strong> <span data-testid="compose-subject">{subject}</span>
        </Text>
      </div>
      <iframe className={styles.body} title="Message being written" sandbox="" srcDoc={form.htmlBody} data-testid="compose-body" />
    </section>
  );
}
