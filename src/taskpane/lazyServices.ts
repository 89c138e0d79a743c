// DialbackServices whose implementation arrives in a separate chunk. The taskpane starts downloading the
// engine (extraction, scheduling, compose: libphonenumber metadata, luxon, zone tables) at start-up, in
// parallel with office.js and the first Graph round trip, instead of parsing it before the first paint.
import type { DialbackServices } from "./services";

export function lazyServices(load: () => Promise<DialbackServices>): DialbackServices {
  let loading: Promise<DialbackServices> | null = null;
  const services = () => (loading ??= load().catch((error: unknown) => {
    loading = null; // let Retry try the download again
    throw error;
  }));
  void services().catch(() => undefined); // start now; errors surface when a call needs it
  return {
    openSession: async (item) => (await services()).openSession(item),
    contacts: {
      findByEmail: async (email) => (await services()).contacts.findByEmail(email),
      save: async (write) => (await services()).contacts.save(write),
    },
    parseNumber: async (input, region) => (await services()).parseNumber(input, region),
  };
}
