import { useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { PersonAddRegular } from "@fluentui/react-icons";
import { planContactChange, type ContactChange } from "../contactChange";
import { dialText } from "../links";
import type { ClientSummary, ContactWrite, ContactsService, DialNumber } from "../services";
import { ErrorBar } from "./ErrorBar";

const useStyles = makeStyles({ root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS } });

type State =
  | { step: "idle" }
  | { step: "checking" }
  | { step: "confirm"; change: ContactChange }
  | { step: "saving" }
  | { step: "saved"; text: string }
  | { step: "error"; error: unknown };

function describe(change: ContactChange, number: string): string {
  switch (change.kind) {
    case "create":
      return `Create a contact for ${change.write.displayName} (${change.write.email}) with ${number}.`;
    case "unchanged":
      return `${change.contact.displayName} already has ${number}. Nothing to change.`;
    case "add":
      return `Add ${number} to ${change.contact.displayName}.`;
    case "conflict":
      return `${change.contact.displayName} already has ${change.existing.join(", ")}. Add ${number} beside it, or replace it?`;
  }
}

/** "Save number to contacts": looks the client up first and shows the change before writing anything. */
export function ContactSaver({ contacts, client, dial }: { contacts: ContactsService; client: ClientSummary; dial: DialNumber | null }) {
  const styles = useStyles();
  const [state, setState] = useState<State>({ step: "idle" });
  if (!dial) return null;
  const number = dialText(dial);

  const check = async () => {
    setState({ step: "checking" });
    try {
      const existing = await contacts.findByEmail(client.email);
      setState({ step: "confirm", change: planContactChange(client, dial, existing) });
    } catch (error) {
      setState({ step: "error", error });
    }
  };
  const save = async (write: ContactWrite) => {
    setState({ step: "saving" });
    try {
      const saved = await contacts.save(write);
      setState({ step: "saved", text: `Saved ${number} to ${saved.displayName}.` });
    } catch (error) {
      setState({ step: "error", error });
    }
  };

  return (
    <section className={styles.root} aria-label="Contacts">
      {(state.step === "idle" || state.step === "saved") && (
        <Button appearance="subtle" icon={<PersonAddRegular />} onClick={check}>
          Save number to contacts
        </Button>
      )}
      {(state.step === "checking" || state.step === "saving") && (
        <Spinner size="tiny" label={state.step === "checking" ? "Looking up the contact…" : "Saving…"} />
      )}
      {state.step === "confirm" && (
        <MessageBar intent={state.change.kind === "conflict" ? "warning" : "info"} layout="multiline" data-testid="contact-preview">
          <MessageBarBody>
            <MessageBarTitle>Contacts</MessageBarTitle>
            {describe(state.change, number)}
          </MessageBarBody>
          <MessageBarActions>
            {state.change.kind === "unchanged" ? (
              <Button onClick={() => setState({ step: "idle" })}>OK</Button>
            ) : (
              <>
                <Button appearance="primary" onClick={() => "write" in state.change && save(state.change.write)}>
                  {state.change.kind === "create" ? "Create contact" : state.change.kind === "conflict" ? "Add beside" : "Add number"}
                </Button>
                {state.change.kind === "conflict" && (
                  <Button onClick={() => state.change.kind === "conflict" && save(state.change.replaceWrite)}>Replace</Button>
                )}
                <Button onClick={() => setState({ step: "idle" })}>Cancel</Button>
              </>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
      {state.step === "saved" && (
        <MessageBar intent="success">
          <MessageBarBody>{state.text}</MessageBarBody>
        </MessageBar>
      )}
      {state.step === "error" && <ErrorBar title="Could not save the contact." error={state.error} onRetry={check} />}
    </section>
  );
}
