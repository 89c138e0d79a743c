// Public entry of text handling: normalisation, HTML to text, quoted-history splitting.
export { normalizeText, stripBidiControls } from "./normalize";
export { htmlToText, QUOTE_MARKER } from "./html-to-text";
export { splitQuoted } from "./split-quoted";
export type { SplitMessage, QuotedPart } from "./split-quoted";
