// Public entry of compose: the call request and voicemail notes, as escaped HTML plus plain text.
export { composeCallRequest, replySubject, CALL_REQUEST_SUBJECT } from "./callRequest";
export type { CallRequestInput, ComposedEmail } from "./callRequest";
export { composeVoicemailFollowUp, VOICEMAIL_SUBJECT } from "./voicemail";
export type { VoicemailFollowUpInput } from "./voicemail";
export { escapeHtml, oneLine, telUri, telLinkHtml, numberForPeople } from "./html";
export type { DialNumber } from "./html";
export { describeSlot, describeSlotForAttorney, clockFrom } from "./timeWording";
export { clockStyleOf, clockDay, clockRange, clockTime, dateOrderOf, hour12Of, placeOfZone, wallClock, zonedMoment, zonedRange, DEFAULT_CLOCK } from "./clock";
export type { ClockStyle, ClockSettings, WallClock } from "./clock";
export { agendaPoints } from "./agendaPoints";
export type { AgendaPoints } from "./agendaPoints";
export { firstName, displayName } from "./people";
