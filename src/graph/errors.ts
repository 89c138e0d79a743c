// Graph failures as one typed error. Callers branch on `code`/`status` (never on Graph's English
// `message`, which Microsoft changes), and show `userMessage` to people.
import { GraphClientError } from "@microsoft/microsoft-graph-client";

/** What the retry loop knows when it gives up; it makes the message a person reads honest. */
export interface AttemptInfo {
  attempts: number;
  waitedMs: number;
}

/** Graph's documented error body: `{ error: { code, message, innerError: { code?, "request-id", date } } }`. */
export interface ODataErrorBody {
  error?: {
    code?: string;
    message?: string;
    innerError?: Record<string, unknown>;
    innererror?: Record<string, unknown>;
  };
}

const THROTTLE_CODES = new Set(["TooManyRequests", "ApplicationThrottled", "ErrorTooManyObjectsOpened", "activityLimitReached"]);

/**
 * Extends the SDK's GraphClientError on purpose: the SDK rethrows GraphClientError instances untouched,
 * whereas any other error thrown from middleware is rewrapped into its own untyped GraphError.
 */
export class GraphError extends GraphClientError {
  override readonly name = "GraphError";
  /** Graph's error code (e.g. "TooManyRequests", "ErrorItemNotFound"), or a local one: "NetworkError", "Timeout", "Aborted", "BatchPartMissing". */
  readonly code: string;
  /** HTTP status, or 0 when no response arrived. */
  readonly status: number;
  readonly requestId: string | null;
  /** Nested innerError.code when Graph sent one. */
  readonly innerCode: string | null;
  readonly attempts: number;
  readonly waitedMs: number;
  /** A sentence a person can act on. */
  readonly userMessage: string;

  constructor(init: {
    code: string;
    status: number;
    message?: string;
    requestId?: string | null;
    innerCode?: string | null;
    attempts?: number;
    waitedMs?: number;
  }) {
    super(init.message || `${init.status} ${init.code}`);
    // GraphClientError's constructor pins the prototype to itself; restore ours so instanceof works.
    Object.setPrototypeOf(this, new.target.prototype);
    this.code = init.code;
    this.status = init.status;
    this.requestId = init.requestId ?? null;
    this.innerCode = init.innerCode ?? null;
    this.attempts = init.attempts ?? 1;
    this.waitedMs = init.waitedMs ?? 0;
    this.userMessage = describeForPeople(this);
  }

  /** Throttled, temporarily unavailable or unreachable: worth trying again later. */
  get transient(): boolean {
    return this.status === 429 || this.status === 503 || this.status === 504 || this.code === "NetworkError" || this.code === "Timeout";
  }
}

function attemptsPhrase(e: { attempts: number; waitedMs: number }): string {
  if (e.attempts <= 1) return "";
  const seconds = Math.round(e.waitedMs / 100) / 10;
  return `; tried ${e.attempts} times over ${seconds} s`;
}

function describeForPeople(e: GraphError): string {
  const tried = attemptsPhrase(e);
  if (e.code === "Aborted") return "The request to Outlook was cancelled.";
  if (e.code === "NetworkError") return `Could not reach Microsoft 365 (network error)${tried}. Check the connection and try again.`;
  if (e.code === "Timeout") return `Microsoft 365 did not answer in time${tried}. Please try again shortly.`;
  if (e.status === 429 || THROTTLE_CODES.has(e.code)) {
    return `Outlook is busy right now (throttled)${tried}. Please try again in a minute.`;
  }
  if (e.code === "ScheduleUnavailable" || e.code.startsWith("ErrorMailRecipient") || e.code.startsWith("ErrorProxy")) {
    return "Outlook has no free/busy information for that mailbox (it is unknown or not shared).";
  }
  if (e.status === 401) return "Your Microsoft 365 sign-in has expired. Sign in again and retry.";
  if (e.status === 403) return `Dialback is not allowed to do this in your mailbox (${e.code}). An administrator may need to grant consent.`;
  if (e.status === 404) return "Outlook could not find that item; it may have been moved or deleted.";
  if (e.code === "InefficientFilter") return "Outlook rejected the mailbox search as too complex (InefficientFilter).";
  if (e.status === 424) return "This part was skipped because a request it depends on failed.";
  if (e.status === 503 || e.status === 504 || e.status >= 500) {
    return `Microsoft 365 is temporarily unavailable (${e.status})${tried}. Please try again shortly.`;
  }
  return `Microsoft 365 refused the request (${e.status} ${e.code}).`;
}

function str(v: unknown): string | null {
  return typeof v === "string" && v ? v : null;
}

/** Builds a GraphError from a status and whatever body came back (OData error JSON, text or nothing). */
export function graphErrorFromBody(
  status: number,
  body: unknown,
  headers?: { get(name: string): string | null } | Record<string, string>,
  info?: Partial<AttemptInfo>,
): GraphError {
  const parsed: ODataErrorBody = typeof body === "object" && body !== null ? (body as ODataErrorBody) : {};
  const inner = parsed.error?.innerError ?? parsed.error?.innererror ?? {};
  const header = (name: string): string | null => {
    if (!headers) return null;
    if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name);
    const rec = headers as Record<string, string>;
    const key = Object.keys(rec).find((k) => k.toLowerCase() === name);
    return key ? rec[key] : null;
  };
  return new GraphError({
    code: parsed.error?.code || (status === 429 ? "TooManyRequests" : `HTTP${status}`),
    status,
    message: parsed.error?.message || (typeof body === "string" ? body.slice(0, 200) : undefined),
    requestId: str(inner["request-id"]) ?? str(inner["requestId"]) ?? header("request-id"),
    innerCode: str(inner["code"]),
    attempts: info?.attempts,
    waitedMs: info?.waitedMs,
  });
}

/** Reads an error Response into a GraphError (the body is consumed). */
export async function graphErrorFromResponse(response: Response, info?: Partial<AttemptInfo>): Promise<GraphError> {
  let body: unknown = null;
  const text = await response.text().catch(() => "");
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return graphErrorFromBody(response.status, body, response.headers, info);
}
