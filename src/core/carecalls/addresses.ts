// Who is a client-like correspondent: not the attorney, not a colleague, not a machine.
import type { FirmIdentity } from "./types";

/** Lower-cased, trimmed address, or null when it is not an SMTP address (e.g. an Exchange X.500 path). */
export function normaliseAddress(address: string | null | undefined): string | null {
  const a = (address ?? "").trim().toLowerCase();
  const at = a.lastIndexOf("@");
  if (at <= 0 || at === a.length - 1 || /\s/.test(a)) return null;
  return a;
}

export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

// Mailbox providers shared by unrelated people: an attorney writing from one of these must not make every
// other user of it an "internal colleague".
const PUBLIC_PROVIDERS = new Set([
  "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.co.uk", "live.com", "msn.com",
  "yahoo.com", "yahoo.co.uk", "ymail.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me",
  "protonmail.com", "gmx.com", "gmx.de", "gmx.net", "web.de", "mail.com", "zoho.com", "yandex.com",
]);

/** The firm's domains: configured ones plus the domains of the attorney's own addresses, minus public providers. */
export function firmDomains(identity: FirmIdentity): string[] {
  const domains = new Set<string>();
  for (const own of identity.ownAddresses) {
    const a = normaliseAddress(own);
    if (a && !PUBLIC_PROVIDERS.has(domainOf(a))) domains.add(domainOf(a));
  }
  for (const d of identity.internalDomains ?? []) {
    const clean = d.trim().toLowerCase().replace(/^@/, "").replace(/^\*\./, "");
    if (clean) domains.add(clean);
  }
  return [...domains];
}

/** A predicate answering "is this the attorney or a colleague?", built once per scan for speed. */
export function makeInternalTest(identity: FirmIdentity): (address: string) => boolean {
  const own = new Set(identity.ownAddresses.map((a) => normaliseAddress(a)).filter((a): a is string => a !== null));
  const domains = firmDomains(identity);
  return (address) => {
    const a = normaliseAddress(address);
    if (!a) return false;
    if (own.has(a)) return true;
    const d = domainOf(a);
    return domains.some((f) => d === f || d.endsWith(`.${f}`));
  };
}

// Local parts that machines send from. Anchored so "newsom@" or "alerta@" stay people.
const AUTOMATED_LOCAL = new RegExp(
  "^(" +
    [
      "no[-_.]?reply.*", ".*[-_.]no[-_.]?reply", "do[-_.]?not[-_.]?reply.*", "dont[-_.]?reply", "noreply",
      "mailer[-_.]?daemon", "postmaster", "bounces?([-_.+].*)?", "notifications?([-_.].*)?", "notify",
      "alerts?", "newsletters?", "news", "marketing", "automated", "auto[-_.]?(confirm|reply|mailer)",
      "daemon", "calendar[-_.]?notifications?", "digest", "updates?", "unsubscribe", "mailer", "system",
      "msonlineservicesteam", "microsoft[-_.]?teams", "sharepoint(online)?", "invitations?", "receipts?",
    ].join("|") +
    ")$",
);
// Sending sub-domains that bulk and transactional mail services use.
const AUTOMATED_SUBDOMAIN = /^(bounces?|mailer|notifications?|notify|alerts?|news(letter)?|e?mktg|em|email|mail[0-9]+)\./;

// Domains that only machines send from (e-signature envelopes, bulk-mail relays). People at the vendors
// themselves write from other domains (docusign.com, not docusign.net).
const AUTOMATED_DOMAINS = new Set([
  "docusign.net", "echosign.com", "adobesign.com", "sendgrid.net", "amazonses.com", "mcsv.net", "mcdlv.net",
  "rsgsv.net", "mandrillapp.com", "sparkpostmail.com", "mailgun.org", "sharepointonline.com", "service-now.com",
]);

/** True for no-reply, bounce, notification and bulk-sender addresses. */
export function isAutomatedAddress(address: string): boolean {
  const a = normaliseAddress(address);
  if (!a) return true;
  const at = a.lastIndexOf("@");
  const local = a.slice(0, at).replace(/\+.*$/, "");
  const domain = a.slice(at + 1);
  const parent = domain.slice(domain.indexOf(".") + 1);
  return AUTOMATED_LOCAL.test(local) || AUTOMATED_SUBDOMAIN.test(domain) || AUTOMATED_DOMAINS.has(domain) || AUTOMATED_DOMAINS.has(parent);
}
