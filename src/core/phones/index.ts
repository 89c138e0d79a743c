// Public entry of phone handling: finding numbers on signature lines and reading their labels.
export { PHONE_RUN, findPhonesInLine, localFormsInLine, prepareLine, internationalCountries, withBareCallingCode } from "./find";
export type { PhoneOnLine } from "./find";
export { classifyLabel, labelBefore, labelAfter, isLabelOnly, LABEL_WORD } from "./labels";
export type { LabelKind, LabelSpan } from "./labels";
