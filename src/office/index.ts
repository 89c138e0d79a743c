// Public entry of the Office adapter. Sign-in lives in ./auth with its own entry.
export type { CurrentItem, FormOutcome, HostCapabilities, HostTheme, NewMessageForm, OutlookHost, ReplyForm, SettingsStore } from "./outlookHost";
export { FORM_BODY_LIMIT, fitFormBody, htmlToText } from "./formLimits";
export { createOfficeHost, type OfficeHostOptions } from "./officeHost";
export { createMemoryHost, type MemoryHost } from "./memoryHost";
export { createLocalSettings, createMemoryStorage, type KeyValueStorage } from "./localSettings";
export { themeFromOffice, type OfficeThemeLike } from "./theme";
export { toGraphConversationId } from "./conversationId";
