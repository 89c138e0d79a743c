// Stored records → the JSON Graph returns for them, with the properties and types Graph uses.
import { graphDateTime, graphInstant, resolveZone } from "./timeZones";
import { htmlToText, StoredContact, StoredEvent, StoredMessage } from "./state";

export interface RenderOptions {
  immutableIds: boolean;
  /** From `Prefer: outlook.body-content-type`. */
  bodyType: "html" | "text";
  /** From `Prefer: outlook.timezone`: the name as given, and its resolved zone. */
  timeZone: { name: string; zone: string };
}

/** Seven fractional digits and Z, as Graph writes created/modified stamps of events ("…50.7579581Z"). */
function preciseInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, ".$10000Z");
}

function body(html: string, type: "html" | "text"): { contentType: string; content: string } {
  return type === "text" ? { contentType: "text", content: htmlToText(html) } : { contentType: "html", content: html };
}

const recipient = (r: { name: string; address: string }) => ({ emailAddress: { name: r.name, address: r.address } });

const FOLDER_IDS: Record<string, string> = {
  inbox: "AAMkADc3MWUxAAAAAAEMAAA=",
  sentitems: "AAMkADc3MWUxAAAAAAEJAAA=",
  drafts: "AAMkADc3MWUxAAAAAAEPAAA=",
  deleteditems: "AAMkADc3MWUxAAAAAAEKAAA=",
};

export function folderId(folder: string): string {
  return FOLDER_IDS[folder] ?? folder;
}

export function messageJson(m: StoredMessage, o: RenderOptions, includeUniqueBody: boolean): Record<string, unknown> {
  const id = o.immutableIds ? m.immutableId : m.id;
  const changeKey = `CQAAABYAAAC4ofQHEIqCSbQPot83AFcbAA${(m.changeSeq ?? 0).toString(36).padStart(4, "A")}`;
  const text = htmlToText(m.uniqueBodyHtml || m.bodyHtml);
  const out: Record<string, unknown> = {
    "@odata.etag": `W/"${changeKey}"`,
    id,
    createdDateTime: graphInstant(m.receivedAt),
    lastModifiedDateTime: graphInstant(m.receivedAt),
    changeKey,
    categories: [],
    receivedDateTime: graphInstant(m.receivedAt),
    sentDateTime: graphInstant(m.sentAt),
    hasAttachments: m.attachments.length > 0,
    internetMessageId: m.internetMessageId,
    subject: m.subject,
    bodyPreview: text.replace(/\s+/g, " ").slice(0, 255),
    importance: m.importance ?? "normal",
    parentFolderId: folderId(m.folder),
    conversationId: m.conversationId,
    conversationIndex: m.conversationIndex,
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: m.isRead,
    isDraft: !!m.isDraft,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: "focused",
    body: body(m.bodyHtml, o.bodyType),
    sender: recipient(m.from),
    from: recipient(m.from),
    toRecipients: m.to.map(recipient),
    ccRecipients: m.cc.map(recipient),
    bccRecipients: [],
    replyTo: (m.replyTo ?? []).map(recipient),
    flag: { flagStatus: "notFlagged" },
  };
  // Graph returns uniqueBody only when $select names it.
  if (includeUniqueBody) out.uniqueBody = body(m.uniqueBodyHtml, o.bodyType);
  return out;
}

export function attachmentJson(m: StoredMessage, index: number): Record<string, unknown> {
  const a = m.attachments[index];
  return {
    "@odata.type": "#microsoft.graph.fileAttachment",
    "@odata.mediaContentType": a.contentType,
    id: `${m.id.slice(0, -4)}BEgAQA${index}AAA=`,
    lastModifiedDateTime: graphInstant(m.receivedAt),
    name: a.name,
    contentType: a.contentType,
    size: a.size,
    isInline: false,
    contentId: null,
    contentLocation: null,
  };
}

export function dateTimeTimeZone(ms: number, o: RenderOptions): { dateTime: string; timeZone: string } {
  return { dateTime: graphDateTime(ms, o.timeZone.zone), timeZone: o.timeZone.name };
}

export function utcOptions(): RenderOptions["timeZone"] {
  return { name: "UTC", zone: "UTC" };
}

export function timeZoneOption(preferred: string | undefined): RenderOptions["timeZone"] | null {
  if (!preferred) return utcOptions();
  const zone = resolveZone(preferred);
  return zone ? { name: preferred, zone } : null;
}

/**
 * A location as Graph returns it (location resource: displayName, locationType, uniqueId, uniqueIdType, address,
 * coordinates, locationEmailAddress, locationUri). locationType is "default" for an event created through the API
 * (location.md), whatever the request said; address and coordinates come back only when they were given.
 */
function locationJson(l: Record<string, unknown>, withUniqueId: boolean): Record<string, unknown> {
  const displayName = String(l.displayName ?? "");
  const out: Record<string, unknown> = { displayName, locationType: "default" };
  if (withUniqueId && displayName) out.uniqueId = displayName;
  out.uniqueIdType = withUniqueId && displayName ? "private" : "unknown";
  if (l.address && typeof l.address === "object") out.address = l.address;
  if (l.coordinates && typeof l.coordinates === "object") out.coordinates = l.coordinates;
  if (typeof l.locationEmailAddress === "string") out.locationEmailAddress = l.locationEmailAddress;
  if (typeof l.locationUri === "string") out.locationUri = l.locationUri;
  return out;
}

export function eventJson(e: StoredEvent, o: RenderOptions, ownerAddress: string): Record<string, unknown> {
  const id = o.immutableIds ? e.immutableId : e.id;
  const changeKey = `ZlnW4RIAV06KYYwlrfNZvQAA${e.modifiedAt.toString(36).slice(-6)}`;
  const isOrganizer = e.organizer.address.toLowerCase() === ownerAddress.toLowerCase();
  const location = e.location ? locationJson({ ...(e.locationDetail ?? {}), displayName: e.location }, true) : { displayName: "", locationType: "default", uniqueIdType: "unknown", address: {}, coordinates: {} };
  // Graph lists the single location in `locations` without its uniqueId (user-post-events Examples 1 and 4), and
  // given `locations`, each as sent, with uniqueId only where it carries an address (Example 2).
  const locations = e.locations?.length ? e.locations.map((l) => locationJson(l, !!l.address || !!l.coordinates)) : e.location ? [{ displayName: e.location, locationType: "default", uniqueIdType: "unknown" }] : [];
  return {
    "@odata.etag": `W/"${changeKey}"`,
    id,
    createdDateTime: preciseInstant(e.createdAt),
    lastModifiedDateTime: preciseInstant(e.modifiedAt),
    changeKey,
    categories: e.categories,
    transactionId: e.transactionId,
    originalStartTimeZone: e.originalStartTimeZone,
    originalEndTimeZone: e.originalEndTimeZone,
    iCalUId: e.iCalUId,
    reminderMinutesBeforeStart: 15,
    isReminderOn: true,
    hasAttachments: false,
    hideAttendees: false,
    subject: e.subject,
    bodyPreview: htmlToText(e.bodyHtml).slice(0, 255),
    importance: "normal",
    sensitivity: e.sensitivity,
    isAllDay: e.isAllDay,
    isCancelled: e.isCancelled,
    isDraft: false,
    isOrganizer,
    responseRequested: true,
    seriesMasterId: null,
    showAs: e.showAs,
    type: "singleInstance",
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
    onlineMeetingUrl: null,
    isOnlineMeeting: e.isOnlineMeeting,
    onlineMeetingProvider: e.onlineMeetingProvider,
    onlineMeeting: e.isOnlineMeeting
      ? {
          joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${e.iCalUId.slice(-24)}%40thread.v2/0`,
          conferenceId: String(Array.from(e.iCalUId).reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % 1_000_000_000).padStart(9, "1"),
          tollNumber: "+1 212 555 0100",
        }
      : null,
    allowNewTimeProposals: e.allowNewTimeProposals,
    responseStatus: { response: isOrganizer ? "organizer" : "accepted", time: "0001-01-01T00:00:00Z" },
    body: body(e.bodyHtml, o.bodyType),
    start: dateTimeTimeZone(e.start, o),
    end: dateTimeTimeZone(e.end, o),
    location,
    locations,
    recurrence: null,
    attendees: e.attendees.map((a) => ({
      type: a.type,
      status: { response: a.response ?? "none", time: "0001-01-01T00:00:00Z" },
      emailAddress: { name: a.emailAddress.name, address: a.emailAddress.address },
    })),
    organizer: recipient(e.organizer),
  };
}

const CONTACT_DEFAULTS: Record<string, unknown> = {
  categories: [],
  parentFolderId: "AAMkADc3MWUxAAAAAAEOAAA=",
  birthday: null,
  fileAs: "",
  displayName: "",
  givenName: null,
  initials: null,
  middleName: null,
  nickName: null,
  surname: null,
  title: null,
  yomiGivenName: null,
  yomiSurname: null,
  yomiCompanyName: null,
  generation: null,
  imAddresses: [],
  jobTitle: null,
  companyName: null,
  department: null,
  officeLocation: null,
  profession: null,
  businessHomePage: null,
  assistantName: null,
  manager: null,
  homePhones: [],
  mobilePhone: null,
  businessPhones: [],
  spouseName: null,
  personalNotes: "",
  children: [],
  emailAddresses: [],
  homeAddress: {},
  businessAddress: {},
  otherAddress: {},
};

export function contactJson(c: StoredContact, o: RenderOptions): Record<string, unknown> {
  const { immutableId, ...rest } = c;
  const changeKey = `EQAAABYAAAC4ofQHEIqCSbQPot83AFcbAA${String(rest.lastModifiedDateTime ?? "").replace(/\D/g, "").slice(-6)}`;
  return {
    "@odata.etag": `W/"${changeKey}"`,
    ...CONTACT_DEFAULTS,
    ...rest,
    id: o.immutableIds && immutableId ? immutableId : rest.id,
    changeKey,
  };
}
