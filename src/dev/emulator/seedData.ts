// The people and threads of the demo mailbox: a New York partner and her clients around the world.
// Phone numbers use ranges reserved for fiction where countries have them (NANP 555-01xx, Ofcom 020 7946 0xxx
// and 07700 900xxx, Australia 0491 570 xxx); the others are invented.

export interface SeedPerson {
  key: string;
  name: string;
  address: string;
  company: string;
  /** IANA zone where the person works. */
  timeZone: string;
  /** ISO 3166 country. */
  country: string;
  /** Signature lines under the sign-off (no number at all for some). */
  signature: string[];
  /** What a correct extractor should pick from this signature (E.164 + extension), or null. */
  expectedBest: { e164: string; ext: string | null } | null;
  /** How the person's mail client quotes: Outlook (English or German headers) or Gmail. */
  quoteStyle: "outlook" | "outlook-de" | "gmail-fr";
  signOff: string;
}

export const ATTORNEY: SeedPerson = {
  key: "attorney",
  name: "Alex Morgan",
  address: "alex.morgan@harwellmorgan.com",
  company: "Harwell Morgan LLP",
  timeZone: "America/New_York",
  country: "US",
  signature: [
    "Alex Morgan",
    "Partner | Harwell Morgan LLP",
    "One Liberty Plaza, 23rd Floor, New York, NY 10006",
    "D: +1 212 555 0147 | M: +1 917 555 0163",
    "alex.morgan@harwellmorgan.com | harwellmorgan.com",
  ],
  expectedBest: { e164: "+12125550147", ext: null },
  quoteStyle: "outlook",
  signOff: "Best regards,",
};

export const COLLEAGUE: SeedPerson = {
  key: "paralegal",
  name: "Jordan Lee",
  address: "jordan.lee@harwellmorgan.com",
  company: "Harwell Morgan LLP",
  timeZone: "America/New_York",
  country: "US",
  signature: ["Jordan Lee", "Senior Paralegal | Harwell Morgan LLP", "Ext. 2231"],
  expectedBest: null,
  quoteStyle: "outlook",
  signOff: "Thanks,",
};

export const CLIENTS: SeedPerson[] = [
  {
    key: "kestrel",
    name: "Priya Raman",
    address: "priya.raman@kestrelbio.com",
    company: "Kestrel Biotech, Inc.",
    timeZone: "America/New_York",
    country: "US",
    signature: ["Priya Raman", "Director, Legal Affairs", "Kestrel Biotech, Inc. | 200 Seaport Blvd, Boston, MA 02210", "Direct: +1 (617) 555-0142 | Mobile: +1 (617) 555-0199", "Main: +1 (617) 555-0100"],
    expectedBest: { e164: "+16175550142", ext: null },
    quoteStyle: "outlook",
    signOff: "Thanks,",
  },
  {
    key: "sierra",
    name: "Dan Whitaker",
    address: "dan@sierraridgevineyards.com",
    company: "Sierra Ridge Vineyards",
    timeZone: "America/Los_Angeles",
    country: "US",
    signature: ["Dan Whitaker | CFO", "Sierra Ridge Vineyards", "1450 Silverado Trail, Napa, CA 94558", "Office (707) 555-0100 ext. 214", "Cell (707) 555-0188", "Toll-free orders: 1-800-555-0175"],
    expectedBest: { e164: "+17075550100", ext: "214" },
    quoteStyle: "outlook",
    signOff: "Cheers,",
  },
  {
    key: "thameside",
    name: "Oliver Pemberton",
    address: "o.pemberton@thamesidelogistics.co.uk",
    company: "Thameside Logistics Ltd",
    timeZone: "Europe/London",
    country: "GB",
    signature: ["Oliver Pemberton", "Company Secretary", "Thameside Logistics Ltd", "T: +44 (0)20 7946 0321 | M: +44 (0)7700 900123 | F: +44 (0)20 7946 0999", "Registered in England and Wales No. 04812345"],
    expectedBest: { e164: "+442079460321", ext: null },
    quoteStyle: "outlook",
    signOff: "Kind regards,",
  },
  {
    key: "vogel",
    name: "Katrin Vogel",
    address: "k.vogel@vogel-praezision.de",
    company: "Vogel Präzisionstechnik GmbH",
    timeZone: "Europe/Berlin",
    country: "DE",
    signature: ["Katrin Vogel", "Geschäftsführerin", "Vogel Präzisionstechnik GmbH | Heilbronner Str. 140 | 70191 Stuttgart", "Tel.: +49 711 2589 3320", "Mobil: +49 151 2345 6789", "Fax: +49 711 2589 3399", "Amtsgericht Stuttgart HRB 723456"],
    expectedBest: { e164: "+4971125893320", ext: null },
    quoteStyle: "outlook-de",
    signOff: "Viele Grüße",
  },
  {
    key: "lumiere",
    name: "Camille Durand",
    address: "camille.durand@maison-lumiere.fr",
    company: "Maison Lumière SAS",
    timeZone: "Europe/Paris",
    country: "FR",
    signature: ["Camille Durand", "Directrice juridique – Maison Lumière SAS", "18 rue de la Paix, 75002 Paris", "Ligne directe : +33 1 42 68 53 21", "Portable : +33 6 12 34 56 78", "Standard : +33 1 42 68 53 00"],
    expectedBest: { e164: "+33142685321", ext: null },
    quoteStyle: "gmail-fr",
    signOff: "Bien cordialement,",
  },
  {
    key: "iberia",
    name: "Javier Morales",
    address: "jmorales@iberiasolar.es",
    company: "Iberia Solar Renovables S.L.",
    timeZone: "Europe/Madrid",
    country: "ES",
    signature: ["Javier Morales", "Director Financiero", "Iberia Solar Renovables S.L.", "www.iberiasolar.es"],
    expectedBest: null,
    quoteStyle: "outlook",
    signOff: "Un saludo,",
  },
  {
    key: "tarang",
    name: "Ananya Iyer",
    address: "ananya.iyer@tarangsoftware.in",
    company: "Tarang Software Pvt. Ltd.",
    timeZone: "Asia/Kolkata",
    country: "IN",
    signature: ["Ananya Iyer", "General Counsel", "Tarang Software Pvt. Ltd. | Embassy Tech Village, Bengaluru 560103", "Direct: +91 80 4718 2290", "Mobile: +91 98450 12345"],
    expectedBest: { e164: "+918047182290", ext: null },
    quoteStyle: "outlook",
    signOff: "Regards,",
  },
  {
    key: "coastline",
    name: "Liam O'Connell",
    address: "liam.oconnell@coastlineproperty.com.au",
    company: "Coastline Property Group Pty Ltd",
    timeZone: "Australia/Sydney",
    country: "AU",
    signature: ["Liam O'Connell", "Head of Acquisitions", "Coastline Property Group Pty Ltd", "Level 12, 60 Pitt Street, Sydney NSW 2000", "Ph: (02) 9876 5432 | Mob: 0491 570 156"],
    expectedBest: { e164: "+61298765432", ext: null },
    quoteStyle: "outlook",
    signOff: "Cheers,",
  },
  {
    key: "sakura",
    name: "Haruto Sato",
    address: "h.sato@sakura-robotics.co.jp",
    company: "Sakura Robotics K.K.",
    timeZone: "Asia/Tokyo",
    country: "JP",
    signature: ["Haruto Sato", "Legal & Compliance Manager", "Sakura Robotics K.K.", "TEL: +81-3-6812-4470 (ext. 305)", "Mobile: +81-90-2468-1357"],
    expectedBest: { e164: "+81368124470", ext: "305" },
    quoteStyle: "outlook",
    signOff: "Best regards,",
  },
  {
    key: "almeida",
    name: "Beatriz Almeida",
    address: "beatriz@almeidaagro.com.br",
    company: "Almeida Agronegócios Ltda.",
    timeZone: "America/Sao_Paulo",
    country: "BR",
    signature: ["Beatriz Almeida", "Diretora Jurídica | Almeida Agronegócios Ltda.", "Av. Brigadeiro Faria Lima, 3477 – São Paulo/SP", "Tel: +55 11 3456-7890 | Cel: +55 11 98765-4321"],
    expectedBest: { e164: "+551134567890", ext: null },
    quoteStyle: "outlook",
    signOff: "Abraços,",
  },
];

/** Former clients the attorney has not spoken to for a long time (care-call candidates). */
export const FORMER_CLIENTS: SeedPerson[] = [
  {
    key: "larsen",
    name: "Henrik Larsen",
    address: "henrik.larsen@nordhavnshipping.dk",
    company: "Nordhavn Shipping A/S",
    timeZone: "Europe/Copenhagen",
    country: "DK",
    signature: ["Henrik Larsen", "Chief Legal Officer, Nordhavn Shipping A/S", "Direkte: +45 33 12 45 78"],
    expectedBest: { e164: "+4533124578", ext: null },
    quoteStyle: "outlook",
    signOff: "Best,",
  },
  {
    key: "meridian",
    name: "Grace Chen",
    address: "grace.chen@meridiancapital.com.sg",
    company: "Meridian Capital Pte. Ltd.",
    timeZone: "Asia/Singapore",
    country: "SG",
    signature: ["Grace Chen", "Partner, Meridian Capital Pte. Ltd.", "DID: +65 6123 4567 | HP: +65 9123 4567"],
    expectedBest: { e164: "+6561234567", ext: null },
    quoteStyle: "outlook",
    signOff: "Warm regards,",
  },
  {
    key: "novak",
    name: "Tomáš Novák",
    address: "tomas.novak@vltavaglass.cz",
    company: "Vltava Glass s.r.o.",
    timeZone: "Europe/Prague",
    country: "CZ",
    signature: ["Tomáš Novák", "Jednatel | Vltava Glass s.r.o.", "Tel: +420 224 812 345"],
    expectedBest: { e164: "+420224812345", ext: null },
    quoteStyle: "outlook",
    signOff: "S pozdravem,",
  },
];

export interface SeedThreadMessage {
  /** Who writes: a person key ("attorney", a client key, "paralegal") or an automated sender. */
  from: string;
  /** Additional recipients by key. */
  cc?: string[];
  /** Hours before `now` the message was sent. */
  hoursAgo: number;
  paragraphs: string[];
  attachments?: { name: string; contentType: string; size: number }[];
}

export interface SeedThread {
  key: string;
  subject: string;
  /** The client (or colleague) the thread is with. */
  with: string;
  messages: SeedThreadMessage[];
}

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const PDF = "application/pdf";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const THREADS: SeedThread[] = [
  {
    key: "kestrel-license",
    subject: "License agreement – indemnity cap and audit rights",
    with: "kestrel",
    messages: [
      {
        from: "kestrel",
        hoursAgo: 74,
        paragraphs: [
          "Hi Alex,",
          "Two questions on the Halden license draft before our board call:",
          "1. Can we push the indemnity cap down to 12 months of fees, or is that out of market for this kind of deal?",
          "2. Are the audit rights in section 9.3 mutual? Our finance team reads them as one-way.",
          "The redline is attached.",
        ],
        attachments: [{ name: "Halden_License_Agreement_redline_v4.docx", contentType: DOCX, size: 184_320 }],
      },
      {
        from: "attorney",
        hoursAgo: 50,
        paragraphs: [
          "Hi Priya,",
          "On the cap: 12 months of fees is within market for a licence of this size, and Halden accepted a similar cap last year. I have marked it up accordingly.",
          "I am still checking 9.3 against the master services agreement and will come back on the audit rights.",
        ],
      },
      {
        from: "kestrel",
        hoursAgo: 3,
        paragraphs: [
          "Thanks Alex, that's helpful.",
          "Any view on the audit rights yet? The board meets Thursday and I'd like to walk them through 9.3.",
          "Also: Halden now wants a most-favoured-customer clause. Is that something we can live with?",
        ],
      },
    ],
  },
  {
    key: "sierra-distribution",
    subject: "Distribution agreement renewal 2027",
    with: "sierra",
    messages: [
      {
        from: "sierra",
        hoursAgo: 26,
        paragraphs: [
          "Alex,",
          "Attached is our distributor's draft for the 2027 renewal. They want exclusivity for the whole West Coast and a 90-day termination notice.",
          "Can we talk this week? Mornings Pacific time are easiest for me.",
        ],
        attachments: [
          { name: "Distribution_Agreement_2027_draft_v3.docx", contentType: DOCX, size: 97_280 },
          { name: "Volume_forecast_2027.xlsx", contentType: XLSX, size: 41_984 },
        ],
      },
    ],
  },
  {
    key: "thameside-spa",
    subject: "Project Heron – disclosure letter",
    with: "thameside",
    messages: [
      {
        from: "attorney",
        hoursAgo: 98,
        paragraphs: [
          "Dear Oliver,",
          "Please find our comments on the disclosure letter attached. The general disclosures in paragraph 2 are wider than the buyer will accept.",
          "Could you confirm whether the Felixstowe lease has been assigned yet?",
        ],
        attachments: [{ name: "Heron_Disclosure_Letter_HM_comments.pdf", contentType: PDF, size: 256_000 }],
      },
      {
        from: "thameside",
        cc: ["paralegal"],
        hoursAgo: 20,
        paragraphs: [
          "Alex,",
          "Thanks for these. The Felixstowe lease was assigned on 3 November; I'll send the deed over.",
          "On paragraph 2, we can narrow the general disclosures but the data room index must stay in. Happy to discuss by phone.",
        ],
      },
    ],
  },
  {
    key: "vogel-supply",
    subject: "Supply agreement with US distributor",
    with: "vogel",
    messages: [
      {
        from: "vogel",
        hoursAgo: 146,
        paragraphs: [
          "Dear Alex,",
          "we are close to signing with our new distributor in Ohio. Which law should govern the contract, and do we need a US entity for the warranty obligations?",
        ],
      },
      {
        from: "attorney",
        hoursAgo: 122,
        paragraphs: [
          "Dear Katrin,",
          "New York law is the usual choice and the distributor's counsel will expect it. You do not need a US entity for the warranty, but the liability cap should be explicit.",
        ],
      },
      {
        from: "vogel",
        hoursAgo: 98,
        paragraphs: ["Dear Alex,", "thank you. What liability cap would you recommend? Our insurer covers up to EUR 5 million."],
      },
      {
        from: "attorney",
        hoursAgo: 74,
        paragraphs: ["Dear Katrin,", "I would cap at the contract value for the first year and exclude consequential damages. Draft wording attached."],
        attachments: [{ name: "Liability_clause_wording.docx", contentType: DOCX, size: 22_528 }],
      },
    ],
  },
  {
    key: "lumiere-trademark",
    subject: "Opposition EUIPO – marque LUMIÈRE NOIRE",
    with: "lumiere",
    messages: [
      {
        from: "attorney",
        hoursAgo: 55,
        paragraphs: ["Dear Camille,", "The opposition deadline for LUMIÈRE NOIRE is 12 January. Do you want us to file on the basis of both earlier marks?"],
      },
      {
        from: "lumiere",
        hoursAgo: 8,
        paragraphs: [
          "Bonjour Alex,",
          "Oui, merci de déposer l'opposition sur la base des deux marques antérieures. Pouvons-nous en parler jeudi ? Je souhaite comprendre le calendrier de la procédure.",
        ],
      },
    ],
  },
  {
    key: "iberia-ppa",
    subject: "PPA with US offtaker – a few questions",
    with: "iberia",
    messages: [
      {
        from: "iberia",
        hoursAgo: 5,
        paragraphs: [
          "Hello Alex,",
          "Our board wants to understand the change-in-law clause in the PPA before Friday. What happens if the US tariff regime changes during the 15-year term?",
          "Could we have a short call this week?",
        ],
      },
    ],
  },
  {
    key: "tarang-dpa",
    subject: "Data processing addendum – EU customers",
    with: "tarang",
    messages: [
      {
        from: "tarang",
        hoursAgo: 170,
        paragraphs: ["Hi Alex,", "For our new EU customers: do we need Standard Contractual Clauses in the DPA, or is the adequacy decision enough?"],
      },
      {
        from: "attorney",
        hoursAgo: 150,
        paragraphs: ["Hi Ananya,", "India has no EU adequacy decision, so yes: the DPA needs the module 2 SCCs (controller to processor). I have added them to the template."],
      },
      {
        from: "tarang",
        hoursAgo: 30,
        paragraphs: [
          "Hi Alex,",
          "Just to confirm before we send the DPA out: do we need SCCs in the DPA?",
          "Also, the customer asks for a 24-hour breach notification window. Is that reasonable for us?",
        ],
      },
    ],
  },
  {
    key: "coastline-lease",
    subject: "Lease assignment – 60 Pitt Street",
    with: "coastline",
    messages: [
      {
        from: "coastline",
        hoursAgo: 40,
        paragraphs: [
          "Morning Alex,",
          "The landlord has signed the consent to assign. Can you confirm the US parent guarantee is still needed now that the lease is with the Australian entity?",
          "Sent from my iPad — easiest to catch me on mobile.",
        ],
      },
    ],
  },
  {
    key: "sakura-nda",
    subject: "NDA for robotics pilot with US hospital",
    with: "sakura",
    messages: [
      {
        from: "sakura",
        hoursAgo: 14,
        paragraphs: [
          "Dear Mr. Morgan,",
          "Thank you for your help last month. The hospital has sent their NDA form (attached). Could you check whether the residuals clause is acceptable for us?",
        ],
        attachments: [{ name: "Hospital_Mutual_NDA.pdf", contentType: PDF, size: 131_072 }],
      },
    ],
  },
  {
    key: "almeida-export",
    subject: "Contrato de exportação – arbitration clause",
    with: "almeida",
    messages: [
      {
        from: "almeida",
        hoursAgo: 60,
        paragraphs: ["Olá Alex,", "Our buyer in Texas proposes AAA arbitration in Houston. We prefer ICC in New York. Is there a middle ground?"],
      },
      {
        from: "attorney",
        hoursAgo: 36,
        paragraphs: ["Hi Beatriz,", "ICDR (the AAA's international arm) seated in New York is a common compromise. I can propose it with English as the language."],
      },
    ],
  },
  {
    key: "paralegal-closing",
    subject: "Heron closing checklist",
    with: "paralegal",
    messages: [
      {
        from: "paralegal",
        hoursAgo: 6,
        paragraphs: ["Alex,", "Updated closing checklist for Heron attached. Two items are waiting on Thameside (deed of assignment, board minutes)."],
        attachments: [{ name: "Heron_closing_checklist_v7.xlsx", contentType: XLSX, size: 35_840 }],
      },
    ],
  },
  // Older correspondence, so the care-call list has people to suggest.
  {
    key: "larsen-charter",
    subject: "Charter party dispute – settlement signed",
    with: "larsen",
    messages: [
      { from: "larsen", hoursAgo: 24 * 540, paragraphs: ["Alex,", "The settlement is signed. Thank you for getting us over the line."] },
      { from: "attorney", hoursAgo: 24 * 539, paragraphs: ["Henrik,", "Great news. Let's catch up once things settle down."] },
    ],
  },
  {
    key: "meridian-fund",
    subject: "Fund III side letter",
    with: "meridian",
    messages: [
      { from: "attorney", hoursAgo: 24 * 400, paragraphs: ["Grace,", "Attached is the final side letter for Fund III."], attachments: [{ name: "Fund_III_side_letter_final.pdf", contentType: PDF, size: 88_064 }] },
      { from: "meridian", hoursAgo: 24 * 399, paragraphs: ["Alex,", "Received, thank you. Speak soon."] },
    ],
  },
  {
    key: "novak-distribution",
    subject: "US distribution – final terms",
    with: "novak",
    messages: [
      { from: "novak", hoursAgo: 24 * 790, paragraphs: ["Dear Alex,", "We accept the final terms. Thank you for your work."] },
      { from: "attorney", hoursAgo: 24 * 789, paragraphs: ["Dear Tomáš,", "Thank you; it was a pleasure. Good luck with the launch."] },
    ],
  },
  {
    key: "docusign",
    subject: "Completed: Please DocuSign: Heron_Escrow_Agreement.pdf",
    with: "docusign",
    messages: [{ from: "docusign", hoursAgo: 30, paragraphs: ["All parties have completed Please DocuSign: Heron_Escrow_Agreement.pdf.", "Do Not Share This Email"] }],
  },
];

export const AUTOMATED: SeedPerson = {
  key: "docusign",
  name: "DocuSign NA3 System",
  address: "dse_NA3@docusign.net",
  company: "DocuSign",
  timeZone: "UTC",
  country: "US",
  signature: [],
  expectedBest: null,
  quoteStyle: "outlook",
  signOff: "",
};
