// The Buurtwijzer taxonomy (HSDS taxonomy_term): service kinds and audiences, Dutch and English labels.
// Reference data: loaded (upserted) at every start, so codes exist in every database, demo or not.

export type TermRef = { code: string; kind: "service" | "audience"; labelNl: string; labelEn: string };

const SERVICES: [string, string, string][] = [
  ["schuldhulp", "Schuldhulp", "Debt help"],
  ["jongerenwerk", "Jongerenwerk", "Youth work"],
  ["kinderwerk", "Kinderwerk", "Children's activities"],
  ["ouderenwerk", "Ouderenwerk", "Support for older people"],
  ["mantelzorgondersteuning", "Mantelzorgondersteuning", "Support for carers"],
  ["maatschappelijk-werk", "Maatschappelijk werk", "Social work"],
  ["buurtwerk", "Buurtwerk", "Community work"],
  ["sociaal-raadslid", "Sociaal raadslid", "Benefits and rights advice"],
  ["formulierenhulp", "Formulierenhulp", "Help with forms"],
  ["taal-en-digitaal", "Taal- en digihulp", "Language and digital help"],
  ["inloop", "Inloop", "Drop-in"],
  ["vrijwilligerswerk", "Vrijwilligerswerk", "Volunteering"],
  ["welzijn-op-recept", "Welzijn op recept", "Social prescribing"],
  ["voedselhulp", "Voedselhulp", "Food aid"],
  ["huiselijk-geweld", "Hulp bij huiselijk geweld", "Domestic violence support"],
  ["vluchtelingenwerk", "Vluchtelingenwerk", "Refugee support"],
  ["dagbesteding", "Dagbesteding", "Day activities"],
  ["repair-cafe", "Repair Café", "Repair café"],
  ["eenzaamheid", "Hulp bij eenzaamheid", "Help with loneliness"],
];

const AUDIENCES: [string, string, string][] = [
  ["iedereen", "Iedereen", "Everyone"],
  ["jeugd", "Kinderen", "Children"],
  ["jongeren", "Jongeren", "Young people"],
  ["ouderen", "Ouderen", "Older people"],
  ["mantelzorgers", "Mantelzorgers", "Carers"],
  ["nieuwkomers", "Nieuwkomers", "Newcomers"],
  ["gezinnen", "Gezinnen", "Families"],
  ["mensen-met-een-beperking", "Mensen met een beperking", "People with a disability"],
];

export const TAXONOMY: readonly TermRef[] = [
  ...SERVICES.map(([code, labelNl, labelEn]) => ({ code, kind: "service" as const, labelNl, labelEn })),
  ...AUDIENCES.map(([code, labelNl, labelEn]) => ({ code, kind: "audience" as const, labelNl, labelEn })),
];

export const SERVICE_CODES: readonly string[] = SERVICES.map(([c]) => c);
export const AUDIENCE_CODES: readonly string[] = AUDIENCES.map(([c]) => c);
