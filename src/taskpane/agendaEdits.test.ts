import { addItem, editItem, moveItem, removeItem } from "./agendaEdits";
import type { AgendaItem } from "./services";

const items: AgendaItem[] = [
  { id: "a", text: "One", source: "thread" },
  { id: "b", text: "Two", source: "thread" },
  { id: "c", text: "Three", source: "template" },
];
const texts = (xs: AgendaItem[]) => xs.map((x) => x.text);

describe("agenda edits", () => {
  it.each([
    ["a", 1, ["Two", "One", "Three"]],
    ["c", -1, ["One", "Three", "Two"]],
    ["a", -1, ["One", "Two", "Three"]],
    ["c", 1, ["One", "Two", "Three"]],
    ["zz", 1, ["One", "Two", "Three"]],
  ] as const)("move %s by %d", (id, delta, expected) => {
    expect(texts(moveItem(items, id, delta))).toEqual(expected);
  });

  it("does not mutate the input", () => {
    moveItem(items, "a", 1);
    expect(texts(items)).toEqual(["One", "Two", "Three"]);
  });

  it("edits text, ignoring blank edits", () => {
    expect(texts(editItem(items, "b", "  Deux "))).toEqual(["One", "Deux", "Three"]);
    expect(editItem(items, "b", "   ")).toBe(items);
  });

  it("adds with a fresh id, skipping blanks and duplicates", () => {
    const next = addItem(items, " Four ");
    expect(next[3]).toEqual({ id: "a4", text: "Four", source: "attorney" });
    expect(addItem(next, "four")).toBe(next);
    expect(addItem(items, "")).toBe(items);
    const ids = new Set(addItem(addItem(removeItem(next, "a"), "Five"), "Six").map((i) => i.id));
    expect(ids.size).toBe(5);
  });

  it("removes", () => {
    expect(texts(removeItem(items, "b"))).toEqual(["One", "Three"]);
  });
});
