// createGraph: every Graph call the add-in makes, as plain typed functions over the Graph SDK client.
import { Client, ResponseType } from "@microsoft/microsoft-graph-client";
import type { Contact, Event, MailboxSettings, Message, ScheduleInformation, ScheduleItem, User } from "@microsoft/microsoft-graph-types";
import type { ScanBatch } from "../core";
import { BatchPart, MAX_BATCH_PARTS, PartOutcome, runBatch } from "./batch";
import { scanCorrespondentsWith, ScanOptions } from "./careScan";
import { GraphError } from "./errors";
import { odataString, toGraphConversationId } from "./ids";
import { GraphMessage, MESSAGE_SELECT, sortNewestFirst, THREAD_SELECT, toGraphMessage } from "./messages";
import { GetToken, IDEMPOTENT_OPTION, PolicyMiddleware, sendWithPolicy, TransportOptions } from "./middleware";
import { DEFAULT_RETRY_POLICY, RetryPolicy } from "./retryPolicy";
import { Semaphore } from "./semaphore";

export const DEFAULT_GRAPH_BASE_URL = "https://graph.microsoft.com/v1.0";
/** Outlook's per-app, per-mailbox concurrency limit. */
export const MAX_CONCURRENT_REQUESTS = 4;

/**
 * Whether getSchedule was refused outright (not throttled, not a network fault): personal Microsoft accounts
 * have no getSchedule, and Graph documents no error shape for that, so any 400/403/404/501 on it counts.
 */
export function isScheduleRefused(error: unknown): boolean {
  return error instanceof GraphError && [400, 403, 404, 501].includes(error.status);
}

export interface CreateGraphOptions {
  getToken: GetToken;
  /** Version root, e.g. "https://graph.microsoft.com/v1.0" or "http://localhost:4000/v1.0" (the standalone emulator). */
  baseUrl?: string;
  fetch?: typeof fetch;
  /** Retries after the first attempt (default 4, so at most 5 attempts). */
  maxRetries?: number;
  /** Bound on the total wait between attempts (default 30 000 ms). */
  maxTotalWaitMs?: number;
  /** First back-off step when Graph sends no Retry-After (default 500 ms). */
  backoffBaseMs?: number;
  /** Abandon one attempt after this long and retry it (default 30 000 ms). */
  timeoutMs?: number;
  /** Cancels every request made through this object. */
  signal?: AbortSignal;
  /** Sent as `Prefer: outlook.timezone` so event and schedule times come back in this zone (Windows or IANA name). */
  timeZone?: string;
  /** Observes every HTTP request sent (method, absolute URL). */
  onRequest?: (method: string, url: string) => void;
}

/** One call's options. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** The result of one part of a batched load: a value, or the typed reason it is missing. */
export type PartResult<T> = { ok: true; value: T } | { ok: false; error: GraphError };

export interface FirstPaintInput {
  /** REST id (convert Office.js ids with convertToRestId first). */
  messageId: string;
  /** Office.js or Graph form; normalised here. */
  conversationId: string;
  /** The attorney's SMTP address (Office.js userProfile.emailAddress): getSchedule needs it up front. */
  ownerAddress: string;
  /** Schedule window, ISO instants. */
  scheduleStart: string;
  scheduleEnd: string;
  /** Default 30. */
  intervalMinutes?: number;
}

export interface FirstPaint {
  message: PartResult<GraphMessage>;
  thread: PartResult<GraphMessage[]>;
  mailboxSettings: PartResult<MailboxSettings>;
  schedule: PartResult<ScheduleInformation>;
  me: PartResult<User>;
  /** HTTP requests this load cost (1 unless parts had to be retried or the thread has more pages). */
  httpRequests: number;
}

export interface ScheduleQuery {
  address: string;
  start: string;
  end: string;
  intervalMinutes?: number;
}

export interface SentMessageSummary {
  id: string;
  subject: string;
  sentDateTime: string | null;
  to: { name: string; address: string }[];
}

export interface MeetingSummary {
  id: string;
  subject: string;
  start: Event["start"];
  end: Event["end"];
  attendees: { name: string; address: string }[];
  isCancelled: boolean;
}

interface Page<T> {
  value?: T[];
  "@odata.nextLink"?: string;
}

/** Graph dateTime in UTC for request bodies: "2026-11-25T14:00:00" (no offset; the zone is given beside it). */
function utcDateTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not an ISO date-time: ${iso}`);
  return d.toISOString().replace(/\.\d{3}Z$/, "");
}

function query(params: Record<string, string | number | undefined>): string {
  const parts: string[] = [];
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined) continue;
    // $select/$expand lists stay readable; other values are percent-encoded (ids carry "=", "+" and "/").
    parts.push(`${k}=${k === "$select" || k === "$expand" ? String(v) : encodeURIComponent(String(v))}`);
  }
  return parts.length ? `?${parts.join("&")}` : "";
}

function splitBaseUrl(baseUrl: string): { host: string; version: string } {
  const u = new URL(baseUrl);
  return { host: u.origin, version: u.pathname.replace(/^\/+|\/+$/g, "") || "v1.0" };
}

export type Graph = ReturnType<typeof createGraph>;

export function createGraph(options: CreateGraphOptions) {
  const baseUrl = (options.baseUrl ?? DEFAULT_GRAPH_BASE_URL).replace(/\/+$/, "");
  const policy: RetryPolicy = {
    ...DEFAULT_RETRY_POLICY,
    ...(options.maxRetries !== undefined ? { maxRetries: options.maxRetries } : {}),
    ...(options.maxTotalWaitMs !== undefined ? { maxTotalWaitMs: options.maxTotalWaitMs } : {}),
    ...(options.backoffBaseMs !== undefined ? { backoffBaseMs: options.backoffBaseMs } : {}),
    ...(options.timeoutMs !== undefined ? { attemptTimeoutMs: options.timeoutMs } : {}),
  };
  const semaphore = new Semaphore(MAX_CONCURRENT_REQUESTS);
  const stats = { httpRequests: 0 };
  const transport: TransportOptions = {
    getToken: options.getToken,
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    policy,
    semaphore,
    signal: options.signal,
    onRequest: (method, url) => {
      stats.httpRequests++;
      options.onRequest?.(method, url);
    },
  };
  const { host, version } = splitBaseUrl(baseUrl);
  const client = Client.initWithMiddleware({ middleware: new PolicyMiddleware(transport), baseUrl: host, defaultVersion: version });
  const tzPrefer = options.timeZone ? `outlook.timezone="${options.timeZone}"` : null;
  const IMMUTABLE = 'IdType="ImmutableId"';

  /** Graph's nextLink is absolute; the SDK only strips https:// hosts, so hand it the path for other hosts. */
  function relative(pathOrUrl: string): string {
    if (pathOrUrl.startsWith(baseUrl)) return pathOrUrl.slice(baseUrl.length) || "/";
    return pathOrUrl;
  }

  async function call<T>(
    method: "GET" | "POST" | "PATCH" | "DELETE",
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
    opts: CallOptions & { idempotent?: boolean } = {},
  ): Promise<T> {
    let req = client.api(relative(path)).responseType(ResponseType.RAW);
    for (const [k, v] of Object.entries(headers)) req = req.header(k, v);
    if (opts.signal) req = req.option("signal", opts.signal);
    if (opts.idempotent !== undefined) req = req.option(IDEMPOTENT_OPTION, opts.idempotent);
    const response: Response =
      method === "GET" ? await req.get() : method === "POST" ? await req.post(body ?? {}) : method === "PATCH" ? await req.patch(body) : await req.delete();
    if (response.status === 204 || response.status === 202) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async function allPages<T>(firstPath: string, headers: Record<string, string>, opts: CallOptions, first?: Page<T>): Promise<T[]> {
    const out: T[] = [];
    let page: Page<T> = first ?? (await call<Page<T>>("GET", firstPath, undefined, headers, opts));
    out.push(...(page.value ?? []));
    while (page["@odata.nextLink"]) {
      page = await call<Page<T>>("GET", page["@odata.nextLink"], undefined, headers, opts);
      out.push(...(page.value ?? []));
    }
    return out;
  }

  const postBatch = async (body: { requests: unknown[] }, signal?: AbortSignal) => {
    // A batch is as safe to repeat as its parts: reads, getSchedule, or creates carrying a transactionId.
    const parts = body.requests as { method: string; url: string; body?: { transactionId?: unknown } }[];
    const idempotent = parts.every((p) => p.method === "GET" || /\/getSchedule$/i.test(p.url.split("?")[0]) || !!p.body?.transactionId);
    const { response } = await sendWithPolicy(
      `${baseUrl}/$batch`,
      { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body), signal },
      transport,
      idempotent,
      // Graph runs up to four parts of a batch against the mailbox at once; each counts toward its limit.
      Math.min(MAX_CONCURRENT_REQUESTS, parts.length),
    );
    return (await response.json()) as { responses?: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[] };
  };

  // Request builders shared by the single calls and the batched first paint.
  const messagePath = (id: string): string =>
    `/me/messages/${encodeURIComponent(id)}${query({ $select: MESSAGE_SELECT.join(","), $expand: "attachments($select=name,contentType,size)" })}`;
  const threadPath = (conversationId: string): string =>
    // Filter only: adding $orderby=receivedDateTime here earns 400 InefficientFilter, so we sort locally.
    `/me/messages${query({ $filter: `conversationId eq ${odataString(toGraphConversationId(conversationId))}`, $select: THREAD_SELECT.join(","), $top: 50 })}`;
  const mePath = `/me${query({ $select: "id,displayName,mail,userPrincipalName" })}`;
  const schedulePath = "/me/calendar/getSchedule";
  const scheduleBody = (q: ScheduleQuery) => ({
    schedules: [q.address],
    startTime: { dateTime: utcDateTime(q.start), timeZone: "UTC" },
    endTime: { dateTime: utcDateTime(q.end), timeZone: "UTC" },
    availabilityViewInterval: q.intervalMinutes ?? 30,
  });
  const preferHeaders = (...prefs: (string | null)[]): Record<string, string> => {
    const present = prefs.filter((p): p is string => !!p);
    return present.length ? { Prefer: present.join(", ") } : {};
  };

  function pickSchedule(body: { value?: ScheduleInformation[] } | undefined, address: string): ScheduleInformation {
    const list = body?.value ?? [];
    const found = list.find((s) => (s.scheduleId ?? "").toLowerCase() === address.toLowerCase()) ?? list[0];
    if (!found) throw new GraphError({ code: "ScheduleMissing", status: 200, message: `No schedule returned for ${address}` });
    // getSchedule answers 200 and flags an unknown or unshared mailbox inside the item.
    if (found.error) throw new GraphError({ code: found.error.responseCode || "ScheduleUnavailable", status: 200, message: found.error.message ?? undefined });
    return found;
  }

  const graph = {
    /** HTTP requests sent so far by this client (each retry counts). */
    get httpRequests(): number {
      return stats.httpRequests;
    },
    /** Highest number of requests that were in flight at once. */
    get peakConcurrency(): number {
      return semaphore.peak;
    },

    async getMessage(id: string, opts?: CallOptions): Promise<GraphMessage> {
      return toGraphMessage(await call<Message>("GET", messagePath(id), undefined, preferHeaders(IMMUTABLE), opts));
    },

    /** Every sent or received message of the conversation (drafts left out), newest first; follows nextLink. */
    async getThread(conversationId: string, opts: CallOptions = {}): Promise<GraphMessage[]> {
      const items = await allPages<Message>(threadPath(conversationId), preferHeaders(IMMUTABLE), opts);
      return threadOf(items);
    },

    async getMailboxSettings(opts?: CallOptions): Promise<MailboxSettings> {
      return call<MailboxSettings>("GET", "/me/mailboxSettings", undefined, {}, opts);
    },

    async getMe(opts?: CallOptions): Promise<User> {
      return call<User>("GET", mePath, undefined, {}, opts);
    },

    /** Free/busy of one mailbox; times come back in `timeZone` when the client was given one, else UTC. */
    async getSchedule(q: ScheduleQuery, opts?: CallOptions): Promise<ScheduleInformation> {
      const body = await call<{ value?: ScheduleInformation[] }>("POST", schedulePath, scheduleBody(q), preferHeaders(tzPrefer), { ...opts, idempotent: true });
      return pickSchedule(body, q.address);
    },

    /**
     * Free/busy for the owner's own calendar from calendarView, in getSchedule's shape: the fallback where
     * getSchedule is refused (personal Microsoft accounts have no getSchedule). Free and cancelled events drop.
     */
    async freeBusyFromCalendarView(q: ScheduleQuery, opts: CallOptions = {}): Promise<ScheduleInformation> {
      const path = `/me/calendarView${query({ startDateTime: q.start, endDateTime: q.end, $select: "showAs,start,end,isCancelled", $top: 100 })}`;
      const events = await allPages<Event>(path, preferHeaders('outlook.timezone="UTC"'), opts);
      const scheduleItems = events
        .filter((e) => !e.isCancelled && e.showAs !== "free" && e.start?.dateTime && e.end?.dateTime)
        .map((e) => ({ status: (e.showAs ?? "busy") as ScheduleItem["status"], start: { dateTime: e.start!.dateTime!, timeZone: "UTC" }, end: { dateTime: e.end!.dateTime!, timeZone: "UTC" } }));
      return { scheduleId: q.address, scheduleItems } as ScheduleInformation;
    },

    /**
     * Everything the taskpane's first paint needs in ONE `$batch` round trip. The parts form at most four
     * parallel chains (settings → me rides behind settings) to stay inside Outlook's 4-concurrent limit.
     * Failed parts are retried in follow-up batches; what still fails is reported per part.
     */
    async loadFirstPaint(input: FirstPaintInput, opts: CallOptions = {}): Promise<FirstPaint> {
      const before = stats.httpRequests;
      const parts: BatchPart[] = [
        { id: "message", method: "GET", url: messagePath(input.messageId), headers: preferHeaders(IMMUTABLE) },
        { id: "thread", method: "GET", url: threadPath(input.conversationId), headers: preferHeaders(IMMUTABLE) },
        { id: "mailboxSettings", method: "GET", url: "/me/mailboxSettings" },
        { id: "me", method: "GET", url: mePath, dependsOn: ["mailboxSettings"] },
        {
          id: "schedule",
          method: "POST",
          url: schedulePath,
          headers: { ...preferHeaders(tzPrefer), "Content-Type": "application/json" },
          body: scheduleBody({ address: input.ownerAddress, start: input.scheduleStart, end: input.scheduleEnd, intervalMinutes: input.intervalMinutes }),
        },
      ];
      let outcomes: Map<string, PartOutcome>;
      try {
        outcomes = await runBatch(parts, postBatch, policy, opts.signal ?? options.signal);
      } catch (err) {
        // The batch itself failed (offline, signed out, throttled past the bound): every part reports why,
        // so the taskpane renders one state whatever happened.
        if (!(err instanceof GraphError)) throw err;
        outcomes = new Map(parts.map((p) => [p.id, { id: p.id, ok: false, error: err } as PartOutcome]));
      }
      const get = <T>(id: string, map: (body: unknown) => T | Promise<T>) => convert(outcomes.get(id), map);
      const thread = await get("thread", async (body) => {
        const page = body as Page<Message>;
        const items = page["@odata.nextLink"] ? await allPages<Message>("", preferHeaders(IMMUTABLE), opts, page) : (page.value ?? []);
        return threadOf(items);
      });
      return {
        message: await get("message", (b) => toGraphMessage(b as Message)),
        thread,
        mailboxSettings: await get("mailboxSettings", (b) => b as MailboxSettings),
        schedule: await get("schedule", (b) => pickSchedule(b as { value?: ScheduleInformation[] }, input.ownerAddress)),
        me: await get("me", (b) => b as User),
        httpRequests: stats.httpRequests - before,
      };
    },

    /** Runs up to 20 arbitrary requests in one batch with per-part retries. */
    async batch(parts: BatchPart[], opts: CallOptions = {}): Promise<Map<string, PartOutcome>> {
      if (parts.length > MAX_BATCH_PARTS) throw new RangeError(`At most ${MAX_BATCH_PARTS} parts per batch`);
      return runBatch(parts, postBatch, policy, opts.signal ?? options.signal);
    },

    /**
     * Creates the event once: Graph de-duplicates on transactionId, so retries (ours or the user's second
     * click) reuse the same id and cannot book twice.
     */
    async createEvent(event: Event, transactionId: string, opts?: CallOptions): Promise<Event> {
      return call<Event>("POST", "/me/events", { ...event, transactionId }, preferHeaders(tzPrefer, IMMUTABLE), { ...opts, idempotent: true });
    },

    async deleteEvent(id: string, opts?: CallOptions): Promise<void> {
      await call<void>("DELETE", `/me/events/${encodeURIComponent(id)}`, undefined, {}, opts);
    },

    async findContactByEmail(address: string, opts?: CallOptions): Promise<Contact | null> {
      const path = `/me/contacts${query({ $filter: `emailAddresses/any(a:a/address eq ${odataString(address)})`, $top: 10 })}`;
      const page = await call<Page<Contact>>("GET", path, undefined, preferHeaders(IMMUTABLE), opts);
      return page.value?.[0] ?? null;
    },

    async createContact(contact: Contact, opts?: CallOptions): Promise<Contact> {
      return call<Contact>("POST", "/me/contacts", contact, preferHeaders(IMMUTABLE), opts);
    },

    async updateContact(id: string, patch: Partial<Contact>, opts?: CallOptions): Promise<Contact> {
      return call<Contact>("PATCH", `/me/contacts/${encodeURIComponent(id)}`, patch, preferHeaders(IMMUTABLE), opts);
    },

    /** Sent mail addressed to `address`, newest first ($search, since $filter cannot reach into toRecipients). */
    async listSentTo(address: string, top = 25, opts: CallOptions = {}): Promise<SentMessageSummary[]> {
      const path = `/me/mailFolders('sentitems')/messages${query({ $search: `"to:${address}"`, $select: "id,subject,sentDateTime,toRecipients", $top: top })}`;
      const page = await call<Page<Message>>("GET", path, undefined, preferHeaders(IMMUTABLE), opts);
      return (page.value ?? []).map((m) => ({
        id: m.id ?? "",
        subject: m.subject ?? "",
        sentDateTime: m.sentDateTime ?? null,
        to: (m.toRecipients ?? []).map((r) => ({ name: r.emailAddress?.name ?? "", address: r.emailAddress?.address ?? "" })),
      }));
    },

    /** Meetings between start and end that `address` attends (calendarView cannot filter on attendees). */
    async listMeetingsWith(address: string, start: string, end: string, opts: CallOptions = {}): Promise<MeetingSummary[]> {
      const path = `/me/calendarView${query({ startDateTime: start, endDateTime: end, $select: "id,subject,start,end,attendees,organizer,isCancelled", $top: 100 })}`;
      const events = await allPages<Event>(path, preferHeaders(tzPrefer), opts);
      const wanted = address.toLowerCase();
      return events
        .filter((e) => (e.attendees ?? []).some((a) => a.emailAddress?.address?.toLowerCase() === wanted))
        .map((e) => ({
          id: e.id ?? "",
          subject: e.subject ?? "",
          start: e.start,
          end: e.end,
          attendees: (e.attendees ?? []).map((a) => ({ name: a.emailAddress?.name ?? "", address: a.emailAddress?.address ?? "" })),
          isCancelled: !!e.isCancelled,
        }));
    },

    /**
     * The care-call scan over sent items, inbox and calendar: a first scan pages through everything
     * (or since `since`); a refresh passes the previous watermarks and costs about three requests.
     */
    async scanCorrespondents(scan: ScanOptions = {}, opts: CallOptions = {}): Promise<ScanBatch> {
      return scanCorrespondentsWith((path) => allPages(path, {}, opts), scan);
    },
  };
  return graph;
}

/** A conversation as the agenda reads it: what was actually sent or received, newest first. */
function threadOf(items: Message[]): GraphMessage[] {
  return sortNewestFirst(items.map(toGraphMessage).filter((m) => !m.isDraft));
}

async function convert<T>(outcome: PartOutcome | undefined, map: (body: unknown) => T | Promise<T>): Promise<PartResult<T>> {
  if (!outcome) return { ok: false, error: new GraphError({ code: "BatchPartMissing", status: 0 }) };
  if (!outcome.ok) return { ok: false, error: outcome.error };
  try {
    return { ok: true, value: await map(outcome.body) };
  } catch (err) {
    if (err instanceof GraphError) return { ok: false, error: err };
    throw err;
  }
}
