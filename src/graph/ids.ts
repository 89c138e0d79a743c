// Office.js and Graph spell the same ids in two base64 alphabets: Office.js (EWS) uses standard base64
// ("+", "/"), Graph REST uses the URL-safe one ("-", "_") (OfficeDev/office-js#3093). These helpers need
// no Office object; the Office.js convertToRestId call itself lives in src/office.

/** Office.js conversationId → the form Graph filters on. Idempotent. */
export function toGraphConversationId(id: string): string {
  return id.replace(/\+/g, "-").replace(/\//g, "_");
}

/** Graph conversationId → the form Office.js reports. Idempotent. */
export function toOfficeConversationId(id: string): string {
  return id.replace(/-/g, "+").replace(/_/g, "/");
}

/** EWS item id (Office.js itemId on desktop/web) → REST id, the same transform convertToRestId applies. */
export function ewsToRestId(ewsId: string): string {
  return toGraphConversationId(ewsId);
}

/** REST id → EWS item id, as convertToEwsId would return it. */
export function restToEwsId(restId: string): string {
  return toOfficeConversationId(restId);
}

/** Single quotes inside an OData string literal are doubled ('O''Connell'). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
