// A realistic, deterministic law-firm mailbox for a given "now": threads with Outlook-style HTML
// (reply dividers, quoted From:/Sent: blocks, the attorney's own signature in quoted replies),
// a week of calendar, mailbox settings and a few contacts.
import type { MailboxSettings, User } from "@microsoft/microsoft-graph-types";
import { DateTime } from "luxon";
import { ATTORNEY, AUTOMATED, CLIENTS, COLLEAGUE, FORMER_CLIENTS, SeedPerson, SeedThread, THREADS } from "./seedData";
import { conversationIdFor, exchangeId, guid, ShowAs, StoredContact, StoredEvent, StoredMessage, base64url } from "./state";

export interface SeedOptions {
  /** Everything is placed relative to this instant (default: the current time). */
  now?: Date;
  /**
   * "standard": Windows zone names (Graph's default); "customTimeZone": workingHours carries a
   * #microsoft.graph.customTimeZone; "iana": the admin configured IANA names.
   */
  variant?: "standard" | "customTimeZone" | "iana";
}

export interface MailboxSeed {
  now: string;
  me: User & { id: string; mail: string; userPrincipalName: string; displayName: string };
  mailboxSettings: MailboxSettings;
  messages: StoredMessage[];
  events: StoredEvent[];
  contacts: StoredContact[];
  /** The people of the seed, with the number a correct extractor picks from each signature. */
  people: SeedPerson[];
  /** Seeded thread keys → conversation and message ids (newest last), for tests and the simulated host. */
  threads: Record<string, { conversationId: string; messageIds: string[]; subject: string }>;
}

const ALL_PEOPLE: SeedPerson[] = [ATTORNEY, COLLEAGUE, ...CLIENTS, ...FORMER_CLIENTS, AUTOMATED];
const person = (key: string): SeedPerson => {
  const p = ALL_PEOPLE.find((x) => x.key === key);
  if (!p) throw new Error(`Unknown seed person ${key}`);
  return p;
};

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const HEAD =
  '<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\r\n</head>\r\n<body dir="ltr">\r\n';
const DIV = '<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">';

/** The new part of a message: paragraphs, sign-off and signature, as Outlook on the web writes it. */
function newPartHtml(from: SeedPerson, paragraphs: string[]): string {
  const paras = paragraphs.map((p) => `${DIV}${esc(p)}</div>\r\n${DIV}<br></div>\r\n`).join("");
  const signOff = from.signOff ? `${DIV}${esc(from.signOff)}</div>\r\n` : "";
  const sig = from.signature.length ? `<div id="Signature">\r\n<p>${from.signature.map(esc).join("<br>\r\n")}</p>\r\n</div>\r\n` : "";
  return paras + signOff + sig;
}

function quoteHeader(style: SeedPerson["quoteStyle"], prev: { from: SeedPerson; to: SeedPerson[]; cc: SeedPerson[]; sentAt: number; subject: string }, zone: string): string {
  const when = DateTime.fromMillis(prev.sentAt, { zone });
  const addr = (p: SeedPerson): string => `${esc(p.name)} &lt;${esc(p.address)}&gt;`;
  if (style === "gmail-fr") {
    const fr = when.setLocale("fr").toFormat("ccc d LLL yyyy 'à' HH:mm");
    return `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Le ${esc(fr)}, ${addr(prev.from)} a écrit&nbsp;:<br></div>\r\n<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\r\n`;
  }
  const de = style === "outlook-de";
  const labels = de ? ["Von:", "Gesendet:", "An:", "Cc:", "Betreff:"] : ["From:", "Sent:", "To:", "Cc:", "Subject:"];
  const sent = de ? when.setLocale("de").toFormat("cccc, d. LLLL yyyy HH:mm") : when.setLocale("en-US").toFormat("cccc, LLLL d, yyyy h:mm a");
  const cc = prev.cc.length ? `<b>${labels[3]}</b> ${prev.cc.map(addr).join("; ")}<br>\r\n` : "";
  return (
    '<div id="appendonsend"></div>\r\n<hr style="display:inline-block;width:98%" tabindex="-1">\r\n' +
    `<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>${labels[0]}</b> ${addr(prev.from)}<br>\r\n` +
    `<b>${labels[1]}</b> ${esc(sent)}<br>\r\n<b>${labels[2]}</b> ${prev.to.map(addr).join("; ")}<br>\r\n${cc}<b>${labels[4]}</b> ${esc(prev.subject)}</font>\r\n<div>&nbsp;</div>\r\n</div>\r\n`
  );
}

function innerBody(html: string): string {
  return html.replace(/^[\s\S]*?<body[^>]*>\r?\n?/i, "").replace(/<\/body>[\s\S]*$/i, "");
}

function wrap(inner: string): string {
  return `${HEAD}${inner}</body>\r\n</html>\r\n`;
}

export function conversationIndexFor(seed: string, depth: number): string {
  const bytes = new Uint8Array(22 + depth * 5);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (seed.charCodeAt(i % seed.length) * 31 + i * 17) & 0xff;
  return base64url(bytes).replace(/-/g, "+").replace(/_/g, "/");
}

/** Builds the messages of one thread, each quoting the whole previous message as Outlook does. */
function threadMessages(thread: SeedThread, now: number): StoredMessage[] {
  const conversationId = conversationIdFor(thread.key);
  const out: StoredMessage[] = [];
  let previous: { html: string; from: SeedPerson; to: SeedPerson[]; cc: SeedPerson[]; sentAt: number; subject: string } | null = null;
  thread.messages.forEach((msg, i) => {
    const from = person(msg.from);
    const counterpart = person(thread.with);
    const to = from.key === ATTORNEY.key ? [counterpart] : [ATTORNEY];
    const cc = (msg.cc ?? []).map(person);
    // The message arrived hoursAgo before now (what Outlook's header and "waiting since" show); it left 2 s earlier.
    const receivedAt = Math.floor((now - msg.hoursAgo * 3_600_000) / 1000) * 1000;
    const sentAt = receivedAt - 2000;
    const subject = i === 0 ? thread.subject : `RE: ${thread.subject}`;
    const unique = newPartHtml(from, msg.paragraphs);
    let inner = unique;
    if (previous) {
      const quoted = quoteHeader(from.quoteStyle, previous, from.timeZone) + `<div>\r\n${innerBody(previous.html)}</div>\r\n`;
      inner += from.quoteStyle === "gmail-fr" ? `${quoted}</blockquote></div>\r\n` : quoted;
    }
    const html = wrap(inner);
    const key = `${thread.key}#${i}`;
    const domain = from.address.split("@")[1];
    out.push({
      id: exchangeId("message", key),
      immutableId: exchangeId("immutable", `message-${key}`),
      folder: from.key === ATTORNEY.key ? "sentitems" : "inbox",
      conversationId,
      conversationIndex: conversationIndexFor(thread.key, i),
      internetMessageId: `<${guid(`imid-${key}`).replace(/-/g, "").slice(0, 20).toUpperCase()}@${from.key === ATTORNEY.key ? "BN8PR04MB6210.namprd04.prod.outlook.com" : domain}>`,
      subject,
      from: { name: from.name, address: from.address },
      to: to.map((p) => ({ name: p.name, address: p.address })),
      cc: cc.map((p) => ({ name: p.name, address: p.address })),
      sentAt,
      receivedAt,
      bodyHtml: html,
      uniqueBodyHtml: wrap(unique),
      attachments: msg.attachments ?? [],
      isRead: msg.hoursAgo > 12 || from.key === ATTORNEY.key,
      changeSeq: 0,
    });
    previous = { html, from, to, cc, sentAt, subject };
  });
  return out;
}

interface EventSpec {
  key: string;
  subject: string;
  /** Day offset from the anchor Monday, local start and end "HH:mm", in the attorney's zone. */
  day: number;
  start: string;
  end: string;
  showAs: ShowAs;
  location?: string;
  attendees?: string[];
  isAllDay?: boolean;
  sensitivity?: StoredEvent["sensitivity"];
  online?: boolean;
}

const WEEK: EventSpec[] = [
  { key: "partners", subject: "Partners' meeting", day: 0, start: "09:00", end: "10:00", showAs: "busy", location: "Board Room 23A" },
  { key: "kestrel-call", subject: "Kestrel / Halden licence – internal prep", day: 0, start: "14:00", end: "15:00", showAs: "busy" },
  { key: "depo-prep", subject: "Deposition prep – Sierra Ridge", day: 1, start: "10:00", end: "12:00", showAs: "busy", location: "Conference Room 23C" },
  { key: "hold", subject: "Hold – possible client call", day: 1, start: "15:00", end: "15:30", showAs: "tentative" },
  { key: "bar-lunch", subject: "Lunch – City Bar Association", day: 2, start: "12:00", end: "13:00", showAs: "tentative", location: "42 W 44th St" },
  { key: "sdny", subject: "SDNY hearing – Heron escrow", day: 2, start: "13:30", end: "17:30", showAs: "busy", location: "500 Pearl St, New York" },
  { key: "boston", subject: "Working from the Boston office", day: 3, start: "00:00", end: "24:00", showAs: "workingElsewhere", isAllDay: true },
  { key: "standup", subject: "Deal team stand-up", day: 3, start: "08:30", end: "09:00", showAs: "busy", online: true },
  { key: "doctor", subject: "Doctor", day: 4, start: "09:00", end: "10:00", showAs: "busy", sensitivity: "private" },
  { key: "ooo", subject: "Out of office – family", day: 4, start: "13:00", end: "17:30", showAs: "oof" },
  { key: "heron-closing", subject: "Heron closing call", day: 7, start: "10:00", end: "11:00", showAs: "busy", attendees: ["thameside", "paralegal"], online: true },
  { key: "partners-2", subject: "Partners' meeting", day: 7, start: "09:00", end: "10:00", showAs: "busy", location: "Board Room 23A" },
];

function makeEvent(spec: EventSpec, startMs: number, endMs: number, zoneName: string): StoredEvent {
  return {
    id: exchangeId("event", spec.key),
    immutableId: exchangeId("immutable", `event-${spec.key}`),
    iCalUId: `040000008200E00074C5B7101A82E008000000${guid(`ical-${spec.key}`).replace(/-/g, "").toUpperCase()}`,
    subject: spec.subject,
    bodyHtml: "<html><head></head><body></body></html>",
    start: startMs,
    end: endMs,
    originalStartTimeZone: zoneName,
    originalEndTimeZone: zoneName,
    isAllDay: !!spec.isAllDay,
    showAs: spec.showAs,
    sensitivity: spec.sensitivity ?? "normal",
    location: spec.location ?? null,
    attendees: (spec.attendees ?? []).map((k) => ({ type: "required" as const, emailAddress: { name: person(k).name, address: person(k).address }, response: "accepted" })),
    organizer: { name: ATTORNEY.name, address: ATTORNEY.address },
    isCancelled: false,
    isOnlineMeeting: !!spec.online,
    onlineMeetingProvider: spec.online ? "teamsForBusiness" : "unknown",
    transactionId: null,
    createdAt: startMs - 14 * 86_400_000,
    modifiedAt: startMs - 14 * 86_400_000,
    allowNewTimeProposals: true,
    categories: [],
  };
}

function calendar(now: number): StoredEvent[] {
  const zone = ATTORNEY.timeZone;
  // Anchor: Monday 00:00 of the current week in the attorney's zone, so "this week" always has items.
  const monday = DateTime.fromMillis(now, { zone }).startOf("week");
  const at = (day: number, hhmm: string): number => {
    const [h, m] = hhmm.split(":").map(Number);
    return monday.plus({ days: day }).startOf("day").plus({ hours: h, minutes: m }).toMillis();
  };
  const events = WEEK.map((spec) => makeEvent(spec, at(spec.day, spec.start), at(spec.day, spec.end), "Eastern Standard Time"));
  // Past meetings with clients: the care-call scan counts them as two-way contact.
  const past: [EventSpec, number][] = [
    [{ key: "vogel-review", subject: "Vogel – annual contract review", day: 0, start: "10:00", end: "11:00", showAs: "busy", attendees: ["vogel"], online: true }, -300],
    [{ key: "meridian-dinner", subject: "Dinner – Grace Chen (Meridian)", day: 0, start: "19:00", end: "21:00", showAs: "busy", attendees: ["meridian"], location: "Le Bernardin" }, -395],
    [{ key: "kestrel-kickoff", subject: "Kestrel – licensing kick-off", day: 0, start: "11:00", end: "12:00", showAs: "busy", attendees: ["kestrel"], online: true }, -60],
  ];
  for (const [spec, daysAgo] of past) {
    events.push(makeEvent(spec, at(daysAgo, spec.start), at(daysAgo, spec.end), "Eastern Standard Time"));
  }
  return events;
}

function mailboxSettings(variant: NonNullable<SeedOptions["variant"]>): MailboxSettings {
  const zoneName = variant === "iana" ? "America/New_York" : "Eastern Standard Time";
  const workingZone =
    variant === "customTimeZone"
      ? {
          "@odata.type": "#microsoft.graph.customTimeZone",
          bias: 300,
          name: "Customized Time Zone",
          standardOffset: { time: "02:00:00.0000000", dayOccurrence: 1, dayOfWeek: "sunday", month: 11, year: 0 },
          daylightOffset: { daylightBias: -60, time: "02:00:00.0000000", dayOccurrence: 2, dayOfWeek: "sunday", month: 3, year: 0 },
        }
      : { name: zoneName };
  return {
    automaticRepliesSetting: {
      status: "disabled",
      externalAudience: "all",
      scheduledStartDateTime: { dateTime: "2026-12-24T05:00:00.0000000", timeZone: "UTC" },
      scheduledEndDateTime: { dateTime: "2027-01-02T05:00:00.0000000", timeZone: "UTC" },
      internalReplyMessage: "",
      externalReplyMessage: "",
    },
    archiveFolder: "AAMkADc3MWUxAAAAAAEeAAA=",
    timeZone: zoneName,
    language: { locale: "en-US", displayName: "English (United States)" },
    workingHours: {
      daysOfWeek: ["monday", "tuesday", "wednesday", "thursday", "friday"],
      startTime: "08:30:00.0000000",
      endTime: "17:30:00.0000000",
      timeZone: workingZone,
    },
    userPurpose: { value: "user" },
    dateFormat: "MM/dd/yyyy",
    timeFormat: "h:mm tt",
    delegateMeetingMessageDeliveryOptions: "sendToDelegateAndInformationToPrincipal",
  } as unknown as MailboxSettings;
}

function contacts(now: number): StoredContact[] {
  const stamp = new Date(now - 200 * 86_400_000).toISOString().replace(/\.\d{3}Z$/, "Z");
  const base = (key: string, p: SeedPerson, extra: Partial<StoredContact>): StoredContact => ({
    id: exchangeId("contact", key),
    immutableId: exchangeId("immutable", `contact-${key}`),
    createdDateTime: stamp,
    lastModifiedDateTime: stamp,
    displayName: p.name,
    givenName: p.name.split(" ")[0],
    surname: p.name.split(" ").slice(1).join(" "),
    companyName: p.company,
    emailAddresses: [{ name: p.name, address: p.address }],
    businessPhones: [],
    homePhones: [],
    mobilePhone: null,
    ...extra,
  });
  return [
    // Same numbers as the signature: "Save to contacts" has nothing to change.
    base("kestrel", person("kestrel"), { businessPhones: ["+1 617 555 0142"], mobilePhone: "+1 617 555 0199", jobTitle: "Director, Legal Affairs" }),
    // A different business number than the signature: the UI must say it would replace it.
    base("sierra", person("sierra"), { businessPhones: ["+1 707 555 0111"], jobTitle: "CFO" }),
    base("meridian", person("meridian"), { businessPhones: ["+65 6123 4567"], birthday: "1979-04-12T11:59:00Z" }),
  ];
}

export function createSeed(options: SeedOptions = {}): MailboxSeed {
  const now = (options.now ?? new Date()).getTime();
  const variant = options.variant ?? "standard";
  const messages: StoredMessage[] = [];
  const threads: MailboxSeed["threads"] = {};
  for (const t of THREADS) {
    const list = threadMessages(t, now);
    messages.push(...list);
    threads[t.key] = { conversationId: list[0].conversationId, messageIds: list.map((m) => m.id), subject: t.subject };
  }
  messages.forEach((m, i) => (m.changeSeq = i + 1));
  return {
    now: new Date(now).toISOString(),
    me: {
      id: guid("me"),
      displayName: ATTORNEY.name,
      mail: ATTORNEY.address,
      userPrincipalName: ATTORNEY.address,
    },
    mailboxSettings: mailboxSettings(variant),
    messages,
    events: calendar(now),
    contacts: contacts(now),
    people: ALL_PEOPLE,
    threads,
  };
}
