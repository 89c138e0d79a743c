// JSON batching with per-part retries. Graph answers a $batch with 200 even when parts fail, throttles
// parts one by one (429) and fails dependants of a failed part with 424; the SDK retries none of that,
// so this module re-sends only the failed parts, within the same bounds as single requests.
import { GraphError, graphErrorFromBody } from "./errors";
import { backoffDelay, isRetriableStatus, parseRetryAfter, RetryPolicy, sleep } from "./retryPolicy";

/** Graph's documented limit on requests per batch. */
export const MAX_BATCH_PARTS = 20;

export interface BatchPart {
  id: string;
  method: "GET" | "POST" | "PATCH" | "PUT" | "DELETE";
  /** Relative to the version root, e.g. "/me/messages/AAMk…". */
  url: string;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: string[];
}

export type PartOutcome =
  | { id: string; ok: true; status: number; headers: Record<string, string>; body: unknown; attempts: number }
  | { id: string; ok: false; error: GraphError };

interface WirePart {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Posts one `$batch` body and returns Graph's parsed `responses` array (one HTTP round trip). */
export type PostBatch = (body: { requests: unknown[] }, signal?: AbortSignal) => Promise<{ responses?: WirePart[] }>;

function header(headers: Record<string, string> | undefined, name: string): string | null {
  if (!headers) return null;
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? headers[key] : null;
}

/**
 * Runs the parts, retrying throttled/unavailable parts and their 424 dependants in follow-up batches
 * after the longest Retry-After. Never throws for a part's failure: each part gets its own outcome.
 * Throws only when the batch request itself fails (after the transport's own retries).
 */
export async function runBatch(
  parts: BatchPart[],
  postBatch: PostBatch,
  policy: RetryPolicy,
  signal?: AbortSignal,
): Promise<Map<string, PartOutcome>> {
  if (parts.length > MAX_BATCH_PARTS) throw new RangeError(`A Graph batch holds at most ${MAX_BATCH_PARTS} requests`);
  const outcomes = new Map<string, PartOutcome>();
  const attempts = new Map<string, number>(parts.map((p) => [p.id, 0]));
  let pending = parts;
  let waitedMs = 0;
  let round = 0;
  while (pending.length > 0) {
    round++;
    const pendingIds = new Set(pending.map((p) => p.id));
    const requests = pending.map((p) => {
      // A dependency that already succeeded (or failed for good) is not in this round: drop it.
      const dependsOn = p.dependsOn?.filter((d) => pendingIds.has(d));
      const wire: Record<string, unknown> = { id: p.id, method: p.method, url: p.url };
      if (dependsOn && dependsOn.length) wire.dependsOn = dependsOn;
      const headers = { ...(p.headers ?? {}) };
      if (p.body !== undefined) {
        wire.body = p.body;
        if (!header(headers, "content-type")) headers["Content-Type"] = "application/json";
      }
      if (Object.keys(headers).length) wire.headers = headers;
      return wire;
    });
    const result = await postBatch({ requests }, signal);
    const byId = new Map((result.responses ?? []).map((r) => [String(r.id), r]));
    const retry: BatchPart[] = [];
    let longestRetryAfter: number | null = null;
    for (const part of pending) {
      const n = (attempts.get(part.id) ?? 0) + 1;
      attempts.set(part.id, n);
      const wire = byId.get(part.id);
      if (!wire) {
        retry.push(part);
        continue;
      }
      const headers = wire.headers ?? {};
      if (wire.status < 400) {
        outcomes.set(part.id, { id: part.id, ok: true, status: wire.status, headers, body: wire.body ?? null, attempts: n });
      } else if (isRetriableStatus(wire.status) || wire.status === 424) {
        retry.push(part);
        const after = parseRetryAfter(header(headers, "retry-after"));
        if (after !== null) longestRetryAfter = Math.max(longestRetryAfter ?? 0, after);
        outcomes.set(part.id, { id: part.id, ok: false, error: graphErrorFromBody(wire.status, wire.body, headers, { attempts: n, waitedMs }) });
      } else {
        outcomes.set(part.id, { id: part.id, ok: false, error: graphErrorFromBody(wire.status, wire.body, headers, { attempts: n, waitedMs }) });
      }
    }
    if (retry.length === 0) break;
    const onlyDependants = retry.every((p) => byId.get(p.id)?.status === 424);
    const delay = onlyDependants ? 0 : (longestRetryAfter ?? backoffDelay(round, policy));
    if (round > policy.maxRetries || waitedMs + delay > policy.maxTotalWaitMs) {
      for (const part of retry) {
        const wire = byId.get(part.id);
        const n = attempts.get(part.id) ?? round;
        outcomes.set(part.id, {
          id: part.id,
          ok: false,
          error: wire
            ? graphErrorFromBody(wire.status, wire.body, wire.headers, { attempts: n, waitedMs })
            : new GraphError({ code: "BatchPartMissing", status: 0, message: `No response for batch part ${part.id}`, attempts: n, waitedMs }),
        });
      }
      break;
    }
    if (delay > 0) await sleep(delay, signal);
    waitedMs += delay;
    pending = retry;
  }
  return outcomes;
}
