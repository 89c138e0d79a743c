/** @jest-environment jsdom */
import { render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { FoundNumber } from "../../core/index";
import { ClientCard, toDialNumber } from "./ClientCard";

jest.setTimeout(60_000);

const client = { name: "Jane Okafor", email: "jane.okafor@acme.co.uk", organization: "Acme Holdings Ltd", timeZone: "Europe/London" };
const found = (extra: Partial<FoundNumber>): FoundNumber => ({ e164: "+442079460321", ext: null, kind: "direct", label: "Direct", line: "Direct: +44 20 7946 0321", confidence: 0.9, display: "+44 20 7946 0321", ...extra });

function show(best: FoundNumber | null, reason?: string) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ClientCard client={client} numbers={best ? [best] : []} dial={best ? toDialNumber(best) : null} region="GB" onDialChange={() => {}} parseNumber={async () => null} reason={reason} />
    </FluentProvider>,
  );
}

describe("client card evidence", () => {
  it("says where the number came from", () => {
    show(found({ source: "earlier-signature", evidence: "from Jane's signature on 3 March" }));
    expect(screen.getByTestId("dial-evidence-caption").textContent).toBe("From Jane's signature on 3 March:");
    expect(screen.getByTestId("dial-evidence").textContent).toBe("Direct: +44 20 7946 0321");
    expect(screen.queryByTestId("dial-unsure")).toBeNull();
  });

  it("warns when the engine is not sure the number is the client's", () => {
    show(found({ evidence: "from Jane's signature in this email", unsure: "not sure this is Jane's number: the lines it came from do not name Jane" }));
    expect(screen.getByTestId("dial-unsure").textContent).toContain("Not sure this is Jane's number");
  });

  it("gives the reason when there is no number", () => {
    show(null, "Jane gave no number of their own; the numbers in this email belong to other people");
    expect(screen.getByTestId("no-number").textContent).toContain("the numbers in this email belong to other people.");
  });
});
