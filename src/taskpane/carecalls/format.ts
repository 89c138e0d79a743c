// Wording shared by the care-call components.
import type { ContactField } from "../../core/contacts";

/** "14 Mar 2025" in the attorney's zone and locale. */
export function formatContactDate(iso: string, timeZone?: string, locale?: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone }).format(new Date(iso));
  } catch {
    return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));
  }
}

/** "3 months ago", "2 years ago": coarse on purpose, the exact date sits beside it. */
export function formatMonthsAgo(months: number): string {
  if (months >= 24) return `${Math.floor(months / 12)} years ago`;
  if (months === 1) return "1 month ago";
  if (months < 1) return "this month";
  return `${months} months ago`;
}

export const FIELD_LABELS: Record<ContactField, string> = {
  displayName: "Name",
  companyName: "Company",
  emailAddresses: "Email",
  businessPhones: "Business phone",
  mobilePhone: "Mobile phone",
};
