// Public entry of compose: the call request and voicemail notes, as escaped HTML plus plain text.
export { composeCallRequest, replySubject, CALL_REQUEST_SUBJECT } from "./callRequest";
export type { CallRequestInput, ComposedEmail } from "./callRequest";
export { composeVoicemailFollowUp, VOICEMAIL_SUBJECT } from "./voicemail";
export type { VoicemailFollowUpInput } from "./voicemail";
export { escapeHtml, oneLine, telUri, telLinkHtml, numberForPeople } from "./html";
export type { DialNumber } from "./html";
export { describeSlot, placeOfZone } from "./timeWording";
export { firstName, displayName } from "./people";
