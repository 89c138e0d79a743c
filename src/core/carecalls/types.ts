// Records and state of the care-call scan. Plain JSON-serialisable data, so the taskpane can keep the scan
// state in browser storage and the (small) preferences in roaming settings.

/** Which way a piece of contact went, seen from the attorney. */
export type ContactDirection = "sent" | "received" | "meeting";

/**
 * One contact event with one correspondent: a sent message yields one record per recipient, a received
 * message one for its sender, a meeting one per attendee. The Graph layer builds these from
 * sent items, inbox and calendarView pages.
 */
export interface ContactRecord {
  address: string;
  name?: string | null;
  /** ISO 8601 (sentDateTime, receivedDateTime or the meeting start). */
  date: string;
  direction: ContactDirection;
  /** Set when headers mark the message as automated (Auto-Submitted, List-Unsubscribe, Precedence: bulk). */
  automated?: boolean;
}

/** What the scan remembers about one correspondent: the newest event of each kind. */
export interface CorrespondentAggregate {
  /** Lower-cased address. */
  address: string;
  /** Latest display name seen (from the newest record carrying one). */
  name: string | null;
  lastSent: string | null;
  lastReceived: string | null;
  /** Latest meeting that had started by the time of the scan. */
  lastMeeting: string | null;
  /** Earliest meeting still ahead at the time of the scan (a call is already planned). */
  nextMeeting: string | null;
}

/** Where each source's incremental refresh resumes: `sentDateTime ge …`, `receivedDateTime ge …`, calendarView start. */
export interface ScanWatermarks {
  sent: string | null;
  received: string | null;
  meetings: string | null;
}

/** Everything a refresh needs to continue where the last scan stopped. */
export interface CareCallScanState {
  version: 1;
  /** When the last merged scan ran (ISO). */
  scannedAt: string | null;
  watermarks: ScanWatermarks;
  /** Keyed by lower-cased address. */
  correspondents: Record<string, CorrespondentAggregate>;
}

/** One page set of a scan or refresh, as the Graph layer hands it over. */
export interface ScanBatch {
  /** When the Graph queries were issued (ISO); meeting watermarks never pass it. */
  scannedAt: string;
  sent?: readonly ContactRecord[];
  received?: readonly ContactRecord[];
  meetings?: readonly ContactRecord[];
  /** Explicit watermarks from the Graph layer (e.g. the newest receivedDateTime it saw); derived from the records when absent. */
  watermarks?: Partial<ScanWatermarks>;
}

/** Who counts as "us": the attorney and the firm. */
export interface FirmIdentity {
  /** The attorney's own addresses (primary SMTP plus aliases). */
  ownAddresses: readonly string[];
  /** Firm domains beyond the own addresses' domains, e.g. a second brand. Sub-domains match too. */
  internalDomains?: readonly string[];
}

/** Dismiss and snooze choices, small enough for roaming settings (keys are lower-cased addresses). */
export interface CareCallPrefs {
  version: 1;
  /** address → when it was dismissed (ISO). Dismissed correspondents are never suggested again. */
  dismissed: Record<string, string>;
  /** address → ISO time until which it is not suggested. */
  snoozed: Record<string, string>;
}

/** A correspondent with their last two-way contact, as the care-call view lists them. */
export interface CareCallCandidate {
  address: string;
  name: string | null;
  /** Last two-way contact (ISO): a meeting, or the time since which both sides have written. */
  lastContact: string;
  /** How that contact was established. */
  lastContactKind: "mail" | "meeting";
  /** Whole months between lastContact and now. */
  monthsSince: number;
}

export interface CareCallOptions {
  now: Date;
  /** Suggest correspondents not contacted for more than this many months. Default 12. */
  months?: number;
  /** How many suggestions a day: a deterministic number between min and max for each day. Default 3–5. */
  perDay?: { min: number; max: number };
  /** IANA zone that decides where "today" starts. Default UTC. */
  timeZone?: string;
}
