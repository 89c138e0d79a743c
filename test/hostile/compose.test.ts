// Hostile names, subjects, signatures, agenda text and links → proposeCall → the call-request email, the
// voicemail follow-up and the booking event (issue 8). Nothing from the input may come out as markup, and
// no subject may break into a second header.
import * as fs from "node:fs";
import * as path from "node:path";
import { CLIENT, HostileCase, markupCases, MARKUP_PAYLOADS } from "./corpus";
import { headerBreaks, unsafeMarkup } from "./markup";
import { CONTEXT, extractor, misdials, parse, propose } from "./pipeline";
import { composeVoicemailFollowUp } from "../../src/core/compose";
import { buildTentativeHolds } from "../../src/core/booking";
import type { ContactExtraction, FoundNumber, MailMessage } from "../../src/core/types";
import type { ProposeCallResult } from "../../src/core/proposal";

const cases = markupCases();
const figures = { inputs: 0, unparsable: 0, proposals: 0, payloadsShownAsText: 0, agendaCases: 0, agendaPayloadsShown: 0, misdials: 0 };

afterAll(() => {
  const dir = path.resolve(__dirname, "../../test-results");
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "figures-hostile-compose.json"), JSON.stringify(figures, null, 2) + "\n");
});

/** A contact as a signature full of markup would yield it: the payload in the label, evidence line and organisation. */
function hostileContact(message: MailMessage, payload: string): ContactExtraction {
  const line = `${payload} Direct: ${CLIENT.written}`;
  const n: FoundNumber = { e164: CLIENT.e164, ext: null, kind: "direct", label: payload, line, confidence: 0.9, display: CLIENT.written };
  return { from: message.from, best: n, numbers: [n], region: "US", timeZone: null, organization: `ClientCo ${payload}`, signatureLines: [line] };
}

/** Every check on one proposal's output; returns the problems found. */
function outputProblems(r: ProposeCallResult): string[] {
  const problems: string[] = [];
  for (const p of unsafeMarkup(r.email.html)) problems.push(`email html: ${p.what} ${p.detail}`);
  if (headerBreaks(r.email.subject)) problems.push(`email subject breaks lines: ${JSON.stringify(r.email.subject)}`);
  if (r.event) {
    for (const p of unsafeMarkup(r.event.body.content)) problems.push(`event body: ${p.what} ${p.detail}`);
    if (headerBreaks(r.event.subject)) problems.push(`event subject breaks lines: ${JSON.stringify(r.event.subject)}`);
    if (r.event.location && headerBreaks(r.event.location.displayName)) problems.push("event location breaks lines");
  }
  return problems;
}

/** The text a reader sees in the HTML (tags dropped, entities decoded). */
function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#96;/g, "`")
    .replace(/&amp;/g, "&");
}

describe.each(cases.map((c) => [c.id, c] as [string, HostileCase]))("%s", (_id, c) => {
  let message: MailMessage | null = null;

  beforeAll(async () => {
    figures.inputs++;
    const parsed = await parse(c);
    if (parsed.ok) message = parsed.message;
    else figures.unparsable++;
  });

  it("composes and books with nothing unescaped (markup in name, label, evidence line and organisation)", () => {
    if (!message) return; // unusable input: parse.test.ts checks it was refused with a clear reason
    const r = propose(message, hostileContact(message, c.payload!));
    figures.proposals++;
    expect(outputProblems(r)).toEqual([]);
    expect(r.event).not.toBeNull();
    // The number dialled is the one given, as a clean tel: link.
    expect(r.event!.body.content).toContain(`href="tel:${CLIENT.e164}"`);
    const shown = visibleText(r.email.html);
    if (shown.includes(c.payload!) || shown.includes(message.from.name)) figures.payloadsShownAsText++;
    if (c.id.startsWith("injection-agenda-text")) {
      figures.agendaCases++;
      if (r.agenda.some((i) => i.text.includes(c.payload!))) figures.agendaPayloadsShown++;
    }
  });

  const extract = extractor();
  (extract ? it : it.skip)("the whole path with the real extraction: nothing unescaped, no mis-dial", () => {
    if (!message) return;
    const r = propose(message);
    figures.proposals++;
    expect(outputProblems(r)).toEqual([]);
    const bad = misdials(r, c.expect);
    figures.misdials += bad.length;
    expect(bad).toEqual([]);
  });
});

describe("values that should never reach compose, if they did", () => {
  const message: MailMessage = {
    messageId: "<evil@clientco.com>",
    from: { name: '"><img src=x onerror=alert(1)>', address: "jane.client@clientco.com" },
    to: [CONTEXT.attorney],
    subject: "Re: <script>alert(1)</script>",
    date: "2026-11-20T09:00:00-05:00",
    text: "Could you confirm <svg onload=alert(1)> before Friday?\n\nJane",
  };
  const evilNumbers: Partial<FoundNumber>[] = [
    { e164: "javascript:alert(1)", display: "<img src=x onerror=alert(1)>" },
    { e164: "+12125550142", ext: '1"><script>alert(1)</script>', display: "+1 212 555 0142" },
    { e164: "+12125550142\"onmouseover=\"alert(1)", display: "x" },
    { e164: "data:text/html,<script>alert(1)</script>", display: "data:text/html,<script>alert(1)</script>" },
    { e164: "+1 212 555 0142", display: "\u202e2410 555 212 1+" },
  ];

  it.each(evilNumbers.map((n) => [JSON.stringify(n), n]))("dial number %s", (_s, n) => {
    const best: FoundNumber = { e164: "", ext: null, kind: "direct", label: "Direct", line: "<b>x</b>", confidence: 1, ...n } as FoundNumber;
    const contact: ContactExtraction = { from: message.from, best, numbers: [best], region: "US", timeZone: null, signatureLines: [] };
    const r = propose(message, contact);
    expect(outputProblems(r)).toEqual([]);
    // A number that is not E.164 is never linked.
    const hrefs = [...`${r.email.html}${r.event?.body.content ?? ""}`.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    for (const h of hrefs) expect(h).toMatch(/^tel:\+[1-9]\d{5,14}(;ext=\d+)?$/);
  });

  it.each(MARKUP_PAYLOADS.map((p) => [p]))("purpose sentence, attorney name and voicemail with %s", (payload) => {
    const contact: ContactExtraction = { from: message.from, best: null, numbers: [], region: null, timeZone: null, signatureLines: [] };
    const r = propose(message, contact, { purpose: payload, attorney: { name: payload, address: "alex@lawfirm.example" } });
    expect(outputProblems(r)).toEqual([]);
    const vm = composeVoicemailFollowUp({
      client: { name: payload, address: "jane.client@clientco.com" },
      attorney: { name: payload, address: "alex@lawfirm.example" },
      dialNumber: { e164: "+12125550142", display: payload },
      callbackNumber: { e164: payload, display: payload },
      slots: r.slots,
      agenda: [{ id: "x", text: payload, kind: "question", sourceMessageId: payload }],
      threadSubject: `Re: ${payload}`,
    });
    expect(unsafeMarkup(vm.html)).toEqual([]);
    expect(headerBreaks(vm.subject)).toBe(false);
    const holds = buildTentativeHolds(r.slots, { client: { name: payload, address: "a@b.c" }, dialNumber: { e164: payload, display: payload }, messageId: payload });
    for (const h of holds) {
      expect(unsafeMarkup(h.body.content)).toEqual([]);
      expect(headerBreaks(h.subject)).toBe(false);
    }
  });

  it.each([["\r\nBcc: evil@example.com"], ["\nX-Injected: 1"], ["\u2028second line"]])("a subject carrying %j never yields a two-line subject", (tail) => {
    const m = { ...message, subject: `Re: hello${tail}` };
    const r = propose(m, { from: m.from, best: null, numbers: [], region: null, timeZone: null, signatureLines: [] });
    expect(headerBreaks(r.email.subject)).toBe(false);
  });
});

describe("the corpus exercises escaping rather than dropping", () => {
  it("markup in agenda text reaches the agenda (and so the escaped output) in most cases", () => {
    // Runs after the per-case blocks: jest runs describe blocks in order within a file.
    expect(figures.agendaCases).toBeGreaterThan(0);
    expect(figures.agendaPayloadsShown).toBeGreaterThanOrEqual(Math.ceil(figures.agendaCases / 2));
  });
});
