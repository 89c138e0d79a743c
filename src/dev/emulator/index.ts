// Public entry of the Graph emulator: an in-memory Microsoft 365 mailbox behind Graph's URLs.
export { createEmulator } from "./emulator";
export type { EmulatorOptions, EmulatorStats, GraphEmulator, LoggedRequest } from "./emulator";
export { Faults } from "./faults";
export type { FaultRule, FaultTarget, FaultWindow, RouteMatcher } from "./faults";
export { graphHandlers, GRAPH_ORIGIN, startBrowserEmulator } from "./msw";
export type { BrowserEmulatorOptions, WorkerLike } from "./msw";
export { createSeed } from "./seed";
export type { MailboxSeed, SeedOptions } from "./seed";
export { ATTORNEY, CLIENTS, COLLEAGUE, FORMER_CLIENTS, THREADS } from "./seedData";
export type { SeedPerson, SeedThread } from "./seedData";
export { generateBulkMailbox, prng } from "./bulkMailbox";
export type { BulkMailbox, BulkOptions } from "./bulkMailbox";
export { AVAILABILITY_DIGIT, availabilityView } from "./schedule";
export { resolveZone } from "./timeZones";
export type { MailboxState, StoredContact, StoredEvent, StoredMessage } from "./state";
