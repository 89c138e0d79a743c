import { useState } from "react";
import { Button, Caption1, Field, Radio, RadioGroup, Select, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { PlanSlot } from "../services";
import { formatSlotIn, zoneCity } from "../timeFormat";

export const DURATIONS = [15, 30, 45, 60] as const;
const SHOWN_FIRST = 3;
const MORE_STEP = 3;

const useStyles = makeStyles({
  header: { display: "flex", justifyContent: "space-between", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  label: { display: "flex", flexDirection: "column" },
  when: { fontVariantNumeric: "tabular-nums" },
});

export interface SlotPickerProps {
  slots: PlanSlot[];
  chosenStart: string | null;
  onChoose(start: string): void;
  durationMinutes: number;
  onDurationChange(minutes: number): void;
  attorneyTimeZone: string;
  clientTimeZone: string | null;
  /** Why there are no times, in words (from the engine). */
  reason?: string | null;
}

/** "early for you (45 min before your day)" for a time outside the attorney's or the client's hours. */
export function edgeLabel(minutes: number | undefined, edge: "early" | "late" | undefined, who: "you" | "client"): string | null {
  if (!minutes) return null;
  const side = edge === "late" ? "after" : "before";
  const whose = who === "you" ? "your" : "their";
  return `${edge === "late" ? "late" : "early"} for ${who === "you" ? "you" : "the client"} (${minutes} min ${side} ${whose} hours)`;
}

export function SlotPicker(props: SlotPickerProps) {
  const { slots, chosenStart, onChoose, durationMinutes, onDurationChange, attorneyTimeZone, clientTimeZone, reason } = props;
  const styles = useStyles();
  const chosenIndex = slots.findIndex((s) => s.start === chosenStart);
  const [shown, setShown] = useState(() => Math.max(SHOWN_FIRST, chosenIndex + 1));
  const visible = slots.slice(0, Math.max(shown, chosenIndex + 1));
  const sameZone = !clientTimeZone || clientTimeZone === attorneyTimeZone;

  return (
    <section aria-labelledby="slots-heading">
      <div className={styles.header}>
        <Subtitle2 as="h2" id="slots-heading" style={{ margin: 0 }}>
          Proposed times
        </Subtitle2>
        <Field label="Duration" orientation="horizontal">
          <Select value={String(durationMinutes)} onChange={(_, d) => onDurationChange(Number(d.value))}>
            {DURATIONS.map((m) => (
              <option key={m} value={m}>
                {m} min
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {slots.length === 0 ? (
        <Caption1 data-testid="no-slots-reason">No time to propose: {reason ?? "no free time in the next two weeks for both calendars"}.</Caption1>
      ) : (
        <RadioGroup
          aria-labelledby="slots-heading"
          value={chosenStart ?? ""}
          onChange={(_, d) => onChoose(d.value)}
          data-testid="slot-list"
        >
          {visible.map((slot) => (
            <Radio
              key={slot.start}
              value={slot.start}
              label={
                <span className={styles.label}>
                  <Text className={styles.when}>
                    {formatSlotIn(slot, attorneyTimeZone)} <Caption1>your time ({zoneCity(attorneyTimeZone)})</Caption1>
                  </Text>
                  {!sameZone && (
                    <Caption1 className={styles.when}>
                      {formatSlotIn(slot, clientTimeZone, { start: slot.clientStart, end: slot.clientEnd })} client ({zoneCity(clientTimeZone)})
                    </Caption1>
                  )}
                  {(slot.attorneyOutsideMinutes || slot.clientOutsideMinutes) ? (
                    <Caption1 data-testid="slot-edge">
                      {[edgeLabel(slot.attorneyOutsideMinutes, slot.attorneyEdge, "you"), edgeLabel(slot.clientOutsideMinutes, slot.clientEdge, "client")].filter(Boolean).join("; ")}
                    </Caption1>
                  ) : null}
                </span>
              }
            />
          ))}
        </RadioGroup>
      )}
      {visible.length < slots.length && (
        <Button appearance="transparent" onClick={() => setShown(visible.length + MORE_STEP)}>
          More times
        </Button>
      )}
    </section>
  );
}
