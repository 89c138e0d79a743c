// Contacts: what saving the client's numbers to Outlook would change, and the Graph write for what was approved.
export type * from "./types";
export { planContactSave, contactWriteFor, splitPersonName, MAX_BUSINESS_PHONES, MAX_EMAIL_ADDRESSES } from "./plan";
export type { ContactSaveInput } from "./plan";
export { samePhoneNumber, phoneKey, formatForContact, regionOf } from "./phoneCompare";
