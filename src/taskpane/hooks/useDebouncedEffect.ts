import { useEffect, useRef } from "react";

/**
 * Runs `effect` once `deps` have been still for `delayMs`, and flushes a pending run on unmount so the
 * last edit before the taskpane closes is still saved.
 */
export function useDebouncedEffect(effect: () => void, deps: unknown[], delayMs: number): void {
  const latest = useRef(effect);
  latest.current = effect;
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    pending.current = setTimeout(() => {
      pending.current = null;
      latest.current();
    }, delayMs);
    return () => {
      if (pending.current) clearTimeout(pending.current);
    };
  }, deps);
  useEffect(
    () => () => {
      if (pending.current) latest.current();
    },
    [],
  );
}
