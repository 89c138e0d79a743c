// What a handler sees of one request (or one $batch part) and what it answers, shared by the modules
// of the emulator.

/** A Graph error to answer with: status, OData code, message. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export interface Ctx {
  method: string;
  /** Decoded path after the version, normalised ("/me/mailFolders/sentitems/messages"). */
  path: string;
  segments: string[];
  query: URLSearchParams;
  headers: Headers;
  body: unknown;
  /** "https://graph.microsoft.com/v1.0" or the standalone server's origin + version. */
  root: string;
  /** Original path+query after the version, for nextLink. */
  relativeUrl: string;
}

export interface Result {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Graph's innerError date: UTC, whole seconds, no zone ("2020-08-18T12:51:51"). */
export function odataDate(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "");
}

export interface LoggedRequest {
  kind: "request" | "part";
  method: string;
  /** Full URL for requests; the relative URL for batch parts. */
  url: string;
  headers: Record<string, string>;
  body: unknown;
  status: number;
}

export interface EmulatorStats {
  /** Outer HTTP requests received (what a client pays round trips for). */
  requests: number;
  /** Requests inside $batch bodies. */
  batchParts: number;
}
