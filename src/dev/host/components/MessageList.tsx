import { Caption1, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { StoredMessage } from "../../emulator/index";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", overflowY: "auto", flexGrow: 1 },
  row: {
    display: "block",
    width: "100%",
    textAlign: "left",
    border: "none",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "-2px" },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, borderLeftColor: tokens.colorBrandStroke1, ":hover": { backgroundColor: tokens.colorBrandBackground2Hover } },
  unread: { fontWeight: tokens.fontWeightSemibold },
  top: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  ellipsis: { display: "block", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  preview: { color: tokens.colorNeutralForeground3 },
});

const when = (ms: number) =>
  new Intl.DateTimeFormat("en-US", { weekday: "short", hour: "numeric", minute: "2-digit", timeZone: "America/New_York" }).format(new Date(ms));

export function previewOf(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/gi, " ").replace(/<[^>]+>/g, " ").replace(/&nbsp;/g, " ").replace(/&amp;/g, "&").replace(/\s+/g, " ").trim().slice(0, 90);
}

export function MessageList({ messages, selectedId, onSelect }: { messages: StoredMessage[]; selectedId: string | null; onSelect(m: StoredMessage): void }) {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label="Inbox messages">
      {messages.map((m) => (
        <li key={m.id}>
          <button
            type="button"
            className={mergeClasses(styles.row, m.id === selectedId && styles.selected)}
            aria-current={m.id === selectedId ? "true" : undefined}
            onClick={() => onSelect(m)}
            data-message-id={m.id}
          >
            <span className={styles.top}>
              <Text className={mergeClasses(styles.ellipsis, !m.isRead && styles.unread)}>{m.from.name || m.from.address}</Text>
              <Caption1>{when(m.receivedAt)}</Caption1>
            </span>
            <Text size={200} className={mergeClasses(styles.ellipsis, !m.isRead && styles.unread)}>
              {m.subject}
            </Text>
            <Caption1 className={mergeClasses(styles.ellipsis, styles.preview)}>{previewOf(m.uniqueBodyHtml || m.bodyHtml)}</Caption1>
          </button>
        </li>
      ))}
    </ul>
  );
}
