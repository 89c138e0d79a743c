import { useCallback, useEffect, useState } from "react";
import type { CurrentItem } from "../../office/index";
import type { CallSession, DialbackServices } from "../services";

export type SessionState =
  | { status: "loading" }
  | { status: "ready"; session: CallSession }
  | { status: "error"; error: unknown };

/** Opens the Graph session for one message; `retry` runs it again after an error. */
export function useCallSession(services: DialbackServices, item: CurrentItem): SessionState & { retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<SessionState>({ status: "loading" });
  useEffect(() => {
    let live = true;
    setState({ status: "loading" });
    services.openSession(item).then(
      (session) => live && setState({ status: "ready", session }),
      (error: unknown) => live && setState({ status: "error", error }),
    );
    return () => {
      live = false;
    };
  }, [services, item, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
