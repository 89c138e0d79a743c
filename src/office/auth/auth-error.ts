// The one error type sign-in throws. `code` lets callers decide what to show (a retry button for
// "cancelled", a setup hint for "not-configured"); `message` is written for the attorney.

export type AuthErrorCode =
  /** The user closed the sign-in window or declined consent. Nothing changed; asking again is safe. */
  | "cancelled"
  /** A token needs the user to interact, and the caller asked for a silent attempt only. */
  | "interaction-required"
  /** The browser or Outlook blocked the sign-in window. */
  | "blocked"
  /** The build has no usable client id (DIALBACK_CLIENT_ID unset or malformed). */
  | "not-configured"
  /** Anything else: network, Entra ID error, unreadable dialog answer. */
  | "failed";

const DEFAULT_MESSAGES: Record<AuthErrorCode, string> = {
  cancelled: "Sign-in was cancelled. Nothing was changed; choose Sign in to try again.",
  "interaction-required": "Please sign in to let Dialback read this conversation and your calendar.",
  blocked: "The sign-in window was blocked. Allow pop-ups for Outlook and choose Sign in again.",
  "not-configured": "This copy of Dialback was built without its Microsoft Entra app registration.",
  failed: "Signing in to Microsoft 365 failed. Check your connection and try again.",
};

export class AuthError extends Error {
  override readonly name = "AuthError";
  readonly code: AuthErrorCode;
  /** The underlying MSAL/Office error code when there is one (e.g. "user_cancelled", "12006"). */
  readonly detail: string | undefined;

  constructor(code: AuthErrorCode, options: { message?: string; detail?: string; cause?: unknown } = {}) {
    super(options.message ?? DEFAULT_MESSAGES[code], { cause: options.cause });
    this.code = code;
    this.detail = options.detail;
  }

  /** Same text as `message`; named like GraphError.userMessage so the UI shows either the same way. */
  get userMessage(): string {
    return this.message;
  }
}

export function isAuthError(error: unknown): error is AuthError {
  return error instanceof AuthError;
}
