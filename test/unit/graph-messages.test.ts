import type { Message } from "@microsoft/microsoft-graph-types";
import { GraphMessage, sortNewestFirst, toGraphMessage, toMailMessage } from "../../src/graph";

const raw: Message = {
  id: "AAMkAD1=",
  conversationId: "AAQkAD-x_y=",
  subject: "RE: Lease",
  from: { emailAddress: { name: "Liam O'Connell", address: "liam.oconnell@coastlineproperty.com.au" } },
  toRecipients: [{ emailAddress: { name: "Alex Morgan", address: "alex.morgan@harwellmorgan.com" } }, { emailAddress: { name: "No Address" } }],
  ccRecipients: null,
  receivedDateTime: "2026-11-24T10:00:00Z",
  sentDateTime: "2026-11-24T09:59:58Z",
  internetMessageId: "<abc@coastline>",
  hasAttachments: true,
  body: { contentType: "html", content: "<p>Hi</p>" },
  attachments: [{ name: "Consent.pdf", contentType: "application/pdf", size: 1024 }],
};

describe("Graph message mapping", () => {
  it("keeps what the engine reads and drops recipients without an address", () => {
    const m = toGraphMessage(raw);
    expect(m.from).toEqual({ name: "Liam O'Connell", address: "liam.oconnell@coastlineproperty.com.au" });
    expect(m.to).toEqual([{ name: "Alex Morgan", address: "alex.morgan@harwellmorgan.com" }]);
    expect(m.cc).toEqual([]);
    expect(m.body).toEqual({ contentType: "html", content: "<p>Hi</p>" });
    expect(m.uniqueBody).toBeNull();
    expect(m.attachments).toEqual([{ name: "Consent.pdf", contentType: "application/pdf", size: 1024 }]);
  });

  it("falls back to sender when from is missing (drafts)", () => {
    expect(toGraphMessage({ ...raw, from: null, sender: raw.from }).from?.address).toBe("liam.oconnell@coastlineproperty.com.au");
  });

  it("becomes the core's MailMessage", () => {
    const mail = toMailMessage(toGraphMessage(raw));
    expect(mail).toMatchObject({ id: "AAMkAD1=", html: "<p>Hi</p>", text: null, date: "2026-11-24T09:59:58Z", attachments: [{ filename: "Consent.pdf" }] });
  });

  it("sorts newest first, stable on ties", () => {
    const at = (id: string, t: string | null): GraphMessage => ({ ...toGraphMessage(raw), id, receivedDateTime: t, sentDateTime: t });
    const sorted = sortNewestFirst([at("b", "2026-11-01T00:00:00Z"), at("a", "2026-11-03T00:00:00Z"), at("d", "2026-11-02T00:00:00Z"), at("c", "2026-11-02T00:00:00Z")]);
    expect(sorted.map((m) => m.id)).toEqual(["a", "c", "d", "b"]);
  });
});
