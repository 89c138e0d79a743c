// Agenda edits as pure functions over an immutable list, so the editor component stays thin and tested.
import type { AgendaItem } from "./services";

export function moveItem(items: AgendaItem[], id: string, delta: -1 | 1): AgendaItem[] {
  const from = items.findIndex((i) => i.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= items.length) return items;
  const next = items.slice();
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved);
  return next;
}

export function editItem(items: AgendaItem[], id: string, text: string): AgendaItem[] {
  const trimmed = text.trim();
  if (!trimmed) return items;
  return items.map((i) => (i.id === id ? { ...i, text: trimmed } : i));
}

export function removeItem(items: AgendaItem[], id: string): AgendaItem[] {
  return items.filter((i) => i.id !== id);
}

export function addItem(items: AgendaItem[], text: string, source: AgendaItem["source"] = "attorney"): AgendaItem[] {
  const trimmed = text.trim();
  if (!trimmed) return items;
  if (items.some((i) => i.text.toLowerCase() === trimmed.toLowerCase())) return items;
  return [...items, { id: newItemId(items), text: trimmed, source }];
}

function newItemId(items: AgendaItem[]): string {
  let n = items.length + 1;
  while (items.some((i) => i.id === `a${n}`)) n++;
  return `a${n}`;
}

/** The check-in and feedback questions an attorney can add to any call. */
export const CHECK_IN_TEMPLATES: readonly string[] = [
  "How are things going on your side since we last spoke?",
  "What is working well? If we could do one thing better, what would it be?",
];
