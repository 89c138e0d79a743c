import { MailParseError, parseEmail, parseMailDate } from "./parse-email";
import { looksLikeMbox, splitMbox } from "./mbox";

const eml = (headers: string, body: string) => `${headers}\r\n\r\n${body}`;

describe("parseEmail", () => {
  it("decodes quoted-printable latin-1 text and RFC 2047 names", async () => {
    const m = await parseEmail(
      Buffer.from(
        eml(
          "From: =?ISO-8859-1?Q?J=FCrgen_M=FCller?= <jm@example.de>\r\nTo: a@b.c\r\nSubject: =?UTF-8?B?R3LDvMOfZQ==?=\r\nDate: Tue, 3 Mar 2026 10:15:00 +0100\r\nContent-Type: text/plain; charset=ISO-8859-1\r\nContent-Transfer-Encoding: quoted-printable",
          "Mit freundlichen Gr=FC=DFen\r\nTel. +49 711 12345-0",
        ),
        "latin1",
      ),
    );
    expect(m.from).toEqual({ name: "Jürgen Müller", address: "jm@example.de" });
    expect(m.subject).toBe("Grüße");
    expect(m.text).toContain("Mit freundlichen Grüßen");
    expect(m.date).toBe("2026-03-03T10:15:00+01:00");
  });

  it("decodes base64 HTML-only mail", async () => {
    const html = Buffer.from("<p>Tel: <b>020 7123 4567</b></p>").toString("base64");
    const m = await parseEmail(eml("From: A <a@x.co.uk>\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64", html));
    expect(m.html).toBe("<p>Tel: <b>020 7123 4567</b></p>");
    expect(m.text ?? null).toBeNull();
  });

  it("reads multipart/alternative and attachments", async () => {
    const raw = eml(
      'From: "Doe, Jane" <jane@x.com>\r\nTo: Bob <bob@y.com>, c@z.com\r\nCc: d@z.com\r\nMessage-ID: <m1@x>\r\nContent-Type: multipart/mixed; boundary="b1"',
      '--b1\r\nContent-Type: multipart/alternative; boundary="b2"\r\n\r\n--b2\r\nContent-Type: text/plain\r\n\r\nplain\r\n--b2\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--b2--\r\n--b1\r\nContent-Type: application/pdf; name="a.pdf"\r\nContent-Disposition: attachment; filename="a.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERg==\r\n--b1--',
    );
    const m = await parseEmail(raw);
    expect(m).toMatchObject({ messageId: "<m1@x>", from: { name: "Doe, Jane", address: "jane@x.com" } });
    expect([m.text?.trim(), m.html?.trim()]).toEqual(["plain", "<p>html</p>"]);
    expect(m.to).toEqual([{ name: "Bob", address: "bob@y.com" }, { name: "", address: "c@z.com" }]);
    expect(m.cc).toEqual([{ name: "", address: "d@z.com" }]);
    expect(m.attachments).toEqual([{ filename: "a.pdf", contentType: "application/pdf" }]);
  });

  it("decodes multi-megabyte quoted-printable bodies in linear time, same as small ones", async () => {
    const head = "From: Jane Doe <jane@x.com>\r\nSubject: big\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable";
    const body = "caf=C3=A9 =3D=\r\n".repeat(100_000) + "\r\nJane Doe\r\nDirect: +1 212 555 0142\r\n";
    const big = await parseEmail(eml(head, body));
    const small = await parseEmail(eml(head, "caf=C3=A9 =3D=\r\n".repeat(10) + "\r\nJane Doe\r\nDirect: +1 212 555 0142\r\n"));
    expect(big.from).toEqual(small.from);
    expect(big.text?.startsWith("café =café =")).toBe(true);
    expect(big.text?.trim().endsWith("Jane Doe\r\nDirect: +1 212 555 0142") || big.text?.trim().endsWith("Jane Doe\nDirect: +1 212 555 0142")).toBe(true);
    expect(small.text?.trim().endsWith("Direct: +1 212 555 0142")).toBe(true);
  });

  it("reads the text part behind hundreds of empty parts", async () => {
    const raw = eml('From: Jane <jane@x.com>\r\nContent-Type: multipart/mixed; boundary="p"', "--p\r\nContent-Type: text/plain\r\n\r\n\r\n".repeat(500) + "--p\r\nContent-Type: text/plain\r\n\r\nJane Doe\r\nTel 212 555 0142\r\n--p--\r\n");
    const m = await parseEmail(raw);
    expect(m.text).toContain("Tel 212 555 0142");
  });

  it("reads classic Mac mail whose lines end in a bare CR", async () => {
    const raw = "From: Jane Doe <jane@x.com>\rSubject: Re: lease\rDate: Mon, 2 Mar 2026 10:00:00 +0100\r\rThanks.\r\rJane Doe\rTel 212 555 0142\r";
    const m = await parseEmail(raw);
    expect(m.from).toEqual({ name: "Jane Doe", address: "jane@x.com" });
    expect(m.subject).toBe("Re: lease");
    expect(m.text?.split(/\r?\n/)).toContain("Tel 212 555 0142");
  });

  it("takes the display name from X-From when From has none (Enron archives)", async () => {
    const m = await parseEmail(eml("From: jane.doe@enron.com\r\nX-From: Jane Doe <Jane.Doe@ENRON.com>", "hi"));
    expect(m.from).toEqual({ name: "Jane Doe", address: "jane.doe@enron.com" });
  });

  it.each([
    ["empty input", "", "empty"],
    ["binary data", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "binary"],
    ["text without headers", "Hello there,\nthis is not an email.", "no-headers"],
  ])("refuses %s with a typed, readable error", async (_name, raw, reason) => {
    await expect(parseEmail(raw as string | Uint8Array)).rejects.toBeInstanceOf(MailParseError);
    await expect(parseEmail(raw as string | Uint8Array)).rejects.toMatchObject({ reason });
  });
});

describe("parseMailDate", () => {
  it.each([
    ["Tue, 15 May 2001 09:43:00 -0700 (PDT)", "2001-05-15T09:43:00-07:00"],
    ["Mon, 1 Feb 2021 21:36:31 +0100", "2021-02-01T21:36:31+01:00"],
    ["3 Mar 26 10:15 GMT", "2026-03-03T10:15:00+00:00"],
    ["Thu, 18 Oct 2001 16:43:40 PDT", "2001-10-18T16:43:40-07:00"],
    ["not a date", null],
  ])("%s -> %s", (input, expected) => {
    expect(parseMailDate(input)).toBe(expected);
  });
});

describe("splitMbox", () => {
  const mbox = "From a@x Mon Mar  2 10:00:00 2026\nFrom: a@x\nSubject: one\n\nbody\n>From here on\n\nFrom b@y Mon Mar  2 11:00:00 2026\nFrom: b@y\nSubject: two\n\nFrom the top: second body\n";

  it("splits on envelope lines only and unescapes >From", () => {
    const parts = splitMbox(mbox).map((p) => new TextDecoder().decode(p));
    expect(parts).toHaveLength(2);
    expect(parts[0]).toContain("Subject: one");
    expect(parts[0]).toContain("\nFrom here on");
    expect(parts[1]).toContain("From the top: second body");
    expect(looksLikeMbox(mbox)).toBe(true);
    expect(looksLikeMbox("From: a@x\n")).toBe(false);
  });

  it("keeps bytes of any charset unchanged", () => {
    const bytes = Buffer.concat([Buffer.from("From a@x Mon Mar  2 10:00:00 2026\nFrom: a@x\n\n"), Buffer.from([0xe4, 0x80, 0x9f]), Buffer.from("\n")]);
    const [one] = splitMbox(bytes);
    expect(Array.from(one.slice(-4, -1))).toEqual([0xe4, 0x80, 0x9f]);
  });
});

describe("parseEmail: web-archive senders", () => {
  it.each([
    ["From: aliosha at smtech.it (Aliosha Lazzarotto)", { name: "Aliosha Lazzarotto", address: "aliosha@smtech.it" }],
    ["From: p.rinaldi at comune.livorno.it (p.rinaldi at comune.livorno.it)", { name: "", address: "p.rinaldi@comune.livorno.it" }],
    ["From: jane@x.com (Jane Doe)", { address: "jane@x.com" }],
  ])("reads %s", async (header, from) => {
    const m = await parseEmail(`${header}\nSubject: hi\nDate: Wed, 01 Oct 2008 11:57:50 +0200\n\nHello\n`);
    expect(m.from).toMatchObject(from);
  });
});
