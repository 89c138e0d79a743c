// Public entry of scheduling: call times that fit the attorney's calendar and hours and the client's day.
export { proposeSlots, clientZoneOf, SCHEDULING_DEFAULTS } from "./proposeSlots";
export type { ProposeSlotsInput, ProposedSlot, SlotProposal } from "./proposeSlots";
export { InputError } from "./inputError";
export { busySpans } from "./busyTimes";
export type { AvailabilityViewFrame } from "./busyTimes";
export { toIanaZoneName, zoneFromGraph, graphDateTimeToMillis, isoToMillis, RuleBasedZone } from "./timeZones";
export { expandWeeklyWindows } from "./weeklyWindows";
export { mergeSpans, intersectSpans, subtractSpans } from "./spans";
export type { Span } from "./spans";
export * from "./graphShapes";
