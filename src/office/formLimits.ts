// What Outlook's compose forms accept, and fitting a drafted body to it (issue 16.2 and 16.3).
//
// - ReplyFormData.htmlBody and MessageForm.htmlBody: "The string is limited to 32 KB"
//   (learn.microsoft.com/javascript/api/outlook/office.replyformdata). office.js validates the argument and
//   throws before any form opens; we count UTF-16 code units (JavaScript string length), as office.js's
//   parameter check does, so a body at or under FORM_BODY_LIMIT characters is accepted.
// - mailbox.displayNewMessageForm: Mailbox 1.6 (learn.microsoft.com/javascript/api/outlook/office.messageform).
// - item.displayReplyForm: Mailbox 1.1.
// - Office.context.officeTheme in Outlook: Mailbox 1.14 (older builds report no theme: we show light).

export const FORM_BODY_LIMIT = 32 * 1024;
export const NEW_MESSAGE_FORM_SET = "1.6";
export const OFFICE_THEME_SET = "1.14";

/** Compares requirement-set versions as Office does: by minor number ("1.14" is newer than "1.6"). */
export function compareSetVersions(a: string, b: string): number {
  const pa = a.split(".").map((n) => Number(n) || 0);
  const pb = b.split(".").map((n) => Number(n) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const SHORTENED_MARK = "<p>[…]</p>";

/**
 * The body as it fits Outlook's limit: unchanged when it fits; otherwise cut after the last whole paragraph or
 * list item that fits, open lists closed, and a "[…]" paragraph where the cut is, so the attorney sees it.
 */
export function fitFormBody(html: string, limit = FORM_BODY_LIMIT): { html: string; shortened: boolean; originalLength: number } {
  if (html.length <= limit) return { html, shortened: false, originalLength: html.length };
  // One pass: list openings and closings keep the stack of open lists; each block end is a place to cut.
  const tag = /<(\/?)(p|li|ul|ol|div|h[1-6]|table)\b[^>]*>/gi;
  const open: string[] = [];
  let best = "";
  let m: RegExpExecArray | null;
  while ((m = tag.exec(html))) {
    const name = m[2].toLowerCase();
    if (!m[1]) {
      if (name === "ul" || name === "ol") open.push(name);
      continue;
    }
    if (name === "ul" || name === "ol") open.pop();
    const end = m.index + m[0].length;
    const closers = [...open].reverse().map((t) => `</${t}>`).join("");
    if (end + closers.length + SHORTENED_MARK.length > limit) break;
    best = html.slice(0, end) + closers + SHORTENED_MARK;
  }
  if (!best) best = SHORTENED_MARK; // no block boundary fits: say so rather than cut inside a tag
  return { html: best, shortened: true, originalLength: html.length };
}

/** Plain text of a drafted HTML body, for the attorney to paste where no form can be opened. */
export function htmlToText(html: string): string {
  return html
    .replace(/<li\b[^>]*>/gi, "\n- ")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|div|ul|ol|h[1-6])>/gi, "\n\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
