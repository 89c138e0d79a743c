// DialbackServices whose implementation arrives in a separate chunk. The taskpane starts downloading the
// engine (extraction, scheduling, compose: libphonenumber metadata, luxon, zone tables) at start-up, in
// parallel with office.js and the first Graph round trip, instead of parsing it before the first paint.
import type { DialbackServices } from "./services";

export function lazyServices(load: () => Promise<DialbackServices>): DialbackServices {
  let loading: Promise<DialbackServices> | null = null;
  let loaded: DialbackServices | null = null;
  const services = () => (loading ??= load().then((s) => (loaded = s)).catch((error: unknown) => {
    loading = null; // let Retry try the download again
    throw error;
  }));
  void services().catch(() => undefined); // start now; errors surface when a call needs it
  return {
    openSession: async (item) => (await services()).openSession(item),
    contacts: {
      propose: async (request) => (await services()).contacts.propose(request),
      save: async (proposal, approved) => (await services()).contacts.save(proposal, approved),
    },
    careCalls: {
      // A clock cannot wait for the download: the engine's once loaded (the care-call tab loads after it), else the real one.
      now: () => loaded?.careCalls.now() ?? new Date(),
      context: async () => (await services()).careCalls.context(),
      scan: async (options) => (await services()).careCalls.scan(options),
      composeCallRequest: async (candidate) => (await services()).careCalls.composeCallRequest(candidate),
    },
    parseNumber: async (input, region) => (await services()).parseNumber(input, region),
  };
}
