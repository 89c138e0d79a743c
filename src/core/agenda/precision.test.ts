// Precision mechanisms of the agenda (issue 14, part 3): availability, files on their way, office visits, small
// talk in a question, valedictions, and sentences that go on about the previous point.
import type { MailMessage } from "../types";
import { buildAgenda } from "./buildAgenda";
import { readSentence } from "./classify";
import type { Lang } from "./lexicon";
import { ownWords, sentencesOf } from "./sentences";

const client = { name: "C", address: "c@client.example" };
const attorney = { name: "A", address: "a@firm.example" };
const agendaOf = (text: string): { text: string; kind: string; source?: string }[] =>
  buildAgenda([{ id: "m1", from: client, to: [attorney], subject: "x", text } as MailMessage], { client, attorney, fallbackTemplate: null });

describe("where and when the writer can be reached is logistics", () => {
  const cases: Array<[Lang, string]> = [
    ["en", "In Zurich till Thurs."],
    ["en", "I'm on site visits in Reading Monday to Wednesday, but free any time Thursday."],
    ["en", "I am at work until 2pm most days but I can step out for a call if you tell me a time, and Wednesday I am off all day."],
    ["de", "Ich bin diese Woche noch bis Mittwoch auf Dienstreise in Leipzig, ab Donnerstag bin ich wieder in Köln."],
    ["de", "Telefonieren geht abends eigentlich immer, so ab 19 Uhr."],
    ["fr", "Je suis joignable tous les matins avant 11 h."],
    ["fr", "Je suis en déplacement à Lille jusqu'à mercredi, mais on peut s'appeler jeudi soir si ça te va ?"],
    ["es", "El jueves estoy en Madrid en una feria, pero tengo hueco entre las 13 y las 14."],
    ["es", "Si no, cualquier tarde a partir de las 6."],
  ];
  it.each(cases)("%s: %s", (lang, sentence) => {
    expect(readSentence(sentence, lang).role).toBe("logistics");
  });

  const points: Array<[Lang, string, string]> = [
    ["en", "We need the wire instructions by Thursday.", "deadline"],
    ["en", "The hearing is on Monday and the landlord still refuses to return the deposit.", "topic"],
    ["de", "Die Frist für den Widerspruch endet am Freitag.", "deadline"],
    ["fr", "Il est sorti ce matin à 8 h avec une convocation devant le tribunal correctionnel pour le 3 juin.", "topic"],
    ["es", "El 12 de mayo estoy en un concurso en Lisboa, ¿se puede aplazar la comparecencia?", "question"],
  ];
  it.each(points)("a dated point stays a point (%s): %s", (lang, sentence, kind) => {
    expect(readSentence(sentence, lang)).toMatchObject({ role: "topic", kind });
  });
});

describe("a file on its way, with when or how it comes, is logistics", () => {
  const cases: Array<[Lang, string]> = [
    ["en", "I'll send it over tomorrow."],
    ["de", "Den Arbeitsvertrag schicke ich Ihnen heute Abend noch per Mail."],
    ["fr", "Je vous la transmets par WeTransfer dans la matinée."],
    ["es", "Te mando las facturas y los correos en el siguiente email, que pesan mucho."],
  ];
  it.each(cases)("%s: %s", (lang, sentence) => {
    expect(readSentence(sentence, lang).role).toBe("logistics");
  });

  const points: Array<[Lang, string, string]> = [
    ["en", "Please send me the signed lease tomorrow.", "request"],
    ["en", "The landlord will send us the renewal on Friday and wants an answer within a week.", "topic"],
    ["en", "I'll send the lease tomorrow, but I am worried about the guarantee.", "topic"],
    ["fr", "L'agence vient de m'envoyer un mail disant qu'ils vont retenir 250 € pour frais de ménage.", "topic"],
  ];
  it.each(points)("what is asked, or sent by someone else, stays a point (%s): %s", (lang, sentence, kind) => {
    expect(readSentence(sentence, lang)).toMatchObject({ role: "topic", kind });
  });
});

describe("the writer offering to come to the office is logistics", () => {
  const cases: Array<[Lang, string]> = [
    ["en", "If it's easier I can swing by your office with the binder."],
    ["de", "Gern komme ich auch persönlich in Ihre Kanzlei, ich wohne nicht weit weg."],
    ["fr", "Nous pouvons aussi venir tous les deux à votre cabinet vendredi."],
    ["es", "Si prefiere, podemos ir a su despacho en Dénia, no es problema."],
  ];
  it.each(cases)("%s: %s", (lang, sentence) => {
    expect(readSentence(sentence, lang).role).toBe("logistics");
  });
  it("a question about what happens at the office stays a point", () => {
    expect(readSentence("Do we need to come to your office to sign the will in front of two witnesses?", "en").role).toBe("topic");
  });
});

describe("small talk opens the sentence, even as a question or a few words in", () => {
  const cases: Array<[Lang, string]> = [
    ["de", "Und richten Sie bitte Frau Dr. Egger schöne Grüße aus - wie war denn ihr Urlaub in Kroatien?"],
    ["fr", "Alors d'abord, félicitations pour votre élection au conseil de l'Ordre, j'ai vu ça dans le journal local !"],
    ["fr", "Pardon de vous écrire si tard."],
    ["es", "Perdona que te escriba un domingo."],
    ["es", "Saludos a Julián, ¡y enhorabuena por el nuevo despacho!"],
  ];
  it.each(cases)("%s: %s", (lang, sentence) => {
    expect(readSentence(sentence, lang).role).toBe("social");
  });
  it.each([
    ["en", "Sorry, but can the landlord still invoke the break clause in year 3?"],
    ["de", "Entschuldigung, aber dürfen wir die Vertragserfüllungssicherheit einbehalten, bis alles behoben ist?"],
  ] as Array<[Lang, string]>)("a question naming the matter stays a point (%s): %s", (lang, sentence) => {
    expect(readSentence(sentence, lang)).toMatchObject({ role: "topic", kind: "question" });
  });
});

describe("greeting and valediction come off the client's words", () => {
  it.each([
    ["With kind regards,\nPriya Raman\n07700 900418"],
    ["Avec toute ma reconnaissance,\nVéronique Lambert"],
    ["Un saludo cordial,\nGraham Whitcombe\nTel. 655 550 917"],
  ])("a short closing line with a comma above the name: %j", (closing) => {
    expect(ownWords(`Could you check the notice period in clause 4?\n\n${closing}`)).toBe("Could you check the notice period in clause 4?");
  });
  it("keeps a last line ending in a comma when no name follows it", () => {
    expect(ownWords("Could you check the notice period in clause 4?\n\nWe also need,")).toContain("We also need,");
  });
  it.each(["Sehr geehrter Herr Dr. Brandner,", "Estimada Sra. Soler:", "Dear Mr. Hughes,"])("an abbreviated title stays in the greeting: %s", (greeting) => {
    expect(ownWords(`${greeting}\n\nKönnen Sie die Kündigungsfrist prüfen?`)).toBe("Können Sie die Kündigungsfrist prüfen?");
  });
});

describe("a sentence breaks before a number when ICU does not", () => {
  it.each([
    ["fr", "Merci. 40 % c'est n'importe quoi, ils n'ont jamais émis de réserve.", ["Merci.", "40 % c'est n'importe quoi, ils n'ont jamais émis de réserve."]],
    ["en", "I'm worried he'll call this retaliation. 12 month non-compete in his contract, we want to hold him to it.", ["I'm worried he'll call this retaliation.", "12 month non-compete in his contract, we want to hold him to it."]],
    ["en", "See clause no. 5 of the lease.", ["See clause no. 5 of the lease."]],
    ["de", "Die Kosten liegen bei ca. 85.000 Euro.", ["Die Kosten liegen bei ca. 85.000 Euro."]],
  ] as Array<[Lang, string, string[]]>)("%s: %s", (lang, text, sentences) => {
    expect(sentencesOf(text, lang)).toEqual(sentences);
  });
});

describe("a sentence that goes on about the previous point folds into it", () => {
  const folds: Array<[Lang, string, string, string]> = [
    ["en", "Kestrel want to sign and complete on the same day in late April. Is that realistic given the bank consent we need?", "Kestrel want to sign and complete on the same day in late April.", "question"],
    ["en", "My mom wants to know if she can ask for grandparent visitation on her own. I told her I'd ask.", "My mom wants to know if she can ask for grandparent visitation on her own.", "question"],
    ["de", "Mein Steuerberater meint, mit dem Verschonungsabschlag könnte die Übertragung fast steuerfrei sein. Das möchte ich genau verstehen.", "Mein Steuerberater meint, mit dem Verschonungsabschlag könnte die Übertragung fast steuerfrei sein.", "topic"],
    ["fr", "Notre bailleur demande une hausse du loyer de près de 35 %. Je croyais que la hausse était plafonnée.", "Notre bailleur demande une hausse du loyer de près de 35 %.", "topic"],
    ["es", "El SAT nos pide demostrar la materialidad de las operaciones con dos proveedores. Eso nos preocupa bastante.", "El SAT nos pide demostrar la materialidad de las operaciones con dos proveedores.", "topic"],
  ];
  it.each(folds)("%s: one item, the first wording, the stronger kind", (_lang, text, source, kind) => {
    const items = agendaOf(text);
    expect(items.map((i) => [i.source, i.kind])).toEqual([[source, kind]]);
  });

  const separate: Array<[string, string]> = [
    ["an additive marker", "The landlord wants a 4% annual escalator. They also added a clause making us responsible for HVAC replacement."],
    ["a subject pronoun for people", "Northgate have come back on the term sheet. They've agreed the margin but want the leverage covenant tested quarterly."],
    ["a long sentence of its own", "Das Haus steht im Grundbuch auf uns beide. Das Testament liegt noch in meinem Schreibtisch, muss ich es beim Nachlassgericht abgeben?"],
    ["another paragraph", "Kestrel want to sign and complete on the same day in late April.\n\nIs that realistic given the bank consent we need?"],
    ["another bullet", "- Our trademark application is still pending.\n- Could their letter affect that?"],
  ];
  it.each(separate)("stays two items across %s", (_label, text) => {
    expect(agendaOf(text)).toHaveLength(2);
  });
});
