import { decodeDialogReply, dialogUrl, encodeDialogReply, readDialogRequest } from "./dialog-protocol";

describe("dialog protocol", () => {
  it("round-trips a token and an error", () => {
    const token = { type: "token" as const, accessToken: "abc", expiresAt: 1_800_000_000_000 };
    const error = { type: "error" as const, code: "user_cancelled", message: "closed" };
    expect(decodeDialogReply(encodeDialogReply(token))).toEqual(token);
    expect(decodeDialogReply(encodeDialogReply(error))).toEqual(error);
  });

  it.each([
    ["not json", "{"],
    ["a bare token string", JSON.stringify("eyJ0eXAi")],
    ["null", "null"],
    ["a token without expiry", JSON.stringify({ type: "token", accessToken: "abc" })],
    ["an empty token", JSON.stringify({ type: "token", accessToken: "", expiresAt: 1 })],
    ["an unknown type", JSON.stringify({ type: "hello" })],
  ])("rejects %s", (_what, message) => {
    expect(decodeDialogReply(message)).toBeNull();
  });

  it("carries force and hint in the query string and reads them back", () => {
    const url = dialogUrl("https://localhost:3000/auth-dialog.html", { forceRefresh: true, loginHint: "a+b@contoso.example" });
    expect(readDialogRequest(new URL(url).search)).toEqual({ forceRefresh: true, loginHint: "a+b@contoso.example" });
    expect(readDialogRequest("")).toEqual({ forceRefresh: false, loginHint: undefined });
  });
});
