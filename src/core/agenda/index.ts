// Public entry of agenda: what the call should cover, drawn from the client's own words in the thread.
export { buildAgenda, openItems } from "./buildAgenda";
export { AGENDA_TEMPLATES, templateItems } from "./templates";
export { defaultNewestText } from "./newestText";
export type { AgendaItem, AgendaKind, AgendaOptions, AgendaTemplate } from "./types";
