import { firmDomains, isAutomatedAddress, makeInternalTest, normaliseAddress } from "./addresses";

describe("normaliseAddress", () => {
  it.each([
    [" Jane.Doe@Example.COM ", "jane.doe@example.com"],
    ["/o=ExchangeLabs/ou=Exchange Administrative Group/cn=Recipients/cn=jane", null],
    ["", null],
    [null, null],
    ["@example.com", null],
    ["jane@", null],
  ])("%p → %p", (input, expected) => {
    expect(normaliseAddress(input)).toBe(expected);
  });
});

describe("isAutomatedAddress", () => {
  it.each([
    ["noreply@bank.com", true],
    ["no-reply@accounts.google.com", true],
    ["do-not-reply@court.gov", true],
    ["DoNotReply@docusign.net", true],
    ["billing-noreply@vendor.com", true],
    ["mailer-daemon@mail.example.com", true],
    ["postmaster@example.com", true],
    ["bounces+12345@sendgrid.net", true],
    ["notifications@github.com", true],
    ["alerts@westlaw.com", true],
    ["newsletter@lawfirm.news", true],
    ["jane@bounce.example.com", true],
    ["offers@email.retailer.com", true],
    ["dse_NA3@docusign.net", true],
    ["dse@eumail.docusign.net", true],
    ["someone@docusign.com", false],
    ["jane.doe@acme.com", false],
    ["newsom@state.ca.gov", false],
    ["alerta@empresa.es", false],
    ["info@smallclient.com", false],
    ["not-an-address", true],
  ])("%s → %s", (address, expected) => {
    expect(isAutomatedAddress(address)).toBe(expected);
  });
});

describe("makeInternalTest", () => {
  const isInternal = makeInternalTest({ ownAddresses: ["Alex.Attorney@Firm.com", "alex@gmail.com"], internalDomains: ["@firm-legal.co.uk"] });
  it.each([
    ["alex.attorney@firm.com", true, "the attorney"],
    ["alex@gmail.com", true, "the attorney's other address"],
    ["colleague@firm.com", true, "a colleague"],
    ["paralegal@ny.firm.com", true, "a sub-domain of the firm"],
    ["partner@firm-legal.co.uk", true, "a configured firm domain"],
    ["client@gmail.com", false, "another user of a public provider"],
    ["client@notfirm.com", false, "a domain that only ends with the firm's name"],
    ["client@acme.com", false, "a client"],
  ])("%s → %s (%s)", (address, expected) => {
    expect(isInternal(address)).toBe(expected);
  });

  it("does not take public mail providers as firm domains", () => {
    expect(firmDomains({ ownAddresses: ["me@outlook.com", "me@firm.com"] })).toEqual(["firm.com"]);
  });
});
