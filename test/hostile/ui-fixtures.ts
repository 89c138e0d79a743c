// Hostile display names, subjects, signatures and agenda text for the taskpane (issue 8), in the shape the
// Graph emulator serves messages. A browser test seeds these and checks the UI renders them as inert text:
// no dialog opens, no script runs (the markers below stay unset) and no element from the input appears.
//
// Payloads "detonate" observably when rendered as HTML: they call alert() (a dialog event in playwright),
// bump window.__dialbackXss, or insert an element carrying the data-dialback-injected attribute.

import { MARKUP_PAYLOADS, CLIENT } from "./corpus";

/** Global a detonated payload increments; must stay undefined in the page. */
export const XSS_GLOBAL = "__dialbackXss";
/** Attribute every injected element carries; `document.querySelector(INJECTED_SELECTOR)` must find nothing. */
export const INJECTED_ATTRIBUTE = "data-dialback-injected";
export const INJECTED_SELECTOR = `[${INJECTED_ATTRIBUTE}]`;

const bump = `window.${XSS_GLOBAL}=(window.${XSS_GLOBAL}||0)+1`;

/** Payloads that leave a trace when rendered as markup, plus the generic corpus payloads (which call alert). */
export const DETECTABLE_PAYLOADS: readonly string[] = [
  `<img src=x ${INJECTED_ATTRIBUTE} onerror="${bump}">`,
  `<svg ${INJECTED_ATTRIBUTE} onload="${bump}"></svg>`,
  `<b ${INJECTED_ATTRIBUTE}>bold</b>`,
  `<a ${INJECTED_ATTRIBUTE} href="javascript:${bump}">link</a>`,
  `"><img src=x ${INJECTED_ATTRIBUTE} onerror="${bump}">`,
  `<details open ${INJECTED_ATTRIBUTE} ontoggle="${bump}">`,
  `<iframe ${INJECTED_ATTRIBUTE} srcdoc="&lt;script&gt;parent.${XSS_GLOBAL}=1&lt;/script&gt;"></iframe>`,
  `<style ${INJECTED_ATTRIBUTE}>*{display:none!important}</style>`,
  `<math><mtext><table><mglyph><style><img src=x ${INJECTED_ATTRIBUTE} onerror="${bump}">`,
  `javascript:${bump}`,
  "\u202e2410 555 212 1+\u202c",
  ...MARKUP_PAYLOADS,
];

export interface HostileUiMessage {
  /** Stable id to seed and open. */
  id: string;
  /** The field the payload sits in, for failure messages. */
  field: "from.name" | "subject" | "signature" | "agenda" | "attachment";
  payload: string;
  /** Graph message resource (the subset the emulator serves for a message). */
  message: {
    id: string;
    subject: string;
    from: { emailAddress: { name: string; address: string } };
    toRecipients: { emailAddress: { name: string; address: string } }[];
    receivedDateTime: string;
    body: { contentType: "html"; content: string };
    hasAttachments: boolean;
    attachments?: { name: string; contentType: string }[];
  };
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * One message per payload and field. The body HTML is hostile on purpose where the field is "signature"
 * (raw markup, as a sender's mail client could send it); elsewhere the payload is plain text that the UI
 * must keep as text.
 */
export function hostileUiMessages(attorney = { name: "Alex Attorney", address: "alex@lawfirm.example" }): HostileUiMessage[] {
  const out: HostileUiMessage[] = [];
  DETECTABLE_PAYLOADS.forEach((payload, i) => {
    const fields: HostileUiMessage["field"][] = ["from.name", "subject", "signature", "agenda", "attachment"];
    for (const field of fields) {
      const id = `hostile-${field.replace(".", "-")}-${String(i).padStart(2, "0")}`;
      const name = field === "from.name" ? `Jane ${payload} Client` : CLIENT.name;
      const question =
        field === "agenda" ? `Could you confirm ${esc(payload)} before the 31st?` : "Could you let me know whether the escrow documents are ready?";
      const sigExtra = field === "signature" ? payload : "ClientCo Ltd";
      out.push({
        id,
        field,
        payload,
        message: {
          id,
          subject: field === "subject" ? `Re: ${payload}` : "Re: Escrow documents",
          from: { emailAddress: { name, address: CLIENT.address } },
          toRecipients: [{ emailAddress: attorney }],
          receivedDateTime: "2026-11-10T14:15:00Z",
          body: {
            contentType: "html",
            content: `<html><body><p>Hi Alex,</p><p>${question}</p><p>Best regards,<br>${esc(name)}<br>${sigExtra}<br>Direct: <a href="tel:${CLIENT.e164}">${CLIENT.written}</a></p></body></html>`,
          },
          hasAttachments: field === "attachment",
          ...(field === "attachment" ? { attachments: [{ name: `${payload}.pdf`, contentType: "application/pdf" }] } : {}),
        },
      });
    }
  });
  return out;
}

/** Display names alone, for UIs or tests that only need the strings. */
export const HOSTILE_DISPLAY_NAMES: readonly string[] = DETECTABLE_PAYLOADS.map((p) => `Jane ${p} Client`);
/** Subjects alone. */
export const HOSTILE_SUBJECTS: readonly string[] = DETECTABLE_PAYLOADS.map((p) => `Re: ${p}`);
/** Agenda lines alone (what a person might type or the thread might yield). */
export const HOSTILE_AGENDA_TEXT: readonly string[] = DETECTABLE_PAYLOADS.map((p) => `Could you confirm ${p}?`);

export interface HostileUiVariant {
  name: string;
  subject: string;
  fromName: string;
  bodyHtml: string;
  attachments: { name: string; contentType: string; size: number }[];
}

/**
 * A handful of messages that each carry every detectable payload in one field (or all fields at once), so a
 * browser test can cover the whole list with a few taskpane loads. Agenda payloads are escaped in the body
 * (the client typed them as text); signature payloads are raw markup (the client's mail program sent HTML).
 */
export function hostileUiVariants(): HostileUiVariant[] {
  const all = DETECTABLE_PAYLOADS;
  const agendaHtml = all.map((p) => `<p>Could you confirm ${esc(p)} before the 31st?</p>`).join("");
  const sig = (extra: string) =>
    `<p>Best regards,<br>${esc(CLIENT.name)}<br>${extra}<br>Direct: <a href="tel:${CLIENT.e164}">${CLIENT.written}</a></p>`;
  const body = (agenda: string, sigExtra: string) =>
    `<html><body><p>Hi Alex,</p>${agenda || "<p>Could you let me know whether the escrow documents are ready?</p>"}${sig(sigExtra)}</body></html>`;
  const plain = { subject: "Re: Escrow documents", fromName: CLIENT.name, bodyHtml: body("", "ClientCo Ltd"), attachments: [] };
  const attachments = all.map((p) => ({ name: `${p}.pdf`, contentType: "application/pdf", size: 1024 }));
  return [
    { ...plain, name: "display name", fromName: `Jane ${all.join(" ")} Client` },
    { ...plain, name: "subject", subject: `Re: ${all.join(" ")}` },
    { ...plain, name: "signature", bodyHtml: body("", all.join("<br>")) },
    { ...plain, name: "agenda text", bodyHtml: body(agendaHtml, "ClientCo Ltd") },
    { ...plain, name: "attachment names", attachments },
    {
      name: "everything at once",
      fromName: `Jane ${all.join(" ")} Client`,
      subject: `Re: ${all.join(" ")}`,
      bodyHtml: body(agendaHtml, all.join("<br>")),
      attachments,
    },
  ];
}
