import { FluentProvider, Subtitle1, Text, makeStyles, teamsHighContrastTheme, tokens, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import type { HostTheme, OutlookHost } from "../../office/index";
import { useCurrentItem } from "../hooks/useCurrentItem";
import { useHostTheme } from "../hooks/useHostTheme";
import type { DialbackServices } from "../services";
import { CallPlanner } from "./CallPlanner";

const THEMES: Record<HostTheme, typeof webLightTheme> = {
  light: webLightTheme,
  dark: webDarkTheme,
  highContrast: teamsHighContrastTheme,
};

const useStyles = makeStyles({
  provider: { minHeight: "100%", backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  header: { padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0` },
  empty: { padding: tokens.spacingHorizontalM },
});

export interface AppProps {
  host: OutlookHost;
  services: DialbackServices;
}

export function App({ host, services }: AppProps) {
  const styles = useStyles();
  const theme = useHostTheme(host);
  const item = useCurrentItem(host);
  return (
    // Layout and background go on an inner element: FluentProvider copies its className onto portal mount
    // nodes, and a full-height background there would cover the whole page.
    <FluentProvider theme={THEMES[theme]}>
      <div className={styles.provider}>
      <header className={styles.header}>
        <Subtitle1 as="h1">Schedule a call</Subtitle1>
      </header>
      {item ? (
        <CallPlanner key={item.itemId} host={host} services={services} item={item} />
      ) : (
        <Text as="p" className={styles.empty}>
          Open a message from a client to schedule a call.
        </Text>
      )}
      </div>
    </FluentProvider>
  );
}
