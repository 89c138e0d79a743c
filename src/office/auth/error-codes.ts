// Sorting MSAL and Office failures into what the user experienced. Errors are recognised by their
// `name`/`errorCode`, not instanceof, so this module does not pull MSAL into the taskpane's first chunk.

/** MSAL codes meaning the person dismissed the window or declined consent. */
const CANCEL_CODES = new Set(["user_cancelled", "access_denied", "consent_required_declined"]);
/** MSAL codes meaning a window could not open. */
const BLOCKED_CODES = new Set(["popup_window_error", "empty_window_error"]);

/** Office dialog codes (DialogEventReceived / displayDialogAsync) and what they mean. */
export const OFFICE_DIALOG_CLOSED = 12006;
export const OFFICE_DIALOG_DECLINED = 12009; // the user ignored or declined the "allow a window" prompt
export const OFFICE_DIALOG_POPUP_BLOCKED = 12011;
export const OFFICE_DIALOG_ALREADY_OPEN = 12007;

export function msalErrorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "errorCode" in error) {
    const code = (error as { errorCode: unknown }).errorCode;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

export function isCancelCode(code: string | undefined): boolean {
  return code !== undefined && CANCEL_CODES.has(code);
}

export function isBlockedCode(code: string | undefined): boolean {
  return code !== undefined && BLOCKED_CODES.has(code);
}

/** True when a silent attempt failed only because the user must interact. */
export function needsInteraction(error: unknown): boolean {
  if (error instanceof Error && error.name === "InteractionRequiredAuthError") return true;
  const code = msalErrorCode(error);
  return code !== undefined && ["interaction_required", "consent_required", "login_required", "no_account_error", "no_tokens_found"].includes(code);
}
