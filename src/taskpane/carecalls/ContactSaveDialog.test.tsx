/** @jest-environment jsdom */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { contactWriteFor, planContactSave, type ContactPlan, type GraphContactLike } from "../../core/contacts";
import type { FoundNumber } from "../../core/types";
import { ContactSaveDialog } from "./ContactSaveDialog";
import { installJsdomShims } from "./testSetup";

const client = { name: "Jane Doe", address: "jane@acme.com" };
const found = (e164: string, kind: FoundNumber["kind"]): FoundNumber => ({ e164, ext: null, kind, label: null, line: e164, confidence: 0.9 });
const DIRECT = found("+12125550100", "direct");
const MOBILE = found("+19175550123", "mobile");
const contact = (over: Partial<GraphContactLike>): GraphContactLike => ({ id: "c1", displayName: "Jane Doe", emailAddresses: [{ address: "jane@acme.com" }], ...over });

function renderDialog(plan: ContactPlan | null, extra: { saving?: boolean; error?: string } = {}) {
  const onConfirm = jest.fn<void, [string[]]>();
  const onCancel = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ContactSaveDialog open plan={plan} clientName="Jane Doe" onConfirm={onConfirm} onCancel={onCancel} {...extra} />
    </FluentProvider>,
  );
  return { onConfirm, onCancel };
}

describe("ContactSaveDialog", () => {
  beforeAll(installJsdomShims);

  it("shows what a new contact will hold before creating it", async () => {
    const plan = planContactSave(null, { client, numbers: [DIRECT, MOBILE], organization: "Acme" });
    const { onConfirm } = renderDialog(plan);
    expect(screen.getByRole("heading", { name: "Create a contact for Jane Doe" })).toBeTruthy();
    const changes = within(screen.getByRole("list", { name: "Changes" })).getAllByRole("listitem").map((li) => li.textContent);
    expect(changes).toEqual(["Name: Jane Doe", "Email: jane@acme.com", "Company: Acme", "Business phone: +1 212 555 0100", "Mobile phone: +1 917 555 0123"]);
    await userEvent.click(screen.getByRole("button", { name: "Create contact" }));
    expect(onConfirm).toHaveBeenCalledWith([]);
  });

  it("asks before replacing a different mobile number, and keeps it by default", async () => {
    const existing = contact({ mobilePhone: "+1 646 555 0199" });
    const plan = planContactSave(existing, { client, numbers: [MOBILE] });
    const { onConfirm, onCancel } = renderDialog(plan);
    expect(screen.getByRole("heading", { name: "Update Jane Doe's contact" })).toBeTruthy();
    const conflict = screen.getByTestId("contact-conflict");
    expect(conflict.textContent).toContain("already has a different mobile phone: +1 646 555 0199");
    const keep = within(conflict).getByRole("radio", { name: "Keep +1 646 555 0199 (do not save +1 917 555 0123)" }) as HTMLInputElement;
    expect(keep.checked).toBe(true);
    // Nothing to write while the old number is kept: only Close.
    expect(screen.queryByRole("button", { name: /save/i })).toBeNull();
    await userEvent.click(within(conflict).getByRole("radio", { name: "Replace +1 646 555 0199 with +1 917 555 0123" }));
    await userEvent.click(screen.getByRole("button", { name: "Replace 1 number and save" }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
    const approved = onConfirm.mock.calls[0][0];
    expect(contactWriteFor(plan, existing, { client }, approved)?.body).toEqual({ mobilePhone: "+1 917 555 0123" });
    expect(onCancel).not.toHaveBeenCalled();
  });

  it("adds a new business number beside a different one unless replacing is chosen", async () => {
    const existing = contact({ businessPhones: ["+1 212 555 0199"] });
    const plan = planContactSave(existing, { client, numbers: [DIRECT] });
    const { onConfirm } = renderDialog(plan);
    expect(screen.getByRole("radio", { name: "Keep +1 212 555 0199 and add +1 212 555 0100 beside it" })).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Save changes" }));
    expect(contactWriteFor(plan, existing, { client }, onConfirm.mock.calls[0][0])?.body).toEqual({ businessPhones: ["+1 212 555 0199", "+1 212 555 0100"] });
  });

  it("says when the contact is already up to date", async () => {
    const plan = planContactSave(contact({ businessPhones: ["(212) 555-0100"] }), { client, numbers: [DIRECT], region: "US" });
    const { onConfirm, onCancel } = renderDialog(plan);
    expect(screen.getByRole("heading", { name: "Jane Doe's contact is up to date" })).toBeTruthy();
    expect(screen.getByText("Already saved: +1 212 555 0100.")).toBeTruthy();
    await userEvent.click(screen.getByRole("button", { name: "Close" }));
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it.each([
    ["looking up", null, {}, /Looking up the contact/],
    ["saving", planContactSave(null, { client, numbers: [DIRECT] }), { saving: true }, /Saving/],
    ["a failed write", planContactSave(null, { client, numbers: [DIRECT] }), { error: "Contacts.ReadWrite was not granted" }, /Contacts.ReadWrite was not granted/],
  ])("shows %s", (_label, plan, extra, text) => {
    renderDialog(plan, extra);
    expect(screen.getByText(text)).toBeTruthy();
  });

  it("disables the buttons while saving", () => {
    renderDialog(planContactSave(null, { client, numbers: [DIRECT] }), { saving: true });
    expect((screen.getByRole("button", { name: "Create contact" }) as HTMLButtonElement).disabled).toBe(true);
  });
});
