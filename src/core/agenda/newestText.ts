// What the sender of one message wrote in it: plain text without quoted history. Reads the message the way
// the number extraction does (messageText: text part unless it is a stub, else the HTML as text), then
// splitQuoted for top-, bottom-posted and interleaved replies.
import type { MailMessage } from "../types";
import { splitQuoted } from "../text";
import { messageText } from "../extract";

export function defaultNewestText(message: MailMessage): string {
  return splitQuoted(messageText(message)).body;
}
