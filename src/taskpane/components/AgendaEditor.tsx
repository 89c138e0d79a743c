import { useRef, useState, type KeyboardEvent } from "react";
import { Badge, Button, Caption1, Field, Input, Subtitle2, Text, makeStyles, tokens } from "@fluentui/react-components";
import { AddRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular, EditRegular, TextQuoteRegular } from "@fluentui/react-icons";
import { CHECK_IN_TEMPLATES, addItem, editItem, moveItem, removeItem } from "../agendaEdits";
import type { AgendaItem } from "../services";

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    ":focus-within": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  text: { flexGrow: 1, minWidth: 0, wordBreak: "break-word" },
  add: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-end" },
  grow: { flexGrow: 1 },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  heading: { display: "block", margin: 0 },
  help: { display: "block", margin: `${tokens.spacingVerticalXXS} 0 ${tokens.spacingVerticalS}`, color: tokens.colorNeutralForeground3 },
  badge: { flexShrink: 0, whiteSpace: "nowrap" },
  quote: {
    flexBasis: "100%",
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    color: tokens.colorNeutralForeground2,
    wordBreak: "break-word",
  },
});

/**
 * An agenda line as the editor shows it. `quote` is the client's whole sentence the engine read the short
 * phrase from (core's AgendaItem.source); the taskpane's own `source` already names the line's origin.
 */
export type EditorAgendaItem = AgendaItem & { quote?: string };

const SOURCE_LABEL: Record<AgendaItem["source"], string> = { thread: "from thread", template: "check-in", attorney: "added" };

export function AgendaEditor({ items, onChange }: { items: EditorAgendaItem[]; onChange(items: EditorAgendaItem[]): void }) {
  const styles = useStyles();
  const [newText, setNewText] = useState("");
  const [editingId, setEditingId] = useState<string | null>(null);
  const [editText, setEditText] = useState("");
  const [announcement, setAnnouncement] = useState("");
  // Whose client's words are shown: the phrase is for a glance, the sentence is one click away.
  const [quoted, setQuoted] = useState<ReadonlySet<string>>(() => new Set());
  const toggleQuote = (id: string) =>
    setQuoted((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const rowRefs = useRef(new Map<string, HTMLLIElement>());

  const move = (item: EditorAgendaItem, delta: -1 | 1) => {
    const next = moveItem(items, item.id, delta);
    if (next === items) return;
    onChange(next);
    setAnnouncement(`Moved "${item.text}" to position ${next.findIndex((i) => i.id === item.id) + 1} of ${next.length}.`);
    // keep focus on the moved row so repeated Alt+Arrow presses keep moving it
    requestAnimationFrame(() => rowRefs.current.get(item.id)?.focus());
  };
  const onRowKeyDown = (item: EditorAgendaItem) => (e: KeyboardEvent<HTMLLIElement>) => {
    if (e.target !== e.currentTarget || !e.altKey) return;
    if (e.key === "ArrowUp") {
      e.preventDefault();
      move(item, -1);
    } else if (e.key === "ArrowDown") {
      e.preventDefault();
      move(item, 1);
    }
  };
  const add = () => {
    const next = addItem(items, newText);
    if (next !== items) {
      onChange(next);
      setAnnouncement(`Added "${newText.trim()}".`);
    }
    setNewText("");
  };
  const saveEdit = (id: string) => {
    onChange(editItem(items, id, editText));
    setEditingId(null);
  };
  const missingTemplates = CHECK_IN_TEMPLATES.filter((t) => !items.some((i) => i.text === t));

  return (
    <section aria-labelledby="agenda-heading">
      <Subtitle2 as="h2" id="agenda-heading" className={styles.heading}>
        Agenda
      </Subtitle2>
      <Caption1 as="p" id="agenda-help" className={styles.help}>
        Alt+Up and Alt+Down move the focused item.
      </Caption1>
      <ol className={styles.list} aria-describedby="agenda-help" data-testid="agenda-list">
        {items.map((item, index) => (
          <li
            key={item.id}
            ref={(el) => {
              if (el) rowRefs.current.set(item.id, el);
              else rowRefs.current.delete(item.id);
            }}
            className={styles.item}
            tabIndex={0}
            aria-label={`Agenda item ${index + 1} of ${items.length}: ${item.text}`}
            onKeyDown={onRowKeyDown(item)}
          >
            {editingId === item.id ? (
              <>
                <Input
                  className={styles.grow}
                  aria-label="Edit agenda item"
                  value={editText}
                  autoFocus
                  onChange={(_, d) => setEditText(d.value)}
                  onKeyDown={(e) => {
                    if (e.key === "Enter") saveEdit(item.id);
                    if (e.key === "Escape") setEditingId(null);
                  }}
                />
                <Button size="small" appearance="primary" onClick={() => saveEdit(item.id)}>
                  Save
                </Button>
                <Button size="small" onClick={() => setEditingId(null)}>
                  Cancel
                </Button>
              </>
            ) : (
              <>
                <Text className={styles.text}>{item.text}</Text>
                {item.quote && item.quote !== item.text && (
                  <Button
                    size="small"
                    appearance="subtle"
                    icon={<TextQuoteRegular />}
                    aria-label={`${quoted.has(item.id) ? "Hide" : "Show"} the client's words for "${item.text}"`}
                    title={quoted.has(item.id) ? "Hide the client's words" : "Show the client's words"}
                    aria-expanded={quoted.has(item.id)}
                    aria-controls={`agenda-quote-${item.id}`}
                    onClick={() => toggleQuote(item.id)}
                  />
                )}
                <Badge appearance="tint" color="subtle" size="small" className={styles.badge}>
                  {SOURCE_LABEL[item.source]}
                </Badge>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<EditRegular />}
                  aria-label={`Edit "${item.text}"`}
                  onClick={() => {
                    setEditingId(item.id);
                    setEditText(item.text);
                  }}
                />
                <Button size="small" appearance="subtle" icon={<ArrowUpRegular />} aria-label={`Move "${item.text}" up`} disabled={index === 0} onClick={() => move(item, -1)} />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<ArrowDownRegular />}
                  aria-label={`Move "${item.text}" down`}
                  disabled={index === items.length - 1}
                  onClick={() => move(item, 1)}
                />
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={`Remove "${item.text}"`}
                  onClick={() => {
                    onChange(removeItem(items, item.id));
                    setAnnouncement(`Removed "${item.text}".`);
                  }}
                />
                {item.quote && quoted.has(item.id) && (
                  <Caption1 as="p" id={`agenda-quote-${item.id}`} className={styles.quote}>
                    “{item.quote}”
                  </Caption1>
                )}
              </>
            )}
          </li>
        ))}
      </ol>
      {items.length === 0 && <Caption1>No agenda items yet.</Caption1>}
      <div className={styles.add}>
        <Field className={styles.grow} label="New agenda item">
          <Input value={newText} onChange={(_, d) => setNewText(d.value)} onKeyDown={(e) => e.key === "Enter" && add()} />
        </Field>
        <Button icon={<AddRegular />} onClick={add} disabled={!newText.trim()}>
          Add
        </Button>
      </div>
      {missingTemplates.length > 0 && (
        <div className={styles.actions}>
          <Button
            appearance="transparent"
            size="small"
            onClick={() => onChange(missingTemplates.reduce((acc, t) => addItem(acc, t, "template"), items))}
          >
            Add check-in and feedback questions
          </Button>
        </div>
      )}
      <div aria-live="polite" style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>
        {announcement}
      </div>
    </section>
  );
}
