// Fixed texts of the resident pages, B1-level Dutch first. English and Arabic follow the same keys; a missing key
// is a type error. Service and audience names come from the taxonomy (Dutch and English in the data).

const nl = {
  searchTitle: "Zoek een buurthuis of hulp in de buurt",
  searchLabel: "Postcode, plaats of adres",
  searchHint: "Bijvoorbeeld 3512 of Utrecht",
  searchButton: "Zoeken",
  servicesLegend: "Waar zoekt u hulp bij?",
  filters: "Filters",
  typeLabel: "Soort plek",
  anyType: "Alle soorten",
  openNow: "Nu open",
  free: "Gratis",
  wheelchair: "Toegankelijk met rolstoel",
  resultsNear: (n: number, place: string) => `${n} ${n === 1 ? "plek" : "plekken"} dichtbij ${place}`,
  resultsAll: (n: number) => `${n} ${n === 1 ? "plek" : "plekken"}`,
  noResults: "We vonden geen plekken die bij uw zoekvraag passen.",
  noResultsTry: "Probeer minder filters, of zoek op een plaats in de buurt.",
  removeFilter: (what: string) => `Filter ${what} weghalen`,
  activeFilters: "Uw filters",
  more: "Meer plekken",
  open: "Nu open",
  closed: "Nu gesloten",
  hoursUnknown: "Openingstijden onbekend",
  walk: (min: number) => `${min} min lopen`,
  services: "Wat kunt u hier doen?",
  address: "Adres",
  route: "Route",
  routeMap: "Route met OpenStreetMap",
  routeApp: "Open in kaart-app",
  contact: "Contact",
  phone: "Telefoon",
  email: "E-mail",
  website: "Website",
  openingHours: "Openingstijden",
  wheelchairAccess: "Rolstoel",
  wheelchairValues: { yes: "Toegankelijk", limited: "Deels toegankelijk", no: "Niet toegankelijk", unknown: "Onbekend" },
  runBy: "Wordt geregeld door",
  volunteers: "Vrijwilligers ter plekke",
  lastChecked: "Laatst gecontroleerd",
  howToGetIn: { walk_in: "Binnenlopen", appointment: "Op afspraak", referral: "Via een verwijzing" },
  cost: { free: "Gratis", contribution: "Kleine bijdrage", paid: "Betaald" },
  audiences: "Voor",
  languages: "Talen",
  temporarilyClosed: "Tijdelijk gesloten",
  closedForGood: "Deze plek is gesloten.",
  facilities: "Plekken",
  serviceArea: "Werkgebied",
  description: "Over ons",
  types: { buurthuis: "Buurthuis", dorpshuis: "Dorpshuis", wijkcentrum: "Wijkcentrum", buurtkamer: "Buurtkamer", kantoor: "Kantoor", anders: "Andere plek" },
  backToSearch: "Terug naar zoeken",
  badInput: "Dit kunnen we niet zoeken:",
  unknownPlace: (text: string) => `We kennen "${text}" niet als postcode of plaats. Kijk of het goed geschreven is, of probeer een postcode.`,
  language: "Taal",
};

export type Messages = typeof nl;

const en: Messages = {
  searchTitle: "Find a community centre or help nearby",
  searchLabel: "Postcode, town or address",
  searchHint: "For example 3512 or Utrecht",
  searchButton: "Search",
  servicesLegend: "What do you need help with?",
  filters: "Filters",
  typeLabel: "Kind of place",
  anyType: "All kinds",
  openNow: "Open now",
  free: "Free",
  wheelchair: "Wheelchair accessible",
  resultsNear: (n, place) => `${n} ${n === 1 ? "place" : "places"} near ${place}`,
  resultsAll: (n) => `${n} ${n === 1 ? "place" : "places"}`,
  noResults: "We found no places that match your search.",
  noResultsTry: "Try fewer filters, or search for a town nearby.",
  removeFilter: (what) => `Remove filter ${what}`,
  activeFilters: "Your filters",
  more: "More places",
  open: "Open now",
  closed: "Closed now",
  hoursUnknown: "Opening hours unknown",
  walk: (min) => `${min} min walk`,
  services: "What can you do here?",
  address: "Address",
  route: "Directions",
  routeMap: "Directions with OpenStreetMap",
  routeApp: "Open in map app",
  contact: "Contact",
  phone: "Phone",
  email: "Email",
  website: "Website",
  openingHours: "Opening hours",
  wheelchairAccess: "Wheelchair",
  wheelchairValues: { yes: "Accessible", limited: "Partly accessible", no: "Not accessible", unknown: "Unknown" },
  runBy: "Run by",
  volunteers: "Local volunteers",
  lastChecked: "Last checked",
  howToGetIn: { walk_in: "Walk in", appointment: "By appointment", referral: "With a referral" },
  cost: { free: "Free", contribution: "Small contribution", paid: "Paid" },
  audiences: "For",
  languages: "Languages",
  temporarilyClosed: "Temporarily closed",
  closedForGood: "This place has closed.",
  facilities: "Places",
  serviceArea: "Area served",
  description: "About us",
  types: { buurthuis: "Community centre", dorpshuis: "Village hall", wijkcentrum: "Neighbourhood centre", buurtkamer: "Neighbourhood room", kantoor: "Office", anders: "Other place" },
  backToSearch: "Back to search",
  badInput: "We cannot search for this:",
  unknownPlace: (text) => `We do not know "${text}" as a postcode or town. Check the spelling, or try a postcode.`,
  language: "Language",
};

export const LOCALES = ["nl", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const MESSAGES: Record<Locale, Messages> = { nl, en };
export const LOCALE_NAMES: Record<Locale, string> = { nl: "Nederlands", en: "English" };

export function localeFrom(value: unknown): Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value) ? (value as Locale) : "nl";
}

/** Appends lang= to a path unless it is the default (Dutch), so links keep the reader's language. */
export function withLang(path: string, locale: Locale): string {
  if (locale === "nl") return path;
  return `${path}${path.includes("?") ? "&" : "?"}lang=${locale}`;
}
