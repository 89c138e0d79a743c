// Public entry of the direct-dial engine.
export { extractContact, messageText } from "./extract-contact";
export type { ExtractOptions } from "./extract-contact";
export { inferRegion, regionFromAddress, regionFromDomain } from "./region";
export type { RegionEvidence } from "./region";
export { guessTimeZone } from "./time-zone";
