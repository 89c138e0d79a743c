// The middleware chain under the Graph SDK client: retries, token refresh, the concurrency cap and the
// terminal fetch. We replace the SDK's default chain because its RetryHandler has no total-wait bound,
// no cap on concurrency and no once-only token refresh, and because tests inject a fetch.
import type { Context, Middleware } from "@microsoft/microsoft-graph-client";
import { GraphError, graphErrorFromResponse } from "./errors";
import { anySignal, isRetriableStatus, nextDelay, RetryPolicy, sleep } from "./retryPolicy";
import { Semaphore } from "./semaphore";

export type GetToken = (opts?: { forceRefresh?: boolean }) => Promise<string>;

export interface TransportOptions {
  getToken: GetToken;
  fetch: typeof fetch;
  policy: RetryPolicy;
  semaphore: Semaphore;
  /** Cancels every request of this client. */
  signal?: AbortSignal;
  /** Called once per HTTP request actually sent (tests and benchmarks count round trips with it). */
  onRequest?: (method: string, url: string) => void;
}

export interface SendResult {
  response: Response;
  attempts: number;
  waitedMs: number;
}

function toHeaders(init: HeadersInit | undefined): Headers {
  return new Headers(init ?? {});
}

/**
 * Sends one HTTP request with Graph's retry rules. Returns the final response when it is 2xx/3xx,
 * throws GraphError otherwise. Used by the SDK middleware and, for batches, directly.
 */
export async function sendWithPolicy(
  url: string,
  init: RequestInit,
  opts: TransportOptions,
  idempotent = isIdempotentMethod(init.method),
  /** Concurrency slots the request takes: 1, or for a $batch the parts Graph runs at once. */
  weight = 1,
): Promise<SendResult> {
  const signal = anySignal([opts.signal, init.signal]);
  const { policy } = opts;
  let attempts = 0;
  let waitedMs = 0;
  let refreshed = false;
  let forceRefresh = false;
  for (;;) {
    if (signal?.aborted) throw new GraphError({ code: "Aborted", status: 0, attempts, waitedMs });
    const token = await opts.getToken(forceRefresh ? { forceRefresh: true } : undefined);
    forceRefresh = false;
    const headers = toHeaders(init.headers);
    headers.set("Authorization", `Bearer ${token}`);
    attempts++;
    let response: Response;
    const release = await opts.semaphore.acquire(signal, weight).catch(() => {
      throw new GraphError({ code: "Aborted", status: 0, attempts, waitedMs });
    });
    // Each attempt gets its own deadline, so a request that never answers cannot hold a slot forever.
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(), policy.attemptTimeoutMs);
    try {
      opts.onRequest?.(init.method ?? "GET", url);
      response = await opts.fetch(url, { ...init, headers, signal: anySignal([signal, deadline.signal]) });
    } catch (err) {
      if (signal?.aborted) throw new GraphError({ code: "Aborted", status: 0, attempts, waitedMs });
      // A dropped or timed-out connection is transient, but the server may have acted on it: only requests
      // that are safe to repeat are retried (a second POST /me/contacts would create a second contact).
      const delay = nextDelay(null, attempts, policy);
      if (idempotent && attempts <= policy.maxRetries && waitedMs + delay <= policy.maxTotalWaitMs) {
        release();
        clearTimeout(timer);
        await sleep(delay, signal);
        waitedMs += delay;
        continue;
      }
      throw new GraphError({
        code: deadline.signal.aborted ? "Timeout" : "NetworkError",
        status: 0,
        message: err instanceof Error ? err.message : String(err),
        attempts,
        waitedMs,
      });
    } finally {
      release();
      clearTimeout(timer);
    }

    if (response.status === 401 && !refreshed) {
      // One refresh per request: a second 401 means the new token is refused too, and retrying more
      // would only hammer the token endpoint.
      refreshed = true;
      forceRefresh = true;
      await response.body?.cancel().catch(() => undefined);
      continue;
    }
    // 429 and 503 say the request was not processed; a 504 may have been, like a dropped connection.
    if (isRetriableStatus(response.status) && (idempotent || response.status !== 504)) {
      const delay = nextDelay(response.headers.get("Retry-After"), attempts, policy);
      if (attempts <= policy.maxRetries && waitedMs + delay <= policy.maxTotalWaitMs) {
        await response.body?.cancel().catch(() => undefined);
        await sleep(delay, signal);
        waitedMs += delay;
        continue;
      }
    }
    if (!response.ok && !(response.status >= 300 && response.status < 400)) {
      throw await graphErrorFromResponse(response, { attempts, waitedMs });
    }
    return { response, attempts, waitedMs };
  }
}

/** GET, PUT, DELETE and PATCH (a PATCH sets the same values again) may be repeated; POST may not. */
export function isIdempotentMethod(method: string | undefined): boolean {
  return (method ?? "GET").toUpperCase() !== "POST";
}

/** Request option marking a POST as safe to repeat (a read such as getSchedule, or a create with transactionId). */
export const IDEMPOTENT_OPTION = "dialbackIdempotent";

/** The only middleware in the SDK chain: everything lives in sendWithPolicy. */
export class PolicyMiddleware implements Middleware {
  constructor(private readonly opts: TransportOptions) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === "string" ? context.request : context.request.url;
    const { [IDEMPOTENT_OPTION]: marked, ...init } = { ...(context.options as (RequestInit & { [IDEMPOTENT_OPTION]?: boolean }) | undefined) };
    const { response } = await sendWithPolicy(url, init, this.opts, marked ?? isIdempotentMethod(init.method));
    context.response = response;
  }
}
