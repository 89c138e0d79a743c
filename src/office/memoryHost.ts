// An OutlookHost held in memory: for component tests and anywhere the UI runs without Outlook.
import type { CurrentItem, HostTheme, NewMessageForm, OutlookHost, ReplyForm } from "./outlookHost";
import { createLocalSettings, createMemoryStorage, type KeyValueStorage } from "./localSettings";

export interface MemoryHost extends OutlookHost {
  /** Forms the UI asked Outlook to open, in order. */
  readonly opened: ({ kind: "reply" } & ReplyForm | { kind: "new" } & NewMessageForm)[];
  selectItem(item: CurrentItem | null): void;
  setTheme(theme: HostTheme): void;
}

export function createMemoryHost(
  init: { item?: CurrentItem | null; theme?: HostTheme; storage?: KeyValueStorage; user?: ReturnType<OutlookHost["getUser"]> } = {},
): MemoryHost {
  let item = init.item ?? null;
  let theme: HostTheme = init.theme ?? "light";
  const itemListeners = new Set<(i: CurrentItem | null) => void>();
  const themeListeners = new Set<(t: HostTheme) => void>();
  const opened: MemoryHost["opened"] = [];
  return {
    opened,
    settings: createLocalSettings(init.storage ?? createMemoryStorage()),
    getCurrentItem: () => item,
    onItemChanged(listener) {
      itemListeners.add(listener);
      return () => void itemListeners.delete(listener);
    },
    displayReplyForm: (form) => (opened.push({ kind: "reply", ...form }), { opened: true, shortened: false, note: null }),
    displayNewMessageForm: (form) => (opened.push({ kind: "new", ...form }), { opened: true, shortened: false, note: null }),
    capabilities: () => ({ newMessageForm: true, officeTheme: true }),
    getTheme: () => theme,
    onThemeChanged(listener) {
      themeListeners.add(listener);
      return () => void themeListeners.delete(listener);
    },
    getUser: () => init.user ?? null,
    selectItem(next) {
      item = next;
      itemListeners.forEach((l) => l(next));
    },
    setTheme(next) {
      theme = next;
      themeListeners.forEach((l) => l(next));
    },
  };
}
