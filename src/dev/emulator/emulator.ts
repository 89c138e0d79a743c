// The Graph emulator: one fetch-style handler (Request → Response) over an in-memory mailbox. jest (msw),
// the browser demo (msw's service worker) and the standalone server all call the same handle().
import { runBatch } from "./batchEndpoint";
import { checkProperties, listResult, MESSAGE_PROPERTIES, MessageView, page, selectList } from "./collections";
import { DeltaTokens } from "./delta";
import { createDraft, createReply, DraftError, patchMessage, sendDraft } from "./drafts";
import { Faults, FaultRule } from "./faults";
import { findMeetingTimes } from "./meetingTimes";
import { applySelect, evaluateFilter, ODataQueryError, parseFilter, parsePrefer } from "./odata";
import { attachmentJson, contactJson, eventJson, folderId, messageJson, RenderOptions, timeZoneOption } from "./represent";
import { scheduleInformation } from "./schedule";
import { createSeed, MailboxSeed, SeedOptions } from "./seed";
import { Ctx, EmulatorStats, HttpError, LoggedRequest, odataDate, Result } from "./requestContext";
import { exchangeId, guid, MailboxState, StoredContact, StoredEvent, StoredMessage, WellKnownFolder } from "./state";
import { graphInstant, parseDateTimeTimeZone, parseQueryInstant, resolveZone } from "./timeZones";

export type { EmulatorStats, LoggedRequest } from "./requestContext";

/** Largest page a delta round returns (Prefer: odata.maxpagesize is capped, as Graph caps it). */
const MAX_DELTA_PAGE = 1000;

export interface EmulatorOptions extends SeedOptions {
  /** A prepared mailbox; default: the law-firm seed for `now`. Pass `empty: true` for an empty mailbox. */
  seed?: MailboxSeed;
  empty?: boolean;
  /** Clock for created items and fault windows (default Date.now). */
  clock?: () => number;
}

export interface GraphEmulator {
  state: MailboxState;
  faults: Faults;
  stats: EmulatorStats;
  log: LoggedRequest[];
  handle(request: Request): Promise<Response>;
  /** `fetch` over handle(): a dropped connection rejects like a real network failure. */
  fetch: typeof fetch;
  resetStats(): void;
}

const JSON_TYPE = "application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8";

export function createEmulator(options: EmulatorOptions = {}): GraphEmulator {
  const clock = options.clock ?? Date.now;
  const seed = options.empty ? null : (options.seed ?? createSeed({ now: options.now, variant: options.variant }));
  const state: MailboxState = seed
    ? {
        me: structuredClone(seed.me),
        mailboxSettings: structuredClone(seed.mailboxSettings),
        messages: structuredClone(seed.messages),
        events: structuredClone(seed.events),
        contacts: structuredClone(seed.contacts),
        counter: 0,
      }
    : {
        me: { id: guid("me"), displayName: "Alex Morgan", mail: "alex.morgan@harwellmorgan.com", userPrincipalName: "alex.morgan@harwellmorgan.com" },
        mailboxSettings: {},
        messages: [],
        events: [],
        contacts: [],
        counter: 0,
      };
  const faults = new Faults(clock);
  const stats: EmulatorStats = { requests: 0, batchParts: 0 };
  const log: LoggedRequest[] = [];
  let inFlight = 0;

  const nextSeq = (): number => ++state.counter;

  // innerError as Graph publishes it: a nested code (learn.microsoft.com/graph/errors), and for throttling the
  // status and "Please retry after" message of the throttling doc's sample.
  function errorBody(code: string, message: string, throttledStatus?: number): Record<string, unknown> {
    const requestId = guid(`req-${state.counter}-${log.length}`);
    const inner = throttledStatus ? { code: String(throttledStatus), message: "Please retry after", status: String(throttledStatus) } : { code };
    return { error: { code, message, innerError: { ...inner, date: odataDate(clock()), "request-id": requestId, "client-request-id": requestId } } };
  }

  function faultResult(rule: FaultRule): Result {
    if (rule.kind === "throttle") {
      const headers: Record<string, string> = {};
      if (rule.retryAfterSeconds !== null) headers["Retry-After"] = String(rule.retryAfterSeconds);
      const message = rule.code === "ApplicationThrottled" ? "Application is over its MailboxConcurrency limit." : "Please retry again later.";
      return { status: 429, headers, body: errorBody(rule.code, message, 429) };
    }
    const headers: Record<string, string> = {};
    if (rule.kind === "serverError" && rule.retryAfterSeconds !== null) headers["Retry-After"] = String(rule.retryAfterSeconds);
    const status = rule.kind === "serverError" ? rule.status : 503;
    const code = status === 503 ? "ServiceUnavailable" : status === 504 ? "GatewayTimeout" : "InternalServerError";
    return { status, headers, body: errorBody(code, "The service is temporarily unavailable. Please try again later.") };
  }

  // ---------- request context ----------

  function renderOptions(ctx: Ctx): RenderOptions & { applied: string[] } {
    const prefer = parsePrefer(ctx.headers.get("Prefer"));
    const applied: string[] = [];
    const immutableIds = (prefer.get("idtype") ?? "").toLowerCase() === "immutableid";
    if (immutableIds) applied.push('IdType="ImmutableId"');
    const bodyType = (prefer.get("outlook.body-content-type") ?? "").toLowerCase() === "text" ? "text" : "html";
    if (prefer.has("outlook.body-content-type")) applied.push(`outlook.body-content-type="${bodyType}"`);
    const requestedZone = prefer.get("outlook.timezone");
    const timeZone = timeZoneOption(requestedZone);
    if (!timeZone) {
      throw new HttpError(400, "TimeZoneNotSupportedException", `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${requestedZone}'.`);
    }
    if (requestedZone) applied.push(`outlook.timezone="${requestedZone}"`);
    return { immutableIds, bodyType, timeZone, applied };
  }

  function preferApplied(o: { applied: string[] }): Record<string, string> {
    return o.applied.length ? { "Preference-Applied": o.applied.join(", ") } : {};
  }

  function contextBase(kind: string): string {
    return `https://graph.microsoft.com/v1.0/$metadata#users('${state.me.id}')/${kind}`;
  }

  // ---------- lookups ----------

  function findMessage(id: string): StoredMessage {
    if (/[+/]/.test(id)) throw new HttpError(400, "ErrorInvalidIdMalformed", "Id is malformed.");
    const m = state.messages.find((x) => x.id === id || x.immutableId === id);
    if (!m) {
      if (state.messages.some((x) => x.conversationId === id)) throw new HttpError(400, "ErrorInvalidIdMalformed", "Id is malformed.");
      throw new HttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    }
    return m;
  }

  function findEvent(id: string): StoredEvent {
    const e = state.events.find((x) => x.id === id || x.immutableId === id);
    if (!e) throw new HttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    return e;
  }

  function findContact(id: string): StoredContact {
    const c = state.contacts.find((x) => x.id === id || x.immutableId === id);
    if (!c) throw new HttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    return c;
  }

  // ---------- collections ----------

  // ---------- handlers ----------

  function listMessages(ctx: Ctx, folder: WellKnownFolder | null): Result {
    checkProperties(ctx, "message", MESSAGE_PROPERTIES);
    const o = renderOptions(ctx);
    const select = selectList(ctx);
    const withUnique = !!select?.some((s) => s.toLowerCase() === "uniquebody");
    // /me/messages spans the whole mailbox, Deleted Items included (user-list-messages.md).
    const pool = folder ? state.messages.filter((m) => m.folder === folder) : state.messages;
    // Filter, sort and page on a light view; render the full JSON (bodies) only for the page returned.
    const p = page(ctx, pool, { defaultTop: 10, defaultOrder: "receivedDateTime desc", strictOrderRule: true, searchable: true, view: (m) => new MessageView(m) as unknown as Record<string, unknown> });
    const value = p.value.map((m) => applySelect(messageJson(m, o, withUnique), select));
    const ctxName = folder ? `me/mailFolders('${folder}')/messages` : "messages";
    return listResult(contextBase(ctxName + (select ? `(${select.join(",")})` : "")), { ...p, value }, preferApplied(o));
  }

  function getMessage(ctx: Ctx, id: string): Result {
    checkProperties(ctx, "message", MESSAGE_PROPERTIES);
    const o = renderOptions(ctx);
    const m = findMessage(id);
    const select = selectList(ctx);
    const withUnique = !!select?.some((s) => s.toLowerCase() === "uniquebody");
    const json = applySelect(messageJson(m, o, withUnique), select);
    const expand = ctx.query.get("$expand");
    if (expand && /^attachments/i.test(expand)) {
      const inner = /\(\$select=([^)]*)\)/i.exec(expand)?.[1];
      json.attachments = m.attachments.map((_, i) => {
        const a = attachmentJson(m, i);
        return inner ? applySelect(a, inner.split(",")) : a;
      });
    }
    return {
      status: 200,
      body: { "@odata.context": contextBase(`messages${select ? `(${select.join(",")})` : ""}/$entity`), ...json },
      headers: preferApplied(o),
    };
  }

  // ---------- delta ----------

  const messageTokens = new DeltaTokens<StoredMessage>("M");
  const eventTokens = new DeltaTokens<StoredEvent>("E");

  /** A token's remembered query replaces the link's (Graph's delta links carry only the token). */
  function withRecalledQuery(ctx: Ctx, recalled: { query: string } | undefined): Ctx {
    if (!recalled) return ctx;
    const query = new URLSearchParams(recalled.query);
    for (const [k, v] of ctx.query) query.set(k, v);
    return { ...ctx, query };
  }

  function deltaResult(
    ctx: Ctx,
    base: string,
    round: { page: { item: unknown; id: string }[]; skipToken?: string; deltaToken?: string } | null,
    type: string,
    render: (item: never) => Record<string, unknown>,
    headers: Record<string, string>,
  ): Result {
    if (!round) throw new HttpError(410, "SyncStateNotFound", "The sync state generation is not found. Start a new sync without a token.");
    const value = round.page.map((p) =>
      p.item ? render(p.item as never) : { "@odata.type": `#microsoft.graph.${type}`, id: p.id, "@removed": { reason: "deleted" } },
    );
    const body: Record<string, unknown> = { "@odata.context": contextBase(`${type}s/delta`), value };
    if (round.skipToken) body["@odata.nextLink"] = `${base}?$skiptoken=${round.skipToken}`;
    else body["@odata.deltaLink"] = `${base}?$deltatoken=${round.deltaToken}`;
    return { status: 200, body, headers };
  }

  function pageSizeOf(ctx: Ctx): number {
    const n = Number(parsePrefer(ctx.headers.get("Prefer")).get("odata.maxpagesize"));
    return Number.isInteger(n) && n > 0 ? Math.min(n, MAX_DELTA_PAGE) : 10;
  }

  function messagesDelta(ctx0: Ctx, folder: WellKnownFolder): Result {
    const token = ctx0.query.get("$skiptoken") ?? ctx0.query.get("$deltatoken");
    const ctx = withRecalledQuery(ctx0, messageTokens.recall(token));
    checkProperties(ctx, "message", MESSAGE_PROPERTIES);
    const o = renderOptions(ctx);
    const select = selectList(ctx);
    const filterText = ctx.query.get("$filter");
    const tree = filterText ? parseFilter(filterText) : null;
    const current = state.messages
      .filter((x) => x.folder === folder && (!tree || evaluateFilter(tree, new MessageView(x))))
      .map((x) => ({ id: o.immutableIds ? x.immutableId : x.id, item: x, fingerprint: `${x.isRead}|${x.subject}|${x.receivedAt}|${x.changeSeq}|${x.bodyHtml.length}|${x.to.length}` }));
    const original = new URLSearchParams();
    for (const k of ["$select", "$filter"]) if (ctx.query.get(k)) original.set(k, ctx.query.get(k)!);
    const round = messageTokens.round(current, {
      skipToken: ctx0.query.get("$skiptoken"),
      deltaToken: ctx0.query.get("$deltatoken"),
      pageSize: pageSizeOf(ctx),
      query: original.toString(),
    });
    const withUnique = !!select?.some((x) => x.toLowerCase() === "uniquebody");
    return deltaResult(ctx, `${ctx.root}/me/mailFolders('${folder}')/messages/delta`, round, "message", (x: StoredMessage) => applySelect(messageJson(x, o, withUnique), select), preferApplied(o));
  }

  function calendarViewDelta(ctx0: Ctx): Result {
    const token = ctx0.query.get("$skiptoken") ?? ctx0.query.get("$deltatoken");
    const recalled = eventTokens.recall(token);
    const ctx = withRecalledQuery(ctx0, recalled);
    const o = renderOptions(ctx);
    const window = recalled?.window ?? { start: parseQueryInstant(ctx.query.get("startDateTime")) ?? NaN, end: parseQueryInstant(ctx.query.get("endDateTime")) ?? NaN };
    if (Number.isNaN(window.start) || Number.isNaN(window.end)) {
      throw new HttpError(400, "ErrorInvalidParameter", "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.");
    }
    const current = state.events
      .filter((e) => e.start < window.end && e.end > window.start)
      .map((e) => ({ id: o.immutableIds ? e.immutableId : e.id, item: e, fingerprint: `${e.subject}|${e.start}|${e.end}|${e.showAs}|${e.isCancelled}|${e.modifiedAt}|${e.attendees.length}` }));
    const original = new URLSearchParams();
    if (ctx.query.get("$select")) original.set("$select", ctx.query.get("$select")!);
    const round = eventTokens.round(current, {
      skipToken: ctx0.query.get("$skiptoken"),
      deltaToken: ctx0.query.get("$deltatoken"),
      pageSize: pageSizeOf(ctx),
      window,
      query: original.toString(),
    });
    const select = selectList(ctx);
    return deltaResult(ctx, `${ctx.root}/me/calendarView/delta`, round, "event", (e: StoredEvent) => applySelect(eventJson(e, o, state.me.mail), select), preferApplied(o));
  }

  function messageResult(ctx: Ctx, msg: StoredMessage, status: number): Result {
    const o = renderOptions(ctx);
    return { status, body: { "@odata.context": contextBase("messages/$entity"), ...messageJson(msg, o, false) }, headers: preferApplied(o) };
  }

  function getSchedule(ctx: Ctx): Result {
    const o = renderOptions(ctx);
    const raw = (ctx.body ?? {}) as Record<string, unknown>;
    // Keys are case-insensitive in practice (the concept doc uses "Schedules", "StartTime").
    const field = (name: string): unknown => raw[Object.keys(raw).find((k) => k.toLowerCase() === name.toLowerCase()) ?? ""];
    const schedules = field("schedules");
    if (!Array.isArray(schedules) || schedules.length === 0) throw new HttpError(400, "ErrorInvalidParameter", "The parameter 'schedules' is required.");
    if (schedules.length > 100) throw new HttpError(400, "ErrorMailboxDataArrayTooBig", "The number of mailboxes exceeds the limit.");
    const start = parseDateTimeTimeZone(field("startTime") as { dateTime?: unknown; timeZone?: unknown });
    const end = parseDateTimeTimeZone(field("endTime") as { dateTime?: unknown; timeZone?: unknown });
    if (start === null || end === null) throw new HttpError(400, "ErrorInvalidParameter", "startTime and endTime must be valid dateTimeTimeZone values.");
    if (end <= start) throw new HttpError(400, "ErrorInvalidParameter", "The end time must be after the start time.");
    if (end - start >= 42 * 86_400_000) throw new HttpError(400, "ErrorInvalidParameter", "The requested time range must be less than 42 days.");
    const intervalRaw = field("availabilityViewInterval");
    const interval = intervalRaw === undefined || intervalRaw === null ? 30 : Number(intervalRaw);
    if (!Number.isInteger(interval) || interval < 5 || interval > 1440) {
      throw new HttpError(400, "ErrorInvalidParameter", "availabilityViewInterval must be between 5 and 1440 minutes.");
    }
    const own = [state.me.mail, state.me.userPrincipalName].map((a) => a.toLowerCase());
    const value = schedules.map((address) => {
      const id = String(address);
      if (own.includes(id.toLowerCase())) {
        return scheduleInformation(id, state.events, start, end, interval, state.mailboxSettings.workingHours, o);
      }
      return {
        scheduleId: id,
        availabilityView: "",
        scheduleItems: [],
        error: { message: `The specified recipient (${id}) was not found or free/busy is not shared.`, responseCode: "ErrorMailRecipientNotFound" },
      };
    });
    return {
      status: 200,
      body: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.scheduleInformation)", value },
      headers: preferApplied(o),
    };
  }

  function eventResult(ctx: Ctx, e: StoredEvent, status: number): Result {
    const o = renderOptions(ctx);
    const json = applySelect(eventJson(e, o, state.me.mail), selectList(ctx));
    return { status, body: { "@odata.context": contextBase("events/$entity"), ...json }, headers: preferApplied(o) };
  }

  function createEvent(ctx: Ctx): Result {
    const b = (ctx.body ?? {}) as Record<string, unknown>;
    const transactionId = typeof b.transactionId === "string" ? b.transactionId : null;
    if (transactionId) {
      // Graph's documented de-duplication: a retried POST with the same transactionId returns the first event.
      const existing = state.events.find((e) => e.transactionId === transactionId);
      if (existing) return eventResult(ctx, existing, 201);
    }
    const start = parseDateTimeTimeZone(b.start as { dateTime?: unknown; timeZone?: unknown });
    const end = parseDateTimeTimeZone(b.end as { dateTime?: unknown; timeZone?: unknown });
    if (start === null || end === null) {
      const tz = (b.start as { timeZone?: string } | undefined)?.timeZone;
      if (tz && !timeZoneOption(tz)) throw new HttpError(400, "TimeZoneNotSupportedException", `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${tz}'.`);
      throw new HttpError(400, "ErrorInvalidRequest", "Your request can't be completed. The start and end of the event must be valid dateTimeTimeZone values.");
    }
    if (end < start) throw new HttpError(400, "ErrorInvalidRequest", "Your request can't be completed. The end time must be after the start time.");
    const seq = nextSeq();
    const now = clock();
    const bodyObj = b.body as { content?: string; contentType?: string } | undefined;
    const content = bodyObj?.content ?? "";
    const isOnline = b.isOnlineMeeting === true;
    const event: StoredEvent = {
      id: exchangeId("event", `new-${seq}-${now}`),
      immutableId: exchangeId("immutable", `event-new-${seq}-${now}`),
      iCalUId: `040000008200E00074C5B7101A82E008000000${guid(`ical-${seq}-${now}`).replace(/-/g, "").toUpperCase()}`,
      subject: String(b.subject ?? ""),
      bodyHtml: String(bodyObj?.contentType ?? "").toLowerCase() === "text" ? `<html><body>${content}</body></html>` : `<html><head></head><body>${content}</body></html>`,
      start,
      end,
      originalStartTimeZone: String((b.start as { timeZone?: string }).timeZone ?? "UTC"),
      originalEndTimeZone: String((b.end as { timeZone?: string }).timeZone ?? "UTC"),
      isAllDay: b.isAllDay === true,
      showAs: (b.showAs as StoredEvent["showAs"]) ?? "busy",
      sensitivity: (b.sensitivity as StoredEvent["sensitivity"]) ?? "normal",
      location: (b.location as { displayName?: string } | undefined)?.displayName || null,
      locationDetail: b.location && typeof b.location === "object" ? (b.location as Record<string, unknown>) : null,
      locations: Array.isArray(b.locations) ? (b.locations as Record<string, unknown>[]).filter((l) => l && typeof l === "object") : undefined,
      attendees: ((b.attendees as StoredEvent["attendees"]) ?? []).map((a) => ({
        type: a.type ?? "required",
        emailAddress: { name: a.emailAddress?.name ?? a.emailAddress?.address ?? "", address: a.emailAddress?.address ?? "" },
      })),
      organizer: { name: state.me.displayName, address: state.me.mail },
      isCancelled: false,
      isOnlineMeeting: isOnline,
      onlineMeetingProvider: isOnline ? String(b.onlineMeetingProvider ?? "teamsForBusiness") : "unknown",
      transactionId,
      createdAt: now,
      modifiedAt: now,
      allowNewTimeProposals: b.allowNewTimeProposals !== false,
      categories: Array.isArray(b.categories) ? (b.categories as string[]) : [],
    };
    state.events.push(event);
    return eventResult(ctx, event, 201);
  }

  function listEvents(ctx: Ctx, view: boolean): Result {
    const o = renderOptions(ctx);
    let pool = state.events;
    if (view) {
      const start = parseQueryInstant(ctx.query.get("startDateTime"));
      const end = parseQueryInstant(ctx.query.get("endDateTime"));
      if (start === null || end === null) {
        throw new HttpError(400, "ErrorInvalidParameter", "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.");
      }
      // Graph's limit on one calendarView range (answered as below since 2019, not in the reference pages).
      if (end - start > 1825 * 86_400_000) {
        throw new HttpError(400, "ErrorInvalidRequest", "Your request can't be completed. The range between the start and end dates is greater than the allowed range. Maximum number of days: 1825");
      }
      pool = pool.filter((e) => e.start < end && e.end > start);
    }
    const p = page(ctx, pool, { defaultTop: 10, defaultOrder: view ? "start/dateTime asc" : undefined, view: (e) => eventJson(e, o, state.me.mail) });
    const select = selectList(ctx);
    return listResult(contextBase(view ? "calendarView" : "events"), { ...p, value: p.value.map((e) => applySelect(eventJson(e, o, state.me.mail), select)) }, preferApplied(o));
  }

  function contactResult(ctx: Ctx, c: StoredContact, status: number): Result {
    const o = renderOptions(ctx);
    return {
      status,
      body: { "@odata.context": contextBase("contacts/$entity"), ...applySelect(contactJson(c, o), selectList(ctx)) },
      headers: preferApplied(o),
    };
  }

  function displayNameOf(c: Partial<StoredContact>): string {
    return [c.givenName, c.surname].filter(Boolean).join(" ") || c.emailAddresses?.[0]?.name || c.emailAddresses?.[0]?.address || "";
  }

  function createContact(ctx: Ctx): Result {
    const b = (ctx.body ?? {}) as Partial<StoredContact>;
    const seq = nextSeq();
    const now = graphInstant(clock());
    const contact: StoredContact = {
      ...b,
      id: exchangeId("contact", `new-${seq}-${clock()}`),
      immutableId: exchangeId("immutable", `contact-new-${seq}-${clock()}`),
      createdDateTime: now,
      lastModifiedDateTime: now,
      displayName: b.displayName ?? displayNameOf(b),
      fileAs: b.fileAs ?? "",
    };
    state.contacts.push(contact);
    return contactResult(ctx, contact, 201);
  }

  function patchContact(ctx: Ctx, id: string): Result {
    const c = findContact(id);
    const patch = (ctx.body ?? {}) as Partial<StoredContact>;
    for (const [k, v] of Object.entries(patch)) if (k !== "id" && k !== "immutableId") (c as unknown as Record<string, unknown>)[k] = v;
    if (patch.givenName !== undefined || patch.surname !== undefined) c.displayName = patch.displayName ?? displayNameOf(c);
    c.lastModifiedDateTime = graphInstant(clock());
    return contactResult(ctx, c, 200);
  }

  function translateIds(ctx: Ctx): Result {
    const b = (ctx.body ?? {}) as { inputIds?: unknown; sourceIdType?: string; targetIdType?: string };
    if (!Array.isArray(b.inputIds) || b.inputIds.length > 1000) throw new HttpError(400, "ErrorInvalidParameter", "inputIds must hold 1 to 1000 ids.");
    const all = [...state.messages, ...state.events, ...state.contacts] as { id: string; immutableId?: string }[];
    const toRest = (id: string, type: string | undefined): string => {
      const rest = type === "ewsId" ? id.replace(/\+/g, "-").replace(/\//g, "_") : id;
      return all.find((x) => x.immutableId === rest)?.id ?? rest;
    };
    const fromRest = (rest: string, type: string | undefined): string => {
      if (type === "restImmutableEntryId") return all.find((x) => x.id === rest)?.immutableId ?? rest;
      if (type === "ewsId") return rest.replace(/-/g, "+").replace(/_/g, "/");
      return rest;
    };
    const value = (b.inputIds as string[]).map((sourceId) => ({ sourceId, targetId: fromRest(toRest(sourceId, b.sourceIdType), b.targetIdType) }));
    return { status: 200, body: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(microsoft.graph.convertIdResult)", value } };
  }

  function meJson(ctx: Ctx): Result {
    const full = {
      businessPhones: ["+1 212 555 0147"],
      givenName: "Alex",
      surname: "Morgan",
      jobTitle: "Partner",
      mobilePhone: null,
      officeLocation: "New York",
      preferredLanguage: "en-US",
      ...state.me,
    };
    return { status: 200, body: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users/$entity", ...applySelect(full, selectList(ctx)) } };
  }

  const FOLDERS: Record<string, WellKnownFolder> = { inbox: "inbox", sentitems: "sentitems", drafts: "drafts", deleteditems: "deleteditems" };

  /** A well-known folder name (any case) or a folder id. */
  function folderOf(segment: string): WellKnownFolder {
    const folder = FOLDERS[segment.toLowerCase()] ?? (Object.keys(FOLDERS) as WellKnownFolder[]).find((f) => folderId(f) === segment);
    if (!folder) throw new HttpError(404, "ErrorItemNotFound", "The specified object was not found in the store.");
    return folder;
  }

  function route(ctx: Ctx): Result {
    const s = ctx.segments;
    const lower = s.map((x) => x.toLowerCase());
    const m = ctx.method;
    const is = (...parts: string[]): boolean => parts.length === lower.length && parts.every((p, i) => p === "*" || p === lower[i]);
    if (lower[0] !== "me") throw new HttpError(400, "BadRequest", `Resource not found for the segment '${s[0] ?? ""}'.`);

    if (is("me")) {
      if (m === "GET") return meJson(ctx);
      if (m === "PATCH") return { status: 204 };
    }
    if (is("me", "mailboxsettings")) {
      if (m === "GET") return { status: 200, body: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings", ...state.mailboxSettings } };
      if (m === "PATCH") {
        Object.assign(state.mailboxSettings, ctx.body ?? {});
        return { status: 200, body: { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Me/mailboxSettings", ...state.mailboxSettings } };
      }
    }
    if (is("me", "mailboxsettings", "*") && m === "GET") {
      const key = Object.keys(state.mailboxSettings).find((k) => k.toLowerCase() === lower[2]);
      if (!key) throw new HttpError(400, "BadRequest", `Could not find a property named '${s[2]}' on type 'microsoft.graph.mailboxSettings'.`);
      const value = (state.mailboxSettings as Record<string, unknown>)[key];
      const context = `https://graph.microsoft.com/v1.0/$metadata#users('${state.me.id}')/mailboxSettings/${key}`;
      return { status: 200, body: typeof value === "object" && value !== null ? { "@odata.context": context, ...value } : { "@odata.context": context, value } };
    }
    if (is("me", "messages")) {
      if (m === "GET") return listMessages(ctx, null);
      if (m === "POST") return messageResult(ctx, createDraft(state, clock(), (ctx.body ?? {}) as Record<string, unknown>), 201);
    }
    if (is("me", "messages", "*", "createreply") && m === "POST") {
      const zone = renderOptions(ctx).timeZone.zone;
      if (typeof ctx.body === "string" && !/^[A-Za-z0-9+/=\s]*$/.test(ctx.body)) {
        throw new HttpError(400, "ErrorMimeContentInvalidBase64String", "Invalid base64 string for MIME content.");
      }
      const replyBody = typeof ctx.body === "object" ? (ctx.body as Record<string, unknown> | null) : null;
      return messageResult(ctx, createReply(state, clock(), findMessage(s[2]), replyBody, zone), 201);
    }
    if (is("me", "messages", "*", "send") && m === "POST") {
      sendDraft(findMessage(s[2]), clock());
      return { status: 202 };
    }
    if (is("me", "messages", "*")) {
      if (m === "PATCH") {
        const msg = findMessage(s[2]);
        patchMessage(msg, clock(), (ctx.body ?? {}) as Record<string, unknown>);
        return messageResult(ctx, msg, 200);
      }
      if (m === "DELETE") {
        findMessage(s[2]).folder = "deleteditems";
        return { status: 204 };
      }
    }
    if (is("me", "mailfolders", "*", "messages") && m === "GET") return listMessages(ctx, folderOf(s[2]));
    if (is("me", "mailfolders", "*", "messages", "delta") && m === "GET") return messagesDelta(ctx, folderOf(s[2]));
    if ((is("me", "calendarview", "delta") || is("me", "calendar", "calendarview", "delta")) && m === "GET") return calendarViewDelta(ctx);
    if (is("me", "mailfolders", "*") && m === "GET") {
      const folder = folderOf(s[2]);
      const items = state.messages.filter((x) => x.folder === folder);
      const names: Record<WellKnownFolder, string> = { inbox: "Inbox", sentitems: "Sent Items", drafts: "Drafts", deleteditems: "Deleted Items" };
      return {
        status: 200,
        body: {
          "@odata.context": contextBase("mailFolders/$entity"),
          id: folderId(folder),
          displayName: names[folder],
          parentFolderId: "AAMkADc3MWUxAAAAAAEIAAA=",
          childFolderCount: 0,
          unreadItemCount: items.filter((x) => !x.isRead).length,
          totalItemCount: items.length,
          isHidden: false,
        },
      };
    }
    if ((is("me", "messages", "*") || is("me", "mailfolders", "*", "messages", "*")) && m === "GET") {
      return getMessage(ctx, s[s.length - 1]);
    }
    if (is("me", "messages", "*", "attachments") && m === "GET") {
      const msg = findMessage(s[2]);
      return { status: 200, body: { "@odata.context": contextBase("messages/attachments"), value: msg.attachments.map((_, i) => attachmentJson(msg, i)) } };
    }
    if (is("me", "calendar", "getschedule") && m === "POST") {
      // Personal accounts have no getSchedule; the error shape is our choice (faults.personal).
      if (faults.personalAccount) throw new HttpError(400, "ErrorNotSupported", "getSchedule is not supported for personal Microsoft accounts.");
      return getSchedule(ctx);
    }
    if (is("me", "findmeetingtimes") && m === "POST") {
      const o = renderOptions(ctx);
      const body = findMeetingTimes({
        body: (ctx.body ?? {}) as Record<string, unknown>,
        ownAddresses: [state.me.mail, state.me.userPrincipalName],
        events: state.events,
        workingHours: state.mailboxSettings.workingHours,
        mailboxZone: resolveZone(state.mailboxSettings.timeZone) ?? "UTC",
        render: o,
        now: clock(),
      });
      return { status: 200, body, headers: preferApplied(o) };
    }
    if (is("me", "events") || is("me", "calendar", "events")) {
      if (m === "GET") return listEvents(ctx, false);
      if (m === "POST") return createEvent(ctx);
    }
    if (is("me", "calendarview") || is("me", "calendar", "calendarview")) {
      if (m === "GET") return listEvents(ctx, true);
    }
    if (is("me", "events", "*") || is("me", "calendar", "events", "*")) {
      const id = s[s.length - 1];
      if (m === "GET") return eventResult(ctx, findEvent(id), 200);
      if (m === "DELETE") {
        const e = findEvent(id);
        state.events.splice(state.events.indexOf(e), 1);
        return { status: 204 };
      }
      if (m === "PATCH") {
        const e = findEvent(id);
        const b = (ctx.body ?? {}) as Record<string, unknown>;
        if (typeof b.subject === "string") e.subject = b.subject;
        const start = b.start ? parseDateTimeTimeZone(b.start as { dateTime?: unknown }) : null;
        const end = b.end ? parseDateTimeTimeZone(b.end as { dateTime?: unknown }) : null;
        if (start !== null) e.start = start;
        if (end !== null) e.end = end;
        if (typeof b.showAs === "string") e.showAs = b.showAs as StoredEvent["showAs"];
        e.modifiedAt = clock();
        return eventResult(ctx, e, 200);
      }
    }
    if (is("me", "contacts")) {
      if (m === "GET") {
        const o = renderOptions(ctx);
        const p = page(ctx, state.contacts.map((c) => contactJson(c, o)), { defaultTop: 10 });
        const select = selectList(ctx);
        return listResult(contextBase("contacts"), { ...p, value: p.value.map((c) => applySelect(c, select)) }, preferApplied(o));
      }
      if (m === "POST") return createContact(ctx);
    }
    if (is("me", "contacts", "*")) {
      if (m === "GET") return contactResult(ctx, findContact(s[2]), 200);
      if (m === "PATCH") return patchContact(ctx, s[2]);
      if (m === "DELETE") {
        const c = findContact(s[2]);
        state.contacts.splice(state.contacts.indexOf(c), 1);
        return { status: 204 };
      }
    }
    if (is("me", "translateexchangeids") && m === "POST") return translateIds(ctx);
    const known = lower.length >= 2 && ["messages", "mailfolders", "events", "calendar", "calendarview", "contacts", "mailboxsettings"].includes(lower[1]);
    if (known) throw new HttpError(405, "Request_BadRequest", `The HTTP method '${m}' is not supported for this resource.`);
    throw new HttpError(400, "BadRequest", `Resource not found for the segment '${s[1] ?? s[0]}'.`);
  }

  /** Normalises OData key syntax and /users/{id|upn} to the segments route() knows. */
  function buildCtx(method: string, relativeUrl: string, headers: Headers, body: unknown, root: string): Ctx {
    const [rawPath, qs = ""] = relativeUrl.split("?");
    let path = rawPath
      .split("/")
      .map((seg) => {
        try {
          return decodeURIComponent(seg);
        } catch {
          return seg;
        }
      })
      .join("/")
      .replace(/\('([^']*)'\)/g, "/$1");
    if (!path.startsWith("/")) path = `/${path}`;
    const users = /^\/users\/([^/]+)(.*)$/i.exec(path);
    if (users) {
      const who = users[1].toLowerCase();
      const me = [state.me.id, state.me.mail, state.me.userPrincipalName].map((x) => x.toLowerCase());
      if (!me.includes(who)) {
        throw new HttpError(404, "Request_ResourceNotFound", `Resource '${users[1]}' does not exist or one of its queried reference-property objects are not present.`);
      }
      path = `/me${users[2]}`;
    }
    return { method, path, segments: path.split("/").filter(Boolean), query: new URLSearchParams(qs), headers, body, root, relativeUrl };
  }

  function dispatch(ctx: Ctx): Result {
    try {
      return route(ctx);
    } catch (err) {
      if (err instanceof HttpError) return { status: err.status, body: errorBody(err.code, err.message), headers: err.headers };
      if (err instanceof DraftError) return { status: err.status, body: errorBody(err.code, err.message) };
      if (err instanceof ODataQueryError) return { status: 400, body: errorBody(err.code, err.message) };
      return { status: 500, body: errorBody("InternalServerError", err instanceof Error ? err.message : String(err)) };
    }
  }

  // ---------- $batch ----------

  // ---------- HTTP ----------

  function toResponse(result: Result, requestId: string): Response {
    const headers = new Headers({ "request-id": requestId, "client-request-id": requestId, "OData-Version": "4.0", ...(result.headers ?? {}) });
    const hasBody = result.body !== undefined && result.status !== 204 && result.status !== 202;
    if (hasBody) headers.set("Content-Type", JSON_TYPE);
    return new Response(hasBody ? JSON.stringify(result.body) : null, { status: result.status, headers });
  }

  function sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const t = setTimeout(resolve, ms);
      signal?.addEventListener("abort", () => {
        clearTimeout(t);
        resolve();
      });
    });
  }

  /** Parts of a $batch that Graph would run against the mailbox at once (it sends up to four in parallel). */
  async function batchWeight(request: Request): Promise<number> {
    if (request.method !== "POST" || !/\/(v1\.0|beta)\/\$batch$/.test(new URL(request.url).pathname)) return 1;
    try {
      const parts = (JSON.parse(await request.clone().text()) as { requests?: unknown[] }).requests;
      return Array.isArray(parts) ? Math.max(1, Math.min(4, parts.length)) : 1;
    } catch {
      return 1;
    }
  }

  async function handle(request: Request): Promise<Response> {
    // Admission is decided on arrival: a request beyond the mailbox's concurrency limit is refused and
    // does not occupy a slot itself. A $batch takes a slot per part Graph runs at once (up to four), so
    // its parts meet the limit together with the mailbox's other requests: the parts that find no free
    // slot are answered 429 ApplicationThrottled inside the batch.
    const weight = await batchWeight(request);
    const limit = faults.concurrencyLimit;
    const free = limit === null ? weight : Math.max(0, limit - inFlight);
    const reserved = Math.min(weight, free);
    const admitted = reserved > 0;
    inFlight += reserved;
    try {
      return await handleAdmitted(request, admitted, limit === null ? null : reserved);
    } finally {
      inFlight -= reserved;
    }
  }

  async function handleAdmitted(request: Request, admitted: boolean, partSlots: number | null): Promise<Response> {
    stats.requests++;
    const url = new URL(request.url);
    const requestId = guid(`request-${stats.requests}-${clock()}`);
    const version = /^\/(v1\.0|beta)(\/.*)?$/.exec(url.pathname);
    const headersRecord: Record<string, string> = {};
    request.headers.forEach((v, k) => (headersRecord[k] = v));
    const entry: LoggedRequest = { kind: "request", method: request.method, url: request.url, headers: headersRecord, body: null, status: 0 };
    log.push(entry);
    const finish = (result: Result): Response => {
      entry.status = result.status;
      // The error body names the same request-id as the response header, as Graph's do.
      const inner = (result.body as { error?: { innerError?: Record<string, string> } } | undefined)?.error?.innerError;
      if (inner) inner["request-id"] = inner["client-request-id"] = requestId;
      return toResponse(result, requestId);
    };
    if (!version) return finish({ status: 404, body: errorBody("BadRequest", `Invalid version: ${url.pathname.split("/")[1] ?? ""}`) });
    const relative = `${version[2] ?? "/"}${url.search}`;
    const path = (version[2] ?? "/").split("?")[0];

    const delay = faults.latencyFor(path);
    if (delay > 0) await sleep(delay, request.signal);

    const auth = request.headers.get("Authorization");
    const token = auth && /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
    if (!token) {
      return finish({ status: 401, body: errorBody("InvalidAuthenticationToken", "Access token is empty."), headers: { "WWW-Authenticate": 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize"' } });
    }
    if (faults.expiredTokens.has(token)) {
      return finish({ status: 401, body: errorBody("InvalidAuthenticationToken", "Lifetime validation failed, the token is expired.") });
    }
    if (!admitted) {
      return finish(faultResult({ kind: "throttle", code: "ApplicationThrottled", retryAfterSeconds: null, target: "request", remaining: 0, until: 0 }));
    }

    const rule = faults.take(path, "request");
    if (rule?.kind === "drop") {
      entry.status = 0;
      return Response.error();
    }
    if (rule) return finish(faultResult(rule));

    let body: unknown = null;
    if (request.method !== "GET" && request.method !== "DELETE" && request.method !== "HEAD") {
      const text = await request.text();
      if (text && /^text\/plain/i.test(request.headers.get("Content-Type") ?? "")) {
        // MIME content (base64) for createReply / POST messages: kept as the raw string.
        body = text;
      } else if (text) {
        try {
          body = JSON.parse(text);
        } catch {
          return finish({ status: 400, body: errorBody("BadRequest", "Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.") });
        }
      }
    }
    entry.body = body;
    const root = `${url.origin}/${version[1]}`;
    try {
      if (path === "/$batch") {
        if (request.method !== "POST") return finish({ status: 405, body: errorBody("BadRequest", "$batch accepts POST only.") });
        return finish(runBatch(buildCtx("POST", relative, request.headers, body, root), request.headers, { faults, stats, log, dispatch, buildCtx, errorBody, faultResult, partSlots }));
      }
      return finish(dispatch(buildCtx(request.method, relative, request.headers, body, root)));
    } catch (err) {
      if (err instanceof HttpError) return finish({ status: err.status, body: errorBody(err.code, err.message) });
      throw err;
    }
  }

  const emulatorFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const signal = request.signal;
    if (signal.aborted) throw new DOMException("The operation was aborted.", "AbortError");
    // Like fetch, reject as soon as the caller aborts, even while the emulator is still "on the wire".
    const aborted = new Promise<never>((_, reject) =>
      signal.addEventListener("abort", () => reject(new DOMException("The operation was aborted.", "AbortError")), { once: true }),
    );
    const response = await Promise.race([handle(request), aborted]);
    if (response.type === "error") throw new TypeError("fetch failed: connection dropped by the Graph emulator");
    return response;
  }) as typeof fetch;

  return {
    state,
    faults,
    stats,
    log,
    handle,
    fetch: emulatorFetch,
    resetStats() {
      stats.requests = 0;
      stats.batchParts = 0;
      log.length = 0;
    },
  };
}
