import type { FoundNumber } from "../types";
import { contactWriteFor, planContactSave, splitPersonName } from "./plan";
import type { GraphContactLike } from "./types";

const found = (e164: string, kind: FoundNumber["kind"], ext: string | null = null): FoundNumber => ({
  e164,
  ext,
  kind,
  label: null,
  line: `${kind} ${e164}`,
  confidence: 0.9,
});
const client = { name: "Jane Q. Doe", address: "jane@acme.com" };
const DIRECT = found("+12125550100", "direct");
const MOBILE = found("+19175550123", "mobile");
const contact = (over: Partial<GraphContactLike>): GraphContactLike => ({
  id: "AAMk=/1",
  displayName: "Jane Doe",
  emailAddresses: [{ name: "Jane Doe", address: "Jane@Acme.com" }],
  businessPhones: [],
  mobilePhone: null,
  ...over,
});

describe("splitPersonName", () => {
  it.each([
    ["Jane Q. Doe", "Jane Q.", "Doe"],
    ["Doe, Jane", "Jane", "Doe"],
    ["Madonna", "Madonna", null],
    ["jane@acme.com", null, null],
    ["  ", null, null],
  ])("%p → %p %p", (name, givenName, surname) => {
    expect(splitPersonName(name)).toEqual({ givenName, surname });
  });
});

describe("planContactSave", () => {
  it("creates a contact with name, email, company and both numbers", () => {
    const plan = planContactSave(null, { client, numbers: [MOBILE, DIRECT, found("+12125550000", "fax")], organization: "Acme LLP", region: "US" });
    expect(plan.action).toBe("create");
    expect(plan.changes.map((c) => [c.field, c.from, c.to, c.kind])).toEqual([
      ["displayName", null, "Jane Q. Doe", "add"],
      ["emailAddresses", null, "jane@acme.com", "add"],
      ["companyName", null, "Acme LLP", "add"],
      ["businessPhones", null, "+1 212 555 0100", "add"],
      ["mobilePhone", null, "+1 917 555 0123", "add"],
    ]);
    expect(plan.conflicts).toEqual([]);
    expect(contactWriteFor(plan, null, { client })).toEqual({
      method: "POST",
      url: "/me/contacts",
      body: {
        displayName: "Jane Q. Doe",
        givenName: "Jane Q.",
        surname: "Doe",
        companyName: "Acme LLP",
        emailAddresses: [{ address: "jane@acme.com", name: "Jane Q. Doe" }],
        businessPhones: ["+1 212 555 0100"],
        mobilePhone: "+1 917 555 0123",
      },
    });
  });

  it.each<[string, Partial<GraphContactLike>, FoundNumber[]]>([
    ["the same number written differently", { businessPhones: ["+1 (212) 555-0100"] }, [DIRECT]],
    ["a national-format entry, read in the number's own country", { businessPhones: ["(212) 555-0100"] }, [DIRECT]],
    ["the direct number saved as mobile", { mobilePhone: "212-555-0100" }, [DIRECT]],
    ["both numbers saved", { businessPhones: ["+12125550100"], mobilePhone: "+1 917 555 0123" }, [DIRECT, MOBILE]],
    ["nothing worth saving (fax and other only)", {}, [found("+12125550000", "fax"), found("+12125550001", "other")]],
  ])("does nothing when %s", (_label, over, numbers) => {
    const plan = planContactSave(contact(over), { client, numbers, organization: "Acme" });
    expect(plan).toMatchObject({ action: "nothing", changes: [], conflicts: [] });
    expect(contactWriteFor(plan, contact(over), { client })).toBeNull();
  });

  it("adds into empty slots without asking", () => {
    const existing = contact({});
    const plan = planContactSave(existing, { client, numbers: [DIRECT, MOBILE], organization: "Acme" });
    expect(plan.action).toBe("update");
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes.map((c) => [c.field, c.kind, c.to])).toEqual([
      ["businessPhones", "add", "+1 212 555 0100"],
      ["mobilePhone", "add", "+1 917 555 0123"],
      ["companyName", "add", "Acme"],
    ]);
    expect(contactWriteFor(plan, existing, { client })).toEqual({
      method: "PATCH",
      url: "/me/contacts/AAMk%3D%2F1",
      contactId: "AAMk=/1",
      body: { businessPhones: ["+1 212 555 0100"], mobilePhone: "+1 917 555 0123", companyName: "Acme" },
    });
  });

  it("never replaces a different mobile without approval", () => {
    const existing = contact({ mobilePhone: "+1 646 555 0199" });
    const plan = planContactSave(existing, { client, numbers: [MOBILE] });
    expect(plan.action).toBe("update");
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts).toEqual([
      {
        field: "mobilePhone",
        existing: ["+1 646 555 0199"],
        extracted: "+1 917 555 0123",
        added: false,
        replaceOptions: [{ id: expect.any(String), field: "mobilePhone", from: "+1 646 555 0199", to: "+1 917 555 0123", kind: "replace" }],
      },
    ]);
    expect(contactWriteFor(plan, existing, { client })).toBeNull();
    const approved = contactWriteFor(plan, existing, { client }, [plan.conflicts[0].replaceOptions[0].id]);
    expect(approved?.body).toEqual({ mobilePhone: "+1 917 555 0123" });
  });

  it("adds a different business number beside the old one, and replaces it only when approved", () => {
    const existing = contact({ businessPhones: ["+1 212 555 0199"] });
    const plan = planContactSave(existing, { client, numbers: [DIRECT] });
    expect(plan.changes.map((c) => [c.field, c.kind, c.to])).toEqual([["businessPhones", "add", "+1 212 555 0100"]]);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({ field: "businessPhones", existing: ["+1 212 555 0199"], added: true });
    expect(contactWriteFor(plan, existing, { client })?.body).toEqual({ businessPhones: ["+1 212 555 0199", "+1 212 555 0100"] });
    const replaced = contactWriteFor(plan, existing, { client }, [plan.conflicts[0].replaceOptions[0].id]);
    expect(replaced?.body).toEqual({ businessPhones: ["+1 212 555 0100"] });
  });

  it("offers to replace either business number when both slots are taken", () => {
    const existing = contact({ businessPhones: ["+1 212 555 0001", "+1 212 555 0002"] });
    const plan = planContactSave(existing, { client, numbers: [DIRECT] });
    expect(plan.changes).toEqual([]);
    expect(plan.conflicts[0]).toMatchObject({ added: false, existing: ["+1 212 555 0001", "+1 212 555 0002"] });
    expect(contactWriteFor(plan, existing, { client })).toBeNull();
    const second = plan.conflicts[0].replaceOptions[1];
    expect(contactWriteFor(plan, existing, { client }, [second.id])?.body).toEqual({ businessPhones: ["+1 212 555 0001", "+1 212 555 0100"] });
  });

  it("keeps an extension apart from the main line", () => {
    const existing = contact({ businessPhones: ["+1 212 555 0100"] });
    const plan = planContactSave(existing, { client, numbers: [found("+12125550100", "direct", "412")] });
    expect(plan.changes.map((c) => c.to)).toEqual(["+1 212 555 0100 ext. 412"]);
  });

  it("files a second mobile as business and adds the client's address when the contact lacks it", () => {
    const existing = contact({ emailAddresses: [{ address: "jane.doe@home.example" }] });
    const plan = planContactSave(existing, { client, numbers: [MOBILE, found("+447700900123", "mobile")] });
    expect(plan.changes.map((c) => [c.field, c.to])).toEqual([
      ["mobilePhone", "+1 917 555 0123"],
      ["businessPhones", "+44 7700 900123"],
      ["emailAddresses", "jane@acme.com"],
    ]);
    expect(contactWriteFor(plan, existing, { client })?.body).toMatchObject({
      emailAddresses: [{ address: "jane.doe@home.example" }, { address: "jane@acme.com", name: "Jane Q. Doe" }],
    });
  });

  it("lists what is already saved", () => {
    const plan = planContactSave(contact({ businessPhones: ["+12125550100"] }), { client, numbers: [DIRECT, MOBILE] });
    expect(plan.alreadySaved).toEqual(["+1 212 555 0100"]);
    expect(plan.changes.map((c) => c.field)).toEqual(["mobilePhone"]);
  });

  it("refuses an update write without the contact it was planned from", () => {
    const plan = planContactSave(contact({}), { client, numbers: [DIRECT] });
    expect(() => contactWriteFor(plan, null, { client })).toThrow(/existing contact/);
  });
});
