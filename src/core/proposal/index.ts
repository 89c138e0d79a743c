// Public entry of proposal: one function from the open email to everything the attorney reviews.
import { extractContact } from "../extract";
import { proposeCallWith } from "./proposeCall";
import type { ProposeCallInput, ProposeCallResult } from "./proposeCall";

export { proposeCallWith } from "./proposeCall";
export type { ProposeCallInput, ProposeCallResult, ClientZoneSource, ExtractContact } from "./proposeCall";
export { clientZoneFromDateHeader } from "./clientZone";
export { InputError } from "../scheduling";

/** The proposal with the project's extraction engine (src/core/extract). Throws InputError on bad input. */
export function proposeCall(input: ProposeCallInput): ProposeCallResult {
  return proposeCallWith((message, options) => extractContact(message, { defaultRegion: options?.defaultRegion ?? undefined }), input);
}
