import { useEffect, useMemo, useState } from "react";
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ContactConflict, ContactPlan } from "../../core/contacts";
import { FIELD_LABELS } from "./format";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  conflict: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteMarigoldBorder2}`,
  },
  content: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

export interface ContactSaveDialogProps {
  open: boolean;
  /** From planContactSave(existing, input); null while the contact is being looked up. */
  plan: ContactPlan | null;
  /** Who the contact is for, as shown in the title. */
  clientName: string;
  /** True while the write runs: buttons are disabled and a spinner shows. */
  saving?: boolean;
  error?: string | null;
  /** The attorney approved: write the plan's additions plus these replacements (change ids) via contactWriteFor. */
  onConfirm(approvedReplacementIds: string[]): void;
  onCancel(): void;
}

const KEEP = "keep";

function ConflictChoice({ conflict, index, value, onChange }: { conflict: ContactConflict; index: number; value: string; onChange(v: string): void }) {
  const styles = useStyles();
  const field = FIELD_LABELS[conflict.field].toLowerCase();
  const keepLabel = conflict.added
    ? `Keep ${conflict.existing.join(" and ")} and add ${conflict.extracted} beside it`
    : `Keep ${conflict.existing.join(" and ")} (do not save ${conflict.extracted})`;
  return (
    <div className={styles.conflict} data-testid="contact-conflict">
      <Body1 id={`conflict-${index}`}>
        The contact already has a different {field}: <strong>{conflict.existing.join(", ")}</strong>. The signature shows{" "}
        <strong>{conflict.extracted}</strong>.
      </Body1>
      <RadioGroup value={value} onChange={(_, data) => onChange(data.value)} aria-labelledby={`conflict-${index}`}>
        <Radio value={KEEP} label={keepLabel} />
        {conflict.replaceOptions.map((o) => (
          <Radio key={o.id} value={o.id} label={`Replace ${o.from} with ${o.to}`} />
        ))}
      </RadioGroup>
    </div>
  );
}

/** Shows exactly what saving to contacts will do, and asks before any number is replaced. */
export function ContactSaveDialog({ open, plan, clientName, saving, error, onConfirm, onCancel }: ContactSaveDialogProps) {
  const styles = useStyles();
  const [choices, setChoices] = useState<string[]>([]);
  // A new plan starts with every conflict on "keep": replacing is always an explicit choice.
  useEffect(() => setChoices(plan ? plan.conflicts.map(() => KEEP) : []), [plan]);

  const approved = useMemo(() => choices.filter((c) => c !== KEEP), [choices]);
  const writesSomething = plan !== null && plan.action !== "nothing" && (plan.changes.some((c) => c.field === "businessPhones" || c.field === "mobilePhone") || approved.length > 0);
  const title = !plan
    ? `Contact for ${clientName}`
    : plan.action === "create"
      ? `Create a contact for ${clientName}`
      : plan.action === "update"
        ? `Update ${clientName}'s contact`
        : `${clientName}'s contact is up to date`;
  const confirmLabel =
    approved.length > 0
      ? `Replace ${approved.length === 1 ? "1 number" : `${approved.length} numbers`} and save`
      : plan?.action === "create"
        ? "Create contact"
        : "Save changes";

  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()} modalType="modal">
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {!plan && <Spinner size="small" label="Looking up the contact…" />}
            {plan && plan.changes.length > 0 && (
              <>
                <Body1>{plan.action === "create" ? "The new contact will have:" : "These will be added:"}</Body1>
                <ul className={styles.list} aria-label="Changes">
                  {plan.changes.map((c) => (
                    <li key={c.id}>
                      {FIELD_LABELS[c.field]}: {c.to}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {plan && plan.alreadySaved.length > 0 && <Body1>Already saved: {plan.alreadySaved.join(", ")}.</Body1>}
            {plan?.conflicts.map((conflict, i) => (
              <ConflictChoice
                key={`${conflict.field}-${i}`}
                conflict={conflict}
                index={i}
                value={choices[i] ?? KEEP}
                onChange={(v) => setChoices((prev) => prev.map((p, j) => (j === i ? v : p)))}
              />
            ))}
            {plan?.action === "nothing" && <Body1>Every number from the signature is already on the contact.</Body1>}
            {error && (
              <MessageBar intent="error">
                <MessageBarBody>{error}</MessageBarBody>
              </MessageBar>
            )}
            {saving && <Spinner size="tiny" label="Saving…" />}
          </DialogContent>
          <DialogActions>
            {writesSomething && (
              <Button appearance="primary" disabled={saving} onClick={() => onConfirm(approved)}>
                {confirmLabel}
              </Button>
            )}
            <Button appearance={writesSomething ? "secondary" : "primary"} disabled={saving} onClick={onCancel}>
              {writesSomething ? "Cancel" : "Close"}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
