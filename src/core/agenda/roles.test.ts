// Table-driven tests per mistake class, in several languages, from samples written for these tests (not the
// labelled agenda set): call logistics read by sentence role, greetings and acknowledgements, signature lines,
// and phrases that must name what a point is about.
import { buildAgenda } from "./buildAgenda";
import { readSentence } from "./classify";
import { isSignatureLine, ownWords } from "./sentences";
import type { Lang } from "./lexicon";

describe("call logistics: who joins, when, where and how is never a topic", () => {
  const cases: Array<[Lang, string]> = [
    ["en", "Tom will join the call."],
    ["en", "My colleague Priya will want to be on the call."],
    ["en", "Can you ring me when you get a chance?"],
    ["en", "Evenings are best for me since I'm in court all day."],
    ["en", "Happy to talk by phone, or I can come to your office if easier."],
    ["en", "Nothing urgent, I just want to keep you in the loop."],
    ["de", "Mein Kollege Herr Braun wird am Telefonat teilnehmen."],
    ["de", "Abends ab 19 Uhr wäre ideal."],
    ["de", "Ich komme gern in die Kanzlei."],
    ["fr", "Mon associé souhaiterait se joindre à l'appel."],
    ["fr", "Je suis joignable tous les après-midis après 14 h."],
    ["fr", "Pourriez-vous me proposer deux ou trois créneaux ?"],
    ["es", "Si prefiere, también puede ser por Teams."],
    ["es", "Mi socio también se unirá a la llamada."],
  ];
  it.each(cases)("%s: %s", (lang, sentence) => {
    expect(readSentence(sentence, lang).role).not.toBe("topic");
  });

  const topics: Array<[Lang, string]> = [
    ["en", "When we speak, can we also talk about the personal guarantee I signed in 2021?"],
    ["en", "Our finance director wants to understand the VAT treatment of the deposit."],
    ["de", "Können wir im Telefonat auch über die Haftungsklausel sprechen?"],
    ["fr", "Lors de l'appel, j'aimerais revoir la clause de non-concurrence."],
    ["es", "En la llamada quisiera revisar la cláusula de permanencia."],
  ];
  it.each(topics)("a matter noun keeps a call sentence a topic (%s): %s", (lang, sentence) => {
    expect(readSentence(sentence, lang).role).toBe("topic");
  });
});

describe("greetings, acknowledgements and feelings are small talk", () => {
  const cases: Array<[Lang, string]> = [
    ["en", "Understood, we'll carry on with the snag list."],
    ["en", "Hello Maria, how are you?"],
    ["en", "Ben is pretty upset."],
    ["de", "Guten Morgen Herr Dr. Lang, wie geht es Ihnen?"],
    ["fr", "Entendu, nous continuons les travaux."],
    ["fr", "Bonjour Claire, comment allez-vous ?"],
    ["es", "Hola Lucía, ¿cómo estás?"],
    ["es", "Entendido, seguimos con la obra."],
  ];
  it.each(cases)("%s: %s", (lang, sentence) => {
    expect(readSentence(sentence, lang).role).not.toBe("topic");
  });
});

describe("signature lines are not the client's sentences", () => {
  const lines: Array<[string, boolean]> = [
    ["Priya Raman", true],
    ["Head of Legal Operations", true],
    ["Northwind Traders, Inc.", true],
    ["Kanzleistraße 4, 80331 München", true],
    ["Tel. +49 89 555 0142 | Mobil +49 170 555 0199", true],
    ["T: 020 7946 0321", true],
    ["Directrice générale, Cliniques Soleil inc.", true],
    ["Could you check the indemnity cap before Friday?", false],
    ["Die Frist läuft am Freitag ab.", false],
    ["- the escrow release terms", false],
  ];
  it.each(lines)("%s → %s", (line, expected) => {
    expect(isSignatureLine(line)).toBe(expected);
  });

  it.each([
    ["en", "Could you check the indemnity cap?\n\nPriya Raman\nHead of Legal\nNorthwind Traders, Inc.\n+1 (206) 555-0142"],
    ["de", "Können Sie die Haftungsklausel prüfen?\n\nHerzliche Grüße aus Bremen\nAnna Weber\nTel. +49 421 555 0100"],
    ["fr", "Pouvez-vous vérifier la clause de résiliation ?\n\nEnvoyé de mon iPhone"],
    ["es", "¿Puede revisar la cláusula de permanencia?\n\nEnviado desde mi iPhone"],
  ])("%s: only the question is left", (_lang, text) => {
    expect(ownWords(text).split("\n").filter((l) => l.trim())).toHaveLength(1);
  });
});

describe("a phrase names what the point is about, never one frame word", () => {
  const cases: Array<[Lang, string, RegExp]> = [
    ["en", "Is that realistic given the bank consent we need?", /bank consent/i],
    ["en", "Can you call me about the stock options when you get a chance?", /stock options/i],
    ["de", "Ist das realistisch angesichts der Zustimmung der Bank?", /Zustimmung|Bank/],
    ["fr", "Est-ce réaliste compte tenu de l'accord de la banque ?", /accord|banque/],
    ["es", "¿Es realista teniendo en cuenta el consentimiento del banco?", /consentimiento|banco/],
  ];
  it.each(cases)("%s: %s", (lang, sentence, about) => {
    const r = readSentence(sentence, lang);
    expect(r.role).toBe("topic");
    expect(r.phrase).toMatch(about);
  });
});

describe("an answer in other word forms still answers the point", () => {
  const client = { name: "C", address: "c@client.example" };
  const attorney = { name: "A", address: "a@firm.example" };
  const cases: Array<[Lang, string, string]> = [
    ["en", "How long do we have to register a charge over the warehouse in Scotland?", "Registration: the charge has to be registered within 21 days of creation."],
    ["de", "Brauchen wir für die Abtretung zwingend einen Notar, oder reicht ein schriftlicher Vertrag?", "Ja, die Abtretung muss notariell beurkundet werden; ein schriftlicher Vertrag genügt nicht."],
    ["es", "¿El plazo de 15 días para responder es hábil o natural?", "Son días hábiles: tiene 15 días hábiles para responder."],
  ];
  it.each(cases)("%s: %s", (_lang, question, answer) => {
    const agenda = buildAgenda(
      [
        { id: "m1", from: client, to: [attorney], subject: "x", date: "2026-03-02T08:00:00Z", text: question },
        { id: "m2", from: attorney, to: [client], subject: "x", date: "2026-03-03T08:00:00Z", text: answer },
      ],
      { client, attorney, fallbackTemplate: null },
    );
    expect(agenda.filter((i) => i.source === question).map((i) => i.answered)).toEqual([true]);
  });
});

describe("a status report dated today or tomorrow, with nothing asked, is not a point", () => {
  const reports: Array<[Lang, string]> = [
    ["en", "Paid the retainer this morning."],
    ["de", "Die Vollmacht ist gestern rausgegangen."],
    ["fr", "Je vous envoie le bail demain."],
    ["es", "Le mando el contrato mañana."],
  ];
  it.each(reports)("%s: %s", (lang, sentence) => {
    expect(readSentence(sentence, lang).role).not.toBe("topic");
  });
  const points: Array<[Lang, string]> = [
    ["en", "The bank called today and is worried about the guarantee."],
    ["de", "Der Vermieter hat heute gekündigt, aber die Frist ist unklar."],
    ["fr", "Le bailleur nous a écrit hier, mais la clause de révision reste floue."],
  ];
  it.each(points)("with a worry or contrast it stays a topic (%s): %s", (lang, sentence) => {
    expect(readSentence(sentence, lang).role).toBe("topic");
  });
});

describe("a short sentence keeps its message's language", () => {
  it.each([
    ["fr", "On peut s'appeler jeudi matin ?"],
    ["es", "¿Te va bien el martes?"],
  ] as Array<[Lang, string]>)("%s: %s", (lang, sentence) => {
    const r = readSentence(sentence, lang);
    expect(r.lang).toBe(lang);
    expect(r.role).not.toBe("topic");
  });
});
