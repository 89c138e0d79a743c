import type { MailMessage } from "../types";
import { buildAgenda, openItems } from "./buildAgenda";

const client = { name: "Jane Okafor", address: "jane.okafor@acme-holdings.com" };
const attorney = { name: "Alex Chen", address: "achen@chenlaw.com" };

function msg(partial: Partial<MailMessage> & { text: string }): MailMessage {
  return { from: client, to: [attorney], subject: "Re: Lease renewal", ...partial };
}

const texts = (items: { text: string }[]) => items.map((i) => i.text);

describe("buildAgenda on real-looking threads", () => {
  it("reads a top-posted Outlook reply: the client's points only, not the quoted attorney mail, signature or disclaimer", () => {
    const thread = [
      msg({
        id: "m2",
        date: "2026-03-03T09:12:00-05:00",
        text: [
          "Hi Alex,",
          "",
          "Thanks for the draft. A couple of things:",
          "",
          "Could you confirm whether the landlord can still invoke the break clause in year 3?",
          "Also, please send the redline of section 4.2 before the 31st, as our board meets on 1 April.",
          "I was wondering if we need a guarantor for the renewal at all.",
          "",
          "Best regards,",
          "Jane",
          "",
          "Jane Okafor | General Counsel | Acme Holdings",
          "Direct: +1 212 555 0142 | Mobile: +1 917 555 0199",
          "",
          "This email and any attachments are confidential and intended solely for the addressee.",
          "",
          "From: Alex Chen <achen@chenlaw.com>",
          "Sent: Monday, March 2, 2026 4:05 PM",
          "To: Jane Okafor <jane.okafor@acme-holdings.com>",
          "Subject: Lease renewal",
          "",
          "Jane, attached is the draft renewal. Can you send me the current certificate of insurance?",
          "",
          "Alex Chen | Partner | Chen Law LLP | +1 212 555 0100",
          "CONFIDENTIALITY NOTICE: this message may contain privileged information. Is it for you?",
        ].join("\n"),
      }),
    ];
    const agenda = buildAgenda(thread, { client, attorney });
    expect(texts(agenda)).toEqual(["Landlord can still invoke the break clause", "Redline of section 4.2 before the 31st", "Guarantor for the renewal"]);
    // The client's whole sentence stays with the item, one click away in the editor.
    expect(agenda.map((i) => i.source)).toEqual([
      "Could you confirm whether the landlord can still invoke the break clause in year 3?",
      "Also, please send the redline of section 4.2 before the 31st, as our board meets on 1 April.",
      "I was wondering if we need a guarantor for the renewal at all.",
    ]);
    expect(agenda.map((i) => i.kind)).toEqual(["question", "deadline", "question"]);
    expect(agenda.every((i) => i.sourceMessageId === "m2" && !i.answered)).toBe(true);
    expect(texts(agenda).join(" ")).not.toMatch(/insurance|CONFIDENTIAL|555/);
  });

  it("reads a bottom-posted Gmail reply with interleaved quotes", () => {
    const thread = [
      msg({
        id: "g2",
        date: "2026-03-03T10:30:00+00:00",
        text: [
          "On Tue, Mar 3, 2026 at 9:02 AM Alex Chen <achen@chenlaw.com>",
          "wrote:",
          "> Jane, do you have the signed NDA from the supplier?",
          "> Let me know whether the board approved the budget.",
          "",
          "Not yet - we are still waiting for the supplier to countersign.",
          "",
          "> Any questions on the term sheet?",
          "",
          "Yes: what happens to the deposit if we exit early?",
          "",
          "Cheers,",
          "Jane",
          "--",
          "Sent from my iPhone",
        ].join("\n"),
      }),
    ];
    const agenda = buildAgenda(thread, { client, attorney });
    expect(texts(agenda)).toEqual(["Supplier to countersign", "What happens to the deposit"]);
    expect(agenda.map((i) => i.kind)).toEqual(["request", "question"]);
  });

  it("reads Gmail's HTML reply without its gmail_quote history", () => {
    const html =
      '<div dir="ltr">Hi Alex,<div><br></div><div>Is the escrow agent confirmed for the closing?</div><div>We need the wire instructions by Thursday.</div>' +
      '<div><br></div><div>Thanks,</div><div>Jane</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, Mar 2, 2026 at 9:00 AM Alex Chen &lt;<a href="mailto:achen@chenlaw.com">achen@chenlaw.com</a>&gt; wrote:<br></div>' +
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><div dir="ltr">Can you send the W-9 form?</div></blockquote></div>';
    const agenda = buildAgenda([msg({ id: "gh", text: "", html })], { client, attorney });
    expect(agenda.map((i) => [i.kind, i.text])).toEqual([
      ["question", "Escrow agent confirmed for the closing"],
      ["deadline", "Wire instructions by Thursday"],
    ]);
  });

  it("drops what the attorney already answered in a later reply and keeps the rest open", () => {
    const thread: MailMessage[] = [
      msg({ id: "c3", date: "2026-03-05T08:00:00Z", text: "Thanks Alex, that helps.\n\nWe need the updated schedule of fees by Friday.\n\nJane" }),
      {
        id: "a2",
        from: attorney,
        to: [client],
        subject: "Re: Lease renewal",
        date: "2026-03-04T17:00:00Z",
        text: [
          "Jane,",
          "",
          "On the break clause: the landlord can no longer invoke it in year 3; the notice window closed in 2025.",
          "",
          "Alex",
          "",
          "On Wed, Mar 4, 2026 at 8:00 AM Jane Okafor <jane.okafor@acme-holdings.com> wrote:",
          "> Can the landlord still invoke the break clause in year 3?",
          "> Do we need a guarantor for the renewal?",
        ].join("\n"),
      },
      msg({
        id: "c1",
        date: "2026-03-04T08:00:00Z",
        text: "Hi Alex,\n\nCan the landlord still invoke the break clause in year 3?\nDo we need a guarantor for the renewal?\n\nThanks,\nJane",
      }),
    ];
    const agenda = buildAgenda(thread, { client, attorney });
    const open = openItems(agenda);
    expect(texts(open)).toEqual(["Updated schedule of fees by Friday", "Guarantor for the renewal"]);
    const answered = agenda.filter((i) => i.answered);
    expect(answered.map((i) => i.source)).toEqual(["Can the landlord still invoke the break clause in year 3?"]);
    expect(answered[0].sourceMessageId).toBe("c1");
    expect(buildAgenda(thread, { client, attorney, keepAnswered: false }).some((i) => i.answered)).toBe(false);
  });

  it("falls back to the thread's newest-first order when messages carry no dates", () => {
    const thread: MailMessage[] = [
      { id: "a", from: attorney, to: [client], subject: "x", text: "The landlord can no longer invoke the break clause in year 3." },
      msg({ id: "c", text: "Can the landlord still invoke the break clause in year 3?" }),
    ];
    expect(buildAgenda(thread, { client, attorney })[0]).toMatchObject({ sourceMessageId: "c", answered: true });
    expect(buildAgenda([...thread].reverse(), { client, attorney })[0].answered).toBeUndefined();
  });

  it("does not count an answer the attorney sent before the question", () => {
    const thread: MailMessage[] = [
      msg({ id: "c2", date: "2026-03-06T08:00:00Z", text: "Can the landlord still invoke the break clause in year 3?" }),
      { id: "a1", from: attorney, to: [client], subject: "x", date: "2026-03-05T08:00:00Z", text: "The landlord can invoke the break clause in year 3 only with six months' notice." },
    ];
    expect(buildAgenda(thread, { client, attorney })[0].answered).toBeUndefined();
  });

  it("keeps one copy of a point the client repeats, in its newest wording", () => {
    const thread = [
      msg({ id: "n2", date: "2026-03-06T08:00:00Z", text: "Just following up: could you confirm the filing deadline for the trademark renewal?" }),
      msg({ id: "n1", date: "2026-03-02T08:00:00Z", text: "Could you confirm the filing deadline for the trademark renewal?" }),
    ];
    const agenda = buildAgenda(thread, { client, attorney });
    expect(agenda).toHaveLength(1);
    expect(agenda[0].sourceMessageId).toBe("n2");
  });

  it("lists named attachments but not inline logos, and reads HTML-only mail", () => {
    const thread = [
      msg({
        id: "h1",
        text: "",
        html: '<div><p>Dear Alex,</p><p>Please review the attached share purchase agreement.</p><ul><li>Is the non-compete enforceable in Texas?</li><li>The closing is due on 12 March.</li></ul><p>Kind regards,<br>Jane</p></div><div id="divRplyFwdMsg"><b>From:</b> Alex</div><div>Old text? Should not appear?</div>',
        attachments: [{ filename: "SPA draft v3.pdf", contentType: "application/pdf" }, { filename: "image001.png", contentType: "image/png" }],
      }),
    ];
    const agenda = buildAgenda(thread, { client, attorney });
    expect(agenda.map((i) => [i.kind, i.text])).toEqual([
      ["request", "Share purchase agreement (SPA draft v3.pdf)"],
      ["question", "Non-compete enforceable in Texas"],
      ["deadline", "Closing due on 12 March"],
    ]);
  });

  it("reads the sentence announcing a file as the item, naming the file; the bare file list only when no sentence announces it", () => {
    const withList = msg({ text: "I've attached the signed lease for your records.", attachments: [{ filename: "Lease signed.pdf" }] });
    const withoutList = msg({ text: "I've attached the signed lease for your records." });
    const unannounced = msg({ text: "Could you check whether the guarantee survives the renewal?", attachments: [{ filename: "Lease signed.pdf" }] });
    expect(buildAgenda([withList], { client, attorney }).map((i) => [i.kind, i.text, i.source])).toEqual([["attachment", "Signed lease (Lease signed.pdf)", "I've attached the signed lease for your records."]]);
    expect(texts(buildAgenda([unannounced], { client, attorney }))).toContain("The document you sent: Lease signed.pdf");
    expect(buildAgenda([withoutList], { client, attorney }).map((i) => [i.kind, i.text])).toEqual([["attachment", "Signed lease"]]);
  });

  it("ignores a third party's forwarded questions inside the client's email", () => {
    const thread = [
      msg({
        id: "f1",
        text: [
          "Alex - see below from the buyer's counsel. Can we discuss their indemnity ask on our call?",
          "",
          "---------- Forwarded message ---------",
          "From: Buyer Counsel <bc@buyerlaw.com>",
          "Date: Mon, Mar 2, 2026",
          "Subject: Indemnity",
          "Will your client accept a 24-month survival period? Please send comments by Friday.",
        ].join("\n"),
      }),
    ];
    expect(texts(buildAgenda(thread, { client, attorney }))).toEqual(["Indemnity ask"]);
  });

  it("only reads the client's messages, never a colleague's on the thread", () => {
    const colleague = { name: "Sam", address: "sam@acme-holdings.com" };
    const thread = [msg({ id: "x", from: colleague, text: "Could you send the invoice?" }), msg({ id: "y", text: "How are you? Hope the move went well." })];
    const agenda = buildAgenda(thread, { client, attorney });
    expect(agenda.every((i) => i.kind === "template")).toBe(true);
  });

  it.each([
    ["before the 31st", "Please return the signed engagement letter before the 31st.", "Signed engagement letter before the 31st"],
    ["by Friday", "We have to sign by Friday.", "Sign by Friday"],
    ["due on 12 March", "The first instalment is due on 12 March.", "First instalment due on 12 March"],
    ["end of the month", "The lender wants the consent no later than end of the month.", "Consent no later than end of the month"],
  ])("spots the deadline %s", (_label, sentence, phrase) => {
    const agenda = buildAgenda([msg({ text: sentence })], { client, attorney });
    expect(agenda[0]).toMatchObject({ kind: "deadline", text: phrase, source: sentence });
  });
});

describe("agenda templates", () => {
  const quiet = [msg({ id: "q", text: "Hi Alex,\n\nAll signed and filed, thank you for the quick turnaround.\n\nBest,\nJane" })];

  it("falls back to the check-in template when nothing is open", () => {
    expect(texts(buildAgenda(quiet, { client, attorney }))).toEqual(["How is business?", "What is ahead for you next quarter?"]);
  });

  it("adds requested templates next to open items, and can leave the fallback out", () => {
    const agenda = buildAgenda([msg({ text: "Please send the final invoice." })], { client, attorney, templates: ["feedback"] });
    expect(agenda.map((i) => i.kind)).toEqual(["request", "template", "template"]);
    expect(texts(agenda)).toContain("If we could do one thing better, what would it be?");
    expect(buildAgenda(quiet, { client, attorney, fallbackTemplate: null })).toEqual([]);
  });

  it("gives items stable ids", () => {
    const a = buildAgenda([msg({ id: "s", text: "Could you send the final invoice?" })], { client, attorney });
    const b = buildAgenda([msg({ id: "s", text: "Could you send the final invoice?" })], { client, attorney });
    expect(a[0].id).toBe(b[0].id);
    expect(a[0].id).toMatch(/^item-[0-9a-f]{12}$/);
  });
});
