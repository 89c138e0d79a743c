// The output judge itself: it must catch every way a payload can become live markup, and pass escaped text.
import { unsafeMarkup, headerBreaks } from "./markup";
import { MARKUP_PAYLOADS } from "./corpus";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");

describe("unsafeMarkup", () => {
  it.each(MARKUP_PAYLOADS.filter((p) => /<[a-z!]/i.test(p)).map((p) => [p]))("flags raw payload %s", (payload) => {
    expect(unsafeMarkup(`<div><p>Hi ${payload}</p></div>`).length).toBeGreaterThan(0);
  });

  it.each(MARKUP_PAYLOADS.map((p) => [p]))("passes escaped payload %s", (payload) => {
    expect(unsafeMarkup(`<div><p>Hi ${escape(payload)}</p><ul><li>${escape(payload)}</li></ul></div>`)).toEqual([]);
  });

  it.each([
    ['<a href="javascript:alert(1)">x</a>', "href"],
    ['<a href=" JaVaScRiPt:alert(1)">x</a>', "href"],
    ['<a href="&#106;avascript:alert(1)">x</a>', "href"],
    ['<a href="data:text/html,x">x</a>', "href"],
    ['<a href="tel:javascript:alert(1)">x</a>', "href"],
    ['<a href="http://example.com">x</a>', "href"],
    ['<p onclick="x()">x</p>', "event handler"],
    ['<p style="background:url(javascript:x)">x</p>', "attribute"],
    ["<!-- x -->", "comment"],
  ])("flags %s", (html, what) => {
    expect(unsafeMarkup(html).map((p) => p.what)).toContain(what);
  });

  it("passes the links compose writes", () => {
    expect(unsafeMarkup('<p>Call <a href="tel:+12125550142;ext=12">+1 212 555 0142 ext. 12</a> or <a href="https://teams.microsoft.com/l/x">Teams</a></p>')).toEqual([]);
  });
});

describe("headerBreaks", () => {
  it.each([["Re: a\r\nBcc: x"], ["a\nb"], ["a\u2028b"]])("flags %j", (s) => expect(headerBreaks(s)).toBe(true));
  it("passes an ordinary subject", () => expect(headerBreaks("Re: <script>alert(1)</script>")).toBe(false));
});
