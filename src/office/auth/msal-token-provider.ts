// Sign-in for the real add-in: nested app authentication (NAA) where Outlook supports it, silent
// first, then a popup; otherwise, or when NAA fails for a reason other than the user cancelling,
// the Office dialog fallback. Tokens are cached until shortly before they expire.
import type { Configuration, PopupRequest, SilentRequest } from "@azure/msal-browser";
import type { BuildConfig } from "../../config";
import { AuthError, isAuthError } from "./auth-error";
import { signInWithDialog } from "./dialog-sign-in";
import { isBlockedCode, isCancelCode, msalErrorCode, needsInteraction } from "./error-codes";
import { TokenCache } from "./token-cache";
import type { GetTokenOptions, MsalFactory, NestedMsalClient, OfficeAuthHost, TokenGrant, TokenProvider } from "./types";

export const NESTED_APP_AUTH = { name: "NestedAppAuth", version: "1.1" } as const;

export interface MsalTokenProviderDeps {
  msal: MsalFactory;
  office: OfficeAuthHost;
  /** Absolute URL of auth-dialog.html on the add-in's own origin. */
  dialogPageUrl: string;
  now?: () => number;
}

export class MsalTokenProvider implements TokenProvider {
  readonly kind = "msal";
  private readonly cache: TokenCache;
  private readonly now: () => number;
  private nested: Promise<NestedMsalClient> | null = null;
  private pending = new Map<string, Promise<string>>();

  constructor(
    private readonly config: BuildConfig,
    private readonly deps: MsalTokenProviderDeps,
  ) {
    this.now = deps.now ?? Date.now;
    this.cache = new TokenCache(this.now);
  }

  /** One MSAL round trip per kind of request at a time: concurrent callers share it. */
  getToken(options: GetTokenOptions = {}): Promise<string> {
    const forceRefresh = options.forceRefresh === true;
    const interactive = options.interactive !== false;
    if (forceRefresh) this.cache.clear();
    const cached = this.cache.get();
    if (cached !== null) return Promise.resolve(cached);

    const key = `${forceRefresh}:${interactive}`;
    const running = this.pending.get(key);
    if (running) return running;
    const request = this.acquire(forceRefresh, interactive)
      .then((grant) => {
        this.cache.set(grant);
        return grant.accessToken;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, request);
    return request;
  }

  private async acquire(forceRefresh: boolean, interactive: boolean): Promise<TokenGrant> {
    if (this.config.clientId === null) {
      throw new AuthError("not-configured", { detail: this.config.problems.join(" ") || undefined });
    }
    if (this.deps.office.isSetSupported(NESTED_APP_AUTH.name, NESTED_APP_AUTH.version)) {
      try {
        return await this.acquireNested(this.config.clientId, forceRefresh, interactive);
      } catch (error) {
        // The user said no, or the caller wants no window: respect that rather than asking again in a dialog.
        if (isAuthError(error) && (error.code === "cancelled" || error.code === "interaction-required")) throw error;
      }
    }
    if (!interactive) throw new AuthError("interaction-required");
    return signInWithDialog(this.deps.office, this.deps.dialogPageUrl, {
      forceRefresh,
      loginHint: this.deps.office.loginHint(),
    });
  }

  private async acquireNested(clientId: string, forceRefresh: boolean, interactive: boolean): Promise<TokenGrant> {
    const client = await this.nestedClient(clientId);
    const scopes = [...this.config.scopes];
    const account = client.getActiveAccount() ?? undefined;
    const silent: SilentRequest = { scopes, forceRefresh, ...(account ? { account } : {}) };
    try {
      const result = await client.acquireTokenSilent(silent);
      return { accessToken: result.accessToken, expiresAt: this.cache.expiryFrom(result.expiresOn) };
    } catch (error) {
      // Anything but a hard failure (consent needed, no account yet, broker timeout) gets one interactive try.
      if (!needsInteraction(error) && msalErrorCode(error) === undefined) throw error;
    }
    if (!interactive) throw new AuthError("interaction-required");
    const loginHint = this.deps.office.loginHint();
    const popup: PopupRequest = { scopes, ...(loginHint ? { loginHint } : {}) };
    try {
      const result = await client.acquireTokenPopup(popup);
      return { accessToken: result.accessToken, expiresAt: this.cache.expiryFrom(result.expiresOn) };
    } catch (error) {
      const code = msalErrorCode(error);
      if (isCancelCode(code)) throw new AuthError("cancelled", { detail: code, cause: error });
      if (isBlockedCode(code)) throw new AuthError("blocked", { detail: code, cause: error });
      throw new AuthError("failed", { detail: code, cause: error });
    }
  }

  private nestedClient(clientId: string): Promise<NestedMsalClient> {
    if (this.nested === null) {
      const configuration: Configuration = {
        auth: { clientId, authority: this.config.authority },
      };
      this.nested = this.deps.msal.createNestable(configuration);
      // A failed creation is not cached: the next getToken tries again.
      this.nested.catch(() => {
        this.nested = null;
      });
    }
    return this.nested;
  }
}
