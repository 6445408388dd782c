import type { AccessRoute as Access, Cost, FacilityType } from "../../lib/generated/prisma/enums";

// Words the demo generator combines into plausible Dutch listings.

export const FACILITY_NAMES = [
  "De Linde",
  "Het Trefpunt",
  "De Boog",
  "De Schakel",
  "Het Anker",
  "De Brug",
  "De Kastanje",
  "Het Middelpunt",
  "De Ontmoeting",
  "De Horst",
  "De Wilg",
  "Het Baken",
  "De Eik",
  "De Hoeksteen",
  "Het Kruispunt",
  "De Vonk",
  "De Vlinder",
  "Het Podium",
  "De Meander",
  "De Klinker",
  "De Pijler",
  "Het Buurtnest",
  "De Overkant",
  "De Kroon",
  "De Molen",
  "Het Dok",
  "De Regenboog",
  "De Zonnebloem",
  "Het Karrewiel",
  "De Poort",
  "De Stek",
  "Het Plein",
  "De Akker",
  "De Lindehof",
  "De Kiosk",
  "Het Wijkhart",
  "De Watertoren",
  "De Zwaluw",
  "Het Kompas",
  "De Esch",
];

export const STREETS = [
  "Kerkstraat",
  "Dorpsstraat",
  "Schoolstraat",
  "Molenweg",
  "Julianastraat",
  "Wilhelminastraat",
  "Beatrixlaan",
  "Stationsweg",
  "Marktplein",
  "Prinsengracht",
  "Lindelaan",
  "Eikenlaan",
  "Oranjestraat",
  "Nieuwstraat",
  "Hoofdstraat",
  "Emmastraat",
  "Parklaan",
  "Kastanjelaan",
  "Burgemeester de Vriesstraat",
  "Vondelstraat",
  "Rembrandtlaan",
  "Tulpstraat",
  "Mozartlaan",
  "Johan de Wittstraat",
  "Prins Bernhardlaan",
  "Zuiderpark",
  "Havenstraat",
  "Sportlaan",
  "Dahliastraat",
  "Wijkerplein",
];

export const OPENING_HOURS = [
  "Mo-Fr 09:00-17:00; PH off",
  "Mo-Th 09:00-17:00; Fr 09:00-12:30; PH off",
  "Mo,We,Fr 10:00-16:00; PH off",
  "Tu-Th 13:00-17:00,19:00-22:00; PH off",
  "Mo-Fr 09:00-12:00,13:00-17:00; PH off",
  "Mo-Sa 09:00-22:00; Su 10:00-17:00; PH off",
  "We 14:00-16:00; Sa 10:00-12:00",
  "Mo-Fr 08:30-21:30; Sa 09:00-13:00; PH off",
  "Tu,Th 09:30-12:00; PH off",
  "Mo-Fr 09:00-17:00; We 19:00-21:00; PH off",
  "Mo-Su 10:00-22:00",
];

export const TYPE_WEIGHTS: [type: FacilityType, weight: number][] = [
  ["buurthuis", 35],
  ["wijkcentrum", 20],
  ["buurtkamer", 20],
  ["dorpshuis", 15],
  ["kantoor", 7],
  ["anders", 3],
];

export const TYPE_LABEL: Record<FacilityType, string> = {
  buurthuis: "Buurthuis",
  dorpshuis: "Dorpshuis",
  wijkcentrum: "Wijkcentrum",
  buurtkamer: "Buurtkamer",
  kantoor: "Kantoor",
  anders: "Ontmoetingsplek",
};

export type ServiceTemplate = {
  name: string;
  terms: string[];
  audiences: string[];
  cost: Cost;
  access: Access[];
  description: string;
};
export type OrgTemplate = { name: (g: string) => string; description: string; services: ServiceTemplate[] };

const S = (
  name: string,
  terms: string[],
  audiences: string[],
  cost: Cost,
  access: Access[],
  description: string,
): ServiceTemplate => ({ name, terms, audiences, cost, access, description });

// The first template is the gemeente's main welzijnsorganisatie, which runs most buurthuizen.
export const ORG_TEMPLATES: OrgTemplate[] = [
  {
    name: (g) => `Welzijn ${g}`,
    description: "Welzijnsorganisatie voor alle inwoners: buurtwerk, ouderenwerk, jongerenwerk en mantelzorg.",
    services: [
      S(
        "Buurtwerk en activiteiten",
        ["buurtwerk", "inloop"],
        ["iedereen"],
        "free",
        ["walk_in"],
        "Samen iets doen in de buurt. Loop gerust binnen.",
      ),
      S(
        "Ouderenadviseur",
        ["ouderenwerk"],
        ["ouderen", "mantelzorgers"],
        "free",
        ["appointment", "walk_in"],
        "Advies over wonen, zorg en meedoen als u ouder wordt.",
      ),
      S(
        "Jongerenwerk",
        ["jongerenwerk"],
        ["jongeren"],
        "free",
        ["walk_in"],
        "Een plek voor jongeren, met jongerenwerkers die meedenken.",
      ),
      S(
        "Steunpunt mantelzorg",
        ["mantelzorgondersteuning"],
        ["mantelzorgers"],
        "free",
        ["appointment"],
        "Steun en even vrij voor wie zorgt voor een naaste.",
      ),
      S(
        "Maatschappelijk werk",
        ["maatschappelijk-werk"],
        ["iedereen", "gezinnen"],
        "free",
        ["appointment", "referral"],
        "Hulp bij problemen met geld, relaties, werk of wonen.",
      ),
      S(
        "Welzijn op recept",
        ["welzijn-op-recept", "eenzaamheid"],
        ["iedereen"],
        "free",
        ["referral"],
        "Via de huisarts naar activiteiten die u goed doen.",
      ),
      S(
        "Kinderactiviteiten",
        ["kinderwerk"],
        ["jeugd", "gezinnen"],
        "contribution",
        ["walk_in"],
        "Knutselen, spelen en sport voor kinderen.",
      ),
      S(
        "Vrijwilligerscentrale",
        ["vrijwilligerswerk"],
        ["iedereen"],
        "free",
        ["walk_in", "appointment"],
        "Vind vrijwilligerswerk dat bij u past.",
      ),
    ],
  },
  {
    name: (g) => `SchuldHulpMaatje ${g}`,
    description: "Getrainde vrijwilligers helpen bij geldzorgen en schulden.",
    services: [
      S(
        "Hulp bij schulden",
        ["schuldhulp", "formulierenhulp"],
        ["iedereen"],
        "free",
        ["appointment", "walk_in"],
        "Een maatje helpt u overzicht te krijgen in uw geldzaken.",
      ),
    ],
  },
  {
    name: (g) => `Humanitas ${g}`,
    description: "Vrijwilligers die mensen helpen hun leven weer op de rit te krijgen.",
    services: [
      S(
        "Thuisadministratie",
        ["schuldhulp", "formulierenhulp"],
        ["iedereen"],
        "free",
        ["appointment"],
        "Hulp bij post, rekeningen en formulieren.",
      ),
      S(
        "Maatjesproject",
        ["eenzaamheid"],
        ["ouderen", "iedereen"],
        "free",
        ["appointment"],
        "Een vrijwilliger die langskomt voor een praatje of een wandeling.",
      ),
    ],
  },
  {
    name: (g) => `Vluchtelingenwerk ${g}`,
    description: "Begeleiding van statushouders en nieuwkomers.",
    services: [
      S(
        "Begeleiding nieuwkomers",
        ["vluchtelingenwerk", "formulierenhulp"],
        ["nieuwkomers"],
        "free",
        ["walk_in", "referral"],
        "Hulp bij wonen, werk en regels in Nederland.",
      ),
      S(
        "Taalcafé",
        ["taal-en-digitaal", "inloop"],
        ["nieuwkomers", "iedereen"],
        "free",
        ["walk_in"],
        "Nederlands oefenen in een gezellige groep.",
      ),
    ],
  },
  {
    name: (g) => `Voedselbank ${g}`,
    description: "Voedselpakketten voor huishoudens die tijdelijk te weinig geld hebben.",
    services: [
      S(
        "Voedselpakket",
        ["voedselhulp"],
        ["iedereen", "gezinnen"],
        "free",
        ["referral"],
        "Een wekelijks pakket, na aanmelding via een hulpverlener.",
      ),
    ],
  },
  {
    name: (g) => `Sociaal Raadslieden ${g}`,
    description: "Gratis advies over toeslagen, uitkeringen, belasting en brieven van de overheid.",
    services: [
      S(
        "Spreekuur sociaal raadslid",
        ["sociaal-raadslid", "formulierenhulp"],
        ["iedereen"],
        "free",
        ["walk_in", "appointment"],
        "Uitleg over uw rechten en hulp bij formulieren.",
      ),
    ],
  },
  {
    name: (g) => `Repair Café ${g}`,
    description: "Samen spullen repareren in plaats van weggooien.",
    services: [
      S(
        "Repair Café",
        ["repair-cafe"],
        ["iedereen"],
        "contribution",
        ["walk_in"],
        "Breng uw kapotte spullen mee; vrijwilligers helpen repareren.",
      ),
    ],
  },
  {
    name: (g) => `Taalhuis ${g}`,
    description: "Hulp bij lezen, schrijven, rekenen en de computer, in de bibliotheek en in de wijk.",
    services: [
      S(
        "Digitaal Café",
        ["taal-en-digitaal"],
        ["iedereen", "ouderen"],
        "free",
        ["walk_in"],
        "Hulp met uw telefoon, computer en DigiD.",
      ),
    ],
  },
  {
    name: (g) => `Steunpunt Huiselijk Geweld ${g}`,
    description: "Advies en hulp bij geweld in huis.",
    services: [
      S(
        "Advies bij huiselijk geweld",
        ["huiselijk-geweld"],
        ["iedereen", "gezinnen"],
        "free",
        ["appointment", "referral"],
        "Vertrouwelijk advies. Bij direct gevaar: bel 112.",
      ),
    ],
  },
  {
    name: (g) => `Dagbesteding De Brug ${g}`,
    description: "Zinvolle dagbesteding in de wijk.",
    services: [
      S(
        "Dagbesteding",
        ["dagbesteding"],
        ["ouderen", "mensen-met-een-beperking"],
        "paid",
        ["referral"],
        "Een dagprogramma in een kleine groep, met indicatie.",
      ),
    ],
  },
];

export const EXTRA_LANGUAGES = ["en", "ar", "tr", "pl", "uk", "de", "fr", "so", "ti"];
