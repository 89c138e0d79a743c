// Public entry of mail parsing: .eml bytes or text to MailMessage, mbox archives to messages.
export { parseEmail, parseMailDate, messageFromText, MailParseError, hasMailHeaders, looksBinary } from "./parse-email";
export { splitMbox, looksLikeMbox } from "./mbox";
