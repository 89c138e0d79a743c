import fc from "fast-check";
import { extractContact, messageText } from "./extract-contact";
import { regionFromAddress, regionFromDomain } from "./region";
import { guessTimeZone } from "./time-zone";
import type { MailMessage } from "../types";

const msg = (text: string, from = { name: "Jane Doe", address: "jane.doe@firm.com" }, extra: Partial<MailMessage> = {}): MailMessage => ({
  from,
  to: [{ name: "Alex Attorney", address: "alex@lawfirm.example" }],
  subject: "Re: call",
  text,
  ...extra,
});
const best = (m: MailMessage, defaultRegion?: string) => {
  const r = extractContact(m, { defaultRegion });
  return r.best ? [r.best.e164, r.best.ext, r.best.kind] : null;
};

describe("extractContact: choosing the number to call", () => {
  it.each([
    ["US law firm: direct over main and fax", "Regards,\n\nJane Doe\nSmith & Jones LLP\nMain: (212) 555-0100\nDirect: (212) 555-0142\nFax: (212) 555-0199", ["+12125550142", null, "direct"]],
    ["US: a single generic number is the person's own line", "Thanks,\nJane Doe\nAcme Corp.\nPhone: 713.853.6210\nFax: 713.646.8795", ["+17138536210", null, "direct"]],
    ["US: bare number under the name", "Jane Doe\nAcme Corp.\n(713) 345-4693", ["+17133454693", null, "direct"]],
    ["US: extension kept apart", "Jane Doe\nTel (416) 598-0055 x232", ["+14165980055", "232", "direct"]],
    ["US: mobile when there is no office line", "Jane Doe\nH: 713-555-0147\nM: 713-515-9008", ["+17135159008", null, "mobile"]],
    ["US: toll-free when it is the only voice line", "Jane Doe\nAcme Leasing\n1-877-574-2822\nFax 713-555-0190", ["+18775742822", null, "tollfree"]],
    ["US: company line beside a separate direct line is main", "Jane Doe\nTel: 212-555-0100\nDirect: 212-555-0142", ["+12125550142", null, "direct"]],
    ["US: suffix labels", "Jane Doe\n713-853-5638 (office)\n713-416-8738 (cell)\n713-646-8795 (fax)", ["+17138535638", null, "direct"]],
    ["UK: 0044 prefix and (0)", "Kind regards\nJane Doe\nDirect: 0044 (0)20 7915 5675\nFax: 0044 (0)20 7915 5600", ["+442079155675", null, "direct"]],
    ["UK: local number, country from the address", "Jane Doe\n1 New Change\nLondon EC4M 9QQ\nDirect: 020 7783 5530\nMobile: 07879 890 454", ["+442077835530", null, "direct"]],
    ["Germany: PBX suffix stays in the number, Durchwahl is direct", "Mit freundlichen Grüßen\n\nJane Doe\nMuster GmbH\nD-60325 Frankfurt am Main\nTel.: 069 7199-01\nDurchwahl: 069 7199-1511\nFax: 069 7199-4000", ["+496971991511", null, "direct"]],
    ["Germany: switchboard annotated as such is main", "Jane Doe\nPhone: +49 30 609854-00 <== Zentrale\nFax: +49 30 609854-01", ["+493060985400", null, "main"]],
    ["France: spaced +33 (0)", "Cordialement,\nJane Doe\nHome   + 33 (0) 1 42 06 46 54\nWork   + 33 (0) 1 53 77 86 92 (direct line)\nMobile + 33 (0) 6 98 47 88 69", ["+33153778692", null, "direct"]],
    ["Ireland: (+353 or 0) mobile", "Jane Doe\nmobile: (+353 or 0)86 854 9268", ["+353868549268", null, "mobile"]],
    ["Netherlands: T:/E:/W: labels", "Met vriendelijke groet,\nJane Doe\nT: +31 (0) 499 33 69 69\nE: jane.doe@firm.nl", ["+31499336969", null, "direct"]],
    ["India: 5+5 mobile grouping", "Jane Doe\nM +91 88666 21333\nE jane.doe@firm.io", ["+918866621333", null, "mobile"]],
    ["Israel: dotted number in a banner", "--\n                                                     ~. .~   Tk Open Systems\n=}------------------------------------------------ooO--U--Ooo------------{=\n   - jane.doe@firm.com - tel: +972.2.679.5364, http://www.firm.com -", ["+97226795364", null, "direct"]],
    ["US: numbers for given dates are temporary, the cell is best", "If you need to reach me, contact me at the following numbers...\nDecember 20+21\t281-358-8576\nDecember 22-26\t\t972-418-0683\nCell\t\t\t713-412-8730", ["+17134128730", null, "mobile"]],
    ["Two columns: firm register cell beside the fax", "--\nAcme e.K.                 | Jane Doe                   |\nVertretung Hamburg        | Phone: +49-5121-206917-0   |\nAmtsgericht Hildesheim    | Fax:   +49-5121-206917-9   |", ["+4951212069170", null, "direct"]],
    ["Japan: local number with .jp domain", "Jane Doe\nTEL: 03-3277-0582\nFAX: 03-3277-0599", ["+81332770582", null, "direct"]],
  ])("%s", (_name, text, expected) => {
    const from = _name.startsWith("Japan") ? { name: "Jane Doe", address: "jane@firm.co.jp" } : undefined;
    expect(best(msg(text, from))).toEqual(expected);
  });

  it.each([
    ["no number at all", "Thanks!\n\nJane"],
    ["only a fax", "Jane Doe\nFax: 212-555-0199"],
    ["only a number in prose", "If anything comes up, call the front desk at 212-555-0100 and ask for Bob.\n\nThanks,\nJane"],
    ["someone else's block pasted above a first-name sign-off", "Their contact:\n\nBob Roe\nAcme Hotel\nPhone 212 555 0100\nFax 212 555 0101\n\nCheers,\nJane"],
    ["only numbers in a legal footer", "Thanks,\nJane\n\nThis e-mail is confidential. If you received it in error call +1 800 555 0199 and delete it."],
  ])("answers null for %s", (_name, text) => {
    expect(best(msg(text))).toBeNull();
  });

  it("never answers with a quoted sender's number, top- or bottom-posted", () => {
    const quoted = "Bob Roe\nDirect: 212-555-0177";
    expect(best(msg(`Sounds good.\nJane\n\n-----Original Message-----\nFrom: Bob Roe\nSent: Monday\nTo: Jane Doe\nSubject: x\n\n${quoted}`))).toBeNull();
    expect(best(msg(`On Mon, Bob Roe <bob@x.com> wrote:\n${quoted.replace(/^/gm, "> ")}\n\nSounds good.\nJane`))).toBeNull();
    expect(best(msg(`On Mon, Bob Roe <bob@x.com> wrote:\n${quoted.replace(/^/gm, "> ")}\n\nSounds good.\nJane Doe\nTel 212-555-0142`))).toEqual(["+12125550142", null, "direct"]);
  });

  it("reads HTML when there is no text part, and keeps tel: links", () => {
    const html = '<p>Best,</p><p>Jane Doe</p><p>D: <a href="tel:+442071234567">call me</a></p><div id="divRplyFwdMsg"><b>From:</b> Bob<br>Tel 020 7000 0000</div>';
    const r = extractContact(msg("", undefined, { text: null, html }));
    expect(r.best).toMatchObject({ e164: "+442071234567", kind: "direct" });
  });

  it("gives evidence: label, line, confidence, display, signature lines", () => {
    const r = extractContact(msg("Regards,\nJane Doe\nDirect Dial: +44 20 7484 5546\nMob +44 77 33 261 268"));
    expect(r.numbers).toEqual([
      expect.objectContaining({ e164: "+442074845546", kind: "direct", label: "Direct Dial", line: "Direct Dial: +44 20 7484 5546", country: "GB", display: "+44 20 7484 5546" }),
      expect.objectContaining({ e164: "+447733261268", kind: "mobile", label: "Mob" }),
    ]);
    expect(r.best?.confidence).toBeGreaterThan(0.5);
    expect(r.best?.confidence).toBeLessThanOrEqual(1);
    expect(r.signatureLines).toEqual(["Jane Doe", "Direct Dial: +44 20 7484 5546", "Mob +44 77 33 261 268"]);
    expect(r.region).toBe("GB");
    expect(r.timeZone).toBe("Europe/London");
  });

  it("uses the default region for numbers without a country code only when nothing else says where", () => {
    expect(best(msg("Jane Doe\nTel 020 7484 5546"), "GB")).toEqual(["+442074845546", null, "direct"]);
    expect(best(msg("Jane Doe\nTel 0711 1234567", { name: "Jane Doe", address: "jane@firm.de" }), "US")).toEqual(["+497111234567", null, "direct"]);
  });
});

describe("messageText", () => {
  it("prefers a real text alternative and falls back to HTML for stubs", () => {
    expect(messageText({ text: "Jane Doe\nTel 212 555 0100 and more words here", html: "<p>Jane Doe</p><p>Tel 212 555 0100</p>" })).toContain("and more words");
    expect(messageText({ text: "This is an HTML message.", html: "<p>Jane Doe</p><p>Tel 212 555 0100</p>" })).toBe("Jane Doe\nTel 212 555 0100");
  });
});

describe("region and time zone", () => {
  it.each([
    [["Mainzer Landstrasse 46", "D-60325 Frankfurt am Main"], "DE"],
    [["1400 Smith Street", "Houston, TX 77002"], "US"],
    [["Calgary, Alberta T2P 3H7"], "CA"],
    [["One New Change, London, EC4M 9QQ"], "GB"],
    [["Materiaalweg 4, 5681 RJ Best", "The Netherlands"], "NL"],
    [["CREDIT | FIRST", "SUISSE | BOSTON"], null],
  ])("address %j -> %s", (lines, cc) => {
    expect(regionFromAddress(lines)).toBe(cc);
  });

  it.each([
    ["a@firm.de", "DE"], ["a@firm.co.uk", "GB"], ["a@fel.cvut.cz", "CZ"], ["a@firm.com", null], ["a@firm.io", null],
  ])("domain %s -> %s", (address, cc) => {
    expect(regionFromDomain(address)).toBe(cc);
  });

  it.each([
    ["GB", "", null, "Europe/London"],
    ["US", "Houston, TX 77002", "2001-05-15T09:43:00-07:00", "America/Chicago"],
    ["US", "", "2001-05-15T09:43:00-07:00", "America/Los_Angeles"],
    ["CA", "Calgary, Alberta", null, "America/Edmonton"],
    [null, "", null, null],
  ])("%s %j %s -> %s", (cc, sig, date, zone) => {
    expect(guessTimeZone(cc, sig, date)).toBe(zone);
  });
});

describe("extractContact: robustness", () => {
  it("never throws on arbitrary text, HTML or senders", () => {
    const html = fc.array(fc.constantFrom("<p>", "</p>", "<br>", "Tel: ", "+44 20 7123 4567", "&nbsp;", "<blockquote>", "-----Original Message-----", "From: x", "\n", "Jane", "x123", "(0)", "00"), { maxLength: 60 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.fullUnicodeString(), html), fc.oneof(fc.string(), html), fc.string(), (text, markup, name) => {
        const r = extractContact({ from: { name, address: `${name}@x.de` }, to: [], subject: "", text, html: markup });
        expect(Array.isArray(r.numbers)).toBe(true);
        for (const n of [...r.numbers, ...(r.best ? [r.best] : [])]) expect(n.e164).toMatch(/^\+[1-9]\d{5,14}$/);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["nested divs", (n: number) => "<div>".repeat(n / 5) + "Jane Doe<br>Tel 212 555 0100"],
    ["one huge line of digits and dashes", (n: number) => "1-".repeat(n / 2)],
    ["many tiny signature lines", (n: number) => "Jane Doe<br>Tel: 212 555 0100<br>".repeat(n / 33)],
    ["quote markers", (n: number) => "<blockquote>&gt;".repeat(n / 16)],
  ])("stays roughly linear from 1 MB to 5 MB of %s", (_name, make) => {
    const time = (html: string) => {
      const t0 = performance.now();
      extractContact({ from: { name: "Jane Doe", address: "jane@x.com" }, to: [], subject: "", html });
      return performance.now() - t0;
    };
    const small = make(1_000_000);
    const large = make(5_000_000);
    time(small);
    // Best of two runs, so a garbage-collection pause does not pass for super-linear work.
    const tSmall = Math.max(Math.min(time(small), time(small)), 20);
    const tLarge = Math.min(time(large), time(large));
    expect(tLarge / tSmall).toBeLessThan(15);
  });
});
