// The comparison the contract tests rest on reports what differs from a documented payload.
import { annotationDiff, documentedDiff, documentedPayloads } from "./shape";

describe("documentedDiff", () => {
  const doc = {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('cd209b0b')/events/$entity",
    location: { displayName: "Harry's Bar", uniqueId: "Harry's Bar", address: { street: "4567 Main St" }, coordinates: { latitude: 47.6 } },
    workingHours: { timeZone: { "@odata.type": "#microsoft.graph.customTimeZone", bias: 480 } },
  };
  const good = {
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('other-id')/events/$entity",
    location: { displayName: "x", uniqueId: "x", address: { street: "1 High St" }, coordinates: { latitude: 51.5 }, extra: true },
    workingHours: { timeZone: { "@odata.type": "#microsoft.graph.customTimeZone", bias: 0 } },
  };

  it("accepts other values and extra fields", () => {
    expect(documentedDiff(doc, good)).toEqual([]);
  });

  it("reports a missing nested field, a wrong type and a missing or different annotation", () => {
    const bad = {
      "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('other-id')/messages/$entity",
      location: { displayName: "x", address: { street: 1 }, coordinates: {} },
      workingHours: { timeZone: { "@odata.type": "#microsoft.graph.timeZoneBase", bias: 0 } },
    };
    expect(documentedDiff(doc, bad)).toEqual([
      "$.location.uniqueId: missing",
      "$.location.address.street: documented string, got number",
      "$.location.coordinates.latitude: missing",
      '$.@odata.context: documented "…/$metadata#me/events/$entity", got "…/$metadata#me/messages/$entity"',
      '$.workingHours.timeZone.@odata.type: documented "#microsoft.graph.customTimeZone", got "#microsoft.graph.timeZoneBase"',
    ]);
    const { "@odata.context": _c, ...withoutContext } = good;
    expect(annotationDiff(doc, withoutContext)).toEqual(["$.@odata.context: annotation missing"]);
  });

  it("lists the documented responses and resources, not the requests", () => {
    const all = documentedPayloads();
    expect(all).toContain("create-event/response.json");
    expect(all).toContain("create-contact/contact-resource.json");
    expect(all.some((f) => f.endsWith("request.json"))).toBe(false);
  });
});
