// Public entry of booking: the Graph event that books the call once, and optional holds.
export { buildCallEvent, buildTentativeHolds, graphDateTime, HOLD_CATEGORY } from "./callEvent";
export type { CallEventInput, GraphEventBody, GraphDateTimeTimeZone, TentativeHoldsInput } from "./callEvent";
export { callTransactionId } from "./transactionId";
export { stableHash128, stableHashHex } from "./stableHash";
