// Fallback sign-in for Outlook builds without nested app authentication: open our own page in an
// Office dialog; that page signs in with standard MSAL and sends the token back (dialog/index.ts).
import { AuthError } from "./auth-error";
import { decodeDialogReply, dialogUrl, type DialogRequest } from "./dialog-protocol";
import {
  OFFICE_DIALOG_ALREADY_OPEN,
  OFFICE_DIALOG_CLOSED,
  OFFICE_DIALOG_DECLINED,
  OFFICE_DIALOG_POPUP_BLOCKED,
  isCancelCode,
} from "./error-codes";
import type { DialogOpenResult, OfficeAuthHost, TokenGrant } from "./types";

/** Percent of the Outlook window; large enough for the Microsoft sign-in page without scrolling. */
export const DIALOG_SIZE = { height: 60, width: 30 } as const;

export function signInWithDialog(host: OfficeAuthHost, pageUrl: string, request: DialogRequest): Promise<TokenGrant> {
  const expectedOrigin = new URL(pageUrl).origin;
  return new Promise<TokenGrant>((resolve, reject) => {
    const onOpened = (opened: DialogOpenResult) => {
      if (!opened.ok) {
        reject(openFailure(opened.code, opened.message));
        return;
      }
      const { dialog } = opened;
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        dialog.close();
        outcome();
      };

      dialog.onEvent((code) => {
        if (code === OFFICE_DIALOG_CLOSED) {
          finish(() => reject(new AuthError("cancelled", { detail: String(code) })));
        } else {
          finish(() =>
            reject(new AuthError("failed", { detail: String(code), message: "The sign-in page could not be loaded. Check your connection and try again." })),
          );
        }
      });

      dialog.onMessage(({ message, origin }) => {
        // DialogOrigin 1.1 hosts tell us who sent the message; accept only our own page.
        if (origin !== undefined && origin !== expectedOrigin) {
          finish(() => reject(new AuthError("failed", { detail: `origin ${origin}`, message: "The sign-in window answered from an unexpected address." })));
          return;
        }
        const reply = decodeDialogReply(message);
        if (reply === null) {
          finish(() => reject(new AuthError("failed", { detail: "unreadable reply" })));
        } else if (reply.type === "token") {
          finish(() => resolve({ accessToken: reply.accessToken, expiresAt: reply.expiresAt }));
        } else if (isCancelCode(reply.code)) {
          finish(() => reject(new AuthError("cancelled", { detail: reply.code })));
        } else if (reply.code === "not-configured") {
          finish(() => reject(new AuthError("not-configured", { detail: reply.code, message: reply.message || undefined })));
        } else {
          finish(() => reject(new AuthError("failed", { detail: reply.code })));
        }
      });
    };
    try {
      host.displayDialog(dialogUrl(pageUrl, request), { ...DIALOG_SIZE }, onOpened);
    } catch (error) {
      reject(new AuthError("failed", { detail: "displayDialogAsync threw", cause: error }));
    }
  });
}

function openFailure(code: number, message: string): AuthError {
  // `message` is Office's own wording; it is kept as detail for codes we do not recognise.
  if (code === OFFICE_DIALOG_DECLINED) return new AuthError("cancelled", { detail: String(code) });
  if (code === OFFICE_DIALOG_POPUP_BLOCKED) return new AuthError("blocked", { detail: String(code) });
  if (code === OFFICE_DIALOG_ALREADY_OPEN) {
    return new AuthError("failed", { detail: String(code), message: "Another Dialback window is already open. Close it and try again." });
  }
  return new AuthError("failed", { detail: `${code} ${message}`.trim() });
}
