import { findSenderBlock, isDisclaimerLine, isProse, isSignOff, namesSender, senderNameTokens } from "./locate";

const block = (text: string, from = { name: "Jane Doe", address: "jane.doe@firm.com" }) => findSenderBlock(text.split("\n"), from);

describe("senderNameTokens", () => {
  it.each([
    [{ name: "Jane Doe", address: "jd@x.com" }, ["jane"], ["doe"]],
    [{ name: "Doe, Jane", address: "jd@x.com" }, ["jane"], ["doe"]],
    [{ name: "Dr. Jürgen von Hoffmann", address: "j@x.de" }, ["jürgen"], ["hoffmann"]],
    [{ name: "", address: "kersten.schenck@firm.de" }, ["kersten"], ["schenck"]],
  ])("%j", (from, first, last) => {
    const t = senderNameTokens(from);
    expect([t.first, t.last]).toEqual([first, last]);
  });
});

describe("line rules", () => {
  const tokens = senderNameTokens({ name: "Tim Wise", address: "twise@gasbiz.com" });
  it.each([
    ["Timothy O. Wise, VP Finance", true],
    ["Tim", true],
    ["Innovative engineer   | Tim Wise    Dublin, Ireland", true],
    ["It would be wise to call Tim about the contract next week", false],
    ["E-Mail\tTwise@gasbiz.com", false],
  ])("namesSender(%j) = %s", (line, expected) => {
    expect(namesSender(line, tokens)).toBe(expected);
  });

  it.each([
    ["Regards,", true], ["Best regards", true], ["Thanks,", true], ["Cheers!", true], ["Mit freundlichen Grüßen", true], ["Cordialement,", true],
    ["Saludos cordiales", true], ["Met vriendelijke groet / kind regards,", true], ["-- ", true], ["Thanks for the documents you sent yesterday.", false],
  ])("isSignOff(%j) = %s", (line, expected) => {
    expect(isSignOff(line)).toBe(expected);
  });

  it.each([
    ["This message and any attachment are confidential and may be privileged or otherwise protected from disclosure.", true],
    ["Amtsgericht Hamburg / Hamburg District Court, HRB 108558", true],
    ["Geschäftsführer: Dr. Max Muster", true],
    ["http://www.linux.ie/mailman/listinfo/ilug for (un)subscription information.", true],
    ["Confidential", false],
    ["Tel: +44 20 7330 3550", false],
  ])("isDisclaimerLine(%j) = %s", (line, expected) => {
    expect(isDisclaimerLine(line)).toBe(expected);
  });

  it.each([
    ["If you have questions please call me at 713-555-1212 tomorrow.", true],
    ["Please contact Jim on 020 7123 4567 for the documents", true],
    ["Direct: +1 212 555 0100", false],
    ["San Francisco, CA 94105-3901 \tPhone 415-972-3973", false],
    ["Enron North America\t\t503.464.5066", false],
  ])("isProse(%j) = %s", (line, expected) => {
    expect(isProse(line)).toBe(expected);
  });
});

describe("findSenderBlock", () => {
  it("starts at the sender's name and stops at the disclaimer", () => {
    const b = block("Hi Bob,\nsee attached.\n\nRegards,\n\nJane Doe\nPartner\nTel: 212 555 0100\n\nThis e-mail is confidential and may be privileged; if you are not the intended recipient delete it.\nCall 800 555 0199");
    expect(b.anchor).toBe("name");
    expect(b.lines.filter(Boolean)).toEqual(["Jane Doe", "Partner", "Tel: 212 555 0100"]);
  });

  it("skips a colleague's block above the sender's own", () => {
    const b = block("Summary.\n\nRegards,\nMark Roe\nVoice: 416 352 4580\n\nJane Doe, CFA\nVoice: 416 352 4581");
    expect(b.lines[0]).toBe("Jane Doe, CFA");
  });

  it("keeps a contact line written just above the name", () => {
    const b = block("Call anytime.\n\nC: 713-417-0383\nJane Doe\n713-345-4585");
    expect(b.lines).toEqual(["C: 713-417-0383", "Jane Doe", "713-345-4585"]);
  });

  it("anchors on a sign-off when the name is not written", () => {
    const b = block("Helpdesk on +1 770 738 2101\n\nRegards,\n\nMarketing Manager\nTel +44 207 484 5546", { name: "ICE Operations", address: "ops@ice.com" });
    expect(b.anchor).toBe("signoff");
    expect(b.lines).toContain("Tel +44 207 484 5546");
    expect(b.lines.join("\n")).not.toContain("770");
  });

  it("finds nothing after a first-name sign-off below someone else's details", () => {
    const b = block("Here is their office:\n\nAcme Hotel\nPhone 47 22 00 00 00\nFax 47 22 00 00 01\n\nCheers,\nJane");
    expect(b.lines.join("\n")).not.toMatch(/\d{2} \d{2}/);
  });

  it("takes coordinates the sender introduces as their own above the sign-off", () => {
    const b = block("I am moving on.\nBelow are my current coordinates.\n\nTel: +44 20 8255 0848\nMobile: +44 7747 110 326\n\nGood luck to all\n\nJane");
    expect(b.lines).toContain("Tel: +44 20 8255 0848");
  });

  it("refuses an unanchored block that names another person", () => {
    const b = block("Mr. Joe Kelliher\nAdvisor to the Secretary\n202-586-1060 (direct)");
    expect(b.lines).toEqual([]);
  });

  it("ends the block where a colleague's own name-and-number line starts", () => {
    const b = block("Jane Doe 303-575-6473\nCell     303-807-3961\n\nTheresa Staab 303-575-6485\nCell     303-807-6131");
    expect(b.lines.filter(Boolean)).toEqual(["Jane Doe 303-575-6473", "Cell     303-807-3961"]);
  });

  it("does not end the block at a title line", () => {
    const b = block("Jane Doe\n(713) 345-4693\nSenior Counsel\nFax (713) 646-3490");
    expect(b.lines).toContain("Fax (713) 646-3490");
  });

  it("does not take the tail of a wrapped sentence above the name", () => {
    const b = block("Otherwise, please call Anna at her office\ndirectly at 212-272-2727.\n\nJane Doe\n(713) 345-4693");
    expect(b.lines[0]).toBe("Jane Doe");
  });

  it("ignores a mailing-list footer delimiter and reads a two-column signature", () => {
    const text = "Cheers,\nJane.\n\n--\nEngineer            | Jane Doe    Dublin, Ireland\nlooking for work    | mobile: (+353 or 0)86 854 9268\n\n-- \nIrish Linux Users' Group: ilug@linux.ie\nhttp://www.linux.ie/mailman/listinfo/ilug for (un)subscription information.";
    const b = block(text);
    expect(b.lines.join("\n")).toContain("mobile: (+353 or 0)86 854 9268");
    expect(b.lines.join("\n")).not.toContain("listinfo");
  });
});

