import { useState } from "react";
import {
  Avatar,
  Badge,
  Button,
  Caption1,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CallRegular, CopyRegular, EditRegular } from "@fluentui/react-icons";
import type { FoundNumber } from "../../core/index";
import { dialText, teamsCallHref, telHref } from "../links";
import type { ClientSummary, DialNumber, DialbackServices } from "../services";

const KIND_LABEL: Record<DialNumber["kind"], string> = {
  direct: "Direct dial",
  mobile: "Mobile",
  main: "Main line",
  tollfree: "Toll-free",
  fax: "Fax",
  other: "Other",
  typed: "Entered by you",
};

export function toDialNumber(n: FoundNumber): DialNumber {
  return { e164: n.e164, ext: n.ext, display: n.display ?? n.e164, kind: n.kind, line: n.line, evidence: n.evidence ?? null, unsure: n.unsure ?? null };
}

/** "From Jane's signature on 3 March:" — the evidence sentence as a caption. */
function evidenceCaption(dial: DialNumber): string {
  const e = dial.evidence?.trim();
  return e ? `${e.charAt(0).toUpperCase()}${e.slice(1)}:` : "From the signature:";
}

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  header: { display: "flex", gap: tokens.spacingHorizontalM, alignItems: "center" },
  who: { display: "flex", flexDirection: "column", minWidth: 0 },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
  evidence: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    color: tokens.colorNeutralForeground2,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "pre-wrap",
    wordBreak: "break-word",
  },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  others: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  editor: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  grow: { flexGrow: 1 },
});

export interface ClientCardProps {
  client: ClientSummary;
  numbers: FoundNumber[];
  dial: DialNumber | null;
  /** Region for numbers typed without a country code. */
  region: string | null;
  onDialChange(dial: DialNumber): void;
  parseNumber: DialbackServices["parseNumber"];
  /** Why no number was found, when none was. */
  reason?: string | null;
}

export function ClientCard({ client, numbers, dial, region, onDialChange, parseNumber, reason }: ClientCardProps) {
  const styles = useStyles();
  const [editing, setEditing] = useState(false);
  const [typed, setTyped] = useState("");
  const [invalid, setInvalid] = useState(false);
  const [copied, setCopied] = useState(false);
  const alternatives = numbers.filter((n) => n.kind !== "fax" && n.e164 !== dial?.e164);

  const startEdit = () => {
    setTyped(dial ? dialText(dial) : "");
    setInvalid(false);
    setEditing(true);
  };
  const commit = async () => {
    const parsed = await parseNumber(typed, region);
    if (!parsed) {
      setInvalid(true);
      return;
    }
    onDialChange(parsed);
    setEditing(false);
  };
  const copy = async () => {
    if (!dial) return;
    try {
      await navigator.clipboard.writeText(dialText(dial));
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };

  return (
    <section className={styles.card} aria-labelledby="client-heading">
      <div className={styles.header}>
        <Avatar name={client.name || client.email} color="colorful" size={40} />
        <div className={styles.who}>
          <Subtitle2 as="h2" id="client-heading">
            {client.name || client.email}
          </Subtitle2>
          {client.organization && <Caption1>{client.organization}</Caption1>}
          <Caption1>{client.email}</Caption1>
        </div>
      </div>

      {dial ? (
        <div data-testid="dial-number">
          <div className={styles.row}>
            <Badge appearance="tint" color={dial.kind === "direct" ? "brand" : "informative"}>
              {KIND_LABEL[dial.kind]}
            </Badge>
            <Text className={styles.number} aria-label={`Number to call: ${dialText(dial)}`}>
              {dialText(dial)}
            </Text>
          </div>
          {dial.unsure && (
            <MessageBar intent="warning" layout="multiline" data-testid="dial-unsure">
              <MessageBarBody>
                {dial.unsure.charAt(0).toUpperCase() + dial.unsure.slice(1)}. Check the line below before you call.
              </MessageBarBody>
            </MessageBar>
          )}
          {dial.line && (
            <figure style={{ margin: 0 }}>
              <Caption1 as="span" data-testid="dial-evidence-caption">{evidenceCaption(dial)}</Caption1>
              <blockquote className={styles.evidence} data-testid="dial-evidence">
                {dial.line}
              </blockquote>
            </figure>
          )}
          <div className={styles.row}>
            <Link href={telHref(dial)} aria-label={`Call ${dialText(dial)}`}>
              <CallRegular aria-hidden="true" /> Call
            </Link>
            <Link href={teamsCallHref(dial)} target="_blank" rel="noopener noreferrer" aria-label={`Call ${dialText(dial)} in Teams`}>
              Call in Teams
            </Link>
            <Tooltip content={copied ? "Copied" : "Copy number"} relationship="description">
              <Button size="small" appearance="subtle" icon={<CopyRegular />} onClick={copy}>
                {copied ? "Copied" : "Copy"}
              </Button>
            </Tooltip>
            {!editing && (
              <Button size="small" appearance="subtle" icon={<EditRegular />} onClick={startEdit}>
                Edit number
              </Button>
            )}
          </div>
        </div>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody data-testid="no-number">
            {reason ? `${reason}.` : <>No phone number found in {client.name || "the client"}&rsquo;s signature.</>}{" "}
            {alternatives.length > 0 ? "Use one of the other numbers below or type one." : "Type the number to call."}
          </MessageBarBody>
        </MessageBar>
      )}

      {alternatives.length > 0 && (
        <ul className={styles.others} aria-label="Other numbers in the signature">
          {alternatives.map((n) => (
            <li key={`${n.e164}-${n.ext ?? ""}`} className={styles.row}>
              <Badge appearance="outline">{KIND_LABEL[n.kind]}</Badge>
              <Text>{dialText(toDialNumber(n))}</Text>
              <Button size="small" onClick={() => onDialChange(toDialNumber(n))} aria-label={`Call ${KIND_LABEL[n.kind].toLowerCase()} ${dialText(toDialNumber(n))} instead`}>
                Use this
              </Button>
            </li>
          ))}
        </ul>
      )}

      {(editing || !dial) && (
        <div className={styles.editor}>
          <Field
            className={styles.grow}
            label="Number to call"
            validationState={invalid ? "error" : "none"}
            validationMessage={invalid ? "That is not a valid phone number." : undefined}
          >
            <Input
              value={typed}
              onChange={(_, d) => {
                setTyped(d.value);
                setInvalid(false);
              }}
              onKeyDown={(e) => {
                if (e.key === "Enter") void commit();
                if (e.key === "Escape" && dial) setEditing(false);
              }}
              type="tel"
              placeholder="+1 212 555 0100"
            />
          </Field>
          <Button appearance="primary" onClick={commit}>
            Use number
          </Button>
          {dial && <Button onClick={() => setEditing(false)}>Cancel</Button>}
        </div>
      )}
    </section>
  );
}
