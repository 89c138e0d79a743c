// Relationship features for the taskpane: the care-call tab, the waiting badge and the contact-save dialog.
// Components take data and callbacks; the taskpane wires them to Graph, Office and roaming settings.
export { CareCallsView } from "./CareCallsView";
export type { CareCallsViewProps } from "./CareCallsView";
export { CareCallsPanel } from "./CareCallsPanel";
export type { CareCallsPanelProps } from "./CareCallsPanel";
export { WaitingBadge } from "./WaitingBadge";
export type { WaitingBadgeProps } from "./WaitingBadge";
export { ContactSaveDialog } from "./ContactSaveDialog";
export type { ContactSaveDialogProps } from "./ContactSaveDialog";
export { formatContactDate, formatMonthsAgo } from "./format";
export { useCareCalls, careCallScanKey, CARE_CALL_PREFS_KEY } from "./useCareCalls";
export type { UseCareCallsOptions, CareCallsData } from "./useCareCalls";
