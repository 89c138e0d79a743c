// Precision mechanisms of the agenda (issue 14, part 3, second round): how long and in what form the call is,
// urgency, who sent the writer, courtesy after a short label, names after titles, whereabouts with time
// prepositions, announcements of a telling, short file announcements, and paragraphs the attorney answered.
import type { MailMessage } from "../types";
import { buildAgenda, openItems } from "./buildAgenda";
import { readSentence } from "./classify";
import type { Lang } from "./lexicon";

const client = { name: "C", address: "c@client.example" };
const attorney = { name: "A", address: "a@firm.example" };
const notTopic = (lang: Lang, sentence: string) => expect(readSentence(sentence, lang).role).not.toBe("topic");
const topic = (lang: Lang, sentence: string) => expect(readSentence(sentence, lang).role).toBe("topic");

describe("how long the call takes, its form and its urgency are logistics", () => {
  const cases: Array<[Lang, string]> = [
    ["en", "A quick 15-minute call is fine."],
    ["en", "Should take 30-45 min max."],
    ["en", "No rush on this."],
    ["de", "Kurzer Call reicht."],
    ["de", "Ein kurzes Telefonat von 15 Minuten genügt."],
    ["de", "Es eilt nicht, nehmen Sie sich ruhig Zeit."],
    ["de", "Nichts Dringendes, wann immer es Ihnen passt."],
    ["fr", "30 min suffiront."],
    ["fr", "Sinon un vocal ça marche aussi haha"],
    ["fr", "Ce n'est pas pressé."],
    ["es", "Nada urgente, solo quiero que nos pongamos al día antes de que arranque marzo."],
    ["es", "No hay prisa."],
    ["es", "Con media hora nos basta."],
    ["es", "Sí, claro, cuando te venga bien."],
  ];
  it.each(cases)("%s: %s", notTopic);

  const points: Array<[Lang, string]> = [
    ["en", "Is a 30-day notice period enough under the lease?"],
    ["de", "Reicht ein privatschriftlicher Vertrag für die Übertragung?"],
    ["fr", "Le lancement est prévu pour le 1er décembre, donc le temps presse un peu."],
    ["es", "El plazo de 20 días no basta para reunir las facturas del proveedor."],
  ];
  it.each(points)("a point about the matter stays one (%s): %s", topic);
});

describe("who sent the writer to the reader is an introduction, not a topic", () => {
  const cases: Array<[Lang, string]> = [
    ["en", "I was referred to you by Jane Smith at Hollis & Grant."],
    ["de", "Ihre Nummer habe ich von Herr Kessler, er sagt Sie sind Spezialist für Franchise."],
    ["de", "Ich schreibe Ihnen, weil Frau Braun Sie mir empfohlen hat."],
    ["fr", "Je me permets de vous écrire sur les conseils de mon ami Ibrahim, que vous avez aidé l'année dernière."],
    ["es", "Te escribo de parte de Marina, que me ha hablado maravillas de ti."],
  ];
  it.each(cases)("%s: %s", notTopic);

  const points: Array<[Lang, string]> = [
    ["en", "My accountant recommended that we restructure the loan before the sale."],
    ["en", "I was referred to you by my accountant regarding a dispute over the lease."],
    ["fr", "Mon expert-comptable m'a recommandé une donation-partage, et j'aimerais comprendre les engagements."],
    ["es", "Te escribo porque ha aparecido en Google Play un juego que es una copia del nuestro."],
  ];
  it.each(points)("a referral with a matter stays a point (%s): %s", topic);
});

describe("small talk and scheduling by others", () => {
  const cases: Array<[Lang, string]> = [
    // A courtesy after a short label ("lange nichts gehört - ich hoffe …").
    ["de", "lange nichts gehört - ich hoffe, euch geht's gut und der Umzug nach Lindenthal hat gut geklappt!"],
    ["es", "¡Que tenga buen fin de semana, y espero que el tiempo mejore, aquí llueve sin parar!"],
    // The reader's role and a name after a title are who, not what.
    ["de", "Ich bräuchte mal kurz deinen Rat als Anwältin, wenn das okay ist."],
    ["de", "Mein Assistent, Herr Kühne, stimmt gern einen Termin mit Ihrem Sekretariat ab."],
    ["fr", "Si cela vous convient, mon assistante, Mme Ferreira, vous proposera un créneau en visio la semaine suivante."],
    // Announcing a telling, with nothing told yet.
    ["en", "I want to explain little bit what happen."],
    ["de", "Zur Vorbereitung unseres Gesprächs habe ich einiges aufgeschrieben."],
    ["es", "Te cuento un par de cosas más que han pasado desde el otro día."],
    ["es", "Mi móvil es el 612 345 678."],
  ];
  it.each(cases)("%s: %s", notTopic);

  const points: Array<[Lang, string]> = [
    ["de", "Herr Kühne vom Vermieter verlangt jetzt eine Nachzahlung von 640 Euro."],
    ["en", "I want to explain what happened with the deposit, because the landlord kept 1,400 dollars."],
    ["es", "Te cuento que el cliente no me ha pagado las tres facturas desde octubre."],
  ];
  it.each(points)("a named person or a telling with content stays a point (%s): %s", topic);
});

describe("whereabouts with time prepositions and visits", () => {
  const cases: Array<[Lang, string]> = [
    ["fr", "Côté disponibilités, je suis au fournil dès 4 h du matin, donc le mieux c'est l'après-midi, entre 14 h et 16 h, quand mon mari tient la boutique."],
    ["fr", "Et je peux très bien passer au cabinet si c'est plus simple, je vous apporterai des chouquettes !"],
    ["fr", "Je peux passer à votre cabinet si besoin."],
    ["de", "Montag ist Ruhetag, da geht den ganzen Tag."],
    ["de", "Mit dem Bus bin ich in zwanzig Minuten bei Ihnen in der Kanzlei, ein persönliches Gespräch wäre mir daher am liebsten."],
    ["es", "Estamos en casa casi siempre, pero los martes y jueves por la mañana voy a clases de español hasta las 12."],
  ];
  it.each(cases)("%s: %s", notTopic);

  const points: Array<[Lang, string]> = [
    ["fr", "Depuis cet hiver, il y a des fissures qui apparaissent dans la dalle, et maintenant une partie du carrelage se soulève près du four."],
    ["de", "Da die Kündigungsfrist am Freitag endet, müssen wir vorher widersprechen."],
    ["en", "I'm in court until 3 on the eviction, and the landlord still refuses to return the deposit."],
  ];
  it.each(points)("a dated point stays a point (%s): %s", topic);
});

describe("files", () => {
  const agendaOf = (text: string, files: string[]) =>
    buildAgenda([{ id: "m1", from: client, to: [attorney], subject: "x", text, attachments: files.map((filename) => ({ filename })) } as MailMessage], { client, attorney, fallbackTemplate: null });

  it("a bare 'Photo attached.' names the files of the point before it", () => {
    const agenda = agendaOf("Got a CP2000 notice from the IRS today saying we underreported 2024 income by $48k, and the response is due May 4. Photo attached.", ["IMG_4471.jpg"]);
    expect(agenda).toHaveLength(1);
    expect(agenda[0].text).toContain("IMG_4471.jpg");
    expect(agenda[0].source).toContain("CP2000");
  });

  const announcing: Array<[Lang, string]> = [
    ["en", "I attach the letter from police about the interview on 14 April."],
    ["de", "Eine Kopie des Testaments und das Schreiben meines Sohnes füge ich bei."],
    ["de", "Die Nebenkostenabrechnung hänge ich dir mal an."],
    ["fr", "Notre bailleur demande une hausse de 35 % (je vous joins l'acte)."],
    ["fr", "Je te mets la capture de leur mail en PJ."],
  ];
  it.each(announcing)("the writer's own attaching verb announces the file (%s): %s", (lang, sentence) => {
    expect(readSentence(sentence, lang).attaches).toBe(true);
  });
  it("without a file word a sentence announces nothing", () => {
    expect(readSentence("Die Nebenkostenabrechnung ist gestern gekommen.", "de").attaches).toBeFalsy();
  });
});

describe("a paragraph the attorney answered a point of is answered as a whole", () => {
  const msg = (id: string, date: string, text: string, from = client): MailMessage => ({ id, from, to: [from === client ? attorney : client], subject: "x", date, text });

  it("the context before an answered question goes with it; another paragraph stays open", () => {
    const thread = [
      msg("c1", "2026-07-14T09:00:00Z", "Nos llegó por buzón tributario un requerimiento del SAT sobre la devolución de IVA de marzo. Una pregunta rápida: ¿el plazo de 20 días para contestar es hábil o natural?\n\nEl proveedor Empaques del Bajío acaba de aparecer en la lista del artículo 69-B."),
      msg("a1", "2026-07-14T12:00:00Z", "Son días hábiles: cuentas con 20 días hábiles para contestar el requerimiento.", attorney),
    ];
    const agenda = buildAgenda(thread, { client, attorney, fallbackTemplate: null });
    const open = openItems(agenda).map((i) => i.source ?? "");
    expect(open).toHaveLength(1);
    expect(open[0]).toContain("69-B");
    expect(agenda.filter((i) => i.answered).map((i) => i.source ?? "")).toEqual([expect.stringContaining("requerimiento del SAT"), expect.stringContaining("plazo de 20")]);
  });

  it("a question of its own in that paragraph still needs its own answer", () => {
    const thread = [
      msg("c1", "2026-03-04T08:00:00Z", "Can the landlord still invoke the break clause in year 3? Do we need a guarantor for the renewal?"),
      msg("a1", "2026-03-04T17:00:00Z", "The landlord can no longer invoke the break clause in year 3.", attorney),
    ];
    expect(openItems(buildAgenda(thread, { client, attorney, fallbackTemplate: null })).map((i) => i.source)).toEqual(["Do we need a guarantor for the renewal?"]);
  });

  it("a label before a colon is not part of what the answer must name", () => {
    const thread = [
      msg("c1", "2026-05-05T09:00:00Z", "Eine erste Frage vorab: Brauchen wir für die Übertragung zwingend einen Notar, oder reicht ein privatschriftlicher Vertrag?"),
      msg("a1", "2026-05-05T15:00:00Z", "Zu Ihrer Frage: Die Abtretung muss notariell beurkundet werden; ein privatschriftlicher Vertrag wäre unwirksam.", attorney),
    ];
    expect(buildAgenda(thread, { client, attorney, fallbackTemplate: null })[0].answered).toBe(true);
  });
});
