import type { SettingsStore } from "./outlookHost";

/** Minimal storage surface (window.localStorage satisfies it), so tests can pass a Map-backed fake. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Settings kept under one prefix in localStorage: the fallback when roaming settings are unavailable. */
export function createLocalSettings(storage: KeyValueStorage, prefix = "dialback:"): SettingsStore {
  const pending = new Map<string, unknown>();
  const removed = new Set<string>();
  return {
    get<T>(key: string): T | undefined {
      if (pending.has(key)) return pending.get(key) as T;
      if (removed.has(key)) return undefined;
      const raw = storage.getItem(prefix + key);
      if (raw === null) return undefined;
      try {
        return JSON.parse(raw) as T;
      } catch {
        return undefined;
      }
    },
    set(key, value) {
      removed.delete(key);
      pending.set(key, value);
    },
    remove(key) {
      pending.delete(key);
      removed.add(key);
    },
    async saveAsync() {
      for (const [key, value] of pending) storage.setItem(prefix + key, JSON.stringify(value));
      for (const key of removed) storage.removeItem(prefix + key);
      pending.clear();
      removed.clear();
    },
  };
}

/** An in-memory KeyValueStorage, for tests and for hosts where localStorage throws (private mode, sandboxed frames). */
export function createMemoryStorage(): KeyValueStorage & { readonly size: number } {
  const map = new Map<string, string>();
  return {
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    get size() {
      return map.size;
    },
  };
}
