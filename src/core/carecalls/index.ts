// Care calls: who the attorney has not spoken with for a long time, from sent items, inbox and calendar.
export type * from "./types";
export { normaliseAddress, firmDomains, makeInternalTest, isAutomatedAddress } from "./addresses";
export { emptyScanState, mergeScan, lastTwoWayContact } from "./scan";
export {
  emptyCareCallPrefs,
  dismissCareCall,
  undismissCareCall,
  snoozeCareCall,
  isSnoozed,
  isDismissed,
  pruneCareCallPrefs,
  parseCareCallPrefs,
} from "./prefs";
export {
  DEFAULT_CARE_CALL_MONTHS,
  DEFAULT_CARE_CALLS_PER_DAY,
  careCallDayKey,
  careCallsForDay,
  listCareCallCandidates,
  suggestCareCalls,
} from "./suggest";
export type { CareCallSuggestions } from "./suggest";
