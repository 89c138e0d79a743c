import fc from "fast-check";
import { splitQuoted } from "./split-quoted";
import { htmlToText } from "./html-to-text";

const REPLY = "Thanks, that works.\n\nJane Doe\nDirect: +1 212 555 0100";

describe("splitQuoted", () => {
  it.each([
    ["Outlook English header block", "From: Bob Roe [mailto:bob@x.com]\nSent: Monday, May 4, 2026 9:00 AM\nTo: Jane Doe\nSubject: RE: deal", "Bob Roe"],
    ["Outlook divider + header", "-----Original Message-----\nFrom: Bob Roe\nSent: 04 May 2026 09:00\nTo: Jane Doe\nSubject: deal", "Bob Roe"],
    ["Outlook underscore rule", "________________________________\nFrom: Bob Roe <bob@x.com>\nSent: Monday, May 4, 2026 9:00 AM\nTo: Jane Doe", "Bob Roe"],
    ["German Outlook", "-----Ursprüngliche Nachricht-----\nVon: Bob Roe <bob@x.de>\nGesendet: Montag, 4. Mai 2026 09:00\nAn: Jane Doe\nBetreff: AW: Vertrag", "Bob Roe"],
    ["German without divider", "Von: Bob Roe <bob@x.de>\nGesendet: Montag, 4. Mai 2026 09:00\nAn: Jane Doe\nBetreff: Vertrag", "Bob Roe"],
    ["French Outlook", "De : Bob Roe <bob@x.fr>\nEnvoyé : lundi 4 mai 2026 09:00\nÀ : Jane Doe\nObjet : contrat", "Bob Roe"],
    ["Spanish Outlook", "De: Bob Roe <bob@x.es>\nEnviado el: lunes, 4 de mayo de 2026 9:00\nPara: Jane Doe\nAsunto: contrato", "Bob Roe"],
    ["Spanish Outlook (short keys)", "De: Bob Roe <bob@x.es>\nEnviado: lunes, 4 de mayo de 2026 9:00\nPara: Jane Doe\nAsunto: contrato", "Bob Roe"],
    ["Gmail attribution", "On Mon, May 4, 2026 at 9:00 AM Bob Roe <bob@x.com> wrote:\n> Can we talk?\n> Bob\n> 555-0199", "Bob Roe"],
    ["Gmail attribution wrapped over two lines", "On Mon, May 4, 2026 at 9:00 AM Bob Roe <\nbob@x.com> wrote:\n> Can we talk?", "Bob Roe"],
    ["German Thunderbird attribution", "Am 04.05.2026 um 09:00 schrieb Bob Roe:\n> Können wir telefonieren?", "Bob Roe"],
    ["French attribution", "Le lun. 4 mai 2026 à 09:00, Bob Roe <bob@x.fr> a écrit :\n> On s'appelle ?", "Bob Roe"],
    ["forwarded message marker", "---------- Forwarded message ---------\nFrom: Bob Roe <bob@x.com>\nDate: Mon, May 4, 2026\nSubject: deal\nTo: Jane", "Bob Roe"],
    ["Apple forward", "Begin forwarded message:\n\nFrom: Bob Roe <bob@x.com>\nDate: May 4, 2026\nTo: Jane", "Bob Roe"],
    ["Lotus Notes", "\tBob Roe@ACME\n\t05/04/2026 09:00 AM\n\n\t\tTo: Jane Doe/HOU/ACME@ACME\n\t\tcc:\n\t\tSubject: deal", "Bob Roe"],
  ])("separates a top-posted reply from %s", (_name, history, quotedName) => {
    // The quoted author's own signature follows, quoted the way that client quotes.
    const quotedSig = /^(?:On|Am|Le) /.test(history) ? "> Bob Roe\n> Tel 555 0199" : "Bob Roe\nTel 555 0199";
    const { body, quoted } = splitQuoted(`${REPLY}\n\n${history}\n${quotedSig}`);
    expect(body.trim()).toBe(REPLY);
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted[0].from?.name).toBe(quotedName);
    expect(quoted.map((q) => q.text).join("\n")).not.toContain("Direct: +1 212 555 0100");
  });

  it("keeps a bottom-posted reply below a > quote", () => {
    const { body, quoted } = splitQuoted("On Mon, Bob Roe <bob@x.com> wrote:\n> Call me: 555 0199\n> Bob\n\nSure, Tuesday.\n\nJane Doe\nTel 212 555 0100");
    expect(body).toContain("Sure, Tuesday.");
    expect(body).toContain("Tel 212 555 0100");
    expect(body).not.toContain("555 0199");
    expect(body).not.toContain("wrote:");
    expect(quoted[0].from).toEqual({ name: "Bob Roe", address: "bob@x.com" });
    expect(quoted[0].text).toBe("Call me: 555 0199\nBob");
  });

  it("keeps the replies of an interleaved answer and drops each quote", () => {
    const { body, quoted } = splitQuoted("Jane Doe wrote:\n> question one?\nanswer one\n> question two?\n>\n> more\nanswer two\n\nJane");
    expect(body.split("\n").filter(Boolean)).toEqual(["answer one", "answer two", "Jane"]);
    expect(quoted).toHaveLength(2);
  });

  it("splits several quoted messages of a long thread", () => {
    const text = `${REPLY}\n-----Original Message-----\nFrom: A\nSent: x\nTo: B\nSubject: s\none\n-----Original Message-----\nFrom: C\nSent: y\nTo: D\nSubject: s\ntwo`;
    const { quoted } = splitQuoted(text);
    expect(quoted.map((q) => [q.from?.name, q.text])).toEqual([["A", "one"], ["C", "two"]]);
  });

  it("understands the quotes htmlToText marks in HTML mail", () => {
    const html = `<p>Works for me.</p><p>Jane Doe</p><div class="gmail_quote"><div class="gmail_attr">Am Mo., 4. Mai 2026 um 09:00 Uhr schrieb Bob Roe &lt;bob@x.de&gt;:</div><blockquote class="gmail_quote">Hallo<br>Tel. 0711 123456</blockquote></div>`;
    const { body, quoted } = splitQuoted(htmlToText(html));
    expect(body).toBe("Works for me.\nJane Doe");
    expect(quoted.map((q) => q.text).join("\n")).toContain("0711 123456");
  });

  it("leaves a message without history untouched", () => {
    expect(splitQuoted(REPLY)).toEqual({ body: REPLY, quoted: [] });
  });

  it("does not take a signature's 'From:' or prose for a header", () => {
    const text = "Please review.\nFrom: the desk of Jane Doe\nDirect: 212 555 0100";
    expect(splitQuoted(text).body).toBe(text);
  });

  it("never throws and keeps every unquoted line of arbitrary text", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.constantFrom("> x", "From: a", "Sent: b", "-----Original Message-----", "On x wrote:", "", "To: c", "cc:")), { maxLength: 40 }), (ls) => {
        const r = splitQuoted(ls.join("\n"));
        expect(typeof r.body).toBe("string");
        expect(Array.isArray(r.quoted)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("stays linear on megabyte lines of spaces, dashes and quote markers", () => {
    const time = (s: string) => {
      const t0 = performance.now();
      splitQuoted(s);
      return performance.now() - t0;
    };
    for (const unit of [" ", "-", ">", "> \n", "From: x\n"]) {
      const small = unit.repeat(1_000_000 / unit.length);
      const large = unit.repeat(5_000_000 / unit.length);
      // Best of a few runs, so a garbage-collection pause does not pass for super-linear work.
      const tSmall = Math.max(Math.min(time(small), time(small), time(small)), 5);
      const tLarge = Math.min(time(large), time(large));
      expect(tLarge / tSmall).toBeLessThan(15);
    }
  });
});
