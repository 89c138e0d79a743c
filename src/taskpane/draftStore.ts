// Keeps the attorney's edits per message in roaming settings (or localStorage), so closing the taskpane
// loses nothing. Roaming settings are capped at 32 KB per add-in, so only the most recent drafts are kept.
import type { SettingsStore } from "../office/index";
import type { AgendaItem, BookingChoice, BookingResult, DialNumber, SlotSearch } from "./services";

export interface SavedDraft {
  agenda: AgendaItem[] | null;
  slotStart: string | null;
  durationMinutes: number;
  dial: DialNumber | null;
  booked: BookingResult | null;
  /** The attorney's slot search, when they changed it (older drafts have none). */
  search?: SlotSearch | null;
  /** Invitation or private hold, as last chosen. */
  booking?: BookingChoice | null;
  savedAt: number;
}

const KEY = "drafts.v1";
export const MAX_DRAFTS = 12;

type DraftMap = Record<string, SavedDraft>;

export function loadDraft(settings: SettingsStore, itemId: string): SavedDraft | null {
  const all = settings.get<DraftMap>(KEY);
  return all?.[itemId] ?? null;
}

export async function saveDraft(settings: SettingsStore, itemId: string, draft: Omit<SavedDraft, "savedAt">, now = Date.now()): Promise<void> {
  const all: DraftMap = { ...(settings.get<DraftMap>(KEY) ?? {}) };
  all[itemId] = { ...draft, savedAt: now };
  const keep = Object.entries(all)
    .sort((a, b) => b[1].savedAt - a[1].savedAt)
    .slice(0, MAX_DRAFTS);
  settings.set(KEY, Object.fromEntries(keep));
  await settings.saveAsync();
}
