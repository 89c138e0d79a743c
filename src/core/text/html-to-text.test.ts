import fc from "fast-check";
import { htmlToText, QUOTE_MARKER } from "./html-to-text";

describe("htmlToText", () => {
  it.each([
    ["br", "Jane Doe<br>Partner<br/>Tel: 1", "Jane Doe\nPartner\nTel: 1"],
    ["paragraphs (Outlook MsoNormal)", '<p class="MsoNormal">Jane</p><p class="MsoNormal">Tel</p>', "Jane\nTel"],
    ["divs (Gmail)", "<div>Jane</div><div><br></div><div>Tel</div>", "Jane\n\nTel"],
    ["list items", "<ul><li>one</li><li>two</li></ul>", "one\ntwo"],
    ["table rows and cells", "<table><tr><td>Phone</td><td>+1 212 555 0100</td></tr><tr><td>Fax</td><td>2</td></tr></table>", "Phone\t+1 212 555 0100\nFax\t2"],
    ["entities", "Smith &amp; Wesson&nbsp;LLP &#x2013; T&eacute;l&#233;phone", "Smith & Wesson LLP - Téléphone"],
    ["collapsed whitespace", "Jane\n   Doe\t\tEsq.", "Jane Doe Esq."],
    ["script and style dropped", "<style>p{color:red}</style>A<script>var t='+1 555';</script>B", "AB"],
    ["head and title dropped", "<html><head><title>Mail 555-1234</title></head><body>Hi</body></html>", "Hi"],
    ["display:none dropped", '<div style="display:none">preview 713-555-0100</div><div>Body</div>', "Body"],
    ["pre keeps newlines", "<pre>a\n  b</pre>", "a\n  b"],
  ])("keeps line structure: %s", (_name, html, text) => {
    expect(htmlToText(html)).toBe(text);
  });

  it("keeps a tel: link's number when the link text shows none", () => {
    expect(htmlToText('Call <a href="tel:+442071234567">my direct line</a>')).toBe("Call my direct line +442071234567");
    expect(htmlToText('T: <a href="tel:+12125550100">(212) 555-0100</a>')).toBe("T: (212) 555-0100");
  });

  it("reads a phone icon's alt text as the label, and no other image's", () => {
    expect(htmlToText('<p><img src="cid:m.png" alt="mobile"> +1 832 555 0166 <img src="cid:p.png" alt="Phone"> +1 713 555 0177</p>')).toBe("mobile +1 832 555 0166 Phone +1 713 555 0177");
    expect(htmlToText('<p><img src="cid:logo.png" alt="Acme Industries logo"> +1 713 555 0177</p>')).toBe("+1 713 555 0177");
  });

  it("prefixes blockquote lines with > per nesting level", () => {
    expect(htmlToText("<p>new</p><blockquote>old<blockquote>older</blockquote></blockquote>")).toBe("new\n> old\n> > older");
  });

  it.each([
    ["Outlook desktop divider", '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in"><p><b>From:</b> A</p></div>'],
    ["Outlook web reply header", '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> A</div>'],
    ["Gmail quote container", '<div class="gmail_quote"><div class="gmail_attr">On Mon, A wrote:</div><blockquote>x</blockquote></div>'],
    ["Thunderbird cite prefix", '<div class="moz-cite-prefix">Am 01.02.2026 um 10:00 schrieb A:</div><blockquote type="cite">x</blockquote>'],
  ])("marks reply dividers: %s", (_name, html) => {
    expect(htmlToText(`<p>Reply</p>${html}`).split("\n")).toContain(QUOTE_MARKER);
  });

  it("never throws on arbitrary strings or markup-like noise", () => {
    const markup = fc.array(fc.constantFrom("<div>", "</div>", "<p", ">", "<br/>", "&amp", "&#", "<!--", "-->", "<script>", "</", "<a href='tel:", "'>", "x", "\u0000", " ", "<![CDATA[", "<table><tr><td>"), { maxLength: 200 }).map((a) => a.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.fullUnicodeString(), markup), (s) => {
        expect(typeof htmlToText(s)).toBe("string");
      }),
      { numRuns: 500 },
    );
  });

  // Work must grow linearly with input: compare 1 MB and 5 MB of hostile HTML with a generous factor,
  // rather than absolute times on a shared machine. A quadratic parser takes ~25x longer for 5x the input.
  it.each([
    ["deeply nested divs", (n: number) => "<div>".repeat(n / 5)],
    ["unclosed nested lists", (n: number) => "<ul><li>".repeat(n / 8)],
    ["nested tables", (n: number) => "<table><tr><td>".repeat(n / 15)],
    ["mismatched closers", (n: number) => "<b>".repeat(n / 10) + "</i>".repeat(n / 10)],
    ["attribute flood", (n: number) => `<a ${"x=y ".repeat(n / 4)}>`],
    ["entity flood", (n: number) => "&amp;&#x41;&".repeat(n / 12)],
    ["nested blockquotes", (n: number) => "<blockquote>".repeat(n / 12) + "x"],
  ])("stays roughly linear on 5 MB of %s", (_name, make) => {
    const time = (s: string) => {
      const t0 = performance.now();
      htmlToText(s);
      return performance.now() - t0;
    };
    const small = make(1_000_000);
    const large = make(5_000_000);
    time(small); // warm up
    // Best of a few runs, so a garbage-collection pause does not pass for super-linear work.
    const tSmall = Math.max(Math.min(time(small), time(small)), 5);
    const tLarge = Math.min(time(large), time(large));
    expect(tLarge / tSmall).toBeLessThan(15);
  });
});
