import { useState } from "react";
import { Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { PersonAddRegular } from "@fluentui/react-icons";
import type { FoundNumber } from "../../core/index";
// the dialog file itself, not the carecalls index: that index also pulls the care-call scan into the first paint
import { ContactSaveDialog } from "../carecalls/ContactSaveDialog";
import { describeError, type ClientSummary, type ContactSaveProposal, type ContactsService, type DialNumber } from "../services";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

/** The numbers to save: the one the attorney will dial first (typed ones included), then the rest of the signature. */
export function numbersToSave(dial: DialNumber | null, found: FoundNumber[]): FoundNumber[] {
  if (!dial) return found;
  const chosen: FoundNumber = {
    e164: dial.e164,
    ext: dial.ext,
    kind: dial.kind === "typed" ? "direct" : dial.kind,
    label: null,
    line: dial.line ?? "",
    confidence: 1,
    display: dial.display,
  };
  return [chosen, ...found.filter((n) => n.e164 !== dial.e164)];
}

/**
 * "Save number to contacts": core plans the save against the client's existing contact, the dialog shows
 * every change first, and a different saved number is only replaced when the attorney picks that.
 */
export function ContactSaver(props: { contacts: ContactsService; client: ClientSummary; numbers: FoundNumber[]; dial: DialNumber | null; region: string | null }) {
  const { contacts, client, numbers, dial, region } = props;
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [proposal, setProposal] = useState<ContactSaveProposal | null>(null);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const toSave = numbersToSave(dial, numbers);
  if (toSave.length === 0) return null;

  const start = async () => {
    setOpen(true);
    setProposal(null);
    setError(null);
    setSaved(null);
    try {
      setProposal(
        await contacts.propose({ client: { name: client.name, address: client.email }, numbers: toSave, organization: client.organization, region }),
      );
    } catch (e) {
      setError(describeError(e));
    }
  };
  const confirm = async (approved: string[]) => {
    if (!proposal) return;
    setSaving(true);
    setError(null);
    try {
      const wrote = await contacts.save(proposal, approved);
      setOpen(false);
      setSaved(wrote ? `Saved to ${client.name || client.email}'s contact.` : "Nothing needed saving.");
    } catch (e) {
      setError(describeError(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className={styles.root} aria-label="Contacts">
      <Button appearance="subtle" icon={<PersonAddRegular />} onClick={start}>
        Save number to contacts
      </Button>
      <ContactSaveDialog
        open={open}
        plan={proposal?.plan ?? null}
        clientName={client.name || client.email}
        saving={saving}
        error={error}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
      <div aria-live="polite">
        {saved && (
          <MessageBar intent="success">
            <MessageBarBody>{saved}</MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
