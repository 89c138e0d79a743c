// Issue 16.2 and 16.3: Outlook's compose forms. displayNewMessageForm needs Mailbox 1.6 (the manifest asks
// for 1.3); officeTheme needs 1.14; htmlBody is limited to 32 KB. The simulated host enforces each; the
// adapter (src/office) checks the requirement set, falls back with the drafted text, and cuts a body that is
// too long at a block boundary with a note.
import { composeCallRequest, composeVoicemailFollowUp } from "../../src/core/compose";
import type { AgendaItem } from "../../src/core/agenda";
import type { ProposedSlot } from "../../src/core/scheduling";
import { createSimulatedOutlook, type SimulatedItem } from "../../src/dev/host/simulatedOffice";
import { createOfficeHost, FORM_BODY_LIMIT, fitFormBody } from "../../src/office";

const ITEM: SimulatedItem = {
  restId: "AAMkAD-abc_def=",
  conversationId: "AAQkAD-conv_1=",
  subject: "Lease",
  from: { name: "Priya Raman", address: "priya@northwind.example" },
};

function outlook(mailboxVersion?: string) {
  const storage = new Map<string, string>();
  const sim = createSimulatedOutlook({
    user: { displayName: "Ada Attorney", emailAddress: "ada@firm.example", timeZone: "Eastern Standard Time" },
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    mailboxVersion,
  });
  sim.select(ITEM);
  sim.setTheme("dark");
  return { sim, host: createOfficeHost(sim.office, { storage: null, forcedColors: () => false }) };
}

const LONG = "Ein sehr langer Name & Co. <Rechtsanwälte> \"Partnerschaft\" ".repeat(5).slice(0, 256); // Graph's displayName max 256

function worstCase(): { reply: string; voicemail: string } {
  // Extraction gives at most 8 open items of at most 160 characters; every character here needs escaping.
  const agenda: AgendaItem[] = Array.from({ length: 8 }, (_, i) => ({
    id: `i${i}`,
    text: `${i} ${"&<>\"'".repeat(40)}`.slice(0, 160),
    kind: "question",
    sourceMessageId: "m",
    answered: false,
  })) as AgendaItem[];
  // proposeSlots offers at most 50 times (its count bound); the taskpane offers fewer.
  const slots: ProposedSlot[] = Array.from({ length: 50 }, (_, i) => ({
    start: `2026-12-${String(1 + (i % 28)).padStart(2, "0")}T09:00:00-05:00`,
    end: `2026-12-${String(1 + (i % 28)).padStart(2, "0")}T09:30:00-05:00`,
    timeZone: "America/New_York",
    clientStart: `2026-12-${String(1 + (i % 28)).padStart(2, "0")}T15:00:00+01:00`,
    clientEnd: `2026-12-${String(1 + (i % 28)).padStart(2, "0")}T15:30:00+01:00`,
    clientTimeZone: "Europe/Berlin",
  }));
  const client = { name: LONG, address: `${"a".repeat(64)}@${"b".repeat(60)}.example` };
  const attorney = { name: LONG, address: "ada@firm.example" };
  const dialNumber = { e164: "+4971112345678", display: "+49 711 12345678", extension: "12345" } as never;
  const reply = composeCallRequest({ client, attorney, agenda, slots, dialNumber, threadSubject: LONG, locale: "de-DE" }).html;
  const voicemail = composeVoicemailFollowUp({ client, attorney, agenda, slots, dialNumber, threadSubject: LONG }).html;
  return { reply, voicemail };
}

describe("form body size (32 KB)", () => {
  it("the composer's largest automatic body stays well under 32 KB", () => {
    const { reply, voicemail } = worstCase();
    // Printed for the record: the measured worst case.
    console.log(`largest composed bodies: reply ${reply.length} chars, voicemail ${voicemail.length} chars (limit ${FORM_BODY_LIMIT})`);
    expect(Math.max(reply.length, voicemail.length)).toBeLessThan(FORM_BODY_LIMIT);
  });

  it("the simulated Outlook refuses a larger body as office.js does", () => {
    const { sim } = outlook();
    const item = sim.office.context.mailbox.item as unknown as { displayReplyForm(f: { htmlBody: string }): void };
    expect(() => item.displayReplyForm({ htmlBody: "x".repeat(FORM_BODY_LIMIT + 1) })).toThrow(/ArgumentOutOfRange/);
    expect(() => item.displayReplyForm({ htmlBody: "x".repeat(FORM_BODY_LIMIT) })).not.toThrow();
  });

  it("an attorney-edited agenda past 32 KB opens shortened at a block boundary, with a note", () => {
    const { sim, host } = outlook();
    const items = Array.from({ length: 400 }, (_, i) => `<li>Point ${i}: ${"clause ".repeat(12)}</li>`).join("");
    const html = `<p>Dear Priya,</p><ul>${items}</ul><p>Best,<br>Ada</p>`;
    expect(html.length).toBeGreaterThan(FORM_BODY_LIMIT);
    const outcome = host.displayReplyForm({ htmlBody: html });
    expect(outcome).toMatchObject({ opened: true, shortened: true });
    expect(outcome.note).toMatch(/Outlook accepts at most 32 KB.*\[…\]/);
    const sent = sim.forms[0].htmlBody;
    expect(sent.length).toBeLessThanOrEqual(FORM_BODY_LIMIT);
    expect(sent).toMatch(/<\/li><\/ul><p>\[…\]<\/p>$/);
    expect(fitFormBody("<p>short</p>")).toEqual({ html: "<p>short</p>", shortened: false, originalLength: 12 });
  });
});

describe("requirement sets", () => {
  it("at Mailbox 1.14 the new-message form opens and the theme is read", () => {
    const { sim, host } = outlook("1.14");
    expect(host.capabilities()).toEqual({ newMessageForm: true, officeTheme: true });
    expect(host.displayNewMessageForm({ toRecipients: ["priya@northwind.example"], subject: "S", htmlBody: "<p>x</p>" })).toEqual({ opened: true, shortened: false, note: null });
    expect(sim.forms.map((f) => f.kind)).toEqual(["new"]);
    expect(host.getTheme()).toBe("dark");
  });

  it("at Mailbox 1.3 no form opens: the drafted text comes back with a note in words; the theme stays light", () => {
    const { sim, host } = outlook("1.3");
    expect(host.capabilities()).toEqual({ newMessageForm: false, officeTheme: false });
    const outcome = host.displayNewMessageForm({ toRecipients: ["priya@northwind.example"], subject: "Let's set up a call", htmlBody: "<p>Hi Priya,</p><ul><li>Lease &amp; deposit</li></ul>" });
    expect(outcome).toMatchObject({ opened: false, text: "Hi Priya,\n\n- Lease & deposit" });
    expect(outcome.note).toMatch(/cannot open a new message from an add-in \(it needs Mailbox 1\.6\)\. Copy the drafted message below into a new email to priya@northwind\.example/);
    expect(sim.forms).toEqual([]);
    expect(host.getTheme()).toBe("light");
    // A reply form is Mailbox 1.1: it still opens.
    expect(host.displayReplyForm({ htmlBody: "<p>x</p>" }).opened).toBe(true);
  });
});
