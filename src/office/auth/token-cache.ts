// Holds the current access token and answers "is it still good?" with a safety margin, so a token
// never expires between our check and Graph's.
import type { TokenGrant } from "./types";

/** Refresh this long before the token's stated expiry. */
export const EXPIRY_MARGIN_MS = 5 * 60 * 1000;
/** Lifetime assumed when MSAL reports no expiry; short, because we cannot know better. */
export const UNKNOWN_LIFETIME_MS = 10 * 60 * 1000;

export class TokenCache {
  private grant: TokenGrant | null = null;

  constructor(private readonly now: () => number) {}

  /** The cached token if it outlives the margin, else null. */
  get(): string | null {
    if (this.grant && this.grant.expiresAt - EXPIRY_MARGIN_MS > this.now()) return this.grant.accessToken;
    return null;
  }

  set(grant: TokenGrant): void {
    this.grant = grant;
  }

  clear(): void {
    this.grant = null;
  }

  /** Absolute expiry for a token MSAL says expires at `expiresOn` (or did not say). */
  expiryFrom(expiresOn: Date | number | null | undefined): number {
    if (expiresOn instanceof Date && !Number.isNaN(expiresOn.getTime())) return expiresOn.getTime();
    if (typeof expiresOn === "number" && Number.isFinite(expiresOn)) return expiresOn;
    return this.now() + UNKNOWN_LIFETIME_MS;
  }
}
