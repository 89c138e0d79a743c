// Word classes per language. They are classes of single words (what a word IS: a weekday, a contact verb, a
// greeting word), never sentence patterns: a sentence is read by which classes its words fall into.
import { deu, eng, fra, spa } from "stopword";

export type Lang = "en" | "de" | "fr" | "es";
export const LANGS: readonly Lang[] = ["en", "de", "fr", "es"];

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);
/** A lower-cased word class from space-separated lists (and arrays): the one way the agenda writes its classes. */
export const wordSet = (...parts: (string | readonly string[])[]): ReadonlySet<string> =>
  new Set(parts.flatMap((p) => (typeof p === "string" ? words(p) : p)).map((w) => w.toLowerCase()));

export interface Lexicon {
  /** The most frequent function words: the language's fingerprint, for detection. */
  profile: ReadonlySet<string>;
  /** Function words: the package's list plus pronouns, auxiliaries and adverbs it leaves out. */
  stop: ReadonlySet<string>;
  /**
   * The frame around a topic: subject pronouns, modals, politeness, and communication / cognition / request
   * verbs and their particles ("want to walk through", "get your view on", "avons des doutes sur").
   */
  frame: ReadonlySet<string>;
  /** Verbs that can carry a noun subject into the frame ("Our finance director wants to …"). */
  wantVerbs: ReadonlySet<string>;
  /** Scheduling, availability and contact vocabulary, dates and times. */
  logistics: ReadonlySet<string>;
  /** Verbs that set up a call rather than discuss something ("set up a call about the lease"). */
  setup: ReadonlySet<string>;
  /** Nouns for a call or meeting. */
  callNouns: ReadonlySet<string>;
  /** Small talk: thanks, wishes, trips, weekends, feelings. */
  social: ReadonlySet<string>;
  /** Words that make a sentence a thank-you whatever else it says. */
  gratitude: ReadonlySet<string>;
  /** Words that refer to the matter as a whole, not to a point in it ("this", "things"). */
  generic: ReadonlySet<string>;
  /** Words that point at other text ("see below", "siehe unten", "ci-dessous"): such a sentence is a pointer. */
  pointers: ReadonlySet<string>;
  /** Where a trailing subordinate clause starts ("before we sign", "weil", "parce que", "porque"). */
  subordinators: ReadonlySet<string>;
  /** Determiners and possessives dropped from the front of a phrase. */
  determiners: ReadonlySet<string>;
  /** Lead-in adverbs and connectives dropped from the front of a sentence. */
  leadIns: ReadonlySet<string>;
  /** Interrogative words and question particles (a question without a "?"). */
  interrogatives: ReadonlySet<string>;
  /** Indirect-question and clarification verbs ("confirm", "wissen", "savoir", "aclarar"). */
  askVerbs: ReadonlySet<string>;
  /** Request verbs and request markers ("send", "bitte", "merci de", "por favor"). */
  requestWords: ReadonlySet<string>;
  /** Prepositions that put a date after them as a deadline. */
  deadlinePreps: ReadonlySet<string>;
  /** Deadline nouns, a deadline wherever they stand. */
  deadlineNouns: ReadonlySet<string>;
  /** Date words: weekdays, months, relative days. */
  dates: ReadonlySet<string>;
  /** Attachment words. */
  attachment: ReadonlySet<string>;
  /** Copulas and auxiliaries that open a yes/no question ("Is the escrow agent confirmed …"). */
  questionAux: ReadonlySet<string>;
  /** Whether nouns are capitalised (German): then capitals say nothing about proper names. */
  nounsCapitalised: boolean;
}

const EN_DATES =
  "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun weekday weekdays " +
  "january february march april june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
  "today tomorrow tonight yesterday week weeks month months weekend eod cob midday noon morning afternoon evening";
const DE_DATES =
  "montag dienstag mittwoch donnerstag freitag samstag sonntag mo di mi do fr " +
  "januar jänner februar märz april mai juni juli august september oktober november dezember " +
  "heute morgen übermorgen gestern woche wochen monat monats monatsende wochenende vormittag nachmittag abend mittag";
const FR_DATES =
  "lundi mardi mercredi jeudi vendredi samedi dimanche janvier février fevrier mars avril mai juin juillet août aout septembre octobre novembre décembre decembre " +
  "aujourd hui demain hier semaine semaines mois matin matinée après-midi apres-midi soir soirée midi";
const ES_DATES =
  "lunes martes miércoles miercoles jueves viernes sábado sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre " +
  "hoy mañana manana ayer semana semanas mes meses tarde noche mediodía mediodia";

export const LEXICONS: Record<Lang, Lexicon> = {
  en: {
    profile: wordSet("the and is are you we to of for with that this be have could would please our your can do will it on in a i an about would what there"),
    stop: wordSet(
      eng,
      "the a an and or but if of to in on at by for from with about as is are was were be been being am do does did has have had " +
        "i me my mine we us our ours you your yours he him his she her it its they them their this that these those there here " +
        "what which who whom whose when where why how whether not no nor yes so than then too very just also only even already yet " +
        "again still ever perhaps maybe probably actually certainly definitely really quite rather anyway otherwise however " +
        "everyone everybody someone somebody anyone anybody something anything everything nothing nobody all any some each every both either neither " +
        "one ones such own same other others another much many more most less few lot lots bit s t d ll ve re m don doesn didn isn aren wasn weren won wouldn couldn shouldn can't " +
        "may might must shall should will would can could ok okay oh ah well hey hi hello dear pretty little",
    ),
    frame: wordSet(
      "i we you they he she it me us my our your please kindly just also really quickly briefly still " +
        "would could can will shall should may might must do does did am is are was were be been have has had having 'd d ve ll re m " +
        "want wants wanted wanting like love need needs needed needing hoping wish " +
        "walk walking through go going over run running talk talking discuss discussing understand understanding confirm confirming " +
        "know knowing ask asking asked wonder wondering wondered clarify explain tell check look looking at into get getting see " +
        "view views thoughts thought think input advice advise guidance steer opinion take " +
        "send sending provide forward share review reviewing return revert come back touch base " +
        "to on about regarding re around concerning with for whether if let raise raising flag flagging cover covering " +
        "concern concerns concerned question questions query queries doubt doubts worry worries worried unsure sure clear " +
        "happy keen able interested trying try wait waiting awaiting give gives giving make making take taking put use come coming show help find",
    ),
    wantVerbs: wordSet("want wants wanted would like likes needs need needed wishes asks asked is are has have will can could may must should wonders"),
    logistics: wordSet(
      EN_DATES,
      "time times timing hour hours minute minutes mins min am pm o'clock oclock early earlier late later soon sooner asap now next this last coming following first " +
        "slot slots window diary calendar schedule scheduled rest end beginning start gmt bst est edt pst pdt cet cest utc zone " +
        "free available availability around busy work works working suit suits suitable convenient good okay ok fine better best possible possibly " +
        "able manage make open flexible either whichever whenever sometime anytime back office away out travelling traveling " +
        "call calls calling called phone phoned phoning telephone ring talk talking chat chatting speak speaking spoke spoken meet meeting meetings catch catch-up catchup " +
        "touch connect reach zoom teams video conference dial mobile cell landline number line voicemail quick brief short " +
        "set setup arrange arranging schedule book booking organise organize find pencil fit squeeze grab put invite invitation suggest propose pick choose prefer preferably ideally " +
        "let know happy day days date dates enough suffice sufficient max maximum helpful useful rush hurry urgent urgency instead half disposal anytime whenever",
    ),
    setup: wordSet("set setup arrange arranging schedule book organise organize pencil have having hop jump grab put"),
    callNouns: wordSet("call calls phone chat meeting meet catch-up catchup conversation videocall zoom teams meet skype whatsapp webex facetime"),
    social: wordSet(
      "thanks thank thx cheers hope hoping hopefully crushed upset devastated stressed relieved excited anxious frustrated disappointed trip travels journey flight weekend holiday holidays vacation break summer christmas easter new year " +
        "family kids well good great nice lovely wonderful fantastic fun enjoy enjoyed enjoying hear heard glad pleased sorry apologies apologise apologize delay " +
        "reply replying response responding help helping support assistance appreciate appreciated grateful quick turnaround doing going things keep safe " +
        "healthy feel feeling better congratulations congrats birthday weather coffee drinks dinner lunch went trip wishes best regards welcome haha hahaha lol",
    ),
    gratitude: wordSet("thanks thank thx appreciate appreciated grateful"),
    generic: wordSet("matter matters things thing stuff everything anything points point bits details it this that case file deal happen happened happens happening"),
    pointers: wordSet("below above beneath underneath forwarded trail thread fyi"),
    subordinators: wordSet("before because so as since while whilst although though unless once until when if given which who"),
    determiners: wordSet("the a an our your my their his her its this that these those some any all attached enclosed"),
    leadIns: wordSet("also and so but finally lastly separately plus ps secondly firstly thirdly additionally besides then oh"),
    interrogatives: wordSet("what which who whom whose when where why how whether"),
    askVerbs: wordSet("confirm clarify explain advise wondering wonder know understand tell"),
    requestWords: wordSet(
      "please kindly send provide forward review share sign return prepare draft update file circulate check need needs waiting outstanding pending remind reminder chase chasing",
    ),
    deadlinePreps: wordSet("by before until till due expires expiring latest later"),
    deadlineNouns: wordSet("deadline deadlines"),
    dates: wordSet(EN_DATES, "end eod cob"),
    attachment: wordSet("attach attached enclose enclosed attaching enclosing attachment attachments"),
    questionAux: wordSet("is are was were"),
    nounsCapitalised: false,
  },
  de: {
    profile: wordSet("der die das und ist sind wir sie ich nicht mit für auf ein eine den dem zu bitte können uns noch auch bis du bist haben unsere unser zum zur im vom anbei möchten gerne ihnen wie hat wird oder"),
    stop: wordSet(deu, "ich wir sie du ihr es er man mich mir uns euch ihnen dich dir bitte gerne gern mal eben nun doch ja nein unseres eures einfach"),
    frame: wordSet(
      "ich wir sie du ihr mir uns ihnen bitte gerne gern kurz noch mal einmal " +
        "würde würden bräuchte bräuchten könnte könnten kann können können möchte möchten will wollen wollte wollten muss müssen sollte sollten soll dürfen darf " +
        "habe haben hat hätte hätten bin bist ist sind sei wäre wären werde werden wird " +
        "besprechen durchgehen durchsprechen klären abklären verstehen bestätigen wissen fragen frage fragen erklären prüfen schauen ansehen " +
        "einschätzung meinung sicht rat zu zum zur über bezüglich wegen hinsichtlich betreffend ob " +
        "bedenken zweifel fragen frage unklar sicher schicken senden zusenden übermitteln warten geben machen nehmen kommen gehen sehen " +
        "erzählen erzähle schildern aufgeschrieben notiert",
    ),
    wantVerbs: wordSet("will wollen möchte möchten muss müssen hat haben ist sind fragt wünscht braucht"),
    logistics: wordSet(
      DE_DATES,
      "zeit zeiten uhr stunde stunden minute minuten früh früher spät später bald jetzt nächste nächsten nächster kommende kommenden diese dieser diesen " +
        "termin termine terminvorschlag zeitfenster slot kalender erreichbar verfügbar frei passt passen geht gehen klappt klappen möglich recht lieber besser " +
        "telefonieren telefonat telefon telefonisch anrufen anruf rufen zurückrufen rückruf sprechen gespräch treffen treffpunkt call handy nummer " +
        "kurz kurze kurzer kurzes kurzen melden vereinbaren ausmachen finden zeit gut okay ok büro unterwegs zurück wann tag tage " +
        "reicht reichen genügt genügen ausreichend maximal höchstens hilfreich vorab vorher folgende folgenden " +
        "dringend dringendes eilt eilig bescheid halbe halben stattdessen ruhig ruhe min jederzeit verfügung rufe erreichen erreiche telefoniere",
    ),
    setup: wordSet("vereinbaren ausmachen einrichten planen organisieren ansetzen abstimmen stimmt"),
    callNouns: wordSet("telefonat gespräch anruf call termin treffen videocall zoom teams meet skype whatsapp webex facetime"),
    social: wordSet(
      "danke dank vielen herzlichen herzlich enttäuscht erleichtert gestresst traurig hoffe hoffentlich urlaub reise wochenende schön schöne schönen gut gute guten grüße gruß freue freuen freut " +
        "liebe lieben wünsche alles gesund gesundheit familie entschuldigung verspätung hilfe unterstützung wetter feiertage weihnachten haha hahaha lol",
    ),
    gratitude: wordSet("danke dank bedanke dankbar"),
    generic: wordSet("sache sachen angelegenheit thema themen punkte punkt dinge das es dies einiges passiert geschehen"),
    pointers: wordSet("unten oben nachstehend untenstehend weitergeleitet verlauf"),
    subordinators: wordSet("bevor weil da damit sodass wenn falls obwohl nachdem sobald während bis"),
    determiners: wordSet("der die das den dem des ein eine einen einem einer eines unser unsere unseren unserem unserer ihr ihre ihren ihrem mein meine meinen dieser diese dieses diesen beigefügte beigefügten"),
    leadIns: wordSet("außerdem auch zudem ferner noch und aber also dann ps zuletzt"),
    interrogatives: wordSet("was wer wie wann wo warum wieso weshalb welche welcher welches welchen ob"),
    askVerbs: wordSet("klären abklären bestätigen wissen erklären verstehen fragen"),
    requestWords: wordSet("bitte senden schicken zusenden übermitteln prüfen brauchen benötigen warten ausstehend erinnern unterschreiben"),
    deadlinePreps: wordSet("bis spätestens vor frist fällig"),
    deadlineNouns: wordSet("frist fristen deadline stichtag"),
    dates: wordSet(DE_DATES, "ende"),
    attachment: wordSet("anbei beigefügt beigefügte beigefügten anhang anhänge angehängt anliegend füge hänge"),
    questionAux: wordSet("ist sind"),
    nounsCapitalised: true,
  },
  fr: {
    profile: wordSet("le la les et est sont nous vous je pas avec pour sur un une des du de que qui pouvez merci avons notre votre ce cette"),
    stop: wordSet(
      fra,
      "nous vous je tu il elle on ils elles me te se lui leur leurs y en ne pas plus très bien aussi donc alors ça cela ceci " +
        // Quantifiers, indefinites and adverbs the package leaves out.
        "rien tout tous toute toutes sinon toujours jamais déjà encore souvent parfois vraiment juste seulement quelque quelques " +
        "chaque plusieurs aucun aucune certains certaines là voilà celui celle ceux celles trop peu beaucoup assez presque côté",
    ),
    frame: wordSet(
      "je j nous vous tu me m nous merci svp stp " +
        "voudrais voudrions voulons veux veut souhaite souhaitons souhaiterais souhaiterions aimerais aimerions pourriez pourrais pouvez pouvons peux peut " +
        "dois devons devrions faut ai avons avez a ont suis sommes êtes est sont serait " +
        "discuter parler passer revoir revue comprendre confirmer savoir demander demande expliquer préciser clarifier vérifier voir regarder " +
        "avis sentiment conseil point sur concernant propos sujet quant au aux à de d des du le la les si " +
        "doutes doute questions question interrogations inquiétudes préoccupations réserves sûr certain envoyer transmettre attendons attendre attente faire donner prendre avoir venir aller passer " +
        "raconter raconte dites dis prenez prends",
    ),
    wantVerbs: wordSet("veut veulent souhaite souhaitent voudrait voudraient aimerait doit a ont est sont demande"),
    logistics: wordSet(
      FR_DATES,
      "heure heures h min minute minutes temps moment créneau créneaux dispo dispos disponible disponibles disponibilité disponibilités libre libres " +
        "appeler appel appels appelle téléphone téléphoner téléphonique parler échanger rencontrer rencontre réunion rendez-vous rdv visio " +
        "convient convenir conviendrait possible quand agenda calendrier joindre rappeler numéro portable bref brève rapide rapidement " +
        "prochaine prochain cette ce tôt tard plus bientôt maintenant organiser caler fixer prévoir trouver bureau absent retour jour jours journée " +
        "suffit suffira suffiront suffisent suffisant max maximum utile marche petite petit vocal suivante suivant proposera proposerai " +
        "pressé pressée urgent urgente urgence arrange arrangerait irait conviendra demi demie plutôt disposition appellerai appelons rappelle rappellerai",
    ),
    setup: wordSet("organiser caler fixer prévoir planifier programmer"),
    callNouns: wordSet("appel réunion rendez-vous rdv visio échange point vocal zoom teams meet skype whatsapp webex facetime"),
    social: wordSet(
      "merci remerciements remercie espère espérant déçu déçue soulagé soulagée stressé stressée vacances voyage week-end weekend bon bonne bonnes belle beau passé famille plaisir ravi ravie " +
        "désolé désolée excuses retard salutations amitiés santé aide soutien haha hahaha lol mdr",
    ),
    gratitude: wordSet("merci remercie remerciements reconnaissant reconnaissante"),
    generic: wordSet("sujet sujets dossier affaire choses chose points cela ça passé arrivé"),
    pointers: wordSet("dessous dessus ci-dessous ci-dessus transféré transféré fil"),
    subordinators: wordSet("avant parce puisque afin car quand lorsque comme bien que pendant dès qui"),
    determiners: wordSet("le la les l un une des du de d notre nos votre vos mon ma mes leur leurs ce cet cette ces"),
    leadIns: wordSet("aussi également par ailleurs enfin et mais donc ensuite puis ps"),
    interrogatives: wordSet("que quoi qui quel quelle quels quelles quand où comment pourquoi combien est-ce si"),
    askVerbs: wordSet("confirmer savoir comprendre expliquer préciser clarifier demander"),
    requestWords: wordSet("merci envoyer transmettre faire parvenir revoir vérifier signer besoin attendons attente relancer rappel"),
    deadlinePreps: wordSet("avant d'ici ici tard échéance délai limite"),
    deadlineNouns: wordSet("échéance délai délais date-limite"),
    dates: wordSet(FR_DATES, "fin"),
    attachment: wordSet("ci ci-joint ci-jointe ci-joints ci-jointes joint jointe joints jointes pièce pièces annexe annexes joins joignons pj"),
    questionAux: wordSet("est-ce"),
    nounsCapitalised: false,
  },
  es: {
    profile: wordSet("el la los las y es son nosotros usted tienes con para por un una del que de podemos gracias nuestro su este esta hay puedes está"),
    stop: wordSet(
      spa,
      "yo tú usted nosotros nosotras ustedes ellos ellas le les lo la nos os me te se mi mis tu tus su sus es son está están estoy estamos " +
        "ser estar fue era hay han ha he hemos has muy más también ya aún todavía bien así esto eso aquello un una unos unas al del " +
        "nada solo sólo casi todo todos toda todas ahí allí aquí par",
    ),
    frame: wordSet(
      "yo nosotros usted me nos te le por favor " +
        "quiero queremos quisiera quisiéramos quería queríamos gustaría podría podrías podríamos podemos puedes puede pueden debo debemos necesito necesitamos " +
        "tengo tenemos tienes tiene he hemos ha es son está estamos " +
        "repasar revisar hablar comentar discutir entender comprender confirmar saber preguntar explicar aclarar ver mirar " +
        "opinión consejo sobre acerca respecto cuanto con de del a al el la si " +
        "dudas duda preguntas pregunta inquietudes preocupaciones claro seguro enviar mandar esperando esperamos dar hacer tomar tener venir ir pasar " +
        "cuento contar contarte explicarte dime dígame",
    ),
    wantVerbs: wordSet("quiere quieren quisiera necesita necesitan desea desean pregunta tiene tienen es son"),
    logistics: wordSet(
      ES_DATES,
      "hora horas min minuto minutos tiempo momento rato hueco huecos disponible disponibles disponibilidad libre libres " +
        "llamar llamada llamadas llamarte llamarle llamarme hablar charlar reunión reunirnos vernos quedar agenda calendario viene va " +
        "cuándo cuando teléfono móvil celular número rápida rápido breve próxima próximo esta este pronto luego ahora temprano " +
        "organizar concertar fijar programar encontrar oficina vuelta día días " +
        "basta bastan bastará bastarán suficiente máximo útil venga vendría siguiente " +
        "prisa apuro urgente urgencia iría irá media medio vemos mejor calma tómate tómese disposición llamo llamamos llame llamemos llamaré hablamos hablemos",
    ),
    setup: wordSet("organizar concertar fijar programar agendar coordinar"),
    callNouns: wordSet("llamada reunión videollamada charla cita zoom teams meet skype whatsapp webex facetime"),
    social: wordSet(
      "gracias agradezco agradecido espero esperando decepcionado aliviado estresado viaje vacaciones fin semana bien buen buena buenas buenos familia saludos abrazo placer " +
        "perdón disculpa disculpas retraso ayuda apoyo tal jaja jajaja haha",
    ),
    gratitude: wordSet("gracias agradezco agradecemos agradecido agradecida"),
    generic: wordSet("asunto asuntos tema temas cosas cosa puntos esto eso pasado pasó ocurrido ocurrió"),
    pointers: wordSet("abajo arriba reenviado hilo"),
    subordinators: wordSet("antes porque pues ya como cuando para aunque mientras que si"),
    determiners: wordSet("el la los las un una unos unas nuestro nuestra nuestros nuestras su sus mi mis tu tus este esta estos estas ese esa del al adjunto adjunta"),
    leadIns: wordSet("también además asimismo y pero entonces finalmente ps"),
    interrogatives: wordSet("qué quién cuál cuándo dónde cómo cuánto cuánta"),
    askVerbs: wordSet("confirmar saber entender aclarar explicar preguntar"),
    requestWords: wordSet("favor enviar mandar remitir revisar firmar necesitamos necesito esperando pendiente recordar"),
    deadlinePreps: wordSet("antes para hasta plazo límite tardar"),
    deadlineNouns: wordSet("plazo plazos vencimiento fecha-límite"),
    dates: wordSet(ES_DATES, "finales fin"),
    attachment: wordSet("adjunto adjunta adjuntos adjuntas adjuntamos adjunté anexo anexos archivo"),
    questionAux: wordSet(""),
    nounsCapitalised: false,
  },
};

/** Every language's stop words together, for the language-neutral key terms (dedupe, answered). */
export const ALL_STOP: ReadonlySet<string> = new Set(LANGS.flatMap((l) => [...LEXICONS[l].stop, ...LEXICONS[l].frame]));
