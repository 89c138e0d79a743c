import { classifySentence, shorten } from "./classify";
import { ownWords, sentencesOf } from "./sentences";
import { addresses, keyTerms } from "./keyTerms";

describe("classifySentence", () => {
  it.each([
    ["Can we extend the option period by another month?", "question"],
    ["What happens to the deposit if we exit early?", "question"],
    ["Let me know whether the board approved the budget.", "question"],
    ["Could you confirm the filing went in on time.", "question"],
    ["I was wondering if we need a guarantor at all.", "question"],
    ["Please advise whether the indemnity cap applies to fraud.", "question"],
    ["Please send the executed engagement letter.", "request"],
    ["We need the updated cap table from the auditors.", "request"],
    ["We are still waiting for the landlord's consent.", "request"],
    ["The stamp duty return is still outstanding.", "request"],
    ["There are a few outstanding items on the option agreements.", "request"],
    ["We have attracted outstanding students to the programme.", null],
    ["Please return the signed copy before the 31st.", "deadline"],
    ["The buyer wants comments by Friday.", "deadline"],
    ["The second instalment is due on 12 March.", "deadline"],
    ["Our lender needs this no later than end of the month.", "deadline"],
    ["I've attached the signed lease for your records.", "attachment"],
    ["Enclosed is the revised schedule of fees.", "attachment"],
    ["How are you?", null],
    ["How are you doing these days?", null],
    ["Hope you had a good weekend!", null],
    ["How was your trip to Lisbon?", null],
    ["Do You Yahoo!?", null],
    ["Please advise.", null],
    ["The meeting went well and everyone was happy.", null],
    ["Thanks again for all your help last week.", null],
  ])("%s → %s", (sentence, kind) => {
    expect(classifySentence(sentence)).toBe(kind);
  });
});

describe("shorten", () => {
  it.each([
    ["also, please send the minutes.", "Please send the minutes."],
    ["And could you check clause 7?", "Could you check clause 7?"],
    ["____ Do you have the deed?", "Do you have the deed?"],
  ])("%s → %s", (input, output) => {
    expect(shorten(input)).toBe(output);
  });

  it("cuts long sentences at a word boundary with an ellipsis", () => {
    const long = `Could you ${"please review the attached schedule of dilapidations ".repeat(5)}today?`;
    const short = shorten(long);
    expect(short.length).toBeLessThanOrEqual(160);
    expect(short.endsWith("…")).toBe(true);
    expect(long.startsWith(short.slice(0, -1))).toBe(true);
  });
});

describe("ownWords and sentencesOf", () => {
  it("drops greeting, sign-off, signature, mobile footer and disclaimer, and keeps bullets apart", () => {
    const text = [
      "Dear Alex,",
      "",
      "Two points on the SPA, as discussed with Mr. Patel",
      "yesterday:",
      "- the escrow release date",
      "- the warranty cap",
      "",
      "IMPORTANT: This message is confidential and may be privileged.",
      "",
      "Kind regards",
      "Jane",
      "Direct: +44 20 7946 0321",
    ].join("\n");
    expect(sentencesOf(ownWords(text))).toEqual(["Two points on the SPA, as discussed with Mr. Patel yesterday:", "the escrow release date", "the warranty cap"]);
  });
});

describe("addresses (answered heuristic)", () => {
  it.each([
    ["Can the landlord still invoke the break clause in year 3?", "The landlord can no longer invoke the break clause.", true],
    ["Do we need a guarantor for the renewal?", "The landlord can no longer invoke the break clause.", false],
    ["Please send the redline of section 4.2.", "Redline of 4.2 attached.", true],
    ["Please send the redline of section 4.2.", "I will look at section 9 next week.", false],
  ])("%s / %s → %s", (item, reply, expected) => {
    expect(addresses(keyTerms(item), keyTerms(reply))).toBe(expected);
  });
});
