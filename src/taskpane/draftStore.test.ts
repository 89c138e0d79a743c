import { createLocalSettings, createMemoryStorage } from "../office/index";
import { MAX_DRAFTS, loadDraft, saveDraft } from "./draftStore";

const draft = (durationMinutes: number) => ({ agenda: null, slotStart: null, durationMinutes, dial: null, booked: null });

describe("draft store", () => {
  it("round-trips a draft per message through saved settings", async () => {
    const storage = createMemoryStorage();
    await saveDraft(createLocalSettings(storage), "m1", draft(45), 1);
    await saveDraft(createLocalSettings(storage), "m2", draft(15), 2);
    const reopened = createLocalSettings(storage);
    expect(loadDraft(reopened, "m1")?.durationMinutes).toBe(45);
    expect(loadDraft(reopened, "m2")?.durationMinutes).toBe(15);
    expect(loadDraft(reopened, "m3")).toBeNull();
  });

  it("keeps only the most recent drafts (roaming settings are capped at 32 KB)", async () => {
    const settings = createLocalSettings(createMemoryStorage());
    for (let i = 0; i < MAX_DRAFTS + 5; i++) await saveDraft(settings, `m${i}`, draft(30), i);
    expect(loadDraft(settings, "m0")).toBeNull();
    expect(loadDraft(settings, `m${MAX_DRAFTS + 4}`)).not.toBeNull();
    expect(loadDraft(settings, `m5`)).not.toBeNull();
    expect(loadDraft(settings, `m4`)).toBeNull();
  });
});
