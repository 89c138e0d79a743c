// Build-time configuration of the add-in. Values come from environment variables that webpack's
// DefinePlugin substitutes into the bundle; nothing here is a secret (a SPA has no client secret).

/**
 * The delegated Microsoft Graph permissions the add-in asks for, and only these.
 * Mail.Read reads the open message and its thread (bodies need more than Mail.ReadBasic);
 * Calendars.ReadWrite covers getSchedule/findMeetingTimes and booking the call;
 * MailboxSettings.Read gives the attorney's time zone and working hours;
 * Contacts.ReadWrite saves the client's direct dial; User.Read identifies the signed-in user.
 * Never Mail.Send: replies are opened with Office.js for the attorney to review and send.
 */
export const GRAPH_SCOPES = [
  "Mail.Read",
  "Calendars.ReadWrite",
  "MailboxSettings.Read",
  "Contacts.ReadWrite",
  "User.Read",
] as const;

export type GraphScope = (typeof GRAPH_SCOPES)[number];

/** Multi-tenant authority: work/school and personal Microsoft accounts. */
export const DEFAULT_AUTHORITY = "https://login.microsoftonline.com/common";

export interface BuildConfig {
  /** Entra app (client) id, or null when the build was made without one (see `problems`). */
  clientId: string | null;
  authority: string;
  scopes: readonly GraphScope[];
  /**
   * DIALBACK_DEMO: use the Graph emulator's fake token instead of signing in. Only the demo build
   * (`webpack --env demo`, output dist-demo/) defines it as "1"; the add-in build defines it as "".
   */
  demo: boolean;
  /** Human-readable reasons the configuration cannot sign in; empty when it can. */
  problems: string[];
}

/** The variables read at build time. Each one is a literal `process.env.X` in readBuildConfig so DefinePlugin can replace it. */
export interface BuildEnv {
  DIALBACK_CLIENT_ID?: string;
  DIALBACK_AUTHORITY?: string;
  DIALBACK_DEMO?: string;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRUE_WORDS = new Set(["1", "true", "yes", "on"]);

function clean(value: string | undefined): string {
  return (value ?? "").trim();
}

/** Pure: turns the raw variables into a checked configuration. Never throws; problems are reported in `problems`. */
export function configFromEnv(env: BuildEnv): BuildConfig {
  const problems: string[] = [];
  const demo = TRUE_WORDS.has(clean(env.DIALBACK_DEMO).toLowerCase());

  let clientId: string | null = clean(env.DIALBACK_CLIENT_ID) || null;
  if (clientId === null) {
    if (!demo) problems.push("DIALBACK_CLIENT_ID was not set when this add-in was built (see docs/APP-REGISTRATION.md).");
  } else if (!GUID.test(clientId)) {
    problems.push(`DIALBACK_CLIENT_ID "${clientId}" is not an application (client) id; expected a GUID.`);
    clientId = null;
  }

  let authority = clean(env.DIALBACK_AUTHORITY) || DEFAULT_AUTHORITY;
  if (!isHttpsUrl(authority)) {
    problems.push(`DIALBACK_AUTHORITY "${authority}" must be an https URL such as ${DEFAULT_AUTHORITY}.`);
    authority = DEFAULT_AUTHORITY;
  }
  authority = authority.replace(/\/+$/, "");

  return { clientId, authority, scopes: GRAPH_SCOPES, demo, problems };
}

function isHttpsUrl(value: string): boolean {
  try {
    return new URL(value).protocol === "https:";
  } catch {
    return false;
  }
}

/**
 * The configuration baked into this bundle. Each `process.env.X` is written out literally because
 * DefinePlugin replaces exact expressions; the try/catch keeps a bundle built without a definition
 * from failing with "process is not defined" in the browser (the value then counts as unset).
 */
export function readBuildConfig(): BuildConfig {
  return configFromEnv({
    DIALBACK_CLIENT_ID: readVar(() => process.env.DIALBACK_CLIENT_ID),
    DIALBACK_AUTHORITY: readVar(() => process.env.DIALBACK_AUTHORITY),
    DIALBACK_DEMO: readVar(() => process.env.DIALBACK_DEMO),
  });
}

function readVar(read: () => string | undefined): string | undefined {
  try {
    const value = read();
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}
