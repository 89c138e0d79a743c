import { classifySentence, readSentence, shorten } from "./classify";
import { ownWords, sentencesOf } from "./sentences";
import { addresses, keyTerms } from "./keyTerms";
import { compareCost } from "../../../test/hostile/pipeline";

describe("classifySentence: kinds of topic items from the sentence's form", () => {
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
    ["Please return the signed copy before the 31st.", "deadline"],
    ["The buyer wants comments by Friday.", "deadline"],
    ["The second instalment is due on 12 March.", "deadline"],
    ["Our lender needs this signed no later than end of the month.", "deadline"],
    ["I've attached the signed lease for your records.", "attachment"],
    ["Enclosed is the revised schedule of fees.", "attachment"],
    // Topic statements: no question mark, no request, still a point for the call.
    ["We'd like to go through the non-compete wording.", "topic"],
    ["Our finance director wants to understand the VAT treatment of the deposit.", "topic"],
    ["Der Vermieter will die Kaution einbehalten.", "topic"],
    ["Nous avons des doutes sur la clause de non-concurrence.", "topic"],
    ["Tenemos dudas sobre la cláusula de permanencia.", "topic"],
    ["Wir möchten die Haftungsklausel besprechen, bevor wir unterschreiben.", "topic"],
    // German, French and Spanish forms.
    ["Können Sie bestätigen, ob die Bürgschaft noch gilt?", "question"],
    ["Bitte senden Sie uns den Entwurf des Kaufvertrags.", "request"],
    ["Wir brauchen die Unterlagen bis Freitag.", "deadline"],
    ["Anbei unsere Anmerkungen zum Mietvertrag.", "attachment"],
    ["Pourriez-vous confirmer que la garantie couvre les loyers impayés ?", "question"],
    ["Merci de nous envoyer le projet de bail.", "request"],
    ["Nous devons signer avant le 31 mars.", "deadline"],
    ["Ci-joint nos commentaires sur l'annexe 3.", "attachment"],
    ["¿Puede confirmar si la fianza se devuelve al final del contrato?", "question"],
    ["Por favor, envíenos el borrador del contrato de compraventa.", "request"],
    ["Necesitamos la escritura firmada antes del viernes.", "deadline"],
    ["Adjunto el borrador del acuerdo de accionistas.", "attachment"],
  ])("%s → %s", (sentence, kind) => {
    expect(classifySentence(sentence)).toBe(kind);
  });
});

describe("readSentence: scheduling logistics and small talk are never items", () => {
  it.each([
    ["Are you free next week?", "logistics"],
    ["Are you around next week?", "logistics"],
    ["Does Tuesday work?", "logistics"],
    ["Would Thursday at 3pm suit?", "logistics"],
    ["Happy to discuss by phone.", "logistics"],
    ["Could we set up a call about the lease?", "logistics"],
    ["Are you available for a quick call this week to discuss the lease?", "logistics"],
    ["Let me know a good time.", "logistics"],
    ["Could you give me a ring tomorrow?", "logistics"],
    ["¿Tienes un hueco el martes?", "logistics"],
    ["¿Podemos hablar el jueves por la mañana?", "logistics"],
    ["Bist du nächste Woche erreichbar?", "logistics"],
    ["Können wir am Donnerstag telefonieren?", "logistics"],
    ["Est-ce que vous êtes disponible mardi après-midi ?", "logistics"],
    ["How was your trip?", "social"],
    ["How was your trip to Lisbon?", "social"],
    ["Thanks again for all your help last week.", "social"],
    ["All signed and filed, thank you for the quick turnaround.", "social"],
    ["Hope the move went well.", "social"],
    ["J'espère que vous avez passé de bonnes vacances.", "social"],
    ["Vielen Dank für Ihre schnelle Antwort.", "social"],
    ["Muchas gracias por tu ayuda con todo esto.", "social"],
  ])("%s → %s", (sentence, role) => {
    const r = readSentence(sentence);
    expect(r.role).not.toBe("topic");
    expect(r.role).toBe(role);
  });

  it.each(["Can we talk?", "Dispo jeudi ?", "Please advise.", "Do You Yahoo!?", "How are you?", "A couple of things:"])("%s is no item", (sentence) => {
    expect(classifySentence(sentence)).toBeNull();
  });
});

describe("readSentence: the short phrase that says what a point is about", () => {
  it.each([
    ["We want to walk through the escrow release terms before we sign.", "Escrow release terms"],
    ["We'd like to go over the escrow release terms before we sign.", "Escrow release terms"],
    ["We need to run through the escrow release terms before we sign.", "Escrow release terms"],
    ["Can we talk through the escrow release terms before we sign?", "Escrow release terms"],
    ["We'd like to get your view on the escrow release terms before we sign.", "Escrow release terms"],
    ["We'd like to go through the non-compete wording.", "Non-compete wording"],
    ["Our finance director wants to understand the VAT treatment of the deposit.", "VAT treatment of the deposit"],
    ["Attached are our comments on schedule 3.", "Comments on schedule 3"],
    ["Der Vermieter will die Kaution einbehalten.", "Kaution einbehalten"],
    ["Nous avons des doutes sur la clause de non-concurrence.", "Clause de non-concurrence"],
    ["Tenemos dudas sobre la cláusula de permanencia.", "Cláusula de permanencia"],
    ["Queremos repasar las condiciones del depósito antes de firmar.", "Condiciones del depósito"],
    ["Wir möchten die Haftungsklausel besprechen, bevor wir unterschreiben.", "Haftungsklausel"],
    ["Können Sie bitte bis zum 31. März den Entwurf des Mietvertrags schicken?", "Entwurf des Mietvertrags bis zum 31. März"],
    ["Pourriez-vous m'envoyer le projet de bail avant vendredi ?", "Projet de bail avant vendredi"],
    ["Please send the redline of section 4.2 before the 31st, as our board meets on 1 April.", "Redline of section 4.2 before the 31st"],
    ["Yes: what happens to the deposit if we exit early?", "What happens to the deposit"],
    ["Can we discuss their indemnity ask on our call?", "Indemnity ask"],
    ["I've attached the signed lease for your records.", "Signed lease"],
  ])("%s → %s", (sentence, phrase) => {
    const r = readSentence(sentence);
    expect(r.role).toBe("topic");
    expect(r.phrase).toBe(phrase);
  });

  it("keeps phrases short, at a word boundary, and never empty", () => {
    const long = "Could you confirm whether the landlord can still invoke the break clause in year 3 without the tenant's consent?";
    const r = readSentence(long);
    expect(r.phrase.split(/\s+/).length).toBeLessThanOrEqual(8);
    expect(long).toContain(r.phrase.slice(1));
    for (const s of ["Please review.", "Could you check 4.2?", "We need it."]) {
      const x = readSentence(s);
      if (x.role === "topic") expect(x.phrase.trim()).not.toBe("");
    }
  });

  it("reads a sentence in the message's language when it has too few words to tell", () => {
    expect(readSentence("Kaution und Miete?", "de").lang).toBe("de");
    expect(readSentence("Are the terms final?", "en").lang).toBe("en");
  });

  it("reads a huge sentence in bounded work: 10x the text costs no more than a small multiple", async () => {
    const small = "Could you confirm the lease terms ".repeat(5_000);
    const huge = "Could you confirm the lease terms ".repeat(50_000);
    // Measured back to back (the hostile tests' compareCost), so machine load slows both alike. Linear work is
    // ~10x; a quadratic step would be ~100x.
    const cost = await compareCost(() => readSentence(huge), () => readSentence(small), 40);
    expect(cost.value.role).toBe("topic");
    expect(cost.ratio).toBeLessThanOrEqual(40);
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
