import { useState } from "react";
import { Button, Caption1, Field, Radio, RadioGroup, Select, Subtitle2, Switch, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ClockStyle, DayHours, PlanSlot, SlotSearch } from "../services";
import { DEFAULT_CLOCK, formatSlotIn, zoneCity } from "../timeFormat";
import { clockTime } from "../../core/compose/clock";

export const DURATIONS = [15, 30, 45, 60] as const;
const SHOWN_FIRST = 3;
const MORE_STEP = 3;

const useStyles = makeStyles({
  header: { display: "flex", justifyContent: "space-between", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  label: { display: "flex", flexDirection: "column" },
  when: { fontVariantNumeric: "tabular-nums" },
  search: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginBlock: tokens.spacingVerticalS },
  hours: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end", flexWrap: "wrap" },
});

/** How far outside either side's hours an edge time may fall: the choices offered. */
export const EDGE_CHOICES = [60, 90, 150, 180] as const;

/** Every half hour of the day, "00:00" to "24:00". */
const HALF_HOURS = Array.from({ length: 49 }, (_, i) => `${String(Math.floor(i / 2)).padStart(2, "0")}:${i % 2 ? "30" : "00"}`);

function hhmmLabel(hhmm: string, clock: ClockStyle): string {
  const [h, m] = hhmm.split(":").map(Number);
  if (h === 24) return clock.hour12 ? "midnight" : "24:00";
  return clockTime({ year: 2026, month: 1, day: 5, hour: h, minute: m }, clock);
}

function HoursField({ label, value, onChange, clock }: { label: string; value: DayHours; onChange(v: DayHours): void; clock: ClockStyle }) {
  const starts = HALF_HOURS.slice(0, -1);
  if (!starts.includes(value.start)) starts.push(value.start);
  const ends = HALF_HOURS.filter((t) => t > value.start);
  if (!ends.includes(value.end)) ends.push(value.end);
  return (
    <div role="group" aria-label={label}>
      <Caption1>{label}</Caption1>
      <div style={{ display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" }}>
        <Select aria-label={`${label}: from`} value={value.start} onChange={(_, d) => onChange({ start: d.value, end: d.value < value.end ? value.end : HALF_HOURS[Math.min(HALF_HOURS.length - 1, HALF_HOURS.indexOf(d.value) + 2)] })}>
          {starts.map((t) => (
            <option key={t} value={t}>
              {hhmmLabel(t, clock)}
            </option>
          ))}
        </Select>
        <span aria-hidden="true">–</span>
        <Select aria-label={`${label}: to`} value={value.end} onChange={(_, d) => onChange({ ...value, end: d.value })}>
          {ends.map((t) => (
            <option key={t} value={t}>
              {hhmmLabel(t, clock)}
            </option>
          ))}
        </Select>
      </div>
    </div>
  );
}

/** Widen or narrow the search: each side's hours, early/late edge times and how far out. */
export function SearchControls({ search, onChange, clock, attorneyTimeZone, clientTimeZone }: { search: SlotSearch; onChange(s: SlotSearch): void; clock: ClockStyle; attorneyTimeZone: string; clientTimeZone: string | null }) {
  const styles = useStyles();
  return (
    <div className={styles.search} data-testid="slot-search">
      <div className={styles.hours}>
        <HoursField label={`Your hours (${zoneCity(attorneyTimeZone)})`} value={search.attorneyHours} clock={clock} onChange={(attorneyHours) => onChange({ ...search, attorneyHours })} />
        <HoursField label={`Client's hours (${zoneCity(clientTimeZone ?? attorneyTimeZone)})`} value={search.clientHours} clock={clock} onChange={(clientHours) => onChange({ ...search, clientHours })} />
      </div>
      <div className={styles.hours}>
        <Switch label="Include early and late times" checked={search.includeEdges} onChange={(_, d) => onChange({ ...search, includeEdges: d.checked })} />
        <Field label="Up to" orientation="horizontal">
          <Select disabled={!search.includeEdges} value={String(search.edgeMinutes)} onChange={(_, d) => onChange({ ...search, edgeMinutes: Number(d.value) })}>
            {[...new Set([...EDGE_CHOICES, search.edgeMinutes])].sort((a, b) => a - b).map((m) => (
              <option key={m} value={m}>
                {m % 60 === 0 ? `${m / 60} h` : `${Math.floor(m / 60)} h ${m % 60} min`} outside
              </option>
            ))}
          </Select>
        </Field>
      </div>
    </div>
  );
}

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
  /** The attorney's clock (mailboxSettings): every time shown is written with it. */
  clock?: ClockStyle;
  /** The search behind these slots, and how to change it; without onSearchChange no controls are shown. */
  search?: SlotSearch;
  onSearchChange?(search: SlotSearch): void;
}

/** "early for you (45 min before your day)" for a time outside the attorney's or the client's hours. */
export function edgeLabel(minutes: number | undefined, edge: "early" | "late" | undefined, who: "you" | "client"): string | null {
  if (!minutes) return null;
  const side = edge === "late" ? "after" : "before";
  const whose = who === "you" ? "your" : "their";
  return `${edge === "late" ? "late" : "early"} for ${who === "you" ? "you" : "the client"} (${minutes} min ${side} ${whose} hours)`;
}

export function SlotPicker(props: SlotPickerProps) {
  const { slots, chosenStart, onChoose, durationMinutes, onDurationChange, attorneyTimeZone, clientTimeZone, reason, search, onSearchChange } = props;
  const clock = props.clock ?? DEFAULT_CLOCK;
  const [searchOpen, setSearchOpen] = useState(false);
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
      {search && onSearchChange && (
        <>
          <Button appearance="subtle" size="small" aria-expanded={searchOpen} aria-controls="slot-search" onClick={() => setSearchOpen(!searchOpen)}>
            {searchOpen ? "Hide search options" : "Widen or narrow the search"}
          </Button>
          {searchOpen && (
            <div id="slot-search">
              <SearchControls search={search} onChange={onSearchChange} clock={clock} attorneyTimeZone={attorneyTimeZone} clientTimeZone={clientTimeZone} />
            </div>
          )}
        </>
      )}
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
                    {formatSlotIn(slot, attorneyTimeZone, clock)} <Caption1>your time ({zoneCity(attorneyTimeZone)})</Caption1>
                  </Text>
                  {!sameZone && (
                    <Caption1 className={styles.when}>
                      {formatSlotIn(slot, clientTimeZone, clock, { start: slot.clientStart, end: slot.clientEnd })} client ({zoneCity(clientTimeZone)})
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
