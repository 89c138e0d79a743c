import { Suspense, lazy, useState } from "react";
import {
  FluentProvider,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  Text,
  makeStyles,
  teamsHighContrastTheme,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { HostTheme, OutlookHost } from "../../office/index";
import { useCurrentItem } from "../hooks/useCurrentItem";
import { useHostTheme } from "../hooks/useHostTheme";
import type { DialbackServices } from "../services";
import { CallPlanner } from "./CallPlanner";
import { loadCareCallsTab } from "./careCallsChunk";

const CareCallsTab = lazy(loadCareCallsTab);

type View = "email" | "careCalls";

const THEMES: Record<HostTheme, typeof webLightTheme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  provider: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  empty: { padding: tokens.spacingHorizontalM },
  tabs: { padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS} 0` },
  loading: { padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  host: OutlookHost;
  services: DialbackServices;
}

export function App({ host, services }: AppProps) {
  const styles = useStyles();
  const theme = useHostTheme(host);
  const item = useCurrentItem(host);
  const [view, setView] = useState<View>("email");
  // Both views stay mounted once opened, so switching back neither re-reads the email nor re-scans.
  const [careCallsOpened, setCareCallsOpened] = useState(false);
  const show = (next: View) => {
    if (next === "careCalls") setCareCallsOpened(true);
    setView(next);
  };
  return (
    // Layout and background go on an inner element: FluentProvider copies its className onto portal mount
    // nodes, and a full-height background there would cover the whole page.
    <FluentProvider theme={THEMES[theme]}>
      <div className={styles.provider}>
      <header className={styles.header}>
        <Subtitle1 as="h1">Schedule a call</Subtitle1>
      </header>
      <TabList className={styles.tabs} selectedValue={view} onTabSelect={(_, data) => show(data.value as View)} aria-label="Dialback views">
        <Tab value="email" id="tab-email" aria-controls="view-email">
          This email
        </Tab>
        <Tab value="careCalls" id="tab-care-calls" aria-controls="view-care-calls">
          Care calls
        </Tab>
      </TabList>
      <div role="tabpanel" id="view-email" aria-labelledby="tab-email" hidden={view !== "email"}>
        {item ? (
          <CallPlanner key={item.itemId} host={host} services={services} item={item} />
        ) : (
          <Text as="p" className={styles.empty}>
            Open a message from a client to schedule a call.
          </Text>
        )}
      </div>
      {careCallsOpened && (
        <div role="tabpanel" id="view-care-calls" aria-labelledby="tab-care-calls" hidden={view !== "careCalls"}>
          <Suspense fallback={<Spinner className={styles.loading} size="small" label="Loading care calls…" />}>
            <CareCallsTab host={host} careCalls={services.careCalls} />
          </Suspense>
        </div>
      )}
      </div>
    </FluentProvider>
  );
}
