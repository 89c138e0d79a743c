// Domain types shared by every layer. Pure data: no behaviour, no host objects.

/** A person as mail headers name them. */
export interface Mailbox {
  name: string;
  address: string;
}

/** Role of a phone line in a signature. Mirrors the corpus labels (see shared/corpus/signatures/README.md). */
export type PhoneKind = "direct" | "mobile" | "main" | "tollfree" | "fax" | "other";

/** One number found in the sender's own signature or contact block. */
export interface FoundNumber {
  /** E.164, e.g. "+442074845546". */
  e164: string;
  /** Extension to dial after the number, digits only, or null. */
  ext: string | null;
  kind: PhoneKind;
  /** The label as written ("Direct", "M:", "Tel.") or null when unlabelled. */
  label: string | null;
  /** The signature line the number came from, as evidence for the UI. */
  line: string;
  /** 0..1, how sure the engine is about the number and its kind. */
  confidence: number;
  /** Country the number belongs to (ISO 3166 alpha-2), when known. */
  country?: string | null;
  /** Number formatted for people (international format), e.g. "+44 20 7484 5546". */
  display?: string;
  /** On `best` only: where it came from. */
  source?: ContactSource;
  /** On `best` only: the evidence in words, e.g. "from Jane's signature on 3 March". */
  evidence?: string;
  /** On `best` only, when the engine is not sure the number is the sender's: why, in words. */
  unsure?: string;
}

/** Where the number to dial came from: the newest message's signature, the sender's own sentence, or their earlier signature. */
export type ContactSource = "signature" | "own-words" | "earlier-signature";

/** What the engine knows about the client after reading one message. */
export interface ContactExtraction {
  from: Mailbox;
  /** The number to dial: direct > mobile > main > toll-free; never fax or other. */
  best: FoundNumber | null;
  /** Every number of the sender's own block, in order of appearance. */
  numbers: FoundNumber[];
  /** Region used for numbers written without a country code. */
  region: string | null;
  /** Likely IANA time zone of the client, e.g. "Europe/London", or null. */
  timeZone: string | null;
  /** Organisation name when the signature shows one. */
  organization?: string | null;
  /** The lines taken as the sender's signature block (evidence). */
  signatureLines: string[];
  /** "high": the sender's own block names them; "low": a number is offered but flagged (`best.unsure`); "none": no number. */
  confidence?: "high" | "low" | "none";
  /** When `best` is null: why, in words ("Jane gave no number of their own; the numbers … belong to other people"). */
  reason?: string;
}

/** A message reduced to what the engine reads. Built from an .eml file or from a Graph message. */
export interface MailMessage {
  id?: string;
  messageId?: string | null;
  conversationId?: string | null;
  from: Mailbox;
  to: Mailbox[];
  cc?: Mailbox[];
  subject: string;
  /** ISO 8601 with offset when known (the Date header keeps the sender's offset). */
  date?: string | null;
  text?: string | null;
  html?: string | null;
  attachments?: { filename: string; contentType?: string }[];
  /** Messages forwarded as attachments (message/rfc822), read one level deep: the .eml path's only history. */
  attachedMessages?: MailMessage[];
}

/** A half-open time interval in UTC, as ISO 8601 strings. */
export interface Interval {
  start: string;
  end: string;
}
