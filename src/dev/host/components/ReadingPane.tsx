import { Avatar, Button, Caption1, Subtitle1, Text, Toolbar, ToolbarButton, ToolbarDivider, makeStyles, tokens } from "@fluentui/react-components";
import { ArrowForwardRegular, ArrowReplyAllRegular, ArrowReplyRegular, CallRegular } from "@fluentui/react-icons";
import type { StoredMessage } from "../../emulator/index";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, flexGrow: 1, backgroundColor: tokens.colorNeutralBackground1 },
  toolbar: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`, flexWrap: "wrap" },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  from: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" },
  who: { display: "flex", flexDirection: "column" },
  body: { flexGrow: 1, border: "none", width: "100%", backgroundColor: "white" },
  empty: { margin: "auto", color: tokens.colorNeutralForeground3 },
  addin: { fontWeight: tokens.fontWeightSemibold },
});

const fullDate = (ms: number) =>
  new Intl.DateTimeFormat("en-US", { dateStyle: "full", timeStyle: "short", timeZone: "America/New_York" }).format(new Date(ms));

/** The open message, with Outlook's read-mode command bar and the add-in's "Schedule a call" button. */
export function ReadingPane({ message, onScheduleCall }: { message: StoredMessage | null; onScheduleCall(): void }) {
  const styles = useStyles();
  if (!message) {
    return (
      <section className={styles.root} aria-label="Reading pane">
        <Text className={styles.empty}>Select a message to read it.</Text>
      </section>
    );
  }
  return (
    <section className={styles.root} aria-label="Reading pane">
      <Toolbar className={styles.toolbar} aria-label="Message actions">
        <ToolbarButton icon={<ArrowReplyRegular />} disabled>
          Reply
        </ToolbarButton>
        <ToolbarButton icon={<ArrowReplyAllRegular />} disabled>
          Reply all
        </ToolbarButton>
        <ToolbarButton icon={<ArrowForwardRegular />} disabled>
          Forward
        </ToolbarButton>
        <ToolbarDivider />
        <Button appearance="primary" icon={<CallRegular />} className={styles.addin} onClick={onScheduleCall}>
          Schedule a call
        </Button>
      </Toolbar>
      <div className={styles.header}>
        <Subtitle1 as="h2">{message.subject}</Subtitle1>
        <div className={styles.from}>
          <Avatar name={message.from.name} color="colorful" />
          <div className={styles.who}>
            <Text weight="semibold">
              {message.from.name} &lt;{message.from.address}&gt;
            </Text>
            <Caption1>To: {message.to.map((t) => t.name || t.address).join(", ")}</Caption1>
            <Caption1>{fullDate(message.receivedAt)}</Caption1>
          </div>
        </div>
      </div>
      {/* sandbox with no permissions: the mail's HTML can neither run scripts nor navigate the demo */}
      <iframe className={styles.body} title="Message body" sandbox="" srcDoc={message.bodyHtml} />
    </section>
  );
}
