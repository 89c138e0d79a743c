import fc from "fast-check";
import type { AgendaItem } from "../agenda";
import type { ProposedSlot } from "../scheduling";
import { composeCallRequest, replySubject } from "./callRequest";
import { composeVoicemailFollowUp } from "./voicemail";
import { escapeHtml, telUri } from "./html";
import { firstName } from "./people";

const client = { name: "Jane Okafor", address: "jane.okafor@acme-holdings.com" };
const attorney = { name: "Alex Chen", address: "achen@chenlaw.com" };
const slots: ProposedSlot[] = [
  { start: "2026-03-03T08:00:00-08:00", end: "2026-03-03T08:30:00-08:00", timeZone: "America/Los_Angeles", clientStart: "2026-03-03T16:00:00+00:00", clientEnd: "2026-03-03T16:30:00+00:00", clientTimeZone: "Europe/London" },
  { start: "2026-03-04T16:00:00-08:00", end: "2026-03-04T16:30:00-08:00", timeZone: "America/Los_Angeles", clientStart: "2026-03-05T09:00:00+09:00", clientEnd: "2026-03-05T09:30:00+09:00", clientTimeZone: "Asia/Tokyo" },
];
const agenda: AgendaItem[] = [
  { id: "1", text: "Could you confirm whether the landlord can still invoke the break clause?", kind: "question", sourceMessageId: "m" },
  { id: "2", text: "Please send the redline before the 31st.", kind: "deadline", sourceMessageId: "m" },
  { id: "3", text: "An answered point", kind: "question", sourceMessageId: "m", answered: true },
];
const dial = { e164: "+442074845546", display: "+44 20 7484 5546" };

describe("composeCallRequest", () => {
  const email = composeCallRequest({ client, attorney, agenda, slots, dialNumber: dial, threadSubject: "RE: Re: Lease renewal" });

  it("reads like a note from the attorney: greeting, purpose, agenda, times, number, sign-off", () => {
    expect(email.subject).toBe("Re: Lease renewal");
    expect(email.text).toMatch(/^Hi Jane,\n/);
    // A reply to a live matter: it thanks for the note on its subject; no care-call wording, no claims.
    expect(email.text).toContain("Thanks for your note on Lease renewal; a call would be quicker to go through it together.");
    expect(email.text).not.toMatch(/stay in touch|sales call|calendar is full|It has been a while/i);
    expect(email.text).toContain("- Could you confirm whether the landlord can still invoke the break clause?");
    expect(email.text).toContain("- Please send the redline before the 31st.");
    expect(email.text).not.toContain("An answered point");
    expect(email.text).toContain("I'll call you on +44 20 7484 5546. If another number is better for you, just reply with it.");
    expect(email.text).toMatch(/Best regards,\nAlex\n$/);
  });

  it("gives each time in the client's zone with the attorney's beside it, naming the attorney's day when it differs", () => {
    expect(email.text).toContain("- Tuesday, March 3, 4:00 PM – 4:30 PM your time (8:00 AM in Los Angeles)");
    expect(email.text).toContain("- Thursday, March 5, 9:00 AM – 9:30 AM your time (Wednesday, March 4, 4:00 PM in Los Angeles)");
    const gb = composeCallRequest({ client, attorney, agenda, slots, dialNumber: dial, locale: "en-GB" });
    expect(gb.text).toContain("Tuesday 3 March, 16:00 – 16:30 your time (08:00 in Los Angeles)");
  });

  it("follows the attorney's mailbox timeFormat: 24-hour for HH:mm, 12-hour for h:mm tt, whatever the locale", () => {
    const h24 = composeCallRequest({ client, attorney, agenda, slots, dialNumber: dial, timeFormat: "HH:mm" });
    expect(h24.text).toContain("Tuesday, March 3, 16:00 – 16:30 your time (08:00 in Los Angeles)");
    const h12 = composeCallRequest({ client, attorney, agenda, slots, dialNumber: dial, locale: "en-GB", timeFormat: "h:mm tt" });
    expect(h12.text).toMatch(/Tuesday 3 March, 4:00 pm – 4:30 pm your time \(8:00 am in Los Angeles\)/i);
  });

  it("marks a time at the edge of the client's day", () => {
    const edge: ProposedSlot = { ...slots[1], clientOutsideMinutes: 60, clientEdge: "early", attorneyOutsideMinutes: 60, attorneyEdge: "late" };
    const e = composeCallRequest({ client, attorney, agenda, slots: [edge], dialNumber: dial });
    expect(e.text).toContain("your time, before your usual hours (Wednesday, March 4, 4:00 PM in Los Angeles)");
  });
  it("puts the same content in the HTML, with the number as a tel: link", () => {
    expect(email.html).toContain('<a href="tel:+442074845546">+44 20 7484 5546</a>');
    expect(email.html).toContain("<li>Could you confirm whether the landlord can still invoke the break clause?</li>");
    expect(email.html.match(/<li>/g)).toHaveLength(4);
  });

  it("uses the fixed subject outside a thread, asks for a number when none was found, and asks for times when none are free", () => {
    const bare = composeCallRequest({ client: { name: "", address: "ops@acme.com" }, attorney, agenda: [], slots: [], dialNumber: null });
    expect(bare.subject).toBe("Let's set up a call");
    expect(bare.text).toMatch(/^Hello,\n/);
    expect(bare.text).toContain("What is the best number to reach you on?");
    expect(bare.text).toContain("Could you send me a few times that suit you, with your time zone?");
    expect(bare.text).not.toMatch(/calendar is full|sales call/i);
    expect(bare.html).not.toContain("tel:");
  });

  it("writes the care-call note only for the care-call list", () => {
    const checkIn = composeCallRequest({ client, attorney, agenda: [{ id: "t", text: "How is business?", kind: "template", sourceMessageId: "template" }], slots, dialNumber: dial, occasion: "care-call" });
    expect(checkIn.text).toContain("It has been a while since we last spoke");
    expect(checkIn.text).not.toMatch(/sales|agenda of mine/i);
    expect(checkIn.text).toContain("A few things I'd love to hear about:\n- How is business?");
  });
});

describe("hostile input never reaches the HTML unescaped", () => {
  const hostile = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "<a href=\"javascript:alert(1)\">click</a>",
    "' onmouseover='alert(1)",
    "<svg/onload=alert(1)>",
    "`${alert(1)}`<iframe src=javascript:alert(1)>",
  ];
  const unsafe = /<script|<img|<svg|<iframe|\son\w+\s*=|href\s*=\s*["']?\s*javascript:/i;

  it.each(hostile)("%s as client name, attorney name, subject, agenda, purpose and number", (evil) => {
    const input = {
      client: { name: evil, address: `x@evil.test` },
      attorney: { name: evil, address: "a@firm.test" },
      agenda: [{ id: "1", text: evil, kind: "question" as const, sourceMessageId: "m" }],
      slots: slots.map((s) => ({ ...s, timeZone: evil, clientTimeZone: evil })),
      dialNumber: { e164: evil, ext: evil, display: evil },
      purpose: evil,
      threadSubject: evil,
    };
    for (const email of [composeCallRequest(input), composeVoicemailFollowUp({ ...input, callbackNumber: { e164: evil } })]) {
      expect(email.html).not.toMatch(unsafe);
      expect(email.html).not.toContain("tel:");
      // The only tags are the ones compose writes itself.
      for (const tag of email.html.match(/<\/?([a-z0-9]+)/gi) ?? []) expect(["<div", "</div", "<p", "</p", "<ul", "</ul", "<li", "</li", "<br"]).toContain(tag.toLowerCase());
      expect(email.text).toContain(evil.trim().split(/\s+/)[0]); // text keeps the words as written
    }
  });

  it("holds for any text: the only markup is compose's own, and every inserted value reads back unchanged", () => {
    const decode = (h: string) => h.replace(/&(lt|gt|quot|#39|#96|#61|amp);/g, (_m, e: string) => ({ lt: "<", gt: ">", quot: '"', "#39": "'", "#96": "`", "#61": "=", amp: "&" })[e] ?? "");
    const piece = fc.string({ unit: fc.constantFrom(..."<>&\"'`=/ ajs:on()".split("")), maxLength: 40 });
    fc.assert(
      fc.property(piece, piece, piece, (name, item, subject) => {
        const email = composeCallRequest({ client: { name, address: "c@x.test" }, attorney, agenda: [{ id: "1", text: item, kind: "question", sourceMessageId: "m" }], slots, dialNumber: dial, threadSubject: subject });
        const tags = email.html.match(/<[^>]*>/g) ?? [];
        for (const t of tags) expect(t).toMatch(/^<\/?(div|p|ul|li|br)>$|^<a href="tel:\+442074845546">$|^<\/a>$/);
        // A blank item is left out by design (agendaPoints); every other one reads back as written.
        if (item.trim().length > 0) expect(decode(email.html)).toContain(item);
        expect(email.html).not.toMatch(/<li>\s*<\/li>/);
      }),
      { numRuns: 300 },
    );
  });

  it("escapes the HTML-significant characters, backticks and equals signs", () => {
    expect(escapeHtml(`<>&"'\`=`)).toBe("&lt;&gt;&amp;&quot;&#39;&#96;&#61;");
  });

  it.each([
    [{ e164: "+442074845546" }, "tel:+442074845546"],
    [{ e164: "+442074845546", ext: "123" }, "tel:+442074845546;ext=123"],
    [{ e164: "+442074845546", ext: "12;x=<y>" }, "tel:+442074845546"],
    [{ e164: "javascript:alert(1)" }, null],
    [{ e164: "+44 20 7484 5546" }, null],
  ])("telUri(%j) = %s", (n, uri) => {
    expect(telUri(n)).toBe(uri);
  });
});

describe("composeVoicemailFollowUp", () => {
  it("names the number tried, the open points, other times and a call-back number", () => {
    const v = composeVoicemailFollowUp({ client, attorney, dialNumber: dial, callbackNumber: { e164: "+12125550100" }, slots, agenda });
    expect(v.subject).toBe("Sorry I missed you");
    expect(v.text).toContain("I just tried you on +44 20 7484 5546 and left a short voicemail.");
    expect(v.text).toContain("- Please send the redline before the 31st.");
    expect(v.text).toContain("Or call me back whenever it suits you on +1 212 555 0100.");
    expect(v.html).toContain('<a href="tel:+12125550100">');
  });
});

describe("names and subjects", () => {
  it.each([
    [{ name: "Jane Okafor", address: "j@x" }, "Jane"],
    [{ name: "Okafor, Jane", address: "j@x" }, "Jane"],
    [{ name: "Dr. Jane Okafor", address: "j@x" }, "Jane"],
    [{ name: "\"Okafor, Jane (Acme)\"", address: "j@x" }, "Jane"],
    [{ name: "", address: "jane.okafor@acme.com" }, "Jane"],
    [{ name: "", address: "info@acme.com" }, null],
  ])("firstName(%j) = %s", (who, name) => {
    expect(firstName(who)).toBe(name);
  });

  it.each([
    ["Lease renewal", "Re: Lease renewal"],
    ["RE: Re: AW: Lease renewal", "Re: Lease renewal"],
    ["Fwd: Lease", "Re: Lease"],
    ["Lease\r\nBcc: evil@example.com", "Re: Lease Bcc: evil@example.com"],
    ["Lease\u2028X-Injected: 1", "Re: Lease X-Injected: 1"],
    ["", "Let's set up a call"],
    [null, "Let's set up a call"],
  ])("replySubject(%j) = %s", (subject, expected) => {
    expect(replySubject(subject)).toBe(expected);
  });
});

describe("greeting follows the client's register", () => {
  const sato = { name: "Haruto Sato", address: "h.sato@sakura-robotics.co.jp" };
  it.each([
    ["Dear Mr. Morgan,\n\nThank you for the draft.", "Dear Haruto Sato,"],
    ["Sehr geehrter Herr Morgan,\n\nvielen Dank.", "Dear Haruto Sato,"],
    ["Dear Alex,\n\nthank you.", "Dear Haruto,"],
    ["Hi Alex,\n\nquick one.", "Hi Haruto,"],
    ["Thanks for the draft.", "Hi Haruto,"],
  ])("%j → %s", (text, expected) => {
    const e = composeCallRequest({ client: sato, attorney, agenda, slots, dialNumber: dial, threadSubject: "NDA", clientText: text });
    expect(e.text.split("\n")[0]).toBe(expected);
  });
  it.each([
    ["the client's own name carries it", { name: "Dr. Eva Brandt", address: "e@x.de" }, "Dear Mr. Morgan,", "Dear Dr. Brandt,"],
    ["the client signs with it", { name: "Eva Brandt", address: "e@x.de" }, "Sehr geehrter Herr Morgan,\n\nanbei.\n\nMit freundlichen Grüßen\nDr. Eva Brandt\nBrandt GmbH", "Dear Dr. Brandt,"],
    ["a professor", { name: "Prof. Ana Ruiz", address: "a@x.es" }, "Estimado Sr. Morgan:", "Dear Prof. Ruiz,"],
    ["someone else's title in the text is not the client's", { name: "Eva Brandt", address: "e@x.de" }, "Dear Mr. Morgan,\n\nDr. Klaus Weber will join.", "Dear Eva Brandt,"],
  ])("a title and surname when %s", (_name, client, text, expected) => {
    const e = composeCallRequest({ client, attorney, agenda, slots, dialNumber: dial, clientText: text });
    expect(e.text.split("\n")[0]).toBe(expected);
  });
});
