// When and how long to wait before retrying a Graph call. Graph asks clients to honour Retry-After
// (which may be fractional, "2.128") and to back off exponentially when it is missing.
import { GraphError } from "./errors";

export interface RetryPolicy {
  /** Retries after the first attempt; 4 means at most 5 attempts. */
  maxRetries: number;
  /** Upper bound on the total time spent waiting between attempts. */
  maxTotalWaitMs: number;
  /** First back-off step when Graph gives no Retry-After. */
  backoffBaseMs: number;
  /** Cap of one back-off step. */
  backoffMaxMs: number;
  /** One attempt that has not answered by then is abandoned and counts as a transient failure. */
  attemptTimeoutMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxRetries: 4,
  maxTotalWaitMs: 30_000,
  backoffBaseMs: 500,
  backoffMaxMs: 8_000,
  attemptTimeoutMs: 30_000,
};

/** Statuses Graph documents as transient: throttled, service unavailable, gateway timeout. */
export function isRetriableStatus(status: number): boolean {
  return status === 429 || status === 503 || status === 504;
}

/**
 * Retry-After in milliseconds: delta-seconds (integer or fractional) or an HTTP date; null when absent
 * or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | null {
  if (value == null) return null;
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  // Otherwise only an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"); "-1" and the like are not dates.
  if (!/[a-z]/i.test(trimmed)) return null;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return null;
  return Math.max(0, date - now);
}

/** Exponential back-off for attempt n (1-based), with up to 20% jitter so parallel callers spread out. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const step = Math.min(policy.backoffMaxMs, policy.backoffBaseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step * (1 + 0.2 * random()));
}

/** The wait before the next attempt: Retry-After when given, else back-off. */
export function nextDelay(retryAfter: string | null, attempt: number, policy: RetryPolicy): number {
  return parseRetryAfter(retryAfter) ?? backoffDelay(attempt, policy);
}

export function abortError(): GraphError {
  return new GraphError({ code: "Aborted", status: 0, message: "The operation was aborted." });
}

/** Sleeps, waking early with an Aborted GraphError when the signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

/** Combines signals (AbortSignal.any where the platform has it). */
export function anySignal(signals: (AbortSignal | undefined | null)[]): AbortSignal | undefined {
  const present = signals.filter((s): s is AbortSignal => !!s);
  if (present.length <= 1) return present[0];
  const withAny = AbortSignal as unknown as { any?: (s: AbortSignal[]) => AbortSignal };
  if (typeof withAny.any === "function") return withAny.any(present);
  const controller = new AbortController();
  for (const s of present) {
    if (s.aborted) controller.abort(s.reason);
    else s.addEventListener("abort", () => controller.abort(s.reason), { once: true });
  }
  return controller.signal;
}
