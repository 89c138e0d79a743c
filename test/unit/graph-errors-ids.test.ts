import { ewsToRestId, GraphError, graphErrorFromBody, odataString, restToEwsId, toGraphConversationId, toOfficeConversationId } from "../../src/graph";

describe("conversation and item ids", () => {
  it.each([
    ["AAQkAGI2TG93AAA+/w==", "AAQkAGI2TG93AAA-_w=="],
    ["AAQkADc3MWUx+K5H/aB3+Q=", "AAQkADc3MWUx-K5H_aB3-Q="],
    ["AAQkAGplain=", "AAQkAGplain="],
  ])("Office.js %s ↔ Graph %s", (office, graph) => {
    expect(toGraphConversationId(office)).toBe(graph);
    expect(toOfficeConversationId(graph)).toBe(office);
    expect(toGraphConversationId(graph)).toBe(graph);
    expect(ewsToRestId(office)).toBe(graph);
    expect(restToEwsId(graph)).toBe(office);
  });

  it.each([
    ["O'Connell", "'O''Connell'"],
    ["plain", "'plain'"],
  ])("odataString(%s)", (value, literal) => expect(odataString(value)).toBe(literal));
});

describe("GraphError", () => {
  it("reads Graph's current error body: code, inner code, request-id", () => {
    const err = graphErrorFromBody(400, {
      error: { code: "badRequest", message: "Uploaded fragment overlaps with existing data.", innerError: { code: "invalidRange", "request-id": "abc-123", date: "2020-01-01T00:00:00" } },
    });
    expect(err).toBeInstanceOf(GraphError);
    expect(err).toBeInstanceOf(Error);
    expect([err.code, err.innerCode, err.requestId, err.status]).toEqual(["badRequest", "invalidRange", "abc-123", 400]);
  });

  it("reads the older body (innerError.requestId) and falls back to the request-id header", () => {
    expect(graphErrorFromBody(404, { error: { code: "ErrorItemNotFound", innerError: { requestId: "old-1" } } }).requestId).toBe("old-1");
    expect(graphErrorFromBody(503, "Service Unavailable", { "Request-Id": "hdr-9" }).requestId).toBe("hdr-9");
    expect(graphErrorFromBody(503, "Service Unavailable").code).toBe("HTTP503");
  });

  it.each([
    [{ code: "TooManyRequests", status: 429, attempts: 5, waitedMs: 30_000 }, "Outlook is busy right now (throttled); tried 5 times over 30 s. Please try again in a minute."],
    [{ code: "ApplicationThrottled", status: 429 }, "Outlook is busy right now (throttled). Please try again in a minute."],
    [{ code: "InvalidAuthenticationToken", status: 401 }, "Your Microsoft 365 sign-in has expired. Sign in again and retry."],
    [{ code: "ErrorAccessDenied", status: 403 }, "Dialback is not allowed to do this in your mailbox (ErrorAccessDenied). An administrator may need to grant consent."],
    [{ code: "ErrorItemNotFound", status: 404 }, "Outlook could not find that item; it may have been moved or deleted."],
    [{ code: "ServiceUnavailable", status: 503, attempts: 3, waitedMs: 2_500 }, "Microsoft 365 is temporarily unavailable (503); tried 3 times over 2.5 s. Please try again shortly."],
    [{ code: "NetworkError", status: 0, attempts: 2, waitedMs: 1_000 }, "Could not reach Microsoft 365 (network error); tried 2 times over 1 s. Check the connection and try again."],
    [{ code: "Timeout", status: 0, attempts: 5, waitedMs: 7_500 }, "Microsoft 365 did not answer in time; tried 5 times over 7.5 s. Please try again shortly."],
    [{ code: "Aborted", status: 0 }, "The request to Outlook was cancelled."],
    [{ code: "InefficientFilter", status: 400 }, "Outlook rejected the mailbox search as too complex (InefficientFilter)."],
    [{ code: "ErrorInvalidRecipients", status: 400 }, "Microsoft 365 refused the request (400 ErrorInvalidRecipients)."],
  ])("userMessage for %o", (init, message) => {
    expect(new GraphError(init).userMessage).toBe(message);
  });

  it("marks throttling, unavailability and network failures as transient", () => {
    expect(new GraphError({ code: "x", status: 429 }).transient).toBe(true);
    expect(new GraphError({ code: "NetworkError", status: 0 }).transient).toBe(true);
    expect(new GraphError({ code: "x", status: 400 }).transient).toBe(false);
  });
});
