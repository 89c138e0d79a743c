/** @jest-environment jsdom */
import { useState } from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { AgendaEditor, type EditorAgendaItem } from "./AgendaEditor";

const SENTENCE = "We want to walk through the escrow release terms before we sign.";

function Harness({ initial, onChange }: { initial: EditorAgendaItem[]; onChange?: (items: EditorAgendaItem[]) => void }) {
  const [items, setItems] = useState(initial);
  return (
    <FluentProvider theme={webLightTheme}>
      <AgendaEditor
        items={items}
        onChange={(next) => {
          setItems(next);
          onChange?.(next);
        }}
      />
    </FluentProvider>
  );
}

describe("AgendaEditor: the client's words behind a short phrase", () => {
  beforeAll(() => {
    window.requestAnimationFrame = (cb) => setTimeout(() => cb(0), 0) as unknown as number;
  });

  it("shows the phrase, reveals the source sentence by a labelled toggle, and edits only the phrase", () => {
    const changes: EditorAgendaItem[][] = [];
    render(
      <Harness
        initial={[
          { id: "i1", text: "Escrow release terms", source: "thread", quote: SENTENCE },
          { id: "t1", text: "How is business?", source: "template" },
        ]}
        onChange={(x) => changes.push(x)}
      />,
    );
    expect(screen.getByText("Escrow release terms")).toBeTruthy();
    expect(screen.queryByText(`“${SENTENCE}”`)).toBeNull();
    // Templates have no client sentence, so no toggle.
    expect(screen.queryByRole("button", { name: /client's words for "How is business\?"/ })).toBeNull();

    const show = screen.getByRole("button", { name: `Show the client's words for "Escrow release terms"` });
    expect(show.getAttribute("aria-expanded")).toBe("false");
    fireEvent.click(show);
    const quote = screen.getByText(`“${SENTENCE}”`);
    const hide = screen.getByRole("button", { name: `Hide the client's words for "Escrow release terms"` });
    expect(hide.getAttribute("aria-expanded")).toBe("true");
    expect(hide.getAttribute("aria-controls")).toBe(quote.id);
    fireEvent.click(hide);
    expect(screen.queryByText(`“${SENTENCE}”`)).toBeNull();

    fireEvent.click(screen.getByRole("button", { name: `Edit "Escrow release terms"` }));
    const input = screen.getByRole("textbox", { name: "Edit agenda item" });
    fireEvent.change(input, { target: { value: "Escrow release and the holdback" } });
    fireEvent.keyDown(input, { key: "Enter" });
    const edited = changes[changes.length - 1][0];
    expect(edited).toMatchObject({ id: "i1", text: "Escrow release and the holdback", quote: SENTENCE });
    fireEvent.click(screen.getByRole("button", { name: `Show the client's words for "Escrow release and the holdback"` }));
    expect(screen.getByText(`“${SENTENCE}”`)).toBeTruthy();
  });
});
