// What the sign-in dialog page sends back to the taskpane through Office.context.ui.messageParent.
// Both sides use these functions, so the JSON shape lives in one place and is checked on arrival.

export type DialogReply =
  | { type: "token"; accessToken: string; expiresAt: number }
  | { type: "error"; code: string; message: string };

/** Query parameters the taskpane passes to the dialog page. */
export interface DialogRequest {
  forceRefresh: boolean;
  loginHint: string | undefined;
}

export function encodeDialogReply(reply: DialogReply): string {
  return JSON.stringify(reply);
}

/** Parses a dialog message; null when it is not a well-formed reply (never throws). */
export function decodeDialogReply(message: string): DialogReply | null {
  let value: unknown;
  try {
    value = JSON.parse(message);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.type === "token") {
    const { accessToken, expiresAt } = record;
    if (typeof accessToken === "string" && accessToken !== "" && typeof expiresAt === "number" && Number.isFinite(expiresAt)) {
      return { type: "token", accessToken, expiresAt };
    }
    return null;
  }
  if (record.type === "error") {
    const code = typeof record.code === "string" ? record.code : "unknown";
    const text = typeof record.message === "string" ? record.message : "";
    return { type: "error", code, message: text };
  }
  return null;
}

export function dialogUrl(base: string, request: DialogRequest): string {
  const url = new URL(base);
  if (request.forceRefresh) url.searchParams.set("force", "1");
  if (request.loginHint) url.searchParams.set("hint", request.loginHint);
  return url.toString();
}

export function readDialogRequest(search: string): DialogRequest {
  const params = new URLSearchParams(search);
  return { forceRefresh: params.get("force") === "1", loginHint: params.get("hint") ?? undefined };
}
