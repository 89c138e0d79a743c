import { useEffect, useMemo, useState } from "react";
import {
  Avatar,
  Button,
  Caption1,
  FluentProvider,
  Subtitle2,
  Switch,
  Text,
  makeStyles,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { DismissRegular, MailInboxRegular } from "@fluentui/react-icons";
import type { StoredMessage } from "../../emulator/index";
import type { DemoBridge } from "../demoBridge";
import type { SimulatedForm, SimulatedTheme } from "../simulatedOffice";
import { ComposePane } from "./ComposePane";
import { MessageList } from "./MessageList";
import { ReadingPane } from "./ReadingPane";
import { TaskpanePanel } from "./TaskpanePanel";

const useStyles = makeStyles({
  app: { height: "100vh", display: "flex", flexDirection: "column", backgroundColor: tokens.colorNeutralBackground3 },
  top: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  brand: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  grow: { flexGrow: 1 },
  onBrand: { color: tokens.colorNeutralForegroundOnBrand },
  main: { display: "flex", flexGrow: 1, minHeight: 0, gap: tokens.spacingHorizontalXS, padding: tokens.spacingHorizontalXS },
  folder: {
    width: "320px",
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
  },
  folderHeader: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  center: { display: "flex", flexGrow: 1, minWidth: 0, borderRadius: tokens.borderRadiusMedium, overflow: "hidden" },
  pane: {
    width: "380px",
    flexShrink: 0,
    display: "flex",
    flexDirection: "column",
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    overflow: "hidden",
  },
  paneHeader: {
    display: "flex",
    alignItems: "center",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  status: { padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalL}`, color: tokens.colorNeutralForeground3 },
});

export function OutlookShell({ bridge, initialMessageId }: { bridge: DemoBridge; initialMessageId: string | null }) {
  const styles = useStyles();
  const inbox = useMemo(
    () => bridge.emulator.state.messages.filter((m) => m.folder === "inbox" && !m.isDraft).sort((a, b) => b.receivedAt - a.receivedAt),
    [bridge],
  );
  const [selected, setSelected] = useState<StoredMessage | null>(() => inbox.find((m) => m.id === initialMessageId) ?? null);
  const [paneOpen, setPaneOpen] = useState(false);
  const [paneKey, setPaneKey] = useState(0);
  const [form, setForm] = useState<SimulatedForm | null>(null);
  const [theme, setTheme] = useState<SimulatedTheme>("light");
  const [requests, setRequests] = useState(0);

  useEffect(() => bridge.outlook.onForm(setForm), [bridge]);
  useEffect(() => {
    const id = setInterval(() => setRequests(bridge.graphRequests()), 500);
    return () => clearInterval(id);
  }, [bridge]);
  useEffect(() => {
    bridge.outlook.select(
      selected
        ? { restId: selected.id, conversationId: selected.conversationId, subject: selected.subject, from: selected.from, internetMessageId: selected.internetMessageId }
        : null,
    );
  }, [bridge, selected]);

  const select = (m: StoredMessage) => {
    m.isRead = true;
    setForm(null);
    setSelected(m);
  };
  const openPane = () => {
    bridge.timings.taskpaneOpened = performance.now();
    bridge.timings.proposalShown = null;
    setPaneKey((k) => k + 1); // the button always (re)loads the add-in, as Outlook does
    setPaneOpen(true);
  };

  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme}>
      <div className={styles.app}>
        <header className={styles.top}>
          <MailInboxRegular fontSize={24} aria-hidden="true" />
          <Text className={styles.brand}>Outlook</Text>
          <Caption1 className={styles.onBrand}>simulated host · Dialback demo · no account, Graph runs in this page</Caption1>
          <span className={styles.grow} />
          <Switch
            label={<span className={styles.onBrand}>Dark theme</span>}
            checked={theme === "dark"}
            onChange={(_, d) => {
              const next = d.checked ? "dark" : "light";
              setTheme(next);
              bridge.outlook.setTheme(next);
            }}
          />
          <Avatar name={bridge.emulator.state.me.displayName} color="colorful" size={28} />
        </header>
        <div className={styles.main}>
          <nav className={styles.folder} aria-label="Inbox">
            <div className={styles.folderHeader}>
              <Subtitle2 as="h1">Inbox</Subtitle2>
            </div>
            <MessageList messages={inbox} selectedId={selected?.id ?? null} onSelect={select} />
          </nav>
          <div className={styles.center}>
            {form ? <ComposePane form={form} onClose={() => setForm(null)} /> : <ReadingPane message={selected} onScheduleCall={openPane} />}
          </div>
          {paneOpen && (
            <aside className={styles.pane} aria-label="Dialback add-in">
              <div className={styles.paneHeader}>
                <Text weight="semibold" className={styles.grow}>
                  Dialback
                </Text>
                <Button appearance="subtle" icon={<DismissRegular />} aria-label="Close add-in" onClick={() => setPaneOpen(false)} />
              </div>
              <TaskpanePanel key={paneKey} bridge={bridge} />
            </aside>
          )}
        </div>
        <footer className={styles.status}>
          <Caption1 data-testid="graph-requests">Graph requests: {requests}</Caption1>
        </footer>
      </div>
    </FluentProvider>
  );
}
