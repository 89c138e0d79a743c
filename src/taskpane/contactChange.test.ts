import { planContactChange, sameNumber } from "./contactChange";
import type { DialNumber, SavedContact } from "./services";

const client = { name: "Priya Natarajan", email: "priya@northwind.example", organization: "Northwind" };
const direct: DialNumber = { e164: "+442074845546", ext: null, display: "+44 20 7484 5546", kind: "direct", line: "Direct: +44 20 7484 5546" };
const mobile: DialNumber = { ...direct, e164: "+447700900123", display: "+44 7700 900123", kind: "mobile" };
const contact = (businessPhones: string[], mobilePhone: string | null = null): SavedContact => ({
  id: "c1",
  displayName: "Priya N.",
  email: client.email,
  businessPhones,
  mobilePhone,
});

describe("sameNumber", () => {
  it.each([
    ["+44 20 7484 5546", "+442074845546", true],
    ["020 7484 5546", "+442074845546", true],
    ["0044 20 7484 5546", "+442074845546", true],
    ["+44 20 7484 5547", "+442074845546", false],
    ["", "+442074845546", false],
    ["5546", "+442074845546", false],
  ])("%s vs %s → %s", (a, b, same) => expect(sameNumber(a, b)).toBe(same));
});

describe("planContactChange", () => {
  it("creates a contact when none exists, filing a direct dial as a business phone", () => {
    expect(planContactChange(client, direct, null)).toEqual({
      kind: "create",
      write: { displayName: "Priya Natarajan", email: client.email, companyName: "Northwind", businessPhones: ["+442074845546"], mobilePhone: null },
    });
  });

  it("files a mobile as the mobile phone", () => {
    const change = planContactChange(client, mobile, null);
    expect(change.kind === "create" && change.write).toMatchObject({ businessPhones: [], mobilePhone: "+447700900123" });
  });

  it("changes nothing when the contact already has the number in another format", () => {
    expect(planContactChange(client, direct, contact(["020 7484 5546"])).kind).toBe("unchanged");
  });

  it("adds the number to a contact with no business phone", () => {
    const change = planContactChange(client, direct, contact([], "+447700900999"));
    expect(change).toMatchObject({ kind: "add", write: { id: "c1", businessPhones: ["+442074845546"], mobilePhone: "+447700900999" } });
  });

  it("reports a conflict with a different number: add beside keeps it, replace is a separate choice", () => {
    const change = planContactChange(client, direct, contact(["+1 212 555 0199"]));
    expect(change.kind).toBe("conflict");
    if (change.kind !== "conflict") return;
    expect(change.existing).toEqual(["+1 212 555 0199"]);
    expect(change.write.businessPhones).toEqual(["+1 212 555 0199", "+442074845546"]);
    expect(change.replaceWrite.businessPhones).toEqual(["+442074845546"]);
  });

  it("never overwrites a different mobile silently", () => {
    const change = planContactChange(client, mobile, contact([], "+447700900999"));
    expect(change.kind).toBe("conflict");
    if (change.kind !== "conflict") return;
    expect(change.write.mobilePhone).toBe("+447700900999");
    expect(change.write.businessPhones).toContain("+447700900123");
    expect(change.replaceWrite.mobilePhone).toBe("+447700900123");
  });

  it("keeps the extension", () => {
    const change = planContactChange(client, { ...direct, ext: "12" }, null);
    expect(change.kind === "create" && change.write.businessPhones).toEqual(["+442074845546 x12"]);
  });
});
