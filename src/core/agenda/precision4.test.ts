// Precision and recall mechanisms of the agenda (issue 14, part 3, third round, set-d): openers, indirect questions
// in four languages, call lengths and time-zone gaps, clock times that are no times, "de la part de" against "il part",
// negated worries, wishes, sign-offs, and paragraphs that end with a phone number.
import type { MailMessage } from "../types";
import { buildAgenda, openItems } from "./buildAgenda";
import { readSentence } from "./classify";
import type { Lang } from "./lexicon";
import { ownWords } from "./sentences";

const client = { name: "C", address: "c@client.example" };
const attorney = { name: "A", address: "a@firm.example" };
const notTopic = (lang: Lang, sentence: string) => expect(readSentence(sentence, lang).role).not.toBe("topic");
const topic = (lang: Lang, sentence: string) => expect(readSentence(sentence, lang).role).toBe("topic");

describe("an opener says what the writer writes about; it is no item", () => {
  const openers: Array<[Lang, string]> = [
    ["en", "I'm writing about the lease of our unit on Harbour Road."],
    ["de", "ich schreibe wegen Problem mit Kunde Herr Albers in Bremen-Horn."],
    ["fr", "Je me permets de vous écrire au sujet du bail de ma boulangerie, rue Nationale à Tours."],
    ["es", "Te escribo en relación con el contrato de suministro con Envases Ibéricos."],
  ];
  it.each(openers)("%s: %s", notTopic);

  // Writing because something happened, or about a thing and then a question, is a point.
  const points: Array<[Lang, string]> = [
    ["es", "Le escribo porque ayer recibimos un requerimiento de la Agencia Tributaria sobre el IVA de 2024."],
    ["en", "I'm writing about the lease because the landlord wants a 20% increase."],
    ["de", "Ich schreibe wegen der Kündigung, weil die Frist zur Klage bald abläuft."],
    ["fr", "Je vous écris au sujet du bail, pouvez-vous vérifier la clause de révision ?"],
  ];
  it.each(points)("a report or a question stays a point (%s): %s", topic);
});

describe("an indirect question is a question about its 'if' clause", () => {
  const cases: Array<[Lang, string, string]> = [
    ["en", "I don't know if the non-compete covers Portugal.", "non-compete"],
    ["de", "Ich weiß nicht, ob das Testament noch gültig ist.", "Testament"],
    ["fr", "Je ne sais même pas si j'ai le droit de contester le licenciement.", "droit"],
    ["fr", "Et je me demande si j'aurai droit au chômage tout de suite.", "chômage"],
    ["es", "No sé si tenemos todos los DUA de los envíos.", "DUA"],
    ["es", "Me pregunto si la cláusula penal es válida.", "cláusula"],
  ];
  it.each(cases)("%s: %s", (lang, sentence, word) => {
    const r = readSentence(sentence, lang);
    expect(r.role).toBe("topic");
    expect(r.kind).toBe("question");
    expect(r.phrase.toLowerCase()).toContain(word.toLowerCase());
  });

  // Without an "if" clause the doubt verb frames nothing: a statement stays a statement.
  const statements: Array<[Lang, string]> = [
    ["en", "I know the landlord sold the building in March."],
    ["de", "Ich weiß, dass der Vermieter das Haus im März verkauft hat."],
    ["es", "Sé que el inquilino subarrienda habitaciones."],
  ];
  it.each(statements)("no 'if', no question (%s): %s", (lang, sentence) => expect(readSentence(sentence, lang).kind).not.toBe("question"));
});

describe("a call's length and the time-zone gap are logistics", () => {
  const cases: Array<[Lang, string]> = [
    ["de", "Kurzer Call, 20 min?"],
    ["es", "Podemos hacerlo por Meet, 30 minutos."],
    ["es", "Yo estoy en Bogotá, son seis horas menos que en España."],
    ["en", "I'm in Singapore, seven hours ahead of you."],
    ["de", "Für ein Gespräch stehe ich Ihnen jederzeit zur Verfügung."],
    ["es", "Te llamo esta tarde si te va bien, sobre las cinco."],
    ["es", "Te mando la invitación de Zoom en cuanto me confirmes."],
    ["es", "Esta semana estoy en obra en Alcobendas casi todos los días hasta las 3, a partir de ahí sin problema."],
  ];
  it.each(cases)("%s: %s", notTopic);

  const points: Array<[Lang, string]> = [
    ["en", "The hearing lasted 30 minutes and the judge refused the adjournment."],
    ["en", "Our operations team has pushed back hard on the 99.95% availability commitment."],
    ["de", "Der Vermieter hat sich geweigert, die Unterlagen zur Verfügung zu stellen."],
    ["es", "Esta semana apareció un problema con la obra del local."],
    ["fr", "Mon associé veut quitter le projet, il part au Canada."],
  ];
  it.each(points)("a matter stays a point (%s): %s", topic);
});

describe("wishes in every language are small talk", () => {
  const cases: Array<[Lang, string]> = [
    ["en", "Enjoy the summer, if you get the chance!"],
    ["de", "Genießen Sie den Sommer, falls Sie überhaupt dazu kommen!"],
    ["fr", "Profitez bien de l'été, si vous en avez l'occasion !"],
    ["es", "Disfrute del verano, si puede tomarse unos días."],
  ];
  it.each(cases)("%s: %s", notTopic);
});

describe("the text around sign-offs and phone numbers", () => {
  it.each(["Un saludo cordial,", "Saludos cordiales,", "Un cordial saludo,"])("'%s' ends the client's words", (signOff) => {
    expect(ownWords(`Buenos días:\n\nNo sé si tenemos todos los DUA.\n\n${signOff}\n\nRosa`)).not.toMatch(/saludo/i);
  });

  const thread = (text: string): MailMessage[] => [{ id: "m1", messageId: "m1", from: client, to: [attorney], subject: "", date: null, text, attachments: [] }];
  it("a paragraph that ends with a phone number is read; the number itself is no item", () => {
    const text = "Hola Paula,\n\n¿Podemos hablar? Estoy libre por las tardes. Cuando nos llamemos quiero que veamos también si conviene hacer todo por mediación. Mi celu es el 11 5555-6893.\n\nAbrazo,\nLucas";
    const items = openItems(buildAgenda(thread(text), { client, attorney, fallbackTemplate: null }));
    expect(items.map((i) => i.source)).toEqual(["Cuando nos llamemos quiero que veamos también si conviene hacer todo por mediación."]);
  });
  it("a signature line with a phone number still goes", () => {
    const text = "Hi,\n\nCan you review the lease renewal clause?\n\nJohn Smith\nTel. 976 55 48 12";
    const items = openItems(buildAgenda(thread(text), { client, attorney, fallbackTemplate: null }));
    expect(items.map((i) => i.source)).toEqual(["Can you review the lease renewal clause?"]);
  });
});
