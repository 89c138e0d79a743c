// One table per class of mistake the engine must not make on mail it was not written against (issue 14).
// Samples are real-looking signatures and replies; each row states the number a careful reader would dial.
import { extractContact } from "./extract-contact";
import { parseEmail } from "../mime";
import type { MailMessage } from "../types";

function mail(from: [string, string], text: string, extra: Partial<MailMessage> = {}): MailMessage {
  return { from: { name: from[0], address: from[1] }, to: [{ name: "Alex Morgan", address: "alex.morgan@harwellmorgan.com" }], subject: "Re: matter", text, ...extra };
}

describe("whose number it is", () => {
  it.each([
    ["a colleague the sender mentions", ["Tom Brown", "tom@brownco.co.uk"], "Hi Alex,\n\nYou can reach Maria at +44 20 7946 0999 for the documents.\n\nThanks,\nTom"],
    ["a named assistant after 'call'", ["Jane Okafor", "jane@acme.co.uk"], "Alex,\n\nPlease call my assistant Priya on 020 7946 0555 to fix a time.\n\nJane"],
    ["a forwarded sender's signature", ["Luis Ortega", "luis@ortega.es"], "FYI, see below.\n\nLuis\n\n---------- Forwarded message ---------\nFrom: Ana Ruiz <ana@ruiz-abogados.es>\nDate: Mon, 2 Mar 2026\nSubject: Contrato\n\nHola,\n\nAdjunto el contrato.\n\nAna Ruiz\nRuiz Abogados\nTel. +34 91 555 01 42"],
    ["a quoted partner's block under a short reply", ["Dan Reyes", "dan@sierraridge.com"], "Works for me.\n\nSent from my iPhone\n\nOn Mar 3, 2026, at 10:02, Alex Morgan <alex.morgan@harwellmorgan.com> wrote:\n> Dan, can we talk Thursday?\n> Alex Morgan\n> Partner | Harwell Morgan LLP\n> Direct: +1 212 555 0148"],
    ["a German forward with the other firm's switchboard", ["Klaus Weber", "k.weber@weber-ag.de"], "Zur Info.\n\nGruß\nKlaus\n\nVon: Petra Lang <p.lang@lang-recht.de>\nGesendet: Montag, 2. März 2026 09:14\nAn: Klaus Weber\nBetreff: Vertrag\n\nSehr geehrter Herr Weber,\nanbei der Entwurf.\nPetra Lang\nZentrale: +49 30 5550 100"],
  ])("%s is never the sender's", (_name, from, text) => {
    const r = extractContact(mail(from as [string, string], text));
    expect(r.best).toBeNull();
    expect(r.confidence).toBe("none");
    expect(r.reason).toMatch(/no number of their own|no phone number/);
  });

  it.each([
    ["my cell is", "Hi Alex,\n\nMy cell is 415-555-0177 if anything comes up tonight.\n\nThanks,\nTom", ["Tom Brown", "tom@brown.com"], "+14155550177", "mobile"],
    ["call me on", "Alex,\n\nPlease call me on 07911 123456 after 4.\n\nJane", ["Jane Okafor", "jane@acme.co.uk"], "+447911123456", "mobile"],
    ["erreichen Sie mich unter", "Hallo Herr Morgan,\n\nSie erreichen mich unter 089 5550310.\n\nGruß\nKlaus", ["Klaus Weber", "k.weber@weber-ag.de"], "+49895550310", "direct"],
    ["mon portable", "Bonjour,\n\nMon portable : 06 12 34 56 78, n'hésitez pas.\n\nMarie", ["Marie Dupont", "marie@dupont.fr"], "+33612345678", "mobile"],
    ["llámame al", "Hola Alex,\n\nLlámame al 600 123 456 cuando puedas.\n\nLuis", ["Luis Ortega", "luis@ortega.es"], "+34600123456", "mobile"],
  ])("the sender's own words count: %s", (_name, text, from, e164, kind) => {
    const r = extractContact(mail(from as [string, string], text as string));
    // A one-line sentence right above the name may be read as part of the signature; either way it is theirs.
    expect(r.best).toMatchObject({ e164, kind });
    expect(["own-words", "signature"]).toContain(r.best?.source);
  });

  it("a first-person phrase followed by someone else is not the sender's number", () => {
    const r = extractContact(mail(["Tom Brown", "tom@brown.com"], "Hi,\n\nCall me or my assistant Maria on 415-555-0190.\n\nTom"));
    expect(r.best).toBeNull();
  });
});

describe("label layouts", () => {
  const sig = (name: string, address: string, lines: string) => mail([name, address], `Thanks,\n\n${name}\n${lines}`);
  it.each([
    ["a label after the number", sig("Jane Roe", "jane@acme.com", "Acme Corp\n415.555.0142 Direct Dial\n415.555.0100 Main"), "+14155550142", { "+14155550100": "main" }],
    ["labels in columns", sig("Jan de Vries", "jan@vries.nl", "Vries BV, Amsterdam\ntel +31 20 555 0142 direct   +31 20 555 0100 reception"), "+31205550142", { "+31205550100": "main" }],
    ["a shared stem Tel/Fax", sig("Hans Müller", "hans@mueller.de", "Müller GmbH\nTel/Fax: +49 89 5550 310/-319"), "+49895550310", { "+49895550319": "fax" }],
    ["a shared stem with its own fax label", sig("Hans Müller", "hans@mueller.de", "Müller GmbH\nTel.: +49 89 5550 310, Fax: -319"), "+49895550310", { "+49895550319": "fax" }],
    ["a short local form inheriting the area code", sig("Bob Smith", "bob@smithllp.com", "Smith LLP, Seattle WA 98101\nTel: (206) 555-0100  Dir. 555-0142"), "+12065550142", { "+12065550100": "main" }],
    ["an 'hm' line is not the office line", sig("Bob Smith", "bob@smithllp.com", "hm 206-555-0199\nc 206-555-0144"), "+12065550144", { "+12065550199": "other" }],
    ["a 'Home:' line beside the office", sig("Bob Smith", "bob@smithllp.com", "Home: 206-555-0199\nOffice: 206-555-0143"), "+12065550143", { "+12065550199": "other" }],
  ])("%s", (_name, message, best, kinds) => {
    const r = extractContact(message as MailMessage);
    expect(r.best?.e164).toBe(best);
    for (const [e164, kind] of Object.entries(kinds as Record<string, string>)) expect(r.numbers.find((n) => n.e164 === e164)?.kind).toBe(kind);
  });
});

describe("recall", () => {
  it.each([
    ["011 trunk form from the US", ["Tom Brown", "tom@brown.com"], "Tom Brown\nBrown & Co, London\nPhone: 011-44-20-7946-0321", "+442079460321"],
    ["00 country code", ["Marie Dupont", "marie@dupont.fr"], "Marie Dupont\nDupont SA\nTél : 00 33 1 55 55 01 42", "+33155550142"],
    ["(0) inserted", ["Tom Brown", "tom@brown.co.uk"], "Tom Brown\nT: +44 (0)20 7946 0321", "+442079460321"],
    ["slashes", ["Klaus Weber", "klaus@weber.de"], "Klaus Weber\nTel. 089/5550-310", "+49895550310"],
    ["dots", ["Lucia Bianchi", "lucia@bianchi.it"], "Lucia Bianchi\nStudio Bianchi\nTel. 02.5550.3100", "+390255503100"],
    ["no label at all", ["Klaus Weber", "klaus@weber.de"], "Klaus Weber\nWeber AG\n+49 89 5550310", "+49895550310"],
  ])("%s", (_name, from, signature, e164) => {
    const r = extractContact(mail(from as [string, string], `Best regards,\n\n${signature}`));
    expect(r.best?.e164).toBe(e164);
  });

  it("reads a signature laid out in an HTML table", () => {
    const html = `<p>Kind regards,</p><table><tr><td><b>Jane Okafor</b><br>General Counsel</td><td>Direct</td><td>+44 20 7946 0321</td></tr><tr><td></td><td>Main</td><td>+44 20 7946 0000</td></tr></table>`;
    const r = extractContact({ ...mail(["Jane Okafor", "jane@acme.co.uk"], ""), text: null, html });
    expect(r.best).toMatchObject({ e164: "+442079460321", kind: "direct" });
  });
});

describe("the client's own earlier signature", () => {
  const signed = "Dear Alex,\n\nPlease find the lease attached.\n\nBest regards,\nJane Okafor\nGeneral Counsel | Acme Holdings Ltd\nDirect: +44 20 7946 0321\nMobile: +44 7911 123456";

  it("a short mobile reply takes the sender's signature quoted below, and says so", () => {
    const text = `Yes, Thursday works.\n\nSent from my iPhone\n\nOn 3 Mar 2026, at 09:14, Jane Okafor <jane.okafor@acme.co.uk> wrote:\n\n${signed.split("\n").map((l) => `> ${l}`).join("\n")}`;
    const r = extractContact(mail(["Jane Okafor", "jane.okafor@acme.co.uk"], text));
    expect(r.best).toMatchObject({ e164: "+442079460321", source: "earlier-signature" });
    expect(r.best?.evidence).toBe("from Jane's signature quoted below");
    expect(r.timeZone).toBe("Europe/London");
  });

  it("or her signed message fetched with the conversation, with its date", () => {
    const earlier = { ...mail(["Jane Okafor", "jane.okafor@acme.co.uk"], signed), id: "m1", date: "2026-03-03T09:14:00+00:00" };
    const reply = { ...mail(["Jane Okafor", "jane.okafor@acme.co.uk"], "Yes, Thursday works.\n\nSent from my iPhone"), id: "m3" };
    const attorney = { ...mail(["Alex Morgan", "alex.morgan@harwellmorgan.com"], "Jane, Thursday at 10?\n\nAlex Morgan\nDirect: +1 212 555 0148"), id: "m2", date: "2026-03-03T12:00:00-05:00" };
    const r = extractContact(reply, { thread: [earlier, attorney, reply] });
    expect(r.best).toMatchObject({ e164: "+442079460321", source: "earlier-signature", evidence: "from Jane's signature on 3 March" });
  });

  it.each([
    ["under another person's '>' part", (l: string) => `>> ${l}`, "> Confirm?\n> Alex\n>\n>> On 1 Mar 2026, at 08:00, Jane Okafor <jane.okafor@acme.co.uk> wrote:\n>>"],
    ["under an attribution that lost its '>' quoting", (l: string) => l, "Confirm?\nAlex\n\nOn 1 Mar 2026, at 08:00, Jane Okafor <jane.okafor@acme.co.uk> wrote:\n"],
  ])("or her signature deeper in the history, %s, matched by address", (_name, quote, above) => {
    const text = `Ok.\n\nSent from my iPhone\n\nOn 2 Mar 2026, at 09:00, Alex Morgan <alex.morgan@harwellmorgan.com> wrote:\n\n${above}\n${signed.split("\n").map(quote).join("\n")}`;
    const r = extractContact(mail(["Jane Okafor", "jane.okafor@acme.co.uk"], text));
    expect(r.best).toMatchObject({ e164: "+442079460321", source: "earlier-signature" });
  });

  it("but not another person's signature that a flattened bottom-posted quote left under her name", () => {
    const text = "Done!\nJane\n\nOn 2 Mar 2026, at 09:00, Jane Okafor <jane.okafor@acme.co.uk> wrote:\n\n> Thanks!\n> Jane\n>\n> On 1 Mar 2026, Enrico Mioso <enrico@example.it> wrote:\n>\n>> you may install it with opkg.\n>>\n>> On Tue, 28 Feb 2026, Jane Okafor wrote:\n>>\n>>> Date: Tue, 28 Feb 2026 11:39:05\n>>> From: Jane Okafor <jane.okafor@acme.co.uk>\n>>> Subject: strace\n>>>\n>>> How do I include strace?\n>>> Jane\n>>\n>>\n>>\n>> Enrico Mioso\n>> Personal Phone Number: +39 3807096934";
    const r = extractContact(mail(["Jane Okafor", "jane.okafor@acme.co.uk"], text));
    expect(r.best).toBeNull();
  });

  it.each([
    ["her title after a gap", "Nebojša\nNebojsa Stevanovic\n\n\nSystems Engineer\n\nnebojsa.stevanovic@gcore.example.com\n+381642677153"],
  ])("and the sender's own block keeps %s", (_name, sig) => {
    const r = extractContact(mail(["Nebojsa Stevanovic", "nebojsa.stevanovic@gcore.example.com"], `Please let me know.\n\nRegards,\n${sig}`));
    expect(r.best?.e164).toBe("+381642677153");
  });

  it.each([
    ["Greek", "Στις Τρί 3 Μαρ 2026 στις 09:14, ο/η Jane Okafor <jane.okafor@acme.co.uk> έγραψε:"],
    ["Vietnamese", "Vào Th 3, 3 thg 3, 2026 vào lúc 09:14 Jane Okafor <jane.okafor@acme.co.uk> đã viết:"],
    ["Russian", "3 марта 2026 г., в 09:14, Jane Okafor <jane.okafor@acme.co.uk> написал(а):"],
  ])("or her signature quoted under a %s attribution, matched by its address", (_lang, attribution) => {
    const text = `Yes.\n\nSent from my iPhone\n\n${attribution}\n\n${signed.split("\n").map((l) => `> ${l}`).join("\n")}`;
    const r = extractContact(mail(["Jane Okafor", "jane.okafor@acme.co.uk"], text));
    expect(r.best).toMatchObject({ e164: "+442079460321", source: "earlier-signature" });
    expect(r.best?.unsure).toBeUndefined();
  });

  it("but not a namesake's signature deeper in the history", () => {
    const text = `Ok.\n\nSent from my iPhone\n\nOn 2 Mar 2026, at 09:00, Alex Morgan <alex.morgan@harwellmorgan.com> wrote:\n\n> Confirm?\n>\n>> On 1 Mar 2026, Jane Okafor <jane@okafor-family.example.com> wrote:\n>>\n${signed.split("\n").map((l) => `>> ${l}`).join("\n")}`;
    expect(extractContact(mail(["Jane Okafor", "jane.okafor@acme.co.uk"], text)).best).toBeNull();
  });

  it("never falls back to another person's signature in the thread", () => {
    const attorney = { ...mail(["Alex Morgan", "alex.morgan@harwellmorgan.com"], "Jane, Thursday at 10?\n\nAlex Morgan\nDirect: +1 212 555 0148"), id: "m2" };
    const reply = { ...mail(["Jane Okafor", "jane.okafor@acme.co.uk"], "Yes.\n\nSent from my iPhone"), id: "m3" };
    const r = extractContact(reply, { thread: [attorney, reply] });
    expect(r.best).toBeNull();
  });
});

describe("time zone from the number", () => {
  it.each([
    ["an Arizona area code is Phoenix, not Denver", "+1 480 555 0142", null, "America/Phoenix"],
    ["a Seattle area code", "+1 206 555 0142", null, "America/Los_Angeles"],
    ["a Chicago area code", "+1 312 555 0142", null, "America/Chicago"],
    ["a Sydney number", "+61 2 9555 0142", null, "Australia/Sydney"],
    // Google's data gives 08 numbers both Adelaide and Perth; the Date header's offset tells them apart.
    ["a Perth number sent at +08:00", "+61 8 9555 0142", "2026-03-03T09:00:00+08:00", "Australia/Perth"],
    ["an Adelaide number sent at +10:30", "+61 8 8555 0142", "2026-03-03T09:00:00+10:30", "Australia/Adelaide"],
  ])("%s", (_name, number, date, zone) => {
    const r = extractContact(mail(["Sam Lee", "sam@leeco.com"], `Thanks,\n\nSam Lee\nLee & Co\nPhone: ${number}`, { date }));
    expect(r.timeZone).toBe(zone);
  });

  it("an address in the signature still wins over a mobile's area code", () => {
    const r = extractContact(mail(["Sam Lee", "sam@leeco.com"], "Thanks,\n\nSam Lee\n100 Main St, Boston MA 02110\nCell: +1 480 555 0142"));
    expect(r.timeZone).toBe("America/New_York");
  });
});

describe("honest answers", () => {
  it("flags a number from lines that do not name the sender", () => {
    const r = extractContact(mail(["Sam Lee", "sam@leeco.com"], "Here is the info.\n\nAcme Tower, Floor 3\nPhone: +1 312 555 0142"));
    expect(r.best?.e164).toBe("+13125550142");
    expect(r.confidence).toBe("low");
    expect(r.best?.unsure).toMatch(/not sure this is Sam's number/);
  });

  it("a signed block is high confidence with its evidence", () => {
    const r = extractContact(mail(["Sam Lee", "sam@leeco.com"], "Thanks,\n\nSam Lee\nPhone: +1 312 555 0142"));
    expect(r).toMatchObject({ confidence: "high", best: { source: "signature", evidence: "from Sam's signature in this email" } });
  });
});

describe("trunk forms people type", () => {
  it.each([
    ["a doubled plus with (0)", "Tel: ++49 (0) 711-347-57193", "+4971134757193"],
  ])("%s", (_name, line, e164) => {
    const r = extractContact(mail(["Felix Erkert", "felix.erkert@festo.com"], `Mit freundlichen Grüßen\n\nFelix Erkert\n${line}`));
    expect(r.best?.e164).toBe(e164);
  });
});

describe("signature sections", () => {
  it.each([
    [
      "a pipe-laid signature line with many words",
      ["Min-jun Park", "minjun@hanbit.co.kr"],
      "Thanks for the review.\n\n-- \nMin-jun Park (박민준) | Senior Counsel at Hanbit Partners Seoul |\nminjun@hanbit.co.kr | +82-10-2781-5078",
      "+821027815078",
    ],
    [
      "a rule line between the person and the firm",
      ["Eva Huber", "eva.huber@alpentech.at"],
      "Regards,\n\n-- \nEva Huber\n\n________________________________________________\n\nAlpentech Engineering GmbH\nDonaustrasse 10, 1100 Wien\nOffice: +43 1 667 2002 4679 Fax: +43 1 667 2002 4401\nMail to: eva.huber@alpentech.at",
      "+43166720024679",
    ],
    [
      "a register line above the sender's own phone line",
      ["Heike Brandt", "hb@brandt-sw.de"],
      "Danke!\n\nHeike\n-- \nBrandt Software GmbH,      Managing Director: Otto Brandt\nHRB 165235 Munich, Office: Hauptstr. 5, D-82194 Groebenzell\nPhone: +49-8142-66989-52   Fax: +49-8142-66989-80   Email: hb@brandt-sw.de",
      "+4981426698952",
    ],
    [
      "a personal mobile before the firm's section with its role address",
      ["Marco Bellini", "marco@bellini-legal.nl"],
      "Best,\n\n-- \nMarco Bellini\nPartner\nM. +39 347 913 2170\nmarco@bellini-legal.nl\n__________________________________\n\nBellini Legal BV\nKeizersgracht 125, 1015 CJ Amsterdam\nT. +31 (0)20 555 0172\ninfo@bellini-legal.nl",
      "+393479132170",
    ],
    [
      "a country code written without '+'",
      ["Wei Lin", "wei_lin@formosa-chip.com"],
      "Hello,\n\tCould you review the patch?\n\nWei Lin\n\nTel : 886-3-5751185 ext:8857",
      "+88635751185",
    ],
  ])("%s", (_name, from, text, best) => {
    const r = extractContact(mail(from as [string, string], text as string));
    expect(r.best?.e164).toBe(best);
  });

  it("the firm's line beside its role address is its main line, not the sender's direct", () => {
    const r = extractContact(mail(["Marco Bellini", "marco@bellini-legal.nl"], "Best,\n\nMarco Bellini\nPartner\nM. +39 347 913 2170\n\nBellini Legal BV\nT. +31 (0)20 555 0172\ninfo@bellini-legal.nl"));
    expect(r.numbers.find((n) => n.e164 === "+31205550172")?.kind).toBe("main");
  });

  it.each([
    ["English", "Intel Deutschland GmbH\nRegistered Address: Am Campeon 10, 85579 Neubiberg, Germany\nTel: +49 89 99 8853-0, www.intel.de\nManaging Directors: Anna Schmidt, Boris Lenz\nCommercial Register: Amtsgericht Muenchen HRB 186928"],
    ["German", "Muster AG\nSitz der Gesellschaft: Hamburg, Registergericht Hamburg HRB 12345\nTelefon: +49 40 555 0000\nVorstand: Dr. Eva Kühn"],
  ])("a company register footer that names neither the sender nor their address is not their number (%s)", (_name, footer) => {
    const r = extractContact(mail(["Johannes Berg", "johannes.berg@example.com"], `The ordering is the issue.\n\njohannes\n-- \n\n${footer}`));
    expect(r.best).toBeNull();
  });
});

describe("firm names and fax services", () => {
  it.each([
    ["a firm whose name carries the sender's", ["Aldo Ferri", "aldo@ferri.it"], "Ciao\n\n-- \nAldo Ferri\ntel. 393.9100657\n\nFerri s.r.l. unipersonale\nVia Roma 28, 36061 Bassano del Grappa (VI)\ntelefono 0424.227428", "+393939100657"],
    ["a fax-to-email line is a fax", ["Ted Hart", "ted.hart@uni.ac.uk"], "Thanks.\n\n--------------------------------\nE-Mail: (Ted Hart) <ted.hart@uni.ac.uk>\nFax-to-email: +44 (0)870 094 0861", null],
  ])("%s", (_name, from, text, best) => {
    const r = extractContact(mail(from as [string, string], text as string));
    expect(r.best?.e164 ?? null).toBe(best);
  });
});

describe("extensions", () => {
  it.each([
    ["after an aside", "Tel: +90 (322) 338-7255 (6 lines) Ext. 170", "+903223387255", "170"],
    ["after a comma", "Phone: +44 20 7946 0100, ext 4471", "+442079460100", "4471"],
    ["in parentheses with a Japanese label", "TEL: +81 3-5555-0142(内線1234)", "+81355550142", "1234"],
    ["in full-width parentheses with a Chinese label", "電話: +886 2 2555 0142（分機 321）", "+886225550142", "321"],
  ])("an extension written %s belongs to the number", (_name, line, e164, ext) => {
    const r = extractContact(mail(["Mehmet Kaya", "mkaya@cukurova.example.tr"], `Best regards,\n\nMehmet Kaya\n${line}`));
    expect(r.best).toMatchObject({ e164, ext });
  });
});

describe("a written country code holds", () => {
  it("a number written +41 that no longer reads in Switzerland is never read in another country", () => {
    const r = extractContact(mail(["Adrian Tapp", "adrian@tapp.example.ie"], "Regards,\n\nDr. Adrian Tapp             Phone :             +41 (0) 1 994 5631\nTapp Computing              Mobile:             +41 (0)76 370 5631"));
    expect(r.numbers.some((n) => n.e164.startsWith("+353"))).toBe(false);
    expect(r.best?.e164).toBe("+41763705631");
  });
});

describe("time zone without a number", () => {
  it.each([
    ["a sender at +02:00 with a gmail address (Berlin keeps Madrid's hours)", "2020-04-16T16:43:18+02:00", "Europe/Berlin"],
    ["a Shanghai sender at +08:00", "2026-01-09T22:40:29+08:00", "Asia/Shanghai"],
    ["a Chicago sender in winter", "2020-01-26T15:47:04-06:00", "America/Chicago"],
  ])("%s is not placed on another continent", (_name, date, zone) => {
    const r = extractContact(mail(["Pacho Ramos", "pacho@gmail.com"], "Thanks, that works.\n\nPacho", { date }));
    expect(r.best).toBeNull();
    expect(r.timeZone).toBe(zone);
  });

  it("a number's zone uses the current IANA name", () => {
    const r = extractContact(mail(["Jagan Rao", "jagan@example.com"], "Regards,\nJagan Rao\nMobile: +91 91000 90959", { date: "2023-01-25T02:54:14+05:30" }));
    expect(r.timeZone).toBe("Asia/Kolkata");
  });
});

describe("the sender's words in this message beat their signature", () => {
  it.each([
    ["a trip", ["Christophe Durand", "c.durand@univ.example.fr"], "I am in Cologne until Friday; call me there at +49 221 4705207.\n\nChristophe Durand\nLaboratoire X, 75006 Paris\ntel: +33 (0)1 42 86 38 28", "+492214705207"],
    ["a new mobile", ["Klaus Weber", "k.weber@weber-ag.de"], "Meine neue Handynummer ist 0151 23456789, bitte nur die.\n\nGruß\nKlaus Weber\nWeber AG\nTel. +49 89 5550 310", "+4915123456789"],
  ])("%s", (_name, from, text, e164) => {
    const r = extractContact(mail(from as [string, string], text as string));
    expect(r.best).toMatchObject({ e164, source: "own-words" });
    expect(r.numbers.filter((n) => n.e164 === e164)).toHaveLength(1);
  });

  it("a colleague's number in the sender's words does not displace their signature", () => {
    const r = extractContact(mail(["Tom Brown", "tom@brownco.co.uk"], "You can reach Maria at +44 20 7946 0999.\n\nTom Brown\nBrown & Co\nDirect: +44 20 7946 0142"));
    expect(r.best?.e164).toBe("+442079460142");
  });
});

describe("footers and history that used to hide or leak a signature", () => {
  it.each([
    [
      "a sign-off closing a legal footer is not the sender's",
      ["Ana Ruiz", "ana@ruiz.es"],
      "Hola,\n\nAdjunto el informe.\n\nAna Ruiz\n\nM. +34 671 555 106\n\n-- \n\nEste mensaje puede contener información confidencial, siendo para uso exclusivo del destinatario.\n\nThis message may contain confidential information. If you have\nreceived this message in error, please delete it and\nnotify the sender.\nThank you for your collaboration.",
      "+34671555106",
    ],
    [
      "a GroupWise reply header starts the history",
      ["George Kent", "gkent@kentlaw.com"],
      "Carolyn,\n\nThe invoice address should change as below.\n\nThanks,\nGeorge\n\n>>> \"Campbell, Carolyn\" <ccampbell@kslaw.example> 01/02/01 11:12AM >>>\nGeorge:\n\nKay is looking for your requested language.  Can you\nplease furnish this today.  Thank you.\n\nCarolyn M. Campbell\nKing & Spalding\n713-555-7307 (phone)",
      null,
    ],
  ])("%s", (_name, from, text, e164) => {
    const r = extractContact(mail(from as [string, string], text as string));
    expect(r.best?.e164 ?? null).toBe(e164);
  });

  it("through a list that rewrites From, another member's quoted signature is not the sender's", () => {
    const text =
      "As Marcus points out, the link has far less bandwidth.\n\nOn Mon, Jul 15, 2019 at 7:44 AM Koyel Das via USRP-users <usrp-users@lists.example.com> wrote:\n> Hi,\n> is it possible?\n>\n> Regards,\n> Koyel Das\n> M: +91 90511 32173 | T: +91 33 4054 5454";
    const r = extractContact(mail(["Robin Coxe via USRP-users", "usrp-users@lists.example.com"], text));
    expect(r.best).toBeNull();
  });
});

describe("ways to reach the sender offered in their words", () => {
  it.each([
    ["I can be reached at", "If I can be of further help, please call.  I can be reached at (713) 555-1931.\n\nRegards,\n\nJean", ["Mrha, Jean", "jean.mrha@example.com"], "+17135551931", "direct"],
    ["call us (the firm's desk)", "Please call us with questions in New York at 212-555-3333 or in London at 44-207-555-8800.\n\nThank You,\n\nBNP Paribas Commodity Futures, Inc.", ["", "george.ellis@americas.example.com"], "+12125553333", "main"],
    ["give me a call at", "Please let me know by email or give me a call at 713 555 4748.\n\n--Stinson", ["", "stinson.gibner@example.com"], "+17135554748", "direct"],
    ["erreichen Sie uns", "Bei Fragen erreichen Sie uns unter 089 5550 3100.\n\nMit freundlichen Grüßen\nIhr Team", ["Weber AG", "team@weber-ag.de"], "+498955503100", "main"],
  ])("%s", (_name, text, from, e164, kind) => {
    const r = extractContact(mail(from as [string, string], text as string));
    expect(r.best).toMatchObject({ e164, kind, source: "own-words" });
  });

  it.each([
    ["an offered office line does not overrule the signature's direct dial", "I can be reached by return email, cell (312 555 1808) or our Houston office (713 555 6028).\n\nBest,\n\nDana Holt\nHolt Partners\nDirect: 312 555 0110", ["Dana Holt", "dana@holtpartners.com"], "+13125550110"],
    ["a helpdesk after 'contact us' is not the sender's", "Please do not hesitate to contact us if you have any question: Helpdesk on +1 770 555 2101.\n\nStephanie", ["Stephanie Trabia", "s.trabia@example.com"], null],
  ])("%s", (_name, text, from, e164) => {
    const r = extractContact(mail(from as [string, string], text as string));
    expect(r.best?.e164 ?? null).toBe(e164);
  });
});

describe("numbers in the sender's lines that belong to someone else", () => {
  it.each([
    ["a contact list 'Company:  Name  number'", ["Meyer, Chris", "chris.meyer@example.com"], "Joe - below is a list of parties that may have interest.\n\nThanks\n\ncmm\n\nCalpine:  Pete Jones   713-555-2098\nDynegy:  Phil Richardson 713-555-6472\nAquila:  Elsa Johnston 214-555-9464"],
    ["'Name, number.' in the sender's note", ["Germany, Chris", "chris.germany@example.com"], "Fred is out; his backup is\nSteve Rafferty, 412-555-3268.\n\nAlso, I still see a duplicate deal on CNG."],
    ["numbers after 'David's phone numbers:'", ["Vince Kaminski", "vkaminski@aol.example"], "Please give him a call.\n\nDavid's phone numbers:\n\n44 207 555 8950\n44 787 555 5375 (cell).\n\nI may be at the office in the morning.\n\nVince"],
  ])("%s", (_name, from, text) => {
    const r = extractContact(mail(from as [string, string], text as string));
    expect(r.best).toBeNull();
  });

  it("the sender's own address under a name the From header does not give makes the block theirs", () => {
    const r = extractContact(mail(["", "brinconsult@aol.example"], "Thanks for the note.\n\nmb\n\n\nMarcy Brinegar\nMBM Consultants\n(770) 555-6202 (Office)\n(678) 555-7644 (Cell)\nbrinconsult@aol.example"));
    expect(r).toMatchObject({ best: { e164: "+17705556202" }, confidence: "high" });
  });

  it.each([
    ["German text settles a number German and Italian readings both accept", "Sehr geehrte Damen und Herren,\n\nanbei die Unterlagen für die Prüfung. Vielen Dank und viele Grüße\n\nSepp Smith\nGeschäftsführer\nKlosterhof 1 | 94327 Bogen\nTel: 09422-555601 | Fax: 09422-555620", "+499422555601"],
    ["without a clear language the engine does not guess", "See attached.\n\nSepp Smith\nKlosterhof 1 | 94327 Bogen\nTel: 09422-555601 | Fax: 09422-555620", null],
  ])("%s", (_name, text, e164) => {
    const r = extractContact(mail(["Smith Sepp", "smith@example.com"], text as string, { date: "2012-10-23T15:27:00+02:00" }));
    expect(r.best?.e164 ?? null).toBe(e164);
  });
});

describe("register lines carry ids, not numbers", () => {
  it.each([
    ["an English company number beside a Tel | Fax line", "Kind regards,\nOliver Pemberton\nThameside Logistics Ltd\nT: +44 (0)20 7946 0321 | F: +44 (0)20 7946 0999\nRegistered in England and Wales No. 04812345", ["Oliver Pemberton", "o.pemberton@thameside.example.co.uk"], "+442079460321", "+442004812345"],
    ["a German register line under the block", "Mit freundlichen Grüßen\nKlaus Weber\nWeber AG\nTel. +49 89 5550 310\nAmtsgericht München HRB 1234567", ["Klaus Weber", "k.weber@weber-ag.de"], "+49895550310", "+49891234567"],
  ])("%s", (_name, text, from, best, never) => {
    const r = extractContact(mail(from as [string, string], text as string));
    expect(r.best?.e164).toBe(best);
    expect(r.numbers.map((n) => n.e164)).not.toContain(never);
  });
});

describe("more layouts read on the tuning split", () => {
  it.each([
    ["an address and a number under a tagline", ["Enrico Weigelt", "lkml@metux.example"], "--mtx\n\n-- \nEnrico Weigelt, metux IT consult\nFree software and Linux embedded engineering\ninfo@metux.example -- +49-151-27565287", "+4915127565287"],
    ["a Chinese label, read in the only country of the script that accepts the number", ["Jeffrey Tseng", "jeffrey.tseng@gigabyte.example"], "Thanks.\n\nJeffrey Tseng 曾弘\n技嘉科技 GIGABYTE\n新北市新店區北新路三段213號11樓\n電話: 02-89787668 ext. 556", "+886289787668"],
    ["a 'support:' group line beside the person's 'voice:' line", ["Christian Herzog", "herzog@phys.ethz.example"], "Cheers,\nChristian\n\n--\nDr. Christian Herzog <herzog@phys.ethz.example>  support: +41 44 633 26 68\nHead, IT Services Group, HPT H 8              voice: +41 44 633 39 50\nDepartment of Physics, ETH Zurich\n8093 Zurich, Switzerland", "+41446333950"],
  ])("%s", (_name, from, text, e164) => {
    const r = extractContact(mail(from as [string, string], text as string));
    expect(r.best?.e164).toBe(e164);
  });

  it("a bare digit run inside a log line is data, not a number", () => {
    const r = extractContact(mail(["Jorge Mora", "jmora@example.com"], "Here is the trace:\n\n4267530540 ecr 2571875724], length 100: NFS reply xid 2726233309 reply\nok 96 getattr ERROR: Disc quota exceeded"));
    expect(r.best).toBeNull();
  });
});

describe("the sender's name as mail clients write it", () => {
  it.each([
    ["Enrico Weigelt, metux IT consult", "Enrico"],
    ["Weigelt, Enrico", "Enrico"],
    ["John Doe/Austin/IBM", "John"],
    ["van der Berg, Anna", "Anna"],
    ["Martin, Jeremy J CIV USARMY CCDC C5ISR (USA)", "Jeremy"],
  ])("%s is %s", (name, first) => {
    const r = extractContact(mail([name, "x@example.com"], `Thanks.\n\n${first}\n+49 30 5550 1234`));
    expect(r.best?.evidence).toBe(`from ${first}'s signature in this email`);
  });
});

describe("a message forwarded as an attachment", () => {
  const eml = (outerFrom: string, innerFrom: string) =>
    [
      `From: ${outerFrom}`, "To: alex.morgan@harwellmorgan.com", "Subject: Fwd: Lease", "Date: Mon, 2 Mar 2026 09:00:00 +0100", "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"', "", "--b1", "Content-Type: text/plain; charset=utf-8", "", "See attached.", "", "--b1",
      "Content-Type: message/rfc822", "Content-Disposition: attachment", "",
      `From: ${innerFrom}`, "To: someone@example.com", "Subject: Lease", "Date: Fri, 27 Feb 2026 10:00:00 +0100", "Content-Type: text/plain; charset=utf-8", "",
      "Hallo,", "", "anbei der Vertrag.", "", "Mit freundlichen Grüßen", "Matthias Peintner", "DVT GmbH", "Tel: +43 512 555 3325", "", "--b1--", "",
    ].join("\r\n");

  it("gives the sender's own earlier signature when they forwarded their own mail", async () => {
    const m = await parseEmail(eml("Matthias Peintner <m.peintner@dvt.example.at>", "Matthias Peintner <m.peintner@dvt.example.at>"));
    expect(m.attachedMessages).toHaveLength(1);
    expect(extractContact(m).best).toMatchObject({ e164: "+435125553325", source: "earlier-signature" });
  });

  it("never gives another sender's signature from an attached message", async () => {
    const m = await parseEmail(eml("Anna Huber <a.huber@client.example.at>", "Matthias Peintner <m.peintner@dvt.example.at>"));
    expect(extractContact(m).best).toBeNull();
  });
});

describe("reply headers in other languages and scripts", () => {
  it.each([
    ["Chinese (Taiwan) Outlook", "寄件者: Kevin Lin <kevin.lin@vendor.example.tw>\n寄件日期: 2022年10月18日 上午 09:05\n收件者: Jane Okafor\n主旨: RE: BMC"],
    ["Chinese (PRC) Outlook", "发件人: Kevin Lin <kevin.lin@vendor.example.cn>\n发送时间: 2022年10月18日 9:05\n收件人: Jane Okafor\n主题: RE: BMC"],
    ["Japanese Outlook", "差出人: Kevin Lin <kevin.lin@vendor.example.jp>\n送信日時: 2022年10月18日 9:05\n宛先: Jane Okafor\n件名: RE: BMC"],
    ["Turkish Outlook", "Kimden: Kevin Lin <kevin.lin@vendor.example.tr>\nTarih: 18 Ekim 2022\nKime: Jane Okafor\nKonu: RE: BMC"],
    ["a Lotus Notes 'wrote on' attribution", '"Kevin Lin" <kevin.lin@vendor.example.tw> wrote on 10/18/2022 09:05:51 AM:'],
    ["an attribution over text that lost its '>' quoting", "On Mon, Mar 2, 2026 at 9:00 AM Kevin Lin <kevin.lin@vendor.example.tw> wrote:"],
    ["a Gmail attribution in Chinese, over '>' quoting", "Kevin Lin <kevin.lin@vendor.example.tw> 於 2022年10月18日 週二 上午9:05寫道：", "> "],
    ["a Dutch attribution over unquoted text", "Op 18 okt. 2022 om 09:05 heeft Kevin Lin <kevin.lin@vendor.example.tw> het volgende geschreven:"],
    ["a Polish attribution over unquoted text", "W dniu 18.10.2022 o 09:05, Kevin Lin pisze:"],
    ["a Russian attribution with a gender ending", "18 окт. 2022 г., в 09:05, Kevin Lin <kevin.lin@vendor.example.tw> написал(а):"],
    ["a Greek attribution", "Στις Τρί 18 Οκτ 2022 στις 09:05, ο/η Kevin Lin <kevin.lin@vendor.example.tw> έγραψε:"],
    ["a Hungarian attribution with its date in parentheses", "Kevin Lin <kevin.lin@vendor.example.tw> ezt írta (időpont: 2022. okt. 18., K, 9:05):"],
    ["a Ukrainian attribution", "вт, 18 жовт. 2022 р. о 09:05 Kevin Lin <kevin.lin@vendor.example.tw> пише:"],
    ["a Vietnamese attribution", "Vào Th 3, 18 thg 10, 2022 vào lúc 09:05 Kevin Lin <kevin.lin@vendor.example.tw> đã viết:"],
    ["an Indonesian attribution", "Pada tanggal Sel, 18 Okt 2022 pukul 09.05 Kevin Lin <kevin.lin@vendor.example.tw> menulis:"],
  ])("%s starts the history", (_name: string, header: string, quote = "") => {
    const theirs = ["Hi Jane,", "", "please check the patch.", "", "Kevin Lin", "Vendor Inc.", "Tel: +886 2 2555 0142"].map((l) => quote + l).join("\n");
    const text = `Thanks, that works.\n\nJane\n\n${header}\n\n${theirs}`;
    const r = extractContact(mail(["Jane Okafor", "jane@acme.example.com"], text));
    expect(r.best).toBeNull();
  });

  it("a sentence ending 'as Bob wrote:' without a date or address stays the sender's text", () => {
    const r = extractContact(mail(["Jane Okafor", "jane@acme.example.com"], "Agreed, as Bob wrote:\n\nthe lease ends in May.\n\nJane Okafor\nDirect: +44 20 7946 0321"));
    expect(r.best?.e164).toBe("+442079460321");
  });
});

describe("signatures in Japanese, Chinese and Korean", () => {
  it.each([
    ["Japanese, full-width colon and 'ＦＡＸ'", ["Taro Yamada", "t.yamada@example.co.jp"], "よろしくお願いします。\n\n山田 太郎\n株式会社サンプル\n電話：03-5555-0142\n携帯：090-1234-5678\nＦＡＸ：03-5555-0143", "+81355550142", null, { "+819012345678": "mobile", "+81355550143": "fax" }],
    ["Chinese (Taiwan) with 分機", ["Kevin Lin", "kevin@example.com.tw"], "謝謝\n\nKevin Lin 林凱文\n範例科技\n電話: 02-2555-0142 分機 123\n手機: 0912-345-678\n傳真: 02-2555-0143", "+886225550142", "123", { "+886912345678": "mobile", "+886225550143": "fax" }],
    ["Chinese (PRC)", ["Wang Lei", "wanglei@example.cn"], "谢谢\n\n王磊\n示例公司\n电话：010-5555-0142\n手机：138 0013 8000\n传真：010-5555-0143", "+861055550142", null, { "+8613800138000": "mobile", "+861055550143": "fax" }],
    ["Korean", ["Kim Minsu", "minsu@example.co.kr"], "감사합니다.\n\n김민수\n샘플 주식회사\n전화: 02-555-0142\n휴대폰: 010-1234-5678\n팩스: 02-555-0143", "+8225550142", null, { "+821012345678": "mobile", "+8225550143": "fax" }],
  ])("%s", (_name, from, text, best, ext, kinds) => {
    const r = extractContact(mail(from as [string, string], text as string));
    expect(r.best).toMatchObject({ e164: best, ext });
    for (const [e164, kind] of Object.entries(kinds as Record<string, string>)) expect(r.numbers.find((n) => n.e164 === e164)?.kind).toBe(kind);
  });
});

describe("numbers of people the sender lists, and conference bridges", () => {
  const sender: [string, string] = ["Maria Lopez", "maria.lopez@acme-industries.com"];
  it.each([
    ["a dashed list of colleagues", "Team contacts for the weekend:\n\nJohn Smith - 713-555-0101\nKate Brown – 713-555-0102\n\nMaria", undefined],
    ["an HTML table of colleagues", undefined, "<p>Here is the on-call rota:</p><table><tr><td>John Smith</td><td>713-555-0101</td></tr><tr><td>Kate Brown</td><td>713-555-0102</td></tr></table><p>Maria</p>"],
    ["a dial-in line", "The call is at 10.\n\nDial-in: +1 646 555 0188, passcode 123456#\n\nMaria", undefined],
    ["a German Einwahl line", "Anbei die Einwahl.\n\nEinwahlnummer: +49 69 5555 0120, PIN 4711\n\nGruß\nMaria", undefined],
    ["a bridge after the number", "Use the usual bridge.\n\n+1 646 555 0188 (conference line)\n\nMaria", undefined],
    ["a team the sender sends the reader to", undefined, "<p>Thanks</p><p>Maria Lopez<br>Acme Industries</p><p>For billing questions please contact our billing team:<br>Billing: (713) 555-0199</p>"],
    ["a named contact under 'wenden Sie sich an:'", "Ich bin bis 5. März nicht im Büro.\nIn dringenden Fällen wenden Sie sich bitte an:\nPetra Lang\nTel. +49 89 5555 0101\n\nGruß\nMaria", undefined],
  ])("%s is not the sender's", (_name, text, html) => {
    const r = extractContact(mail(sender, text ?? "", html ? { text: undefined, html } : {}));
    expect(r.best).toBeNull();
  });

  it.each([
    ["the sender's own name in a dashed line", "Thanks\n\nMaria Lopez - 713-555-0177\nAcme Industries", "+17135550177"],
    ["the sender's own row in a table", "Thanks\n\nMaria Lopez\t713-555-0177\nAcme Industries", "+17135550177"],
    ["the sender's line after a contact they send the reader to", "For billing please contact:\nAccounts Team\nTel: (713) 555-0199\n\nMaria Lopez\nAcme Industries\nDirect: (713) 555-0177", "+17135550177"],
    ["a direct line beside a dial-in", "Dial-in for Thursday: +1 646 555 0188, passcode 123456#\n\nMaria Lopez\nAcme Industries\nDirect: (713) 555-0177", "+17135550177"],
  ])("%s stays the sender's", (_name, text, best) => {
    expect(extractContact(mail(sender, text)).best?.e164).toBe(best);
  });
});

describe("HTML signatures that label numbers with icons", () => {
  it("a mobile icon before the first number makes it the mobile, not the direct line", () => {
    const html = '<p>Attached.</p><table><tr><td><p><b>Maria Lopez</b></p><p><img src="cid:m.png" alt="mobile"> +1 832 555 0166 &nbsp; <img src="cid:p.png" alt="phone"> +1 713 555 0177</p></td></tr></table>';
    const r = extractContact(mail(["Maria Lopez", "maria.lopez@acme-industries.com"], "", { text: undefined, html }));
    expect(r.best?.e164).toBe("+17135550177");
    expect(r.numbers.find((n) => n.e164 === "+18325550166")?.kind).toBe("mobile");
  });
});

describe("the firm's offices listed in a signature", () => {
  const sender: [string, string] = ["Maria Lopez", "maria.lopez@acme-law.example.com"];
  it.each([
    ["no direct line: none of the offices is hers", "Thanks.\n\nMaria Lopez\nAcme LLP\nLondon +44 20 7946 0000 | Paris +33 1 45 55 00 00 | New York +1 212 555 0000", null],
    ["her direct line wins over the office list", "Thanks.\n\nMaria Lopez\nDirect: +44 20 7946 0177\nAcme LLP\nLondon +44 20 7946 0000 | Paris +33 1 45 55 00 00", "+442079460177"],
    ["her own name before two numbers is no office list", "Thanks.\n\nMaria Lopez +44 20 7946 0177 | Acme +44 20 7946 0000", "+442079460177"],
  ])("%s", (_name, text, best) => {
    expect(extractContact(mail(sender, text)).best?.e164 ?? null).toBe(best);
  });
});

describe("signatures read on the tuning split's list mail", () => {
  it.each([
    [
      "a labelled number under a long department name is no prose tail; 'ext. (77137)' is its extension",
      ["Sergey Budarin", "budarinsa@it.example.ru"],
      "Is that planned?\n\nBest regards,\nSergey Budarin\nLead Engineer\nDepartment of Management of Services and Data Processing Resources GKU \"Infogorod\"\nwork tel.: +7 (495) 957-93-57, ext. (77137)",
      "+74959579357",
      "77137",
    ],
    [
      "a second '--' under the named signature opens a mailer's footer, not another signature",
      ["Julien Ropé", "jrope@example-linagora.com"],
      "It works in the end.\n\n-- \nJulien ROPÉ\nSupport OSSA\nTél : +33 6 38 99 80 22\nCourriel : jrope@example-linagora.com\n--\nMessage envoyé grâce à OBM, la Communication Libre",
      "+33638998022",
      null,
    ],
  ])("%s", (_name, from, text, e164, ext) => {
    expect(extractContact(mail(from as [string, string], text as string)).best).toMatchObject({ e164, ext });
  });

  it("a company signature under the sender's '-- ' gives the firm's line, register line and all", () => {
    const text = "I completely agree and fixed that.\n\nBest regards,\nBjörn\n\n-- \nSerNet GmbH - Bahnhofsallee 1b - 37081 Goettingen\nphone: +49.551.370000.0 - web: https://sernet.example.com\nhttp://www.sernet.example.com - mailto:contact@sernet.example.com\nAG Goettingen HRB2816, CEO: J.Loxen, CFO: R. Jung";
    const r = extractContact(mail(["Björn Baumbach via samba-technical", "samba-technical@lists.example.org"], text));
    expect(r.best).toMatchObject({ e164: "+495513700000", kind: "main" });
  });

  it("a register footer the mail server appends after the signature still gives no number", () => {
    const text = "Thanks.\n\nJan Kowalski\n\nIntel Deutschland GmbH\nRegistered Address: Am Campeon 10, 85579 Neubiberg, Germany\nTel: +49 89 99 8853-0, www.intel.de\nManaging Directors: Christin Eisenschmid\nChairperson of the Supervisory Board: Nicole Lau\nRegistered Office: Munich\nCommercial Register: Amtsgericht Muenchen HRB 186928";
    expect(extractContact(mail(["Jan Kowalski", "jan.kowalski@intel.example.com"], text)).best).toBeNull();
  });

  it("a country code in parentheses ('(33) 476 042 006') is read, and no short local form is cut out of it", () => {
    const text = "Thanks.\n\nMickael Chazaux\nSoftware Engineer\nTel : (33) 476 042 006\nFax : (33) 476 042 001\n\nETIC TELECOM\n38240 MEYLAN\nTel: 33 4 76 04 20 00";
    const r = extractContact(mail(["Mickael Chazaux", "mickael.chazaux@etic.example.com"], text, { date: "2019-08-23T11:24:28+02:00" }));
    expect(r.best?.e164).toBe("+33476042006");
    expect(r.numbers.map((n) => n.e164)).not.toContain("+33476476042");
  });

  it("a national number is read in the country of the signature's own words when the body is English", () => {
    // At +02:00 "06.38.99.80.22" is also a Dutch and a German number; "Tél", "Courriel" say France.
    const text = "Note that the transfer seems to be effective in the end.\n\n-- \nJulien ROPÉ\nSupport OSSA\nTél : 06.38.99.80.22 / 01 46 96 63 63\nCourriel : jrope@example-linagora.com\nwww.example-linagora.com\n--\nMessage envoyé grâce à OBM, la Communication Libre";
    const r = extractContact(mail(["Julien Ropé", "jrope@lists.example.org"], text, { date: "2019-05-24T09:00:28+02:00" }));
    expect(r.best?.e164).toBe("+33638998022");
  });
});

describe("who the sender is and where, through a mailing list", () => {
  it("a delegate's 'X on behalf of Max DiOrio' quoted part is Max's own earlier message", () => {
    const text = "Additional info below.\n\nFrom: samba-technical <samba-technical-bounces@lists.example.org> on behalf of Max DiOrio via samba-technical <samba-technical@lists.example.org>\nDate: Thursday, September 26, 2019 at 2:55 PM\nTo: samba-technical <samba-technical@lists.example.org>\nSubject: CTDB issue\n\nHi all, ctdb fails to start.\n\nMax DiOrio\nIEEE GlobalSpec\nPhone: 518-238-6516 | Mobile: 518-944-5289";
    const r = extractContact(mail(["Max DiOrio via samba-technical", "samba-technical@lists.example.org"], text));
    expect(r.best).toMatchObject({ e164: "+15182386516", source: "earlier-signature" });
  });

  it("the signature's own e-mail address tells the country of a national number", () => {
    const text = "Please help.\n\nBest Regards\n\n-- \nBartłomiej Solarz-Niesłuchowski, Administrator WSISiZ\ne-mail:Bartlomiej.Solarz-Niesluchowski@wit.example.pl\ntel. 223486547, fax 223486501";
    const r = extractContact(mail(["Bartłomiej Solarz-Niesłuchowski via samba-technical", "samba-technical@lists.example.org"], text, { date: "2019-09-12T21:37:58+02:00" }));
    expect(r.best?.e164).toBe("+48223486547");
  });

  it("but a quoted correspondent's address in the same lines does not", () => {
    const text = "Thanks.\n\nPavel Shilovsky\n\nOn Fri, 29 May 2020 at 01:18, Matthias Leopold\n<matthias.leopold@meduniwien.example.at> wrote:\n> Tel: 0664 1234567";
    expect(extractContact(mail(["Pavel Shilovsky", "pavel@example.com"], text)).region).toBe("US");
  });

  it("a verbless Gmail attribution ('пт, 29 мая 2020 г. в 01:18, Name <addr>:') starts the quoted part", () => {
    const text = "Thanks.\n\nPavel\n\nпт, 29 мая 2020 г. в 01:18, Matthias Leopold\n<matthias.leopold@meduniwien.example.at>:\n>\n> Hi,\n> Matthias Leopold\n> Tel: +43 1 40400 12345";
    const r = extractContact(mail(["Pavel Shilovsky", "pavel@example.com"], text));
    expect(r.best).toBeNull();
    expect(r.signatureLines).toEqual(["Pavel"]);
  });
});

describe("plain text of rich mail", () => {
  it("labels stacked in one table cell and numbers in the next pair up in order", () => {
    const html = "<p>Freundliche Grüße</p><p>i.A. Ole Pannbacker</p><p>igefa IT-Service GmbH</p><table><tr><td><p>Telefon:</p><p>Fax:</p></td><td><p>+49 33394 490-118</p><p>+49 33394 51-210</p></td></tr></table>";
    const r = extractContact(mail(["Ole Pannbacker", "o.pannbacker@igefa.example.de"], "", { text: undefined, html }));
    expect(r.best).toMatchObject({ e164: "+4933394490118", kind: "direct" });
    expect(r.numbers.find((n) => n.e164 === "+493339451210")?.kind).toBe("fax");
  });


  it("Gmail's bold stars inside a number ('T: *+972-9-**7692289 *') do not break it", () => {
    const text = "I'll check.\n\nMoshe Rechtman\nTechnical Support Engineer\nRed Hat Israel\n\n*mrechtma@redhat.example.com*  T: *+972-9-**7692289 *\nM: *+972-54-**49**71516*   F: +972-9-7692223";
    const r = extractContact(mail(["Moshe Rechtman", "mrechtma@redhat.example.com"], text));
    expect(r.best).toMatchObject({ e164: "+97297692289" });
    expect(r.numbers.find((n) => n.e164 === "+972544971516")?.kind).toBe("mobile");
  });
});

describe("the country the signature's address names", () => {
  it("'Yesilkoy/Istanbul/TURKEY' names Turkey, and an address line's 'No:21  34149' is no number read elsewhere", () => {
    const text = "Thanks.\n\nS.Mustafa Canoglu\nFounder\ndojop Teknoloji Tic.Ltd.Sti.\nHavaalani Kavsagi EGS Business\nPark B1 Blok No:21  34149 Yesilkoy/Istanbul/TURKEY\nTel      :+90212 465 32 33\nMobile :+90 532 612 24 60";
    const r = extractContact(mail(["S.Mustafa Canoglu", "smcanoglu@dojop.example.com"], text, { date: "2020-01-03T14:10:05+03:00" }));
    expect(r.region).toBe("TR");
    expect(r.best?.e164).toBe("+902124653233");
    expect(r.numbers.map((n) => n.country)).not.toContain("FI");
  });
});

describe("the sender's words and the people they name", () => {
  it("'call me at X or my assistant Jane at Y' gives X, as the sender's direct line", () => {
    const r = extractContact(mail(["Maria Lopez", "maria.lopez@acme.example.com"], "Call me at 713-555-0177 or my assistant Jane at 713-555-0101.\n\nMaria", { date: "2026-03-02T10:00:00-06:00" }));
    expect(r.best).toMatchObject({ e164: "+17135550177", kind: "direct", source: "own-words" });
  });

  it.each([
    ["French", "Vous pouvez joindre ma collègue Claire au 01 45 55 01 04.\n\nMaria", "maria@acme.example.fr"],
    ["German", "Meine Kollegin Frau Schmidt können Sie bitte unter 089 5550 104 erreichen.\n\nMaria", "maria@acme.example.de"],
  ])("a %s sentence naming a colleague's number just above the name is prose, not the signature", (_lang, text, address) => {
    expect(extractContact(mail(["Maria Lopez", address], text)).best).toBeNull();
  });
});

describe("other people's details pasted after the sign-off", () => {
  const sender: [string, string] = ["Maria Lopez", "maria.lopez@acme.example.com"];
  it.each([
    ["a P.S. giving a colleague's new number", "Thanks\n\nMaria\n\nP.S. Tom's new number is 713-555-0102."],
    ["a pasted vCard of someone else", "See attached.\n\nMaria\n\nBEGIN:VCARD\nVERSION:3.0\nFN:Tom Becker\nTEL;TYPE=WORK:+49 89 1234 5670\nEND:VCARD"],
  ])("%s is not the sender's", (_name, text) => {
    expect(extractContact(mail(sender, text, { date: "2026-03-02T10:00:00-06:00" })).best).toBeNull();
  });

  it("the sender's own pasted vCard is theirs", () => {
    const text = "My card below.\n\nMaria\n\nBEGIN:VCARD\nVERSION:3.0\nN:Lopez;Maria;;;\nFN:Maria Lopez\nTEL;TYPE=WORK:+1 713 555 0177\nEND:VCARD";
    expect(extractContact(mail(sender, text, { date: "2026-03-02T10:00:00-06:00" })).best?.e164).toBe("+17135550177");
  });
});
