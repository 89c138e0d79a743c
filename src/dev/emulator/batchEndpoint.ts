// JSON batching as Graph does it (concepts/json-batching.md).
import { FaultRule, Faults } from "./faults";
import { Ctx, EmulatorStats, HttpError, LoggedRequest, Result } from "./requestContext";

interface WirePart {
  id?: unknown;
  method?: unknown;
  url?: unknown;
  headers?: Record<string, string>;
  body?: unknown;
  dependsOn?: unknown;
}

/** What the batch endpoint borrows from the emulator around it. */
export interface BatchDeps {
  faults: Faults;
  stats: EmulatorStats;
  log: LoggedRequest[];
  /** Runs one part as if it were a request of its own. */
  dispatch(ctx: Ctx): Result;
  buildCtx(method: string, relativeUrl: string, headers: Headers, body: unknown, root: string): Ctx;
  errorBody(code: string, message: string): Record<string, unknown>;
  faultResult(rule: FaultRule): Result;
  /** Concurrency slots this batch found free on arrival (null: no limit). */
  partSlots?: number | null;
}

/**
 * POST /$batch: at most 20 parts, run in waves by dependsOn, answered in a different order, with 424 for
 * the dependants of a failed part and per-part throttling (injected, or past the concurrency limit).
 */
export function runBatch(ctx: Ctx, outerHeaders: Headers, deps: BatchDeps): Result {
  const { faults, stats, log, dispatch, buildCtx, errorBody, faultResult } = deps;
  const slots = deps.partSlots === undefined ? faults.concurrencyLimit : deps.partSlots;
  const requests = (ctx.body as { requests?: unknown } | null)?.requests;
  if (!Array.isArray(requests)) throw new HttpError(400, "BadRequest", "Invalid batch payload format.");
  if (requests.length > 20) throw new HttpError(400, "BadRequest", "Too many requests in this batch. Limit is 20.");
  const parts = requests as WirePart[];
  const ids = new Set<string>();
  for (const p of parts) {
    if (typeof p.id !== "string" && typeof p.id !== "number") throw new HttpError(400, "BadRequest", "Invalid batch payload format: every request needs an id.");
    const id = String(p.id);
    if (ids.has(id)) throw new HttpError(400, "BadRequest", `Batch request ids must be unique: '${id}'.`);
    ids.add(id);
    if (typeof p.method !== "string" || typeof p.url !== "string") throw new HttpError(400, "BadRequest", `Request '${id}' needs a method and a url.`);
    if (/^https?:/i.test(p.url)) throw new HttpError(400, "BadRequest", `Request '${id}': batch request urls must be relative.`);
    const hasBody = p.body !== undefined && p.body !== null;
    const contentType = Object.keys(p.headers ?? {}).some((k) => k.toLowerCase() === "content-type");
    if (hasBody && !contentType) throw new HttpError(400, "BadRequest", `Write request id : ${id} does not contain Content-Type header or body.`);
  }
  for (const p of parts) {
    const deps = Array.isArray(p.dependsOn) ? p.dependsOn.map(String) : [];
    for (const d of deps) if (!ids.has(d)) throw new HttpError(400, "BadRequest", `Request '${String(p.id)}' depends on unknown request '${d}'.`);
  }
  const done = new Map<string, Record<string, unknown>>();
  const order: string[] = [];
  let progress = true;
  while (done.size < parts.length && progress) {
    progress = false;
    // One wave: every part whose dependencies are answered runs in parallel, as Graph runs them.
    const wave = parts.filter((p) => !done.has(String(p.id)) && (Array.isArray(p.dependsOn) ? p.dependsOn.map(String) : []).every((d) => done.has(d)));
    let running = 0;
    for (const p of wave) {
      const id = String(p.id);
      const deps = Array.isArray(p.dependsOn) ? p.dependsOn.map(String) : [];
      progress = true;
      stats.batchParts++;
      const relUrl = String(p.url).startsWith("/") ? String(p.url) : `/${String(p.url)}`;
      let result: Result;
      const failedDep = deps.find((d) => Number(done.get(d)?.status) >= 400);
      const partPath = relUrl.split("?")[0];
      if (failedDep) {
        result = { status: 424, body: errorBody("FailedDependency", `The request has a dependency (${failedDep}) that failed.`) };
      } else if (slots !== null && running >= slots) {
        // Parallel parts count against the mailbox's concurrency limit like separate requests: the batch
        // holds the slots it found free on arrival, and the mailbox's other requests hold the rest.
        result = faultResult({ kind: "throttle", code: "ApplicationThrottled", retryAfterSeconds: null, target: "part", remaining: 0, until: 0 });
      } else {
        running++;
        const rule = faults.take(partPath, "part");
        if (rule && rule.kind !== "drop") result = faultResult(rule);
        else {
          const headers = new Headers(p.headers ?? {});
          // The outer request's identity applies to every part.
          const auth = outerHeaders.get("Authorization");
          if (auth) headers.set("Authorization", auth);
          try {
            result = dispatch(buildCtx(String(p.method).toUpperCase(), relUrl, headers, p.body ?? null, ctx.root));
          } catch (err) {
            result = err instanceof HttpError ? { status: err.status, body: errorBody(err.code, err.message) } : { status: 500, body: errorBody("InternalServerError", String(err)) };
          }
        }
      }
      log.push({ kind: "part", method: String(p.method).toUpperCase(), url: relUrl, headers: { ...(p.headers ?? {}) }, body: p.body ?? null, status: result.status });
      const wire: Record<string, unknown> = {
        id,
        status: result.status,
        headers: { "Content-Type": "application/json", ...(result.headers ?? {}) },
      };
      if (result.body !== undefined) wire.body = result.body;
      else if (result.status === 204) wire.body = null;
      done.set(id, wire);
      order.push(id);
    }
  }
  if (done.size < parts.length) throw new HttpError(400, "BadRequest", "The dependsOn graph of this batch has a cycle.");
  // Graph answers in any order; a fixed shuffle (not request order) keeps clients honest and tests repeatable.
  const responses = order
    .map((id, i) => ({ id, key: (i * 7 + id.length * 3) % (order.length + 1) }))
    .sort((a, b) => a.key - b.key || a.id.localeCompare(b.id))
    .map((x) => done.get(x.id));
  return { status: 200, body: { responses } };
}
