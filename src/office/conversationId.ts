/**
 * Office.js hands out conversation ids in standard base64 ("+", "/") while Graph filters on the
 * URL-safe form ("-", "_") of the same id (OfficeDev/office-js#3093), so normalise before querying.
 */
export function toGraphConversationId(id: string | null | undefined): string | null {
  if (!id) return null;
  return id.replace(/\+/g, "-").replace(/\//g, "_");
}
